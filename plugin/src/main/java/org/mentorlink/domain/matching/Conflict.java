package org.mentorlink.domain.matching;

/** A hard conflict of interest or availability: any one of them blocks a match. */
public enum Conflict {
  SAME_PERSON("The mentor would be mentoring themself."),
  LINE_MANAGER("The mentor is the mentee's line manager."),
  SAME_PRACTICE("The mentor works in the mentee's practice."),
  DECLARED_BY_MENTEE("The mentee asked not to be matched with this mentor or their practice."),
  DECLARED_BY_MENTOR("The mentor asked not to mentor this mentee or their practice."),
  AT_CAPACITY("The mentor has no capacity left."),
  PAUSED("The mentor is not taking new mentees."),
  FORMER_MENTOR("The mentee asked to change from this mentor.");

  private final String reason;

  Conflict(String reason) {
    this.reason = reason;
  }

  /** The reason, for the coordinator. */
  public String reason() {
    return reason;
  }
}
