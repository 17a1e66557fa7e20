package org.mentorlink.domain.relationship;

/**
 * A session record: draft → submitted (by the mentee) → signed off by the mentor, which locks it;
 * or returned to the mentee with a reason, edited and submitted again.
 */
public enum SessionState {
  DRAFT,
  SUBMITTED,
  RETURNED,
  SIGNED_OFF;

  public boolean editable() {
    return this == DRAFT || this == RETURNED;
  }
}
