package org.mentorlink.domain.audit;

/** What an audit entry records. */
public enum AuditAction {
  /** Confidential content handed to someone (the record's type and id, never the content). */
  READ,
  /** A power refused: a 403, or a record the actor may not know exists (a 404 in disguise). */
  DENIED,
  /** A session record signed off by its mentor, or returned for changes. */
  SIGN_OFF,
  /** A contract signed. */
  SIGNATURE,
  /** An approval: CPD credit approved or returned, a session beyond the allowance approved. */
  APPROVAL,
  /** Something downloaded: a CPD log, a PDF, the audit trail itself. */
  EXPORT,
  /** A person's records erased or anonymised. */
  ERASURE,
  /** A step of a safeguarding concern: raised, a record read by the lead, reviewed, closed. */
  BREAK_GLASS,
  /**
   * The lead's own intake: a request entered for someone who phoned in, a link issued for them to
   * claim it, the claim (by that link, or from the roster).
   */
  INTAKE,
  /** A call of the operator API. */
  OPERATOR
}
