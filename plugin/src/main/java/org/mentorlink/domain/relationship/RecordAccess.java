package org.mentorlink.domain.relationship;

/**
 * What a person may read of a relationship's records: all of it (its mentee, and its mentor until
 * the mentee changed mentor), only what they wrote themself (a former mentor, if the scheme lets
 * former mentors keep their own notes), or nothing.
 */
public enum RecordAccess {
  /** The whole record: contract, sessions with both parties' notes, goals. */
  WHOLE,
  /** Read-only, only what the person wrote: their session notes and their addenda. */
  OWN_WRITING,
  /** Nothing: the relationship is not theirs to read. */
  NONE
}
