package org.mentorlink.domain.relationship;

/** The holistic model's three themes of a session. */
public enum Theme {
  EDUCATION,
  PERSONAL_SUPPORT,
  PROFESSIONAL_DEVELOPMENT
}
