package org.mentorlink.domain.shared;

/**
 * What the platform says a person is in a course, as far as mentoring cares: a learner may become a
 * mentee; an instructor-level person (teacher, teaching assistant, administrator) may set up the
 * course's scheme or be made its coordinator; a mentor is a mentor. Anything else gives nothing.
 */
public enum LaunchRole {
  LEARNER,
  INSTRUCTOR,
  MENTOR
}
