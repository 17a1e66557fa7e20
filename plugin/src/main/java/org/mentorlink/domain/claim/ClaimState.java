package org.mentorlink.domain.claim;

/** A claim's life: submitted → approved, or returned (with a reason) → submitted again. */
public enum ClaimState {
  SUBMITTED,
  RETURNED,
  APPROVED;

  /** Claimed but not yet approved: counted as committed against the budget. */
  public boolean committed() {
    return this != APPROVED;
  }
}
