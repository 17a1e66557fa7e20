/**
 * Mentoring schemes: one per platform course, run by a lead and the coordinators the lead appoints,
 * with the settings that shape the scheme — its own time zone among them.
 */
package org.mentorlink.domain.scheme;
