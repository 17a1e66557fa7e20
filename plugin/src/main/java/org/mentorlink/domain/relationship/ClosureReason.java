package org.mentorlink.domain.relationship;

/** Why a relationship ended. */
public enum ClosureReason {
  NATURAL_END,
  ENDED_BY_MENTEE,
  ENDED_BY_MENTOR,
  ALLOWANCE_USED,
  /** The scheme's lead matched the mentee with another mentor, as the mentee asked. */
  MENTOR_CHANGED
}
