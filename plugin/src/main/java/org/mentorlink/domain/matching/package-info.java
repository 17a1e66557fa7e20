/**
 * Matching: ranked candidate mentors with reasons, hard conflicts that block, and the proposal's
 * life.
 */
package org.mentorlink.domain.matching;
