package org.mentorlink.domain.safeguarding;

/** Where a safeguarding concern stands: raised, read by the lead, closed. */
public enum ConcernState {
  OPEN,
  REVIEWED,
  CLOSED
}
