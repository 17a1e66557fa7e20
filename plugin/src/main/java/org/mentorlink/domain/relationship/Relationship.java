package org.mentorlink.domain.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.matching.MatchState;
import org.mentorlink.domain.request.Mentorship;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SessionAllowance;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.Sealed;
import org.mentorlink.domain.shared.TenantId;

/**
 * A mentoring relationship between one mentee and one mentor in a scheme, started when the mentee
 * confirms a match. It holds the scheme's session allowance as it was at the start. It is closed by
 * natural end or by either party, or when the allowance is used up, with a closing summary; its
 * record stays readable to its two parties. When the mentee asked the lead to change mentor, the
 * lead ends it ({@link #endForNewMentor}) and matches the mentee again in a new relationship: the
 * record stays the mentee's, and its former mentor keeps at most what they wrote ({@link
 * #readingFor}).
 */
@Entity
@Table(name = "relationship")
public class Relationship implements Mentorship {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "request_id", nullable = false, length = 36)
  private String requestId;

  @Column(name = "mentee_id", nullable = false, length = 36)
  private String menteeId;

  @Column(name = "mentor_id", nullable = false, length = 36)
  private String mentorId;

  /**
   * 0 for the relationship a request's first match started; one more for each time the lead matched
   * the mentee again (a request has one relationship per round).
   */
  @Column(name = "match_round", nullable = false)
  private int matchRound;

  @Column(name = "allowance_sessions", nullable = false)
  private int allowanceSessions;

  @Column(name = "allowance_period_months", nullable = false)
  private int allowancePeriodMonths;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closure_reason", length = 24)
  private String closureReason;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "closing_summary", length = 4000)
  private String closingSummary;

  @Column(name = "closed_by", length = 36)
  private String closedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Relationship() {}

  /** Starts the relationship of a confirmed match. */
  public static Relationship start(Scheme scheme, MatchProposal match, Instant at) {
    if (match.state() != MatchState.CONFIRMED) {
      throw new InvalidTransition(
          "MATCH_NOT_CONFIRMED", "The mentee has not confirmed this match.");
    }
    if (!match.schemeId().equals(scheme.id())) {
      throw new Forbidden("The match belongs to another scheme.");
    }
    if (match.mentee().equals(match.mentor())) {
      throw new DomainException("SAME_PERSON", "A mentor cannot mentor themself.");
    }
    Relationship r = new Relationship();
    r.id = UUID.randomUUID().toString();
    r.tenantId = scheme.tenant().value();
    r.schemeId = scheme.id();
    r.requestId = match.requestId();
    r.menteeId = match.mentee().personId();
    r.mentorId = match.mentor().personId();
    SessionAllowance a = scheme.allowance();
    r.allowanceSessions = a.sessions();
    r.allowancePeriodMonths = a.periodMonths();
    r.startedAt = Objects.requireNonNull(at);
    return r;
  }

  /**
   * Starts the relationship of the lead's new match ({@code match}, from {@link
   * MatchProposal#rematch}) for the mentee of {@code previous}, which the lead ended for it: the
   * same request, the next round.
   */
  public static Relationship rematch(
      Scheme scheme, MatchProposal match, Relationship previous, Instant at) {
    if (!previous.mentorChanged()) {
      throw new InvalidTransition(
          "RELATIONSHIP_ACTIVE", "End the relationship for a new mentor before matching again.");
    }
    if (!previous.requestId.equals(match.requestId()) || !previous.isMentee(match.mentee())) {
      throw new Forbidden("The new match is for another mentee's request.");
    }
    Relationship r = start(scheme, match, at);
    r.matchRound = previous.matchRound + 1;
    return r;
  }

  /**
   * Closes the relationship. The mentee and the mentor may end it for any reason that is theirs;
   * {@code ALLOWANCE_USED} needs as many signed-off sessions in {@code sessions} as the allowance;
   * a natural end may be recorded by either.
   */
  public void close(
      Actor by, ClosureReason reason, String summary, SessionHistory sessions, Instant at) {
    requireParty(by);
    if (!active()) {
      throw new InvalidTransition("RELATIONSHIP_CLOSED", "This relationship is already closed.");
    }
    Objects.requireNonNull(reason, "reason");
    if (reason == ClosureReason.MENTOR_CHANGED) {
      throw new Forbidden("Only the scheme's lead changes a mentee's mentor.");
    }
    if (reason == ClosureReason.ENDED_BY_MENTEE && !isMentee(by.person())
        || reason == ClosureReason.ENDED_BY_MENTOR && !isMentor(by.person())) {
      throw new Forbidden("Each party can only say that they themself ended it.");
    }
    if (reason == ClosureReason.ALLOWANCE_USED && !sessions.allowanceUsed(this)) {
      throw new DomainException(
          "ALLOWANCE_NOT_USED", "The session allowance has not been used up yet.");
    }
    closingSummary = Require.text(summary, "SUMMARY_REQUIRED", "A closing summary", 4000);
    closureReason = reason.name();
    closedBy = by.person().personId();
    closedAt = Objects.requireNonNull(at);
  }

  /**
   * The scheme's lead ends the relationship because the mentee asked to change mentor (the lead
   * then matches them with another): {@link ClosureReason#MENTOR_CHANGED}, no closing summary.
   */
  public void endForNewMentor(Scheme scheme, Actor by, Instant at) {
    if (!scheme.id().equals(schemeId)) {
      throw new Forbidden("The relationship belongs to another scheme.");
    }
    scheme.requireLead(by);
    requireActive();
    closureReason = ClosureReason.MENTOR_CHANGED.name();
    closedBy = by.person().personId();
    closedAt = Objects.requireNonNull(at);
  }

  /**
   * Fails unless the person is the mentee or the mentor — not a former mentor, who may change
   * nothing.
   */
  public void requireParty(Actor by) {
    if (readingFor(by.person(), false) != RecordAccess.WHOLE) {
      throw new Forbidden("Only the mentee and the mentor can do this.");
    }
  }

  /**
   * What {@code p} may read of this relationship's records: its mentee all of it, always; its
   * mentor all of it, unless the mentee changed mentor — then, as its former mentor, only what they
   * wrote if {@code formerMentorKeepsOwnNotes} (the scheme's setting), else nothing; anyone else
   * nothing.
   */
  public RecordAccess readingFor(PersonRef p, boolean formerMentorKeepsOwnNotes) {
    if (isMentee(p)) {
      return RecordAccess.WHOLE;
    }
    if (!isMentor(p)) {
      return RecordAccess.NONE;
    }
    if (!mentorChanged()) {
      return RecordAccess.WHOLE;
    }
    return formerMentorKeepsOwnNotes ? RecordAccess.OWN_WRITING : RecordAccess.NONE;
  }

  /** True if the mentee changed mentor: the lead ended this relationship to match them again. */
  public boolean mentorChanged() {
    return ClosureReason.MENTOR_CHANGED.name().equals(closureReason);
  }

  /** True if {@code p} was this relationship's mentor until the mentee changed mentor. */
  public boolean isFormerMentor(PersonRef p) {
    return isMentor(p) && mentorChanged();
  }

  /** Fails unless the relationship is active. */
  public void requireActive() {
    if (!active()) {
      throw new InvalidTransition("RELATIONSHIP_CLOSED", "This relationship has been closed.");
    }
  }

  /**
   * True if {@code p} is or was one of the two parties (a former mentor too): who the relationship
   * was between, as a matter of record. What they may read is {@link #readingFor}.
   */
  public boolean isParty(PersonRef p) {
    return isMentee(p) || isMentor(p);
  }

  public boolean isMentee(PersonRef p) {
    return p.sameTenantAs(new TenantId(tenantId)) && p.personId().equals(menteeId);
  }

  public boolean isMentor(PersonRef p) {
    return p.sameTenantAs(new TenantId(tenantId)) && p.personId().equals(mentorId);
  }

  @Override
  public boolean active() {
    return closedAt == null;
  }

  /**
   * The last day sessions count against the allowance: the allowance period after the day the
   * relationship started, both days as the scheme's {@code calendar} counts them.
   */
  public LocalDate allowanceEnds(Calendar calendar) {
    return calendar.dateOf(startedAt).plusMonths(allowancePeriodMonths);
  }

  public String id() {
    return id;
  }

  @Override
  public SchemeRef scheme() {
    return new SchemeRef(new TenantId(tenantId), schemeId);
  }

  public String requestId() {
    return requestId;
  }

  /** 0 for a request's first match, one more for each rematch of its mentee. */
  public int matchRound() {
    return matchRound;
  }

  @Override
  public PersonRef mentee() {
    return new PersonRef(new TenantId(tenantId), menteeId);
  }

  public PersonRef mentor() {
    return new PersonRef(new TenantId(tenantId), mentorId);
  }

  public int allowanceSessions() {
    return allowanceSessions;
  }

  public int allowancePeriodMonths() {
    return allowancePeriodMonths;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public ClosureReason closureReason() {
    return closureReason == null ? null : ClosureReason.valueOf(closureReason);
  }

  public String closingSummary() {
    return closingSummary;
  }
}
