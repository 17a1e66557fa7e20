package org.mentorlink.domain.request;

/** What a mentee wants help with (the intake pro-forma's choices). */
public enum HelpTopic {
  CAREER_DECISION,
  WORK_LIFE_BALANCE,
  RETURN_TO_PRACTICE,
  NEW_TO_AREA,
  PERFORMANCE_WORRIES,
  OTHER
}
