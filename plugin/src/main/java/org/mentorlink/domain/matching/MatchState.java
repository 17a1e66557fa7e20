package org.mentorlink.domain.matching;

/** A proposal: proposed → accepted by the mentor → confirmed by the mentee; or declined. */
public enum MatchState {
  PROPOSED,
  MENTOR_ACCEPTED,
  CONFIRMED,
  DECLINED_BY_MENTOR,
  DECLINED_BY_MENTEE;

  public boolean open() {
    return this == PROPOSED || this == MENTOR_ACCEPTED;
  }
}
