package org.mentorlink.domain.notice;

/**
 * The things that wait for someone, and for whom. Each notice is raised once per person and event
 * (its kind and {@link Notice#eventKey() event key}); the person who caused it is never told (they
 * are on the page already).
 */
public enum NoticeKind {
  /** A coordinator proposed the mentor to a mentee: the mentor accepts or declines. */
  PROPOSAL_TO_ANSWER,
  /** The mentor accepted: the mentee confirms (which starts the relationship). */
  MATCH_TO_CONFIRM,
  /** The relationship started: its parties agree a contract (either may draft it). */
  CONTRACT_TO_AGREE,
  /** A contract version was drafted or signed by the other party: this party signs it. */
  CONTRACT_TO_SIGN,
  /** A session was scheduled without an agenda: the mentee sets it. */
  AGENDA_TO_SET,
  /** The mentee submitted a session record: the mentor signs it off or returns it. */
  SESSION_TO_SIGN_OFF,
  /** The mentor returned a session record: the mentee changes it. */
  SESSION_RETURNED,
  /** A session was signed off: its CPD entry waits for its owner's reflection. */
  CPD_TO_REFLECT,
  /** An educator returned a CPD entry for more reflection. */
  CPD_RETURNED,
  /** An educator approved a CPD entry: it counts as credit now. */
  CPD_APPROVED,
  /** A reflected entry waits for an educator who decides CPD approvals. */
  CPD_TO_APPROVE,
  /** The feedback questionnaire is open to a party of a relationship (at its closure). */
  QUESTIONNAIRE_OPEN,
  /** A mentor raised a safeguarding concern, or a mentee wrote to the lead: for the lead. */
  CONCERN_RAISED,
  /**
   * A mentor's training or indemnity lapses within 60 days or has lapsed: for the mentor, and for
   * the lead (one notice per lapse; the e-mail names no one).
   */
  RECORD_LAPSING
}
