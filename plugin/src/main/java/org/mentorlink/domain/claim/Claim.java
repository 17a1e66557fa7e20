package org.mentorlink.domain.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.Sealed;
import org.mentorlink.domain.shared.StateConflict;
import org.mentorlink.domain.shared.TenantId;

/**
 * A mentor's claim for one signed-off session: the scheme's session fee (as it was when claimed)
 * and travel (miles at the scheme's rate, or an amount with a note). Made once per session, only by
 * the session's mentor and only after sign-off. The lead or a coordinator approves it — never their
 * own, and never past the scheme's yearly budget — or returns it with a reason; the mentor then
 * changes it and submits it again. An approved claim is final. A claim knows the session's date and
 * its mentor, never the mentee.
 */
@Entity
@Table(name = "claim")
public class Claim {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "session_id", nullable = false, length = 36)
  private String sessionId;

  @Column(name = "relationship_id", nullable = false, length = 36)
  private String relationshipId;

  @Column(name = "mentor_person_id", nullable = false, length = 36)
  private String mentorPersonId;

  @Column(name = "session_number", nullable = false)
  private int sessionNumber;

  @Column(name = "session_date", nullable = false)
  private LocalDate sessionDate;

  @Column(name = "budget_year_start", nullable = false)
  private LocalDate budgetYearStart;

  @Column(name = "fee_pence", nullable = false)
  private long feePence;

  @Column(name = "travel_kind", nullable = false, length = 8)
  private String travelKind;

  @Column(name = "miles_tenths")
  private Long milesTenths;

  @Column(name = "mileage_rate_pence", nullable = false)
  private long mileageRatePence;

  @Column(name = "travel_pence", nullable = false)
  private long travelPence;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "travel_note", length = 500)
  private String travelNote;

  @Column(name = "total_pence", nullable = false)
  private long totalPence;

  @Column(name = "state", nullable = false, length = 16)
  private String state;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "return_reason", length = 2000)
  private String returnReason;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "decided_by", length = 36)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Claim() {}

  /**
   * The mentor of {@code r} claims for its {@code session}: who may act (the session's mentor) →
   * which state (signed off) → precondition (no claim for it yet: {@code existing}) → the claim, at
   * the scheme's {@code rules} and dated by the session's day ({@code sessionDate}) in the budget
   * year that holds it.
   */
  public static Claim submit(
      Relationship r,
      SessionRecord session,
      Actor by,
      ClaimRules rules,
      Travel travel,
      Optional<Claim> existing,
      LocalDate sessionDate,
      CpdYear budgetYear,
      Instant at) {
    if (!session.relationshipId().equals(r.id())) {
      throw new Forbidden("That session belongs to another relationship.");
    }
    if (!r.isMentor(by.person())) {
      throw new Forbidden("Only the session's mentor claims for it.");
    }
    if (session.state() != SessionState.SIGNED_OFF) {
      throw new InvalidTransition(
          "SESSION_NOT_SIGNED_OFF", "A claim can be made only for a signed-off session.");
    }
    if (existing.isPresent()) {
      throw new StateConflict("CLAIM_EXISTS", "This session has been claimed already.");
    }
    Objects.requireNonNull(rules, "rules");
    if (!rules.scheme().equals(r.scheme())) {
      throw new IllegalArgumentException("rules of another scheme");
    }
    if (!budgetYear.contains(sessionDate)) {
      throw new IllegalArgumentException("the budget year does not hold the session");
    }
    Claim c = new Claim();
    c.id = UUID.randomUUID().toString();
    c.tenantId = r.mentor().tenant().value();
    c.schemeId = r.scheme().schemeId();
    c.sessionId = session.id();
    c.relationshipId = r.id();
    c.mentorPersonId = by.person().personId();
    c.sessionNumber = session.number();
    c.sessionDate = sessionDate;
    c.budgetYearStart = budgetYear.start();
    c.price(rules, travel);
    c.state = ClaimState.SUBMITTED.name();
    c.submittedAt = Objects.requireNonNull(at, "at");
    return c;
  }

  /** The mentor changes a returned claim and submits it again (at the scheme's rules of now). */
  public void resubmit(Actor by, ClaimRules rules, Travel travel, Instant at) {
    requireMentor(by);
    if (state() != ClaimState.RETURNED) {
      throw new InvalidTransition(
          "CLAIM_NOT_RETURNED", "Only a claim returned to you can be changed and sent again.");
    }
    if (!rules.scheme().equals(scheme())) {
      throw new IllegalArgumentException("rules of another scheme");
    }
    price(rules, travel);
    state = ClaimState.SUBMITTED.name();
    submittedAt = Objects.requireNonNull(at, "at");
    decidedBy = null;
    decidedAt = null;
  }

  /**
   * The lead or a coordinator approves a submitted claim — not their own — if spending stays within
   * the year's {@code budget}.
   */
  public void approve(Scheme scheme, Actor by, Budget budget, Instant at) {
    requireApprover(scheme, by);
    requireSubmitted();
    if (!budget.allowsApproving(total())) {
      throw new StateConflict(
          "BUDGET_EXCEEDED",
          "Approving this claim would spend more than the scheme's budget for "
              + budget.year()
              + ": "
              + budget.leftDisplay()
              + " is left after claims waiting. Raise the budget first.");
    }
    state = ClaimState.APPROVED.name();
    returnReason = null;
    decidedBy = by.person().personId();
    decidedAt = Objects.requireNonNull(at, "at");
  }

  /** The lead or a coordinator returns a submitted claim to its mentor with a reason. */
  public void returnToMentor(Scheme scheme, Actor by, String reason, Instant at) {
    requireApprover(scheme, by);
    requireSubmitted();
    returnReason = Require.text(reason, "REASON_REQUIRED", "reason", "A reason", 2000);
    state = ClaimState.RETURNED.name();
    decidedBy = by.person().personId();
    decidedAt = Objects.requireNonNull(at, "at");
  }

  private void price(ClaimRules rules, Travel travel) {
    Objects.requireNonNull(travel, "travel");
    feePence = rules.sessionFee().pence();
    mileageRatePence = rules.mileageRate().pence();
    if (travel.kind() == TravelKind.MILEAGE && rules.mileageRate().isZero()) {
      throw new org.mentorlink.domain.shared.DomainException(
          "NO_MILEAGE_RATE",
          "travel",
          "This scheme pays no mileage: claim travel as an amount with a note.");
    }
    travelKind = travel.kind().name();
    milesTenths = travel.miles() == null ? null : travel.miles().tenths();
    travelNote = travel.note();
    travelPence = travel.cost(rules.mileageRate()).pence();
    totalPence = rules.sessionFee().plus(Money.ofPence(travelPence)).pence();
  }

  private void requireApprover(Scheme scheme, Actor by) {
    scheme.requireCoordinator(by);
    if (!scheme.id().equals(schemeId)) {
      throw new Forbidden("That claim belongs to another scheme.");
    }
    if (by.person().personId().equals(mentorPersonId)) {
      throw new Forbidden("Nobody approves or returns their own claim.");
    }
  }

  private void requireSubmitted() {
    if (state() != ClaimState.SUBMITTED) {
      throw new InvalidTransition(
          "CLAIM_NOT_SUBMITTED",
          "Only a claim waiting for a decision can be approved or returned.");
    }
  }

  private void requireMentor(Actor by) {
    if (!isMentor(by.person())) {
      throw new Forbidden("Only the claim's mentor changes it.");
    }
  }

  public boolean isMentor(PersonRef p) {
    return p.tenant().value().equals(tenantId) && p.personId().equals(mentorPersonId);
  }

  public String id() {
    return id;
  }

  public SchemeRef scheme() {
    return new SchemeRef(new TenantId(tenantId), schemeId);
  }

  public String sessionId() {
    return sessionId;
  }

  public String relationshipId() {
    return relationshipId;
  }

  public PersonRef mentor() {
    return new PersonRef(new TenantId(tenantId), mentorPersonId);
  }

  public int sessionNumber() {
    return sessionNumber;
  }

  public LocalDate sessionDate() {
    return sessionDate;
  }

  public CpdYear budgetYear() {
    return new CpdYear(budgetYearStart);
  }

  public Money fee() {
    return Money.ofPence(feePence);
  }

  public Travel travel() {
    TravelKind kind = TravelKind.valueOf(travelKind);
    return switch (kind) {
      case NONE -> new Travel(TravelKind.NONE, null, null, travelNote);
      case MILEAGE -> Travel.mileage(new Miles(milesTenths), travelNote);
      case AMOUNT ->
          Travel.amount(Money.ofPence(travelPence), travelNote == null ? NOTE_REMOVED : travelNote);
    };
  }

  /**
   * What an amount's note reads once retention or an erasure removed it (the claim stays for
   * finance).
   */
  public static final String NOTE_REMOVED = "Removed with the session's records";

  public Money mileageRate() {
    return Money.ofPence(mileageRatePence);
  }

  public Money travelCost() {
    return Money.ofPence(travelPence);
  }

  public Money total() {
    return Money.ofPence(totalPence);
  }

  public ClaimState state() {
    return ClaimState.valueOf(state);
  }

  public String returnReason() {
    return returnReason;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public PersonRef decidedBy() {
    return decidedBy == null ? null : new PersonRef(new TenantId(tenantId), decidedBy);
  }
}
