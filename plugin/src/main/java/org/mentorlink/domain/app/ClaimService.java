package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.claim.Budget;
import org.mentorlink.domain.claim.Claim;
import org.mentorlink.domain.claim.ClaimRepository;
import org.mentorlink.domain.claim.ClaimRules;
import org.mentorlink.domain.claim.ClaimState;
import org.mentorlink.domain.claim.Money;
import org.mentorlink.domain.claim.Travel;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.StateConflict;

/**
 * Mentors' claims for signed-off sessions and the scheme's budget for them. The session's mentor
 * claims (once, after sign-off); the lead and coordinators see claims by mentor and session date —
 * never the mentee — approve or return them, set the fee, rate and budget, and export approved
 * claims for finance.
 */
@ApplicationScoped
@Transactional
@AuditDenials
public class ClaimService {
  /** The longest period of one finance export. */
  static final int MAX_EXPORT_DAYS = 3 * 366;

  @Inject Context ctx;
  @Inject Access access;
  @Inject RelationshipRepository relationships;
  @Inject ClaimRepository claims;
  @Inject AuditTrail audit;

  // --- the mentor

  /**
   * Fails unless the actor is the mentor of the relationship: 404 for anyone who is no party of it,
   * 403 for its mentee (decided before a request's body is read; the call checks again).
   */
  public void requireMentorOf(Actor actor, String courseRef, String relationshipId) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireParty(actor, s, relationshipId);
    boolean mentor =
        relationships
            .find(s.ref(), relationshipId)
            .map(r -> r.isMentor(actor.person()))
            .orElse(false);
    if (!mentor) {
      throw new Forbidden("Only the session's mentor claims for it.");
    }
  }

  /** The session's claim for its mentor (and whether one can be made); 403 for the mentee. */
  public ClaimViews.SessionClaim forSession(
      Actor actor, String courseRef, String relationshipId, String sessionId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = mentorsRelationship(actor, s, relationshipId);
    SessionRecord session = session(r, sessionId);
    Optional<ClaimRules> rules = claims.rules(s.ref());
    Optional<Claim> claim = claims.forSession(s.ref(), session.id());
    return new ClaimViews.SessionClaim(
        claim.map(this::view).orElse(null),
        rules.map(ClaimViews.RulesView::of).orElse(null),
        claim.isEmpty() && rules.isPresent() && session.state() == SessionState.SIGNED_OFF,
        claim.map(c -> c.state() == ClaimState.RETURNED).orElse(false) && rules.isPresent());
  }

  /** The session's mentor claims its fee and {@code travel}. */
  public ClaimViews.Submitted submit(
      Actor actor, String courseRef, String relationshipId, String sessionId, Travel travel) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = mentorsRelationship(actor, s, relationshipId);
    SessionRecord session = session(r, sessionId);
    ClaimRules rules = rules(s);
    LocalDate day = ctx.calendar(s).dateOf(session.scheduledAt());
    Claim c =
        Claim.submit(
            r,
            session,
            actor,
            rules,
            travel,
            claims.forSession(s.ref(), session.id()),
            day,
            CpdYear.containing(day, s.settings().cpdYearStart()),
            ctx.now());
    claims.add(c);
    return submitted(s, rules, c);
  }

  /** The mentor changes a returned claim and sends it again. */
  public ClaimViews.Submitted resubmit(
      Actor actor, String courseRef, String relationshipId, String sessionId, Travel travel) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = mentorsRelationship(actor, s, relationshipId);
    SessionRecord session = session(r, sessionId);
    Claim c =
        claims
            .forSession(s.ref(), session.id())
            .orElseThrow(() -> new NotFound("The claim for this session"));
    ClaimRules rules = rules(s);
    c.resubmit(actor, rules, travel, ctx.now());
    return submitted(s, rules, c);
  }

  /** The actor's own claims in the scheme, newest session first. */
  public List<ClaimViews.ClaimView> mine(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    return claims.forMentor(s.ref(), actor.person()).stream().map(this::view).toList();
  }

  // --- the lead and coordinators

  /** Fails (403) unless the actor may decide claims (the lead or a coordinator, in this launch). */
  public void requireApprover(Actor actor, String courseRef) {
    access.requireCoordinator(actor, ctx.scheme(actor, courseRef));
  }

  /** The scheme's claims in {@code state}, oldest session first. */
  public Views.Page<ClaimViews.ClaimView> queue(
      Actor actor, String courseRef, ClaimState state, int page, int size) {
    Scheme s = approverScheme(actor, courseRef);
    int p = Context.page(page);
    int n = Context.size(size);
    ClaimState st = state == null ? ClaimState.SUBMITTED : state;
    List<ClaimViews.ClaimView> items =
        claims.inState(s.ref(), st, p * n, n).stream().map(this::view).toList();
    return new Views.Page<>(items, p, n, claims.countInState(s.ref(), st));
  }

  public ClaimViews.ClaimView approve(Actor actor, String courseRef, String claimId) {
    Scheme s = approverScheme(actor, courseRef);
    Claim c = claim(s, claimId);
    c.approve(s, actor, budget(s, c.budgetYear()), ctx.now());
    audit.record(actor, s, AuditAction.APPROVAL, null, c.id(), "CLAIM_APPROVED");
    return view(c);
  }

  public ClaimViews.ClaimView returnClaim(
      Actor actor, String courseRef, String claimId, String reason) {
    Scheme s = approverScheme(actor, courseRef);
    Claim c = claim(s, claimId);
    c.returnToMentor(s, actor, reason, ctx.now());
    audit.record(actor, s, AuditAction.APPROVAL, null, c.id(), "CLAIM_RETURNED");
    return view(c);
  }

  /**
   * The budget of the year that holds {@code day} (today when null), for the lead and coordinators.
   */
  public ClaimViews.BudgetView budget(Actor actor, String courseRef, LocalDate day) {
    Scheme s = approverScheme(actor, courseRef);
    CpdYear year =
        CpdYear.containing(
            day == null ? ctx.calendar(s).today() : day, s.settings().cpdYearStart());
    return ClaimViews.BudgetView.of(
        budget(s, year),
        year.start(),
        year.end(),
        claims.countInState(s.ref(), ClaimState.SUBMITTED));
  }

  /** The scheme's rules for claims (every member may read them), if set. */
  public Optional<ClaimViews.RulesView> rules(Actor actor, String courseRef) {
    return claims.rules(ctx.scheme(actor, courseRef).ref()).map(ClaimViews.RulesView::of);
  }

  public ClaimViews.RulesView changeRules(
      Actor actor, String courseRef, ClaimRules.Amounts amounts) {
    Scheme s = approverScheme(actor, courseRef);
    Optional<ClaimRules> now = claims.rules(s.ref());
    if (now.isPresent()) {
      now.get().change(s, actor, amounts);
      return ClaimViews.RulesView.of(now.get());
    }
    ClaimRules created = ClaimRules.setUp(s, actor, amounts);
    claims.addRules(created);
    return ClaimViews.RulesView.of(created);
  }

  /**
   * Approved claims for sessions from {@code from} to {@code to} (the current budget year when both
   * are null), for finance: mentor, date and amounts, never the mentee.
   */
  public List<ClaimViews.FinanceRow> financeExport(
      Actor actor, String courseRef, LocalDate from, LocalDate to) {
    Scheme s = approverScheme(actor, courseRef);
    CpdYear current = CpdYear.containing(ctx.calendar(s).today(), s.settings().cpdYearStart());
    LocalDate f = from == null ? current.start() : from;
    LocalDate t = to == null ? current.end() : to;
    if (t.isBefore(f)) {
      throw new DomainException(
          "INVALID_PERIOD", "to", "The period must end on or after its start.");
    }
    if (f.plusDays(MAX_EXPORT_DAYS).isBefore(t)) {
      throw new DomainException("INVALID_PERIOD", "to", "An export covers at most three years.");
    }
    audit.record(actor, s, AuditAction.EXPORT, null, null, "CLAIMS_CSV");
    return claims.approvedBetween(s.ref(), f, t).stream()
        .map(
            c ->
                new ClaimViews.FinanceRow(
                    c.id(),
                    ctx.person(c.mentor()).name(),
                    c.sessionDate(),
                    c.sessionNumber(),
                    c.fee().decimal(),
                    c.travel().kind(),
                    c.travel().miles() == null ? null : c.travel().miles().toString(),
                    c.travelCost().decimal(),
                    c.travel().note(),
                    c.total().decimal(),
                    c.decidedAt() == null ? null : ctx.calendar(s).dateOf(c.decidedAt())))
        .toList();
  }

  // --- helpers

  private Scheme approverScheme(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireCoordinator(actor, s);
    return s;
  }

  private Relationship mentorsRelationship(Actor actor, Scheme s, String relationshipId) {
    Relationship r = access.relationshipForParty(actor, s, relationshipId);
    if (!r.isMentor(actor.person())) {
      throw new Forbidden("Only the session's mentor claims for it.");
    }
    return r;
  }

  private SessionRecord session(Relationship r, String sessionId) {
    return relationships.session(r, sessionId).orElseThrow(() -> new NotFound("That session"));
  }

  private Claim claim(Scheme s, String id) {
    return claims.find(s.ref(), id).orElseThrow(() -> new NotFound("That claim"));
  }

  private ClaimRules rules(Scheme s) {
    return claims
        .rules(s.ref())
        .orElseThrow(
            () ->
                new StateConflict(
                    "CLAIMS_NOT_SET_UP",
                    "The scheme has not set its session fee yet: ask the scheme's lead."));
  }

  private Budget budget(Scheme s, CpdYear year) {
    Money yearly = claims.rules(s.ref()).map(ClaimRules::yearlyBudget).orElse(null);
    return new Budget(
        year.label(),
        yearly,
        claims.sum(s.ref(), year, ClaimState.APPROVED),
        claims
            .sum(s.ref(), year, ClaimState.SUBMITTED)
            .plus(claims.sum(s.ref(), year, ClaimState.RETURNED)));
  }

  private ClaimViews.Submitted submitted(Scheme s, ClaimRules rules, Claim c) {
    Budget b = budget(s, c.budgetYear());
    return new ClaimViews.Submitted(view(c), b.overCommitted(), b.limited() ? b.left() : null);
  }

  private ClaimViews.ClaimView view(Claim c) {
    Travel t = c.travel();
    return new ClaimViews.ClaimView(
        c.id(),
        c.sessionId(),
        c.relationshipId(),
        c.sessionNumber(),
        c.sessionDate(),
        c.budgetYear().label(),
        ctx.person(c.mentor()),
        c.fee().decimal(),
        t.kind(),
        t.miles() == null ? null : t.miles().toString(),
        c.mileageRate().decimal(),
        c.travelCost().decimal(),
        t.note(),
        c.total().decimal(),
        c.state(),
        c.returnReason(),
        c.submittedAt(),
        c.decidedAt());
  }
}
