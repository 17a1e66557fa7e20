/**
 * Mentoring schemes: one per platform course, run by a lead and the coordinators the lead appoints.
 */
package org.mentorlink.domain.scheme;
