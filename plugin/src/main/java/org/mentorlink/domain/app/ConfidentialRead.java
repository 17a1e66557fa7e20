package org.mentorlink.domain.app;

import java.util.Objects;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/**
 * The access policy handed confidential content to someone: who, in which scheme, what kind of
 * record and its id — never the content. {@link Access} fires one for every grant, inside the
 * service's transaction, before the content leaves the domain; {@link AuditTrail} writes each to
 * the audit trail in that same transaction.
 */
public record ConfidentialRead(PersonRef reader, SchemeRef scheme, Kind kind, String recordId) {
  /** What was read. A list's id is its scheme's (or, for a person's own ledger, the person's). */
  public enum Kind {
    /** A request pro-forma (its mentee's answers). */
    REQUEST,
    /** A relationship's record: contract, sessions and their notes, goals. */
    RELATIONSHIP,
    /** A match proposal with the request's summary. */
    PROPOSAL,
    /** A CPD entry with its reflection. */
    CPD_ENTRY,
    /** A mentor's profile. */
    MENTOR_PROFILE,
    /** A mentor's records: training, indemnity, supervision attendance with its notes. */
    MENTOR_RECORDS,
    /** A person's own CPD ledger. */
    CPD_LEDGER,
    /** The coordinators' request queue (who asked, and their answers). */
    REQUEST_QUEUE,
    /** The coordinators' overview of who is mentored by whom. */
    RELATIONSHIP_OVERVIEW,
    /** The educators' CPD approval queue (with shared reflections). */
    CPD_APPROVAL_QUEUE,
    /** The course roster. */
    ROSTER,
    /** The scheme's mentors with their profiles and load. */
    MENTORS,
    /** The scheme's audit trail (its lead). */
    AUDIT_TRAIL,
    /** A safeguarding concern (its reason and state). */
    CONCERN,
    /** One session record, shown to the lead through a safeguarding concern. */
    SESSION,
    /** One goal, shown to the lead through a safeguarding concern. */
    GOAL,
    /** One contract version, shown to the lead through a safeguarding concern. */
    CONTRACT,
    /** A person's own export: everything the tool holds about them in the scheme. */
    SUBJECT_EXPORT,
    /** A registration's leaving export (by the operator): everything of the scheme. */
    TENANT_EXPORT,
    /** A mentee's confidential request to the lead (to change mentor, or about the mentor). */
    CHANGE_REQUEST,
    /** The claims waiting for a decision: mentors, session dates and amounts. */
    CLAIM_QUEUE,
    /** One mentor's claim (to approve or return). */
    CLAIM,
    /** What a former mentor wrote in a relationship whose mentee changed mentor (read-only). */
    FORMER_MENTOR_NOTES
  }

  public ConfidentialRead {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordId, "recordId");
  }
}
