/**
 * Mentoring schemes: one per platform course, run by a lead and the coordinators the lead appoints
 * — powers that hold only in a launch with an instructor-level course role — with the settings that
 * shape the scheme, its own time zone among them.
 */
package org.mentorlink.domain.scheme;
