package org.mentorlink.domain.claim;

/** How a claim's travel is counted. */
public enum TravelKind {
  /** No travel (a video call, or the mentor claims none). */
  NONE,
  /** Miles at the scheme's rate per mile. */
  MILEAGE,
  /** An amount with a note (a train ticket, parking). */
  AMOUNT
}
