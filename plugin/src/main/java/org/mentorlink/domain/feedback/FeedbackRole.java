package org.mentorlink.domain.feedback;

/** Who answers: mentees and mentors answer separately and are reported separately. */
public enum FeedbackRole {
  MENTEE,
  MENTOR
}
