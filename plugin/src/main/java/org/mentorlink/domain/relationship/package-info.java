/**
 * A mentoring relationship and what lives in it: the signed contract, the sessions with their
 * records and sign-off, goals and actions, and closure. Content here is seen by mentee and mentor
 * alone.
 */
package org.mentorlink.domain.relationship;
