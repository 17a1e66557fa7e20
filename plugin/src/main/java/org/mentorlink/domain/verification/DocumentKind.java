package org.mentorlink.domain.verification;

/** The documents Mentorlink issues with a verification code. */
public enum DocumentKind {
  /** A person's CPD certificate for one CPD year. */
  CPD_CERTIFICATE,
  /** A signed-off session record, for one of its two parties. */
  SESSION_RECORD,
  /** A fully signed version of a mentoring contract, for one of its two parties. */
  CONTRACT
}
