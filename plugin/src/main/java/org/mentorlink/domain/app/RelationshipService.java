package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.notice.NoticeKind;
import org.mentorlink.domain.relationship.ClosureReason;
import org.mentorlink.domain.relationship.Contract;
import org.mentorlink.domain.relationship.ContractTerms;
import org.mentorlink.domain.relationship.Goal;
import org.mentorlink.domain.relationship.GoalOption;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.relationship.RelationshipSignpost;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.relationship.SessionRecordDetails;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.request.RequestRepository;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.PersonRef;

/**
 * A relationship's life: the contract, sessions and their sign-off, goals, closure. Its content is
 * for its two parties only; the scheme's coordinators get dates, counts and states, never content;
 * anyone else gets "not found".
 */
@ApplicationScoped
@Transactional
@AuditDenials
public class RelationshipService {
  @Inject Context ctx;
  @Inject Access access;
  @Inject RelationshipRepository relationships;
  @Inject RequestRepository requests;
  @Inject CpdService cpd;
  @Inject AuditTrail audit;
  @Inject Notifier notifier;

  /** The actor's relationships in the course's scheme, as mentee or as mentor. */
  public List<Views.RelationshipView> mine(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    return access.relationshipsOf(actor, s).stream().map(r -> view(s, r, actor)).toList();
  }

  /**
   * Fails with 404 unless the actor is a party of the relationship (decided before a request's body
   * is read; the call that follows checks again).
   */
  public void requireParty(Actor actor, String courseRef, String id) {
    access.requireParty(actor, ctx.scheme(actor, courseRef), id);
  }

  /** One relationship, in full, for its parties. */
  public Views.RelationshipView get(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    return view(s, access.relationshipForParty(actor, s, id), actor);
  }

  /**
   * The relationships the actor mentored until their mentees changed mentor, if the scheme lets
   * former mentors keep their own notes (none otherwise): who and when, without sessions.
   */
  public List<Views.FormerMentorshipView> formerMentorships(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    return access.formerMentorships(actor, s).stream()
        .map(r -> formerMentorship(r, List.of()))
        .toList();
  }

  /**
   * One relationship for its former mentor, read-only, if the scheme lets them keep their own
   * notes: per session only what they wrote (their notes and addenda), nothing the mentee wrote;
   * "not found" for anyone else and when the scheme does not.
   */
  public Views.FormerMentorshipView formerMentorship(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    return ownWriting(access.formerMentorsWriting(actor, s, id), actor.person());
  }

  /**
   * The relationship with only what {@code me} wrote in its sessions (the caller decided access).
   */
  Views.FormerMentorshipView ownWriting(Relationship r, PersonRef me) {
    List<Views.OwnSessionView> sessions =
        relationships.sessions(r).stream()
            .map(x -> x.writingOf(r, me))
            .map(
                w ->
                    new Views.OwnSessionView(
                        w.sessionId(),
                        w.number(),
                        w.scheduledAt(),
                        w.duration(),
                        w.state(),
                        w.notes(),
                        w.addenda().stream()
                            .map(a -> new Views.AddendumView(ctx.person(me), a.addedAt(), a.body()))
                            .toList()))
            .toList();
    return formerMentorship(r, sessions);
  }

  private Views.FormerMentorshipView formerMentorship(
      Relationship r, List<Views.OwnSessionView> sessions) {
    return new Views.FormerMentorshipView(
        r.id(), ctx.person(r.mentee()), r.startedAt(), r.closedAt(), r.closureReason(), sessions);
  }

  /** All relationships of the scheme for coordinators: dates, counts and states only. */
  public Views.Page<Views.RelationshipSummary> overview(
      Actor actor, String courseRef, int page, int size) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.coordinatorReads(actor, s, ConfidentialRead.Kind.RELATIONSHIP_OVERVIEW);
    int p = Context.page(page);
    int n = Context.size(size);
    List<Views.RelationshipSummary> items =
        relationships.inScheme(s.ref(), p * n, n).stream().map(this::summary).toList();
    return new Views.Page<>(items, p, n, relationships.countInScheme(s.ref()));
  }

  // --- contract

  public Views.RelationshipView draftContract(
      Actor actor, String courseRef, String id, ContractTerms terms) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    List<Contract> versions = relationships.contracts(r);
    Contract c =
        versions.isEmpty()
            ? Contract.draft(r, terms, actor, ctx.now())
            : versions.get(versions.size() - 1).amend(r, terms, actor, ctx.now());
    relationships.addContract(c);
    notifier.tell(s, actor, NoticeKind.CONTRACT_TO_SIGN, c.id(), r.mentee(), r.mentor());
    return view(s, r, actor);
  }

  /** A party signs the latest version (its id guards against signing a superseded one). */
  public Views.RelationshipView signContract(
      Actor actor, String courseRef, String id, String contractId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    List<Contract> versions = relationships.contracts(r);
    if (versions.isEmpty()) {
      throw new NotFound("That contract");
    }
    Contract latest = versions.get(versions.size() - 1);
    if (!latest.id().equals(contractId)) {
      if (versions.stream().anyMatch(c -> c.id().equals(contractId))) {
        throw new InvalidTransition(
            "CONTRACT_SUPERSEDED", "This version has been amended: read and sign the new one.");
      }
      throw new NotFound("That contract");
    }
    latest.sign(r, actor, ctx.now());
    notifier.tell(
        s,
        actor,
        NoticeKind.CONTRACT_TO_SIGN,
        latest.id(),
        latest.signedBy(r.mentee()) ? null : r.mentee(),
        latest.signedBy(r.mentor()) ? null : r.mentor());
    audit.record(
        actor, s, AuditAction.SIGNATURE, ConfidentialRead.Kind.CONTRACT, latest.id(), null);
    return view(s, r, actor);
  }

  // --- sessions

  public Views.RelationshipView scheduleSession(
      Actor actor, String courseRef, String id, Instant when, CpdHours duration, MeetingMode mode) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    SessionRecord session =
        SessionRecord.schedule(
            r, actor, relationships.lockedHistory(r), when, duration, mode, ctx.calendar(s));
    relationships.addSession(session);
    notifier.tell(s, actor, NoticeKind.AGENDA_TO_SET, session.id(), r.mentee());
    return view(s, r, actor);
  }

  public Views.RelationshipView rescheduleSession(
      Actor actor,
      String courseRef,
      String id,
      String sessionId,
      Instant when,
      CpdHours duration,
      MeetingMode mode) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    session(r, sessionId).reschedule(r, actor, when, duration, mode, ctx.calendar(s));
    return view(s, r, actor);
  }

  public Views.RelationshipView setAgenda(
      Actor actor, String courseRef, String id, String sessionId, String agenda) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    session(r, sessionId).setAgenda(r, actor, agenda);
    return view(s, r, actor);
  }

  public Views.RelationshipView writeRecord(
      Actor actor, String courseRef, String id, String sessionId, SessionRecordDetails details) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    session(r, sessionId).write(r, actor, details);
    return view(s, r, actor);
  }

  public Views.RelationshipView submitSession(
      Actor actor, String courseRef, String id, String sessionId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    session(r, sessionId).submit(r, actor, ctx.now());
    notifier.tell(
        s,
        actor,
        NoticeKind.SESSION_TO_SIGN_OFF,
        Notifier.recurring(sessionId, ctx.now()),
        r.mentor());
    return view(s, r, actor);
  }

  public Views.RelationshipView signOffSession(
      Actor actor, String courseRef, String id, String sessionId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    SessionRecord session = session(r, sessionId);
    session.signOff(r, actor, ctx.now());
    // The CPD entries are made in the sign-off's own transaction: both or neither.
    cpd.sessionSignedOff(s, r, session);
    notifier.tell(s, actor, NoticeKind.CPD_TO_REFLECT, sessionId, r.mentee(), r.mentor());
    audit.record(
        actor, s, AuditAction.SIGN_OFF, ConfidentialRead.Kind.SESSION, sessionId, "SIGNED_OFF");
    return view(s, r, actor);
  }

  public Views.RelationshipView returnSession(
      Actor actor, String courseRef, String id, String sessionId, String reason) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    session(r, sessionId).returnForChanges(r, actor, reason);
    notifier.tell(
        s,
        actor,
        NoticeKind.SESSION_RETURNED,
        Notifier.recurring(sessionId, ctx.now()),
        r.mentee());
    audit.record(
        actor, s, AuditAction.SIGN_OFF, ConfidentialRead.Kind.SESSION, sessionId, "RETURNED");
    return view(s, r, actor);
  }

  public Views.RelationshipView addAddendum(
      Actor actor, String courseRef, String id, String sessionId, String text) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    session(r, sessionId).addAddendum(r, actor, text, ctx.now());
    return view(s, r, actor);
  }

  /**
   * One relationship's dates, counts and states (never its content), for a coordinator who matches:
   * 403 for anyone else.
   */
  public Views.RelationshipSummary forCoordinator(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    return summary(access.relationshipForCoordinator(actor, s, id));
  }

  /** A coordinator approves a session beyond the allowance (seeing no content). */
  public Views.RelationshipSummary approveExtraSession(
      Actor actor, String courseRef, String id, String sessionId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForCoordinator(actor, s, id);
    session(r, sessionId).approveBeyondAllowance(s, r, actor);
    audit.record(
        actor,
        s,
        AuditAction.APPROVAL,
        ConfidentialRead.Kind.SESSION,
        sessionId,
        "BEYOND_ALLOWANCE");
    return summary(r);
  }

  /** The session, for its .ics: only its parties. */
  public Views.SessionView sessionFor(Actor actor, String courseRef, String id, String sessionId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    return sessionView(ctx.calendar(s).today(), r, session(r, sessionId));
  }

  // --- goals

  public Views.RelationshipView setGoal(Actor actor, String courseRef, String id, String goal) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    relationships.addGoal(Goal.set(r, actor, goal, ctx.now()));
    return view(s, r, actor);
  }

  public Views.RelationshipView developGoal(
      Actor actor,
      String courseRef,
      String id,
      String goalId,
      String goal,
      String reality,
      List<GoalOption> options,
      String chosenAction,
      LocalDate actionDueOn) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    goal(r, goalId).develop(r, actor, goal, reality, options, chosenAction, actionDueOn);
    return view(s, r, actor);
  }

  public Views.RelationshipView achieveGoal(
      Actor actor, String courseRef, String id, String goalId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    goal(r, goalId).achieve(r, actor);
    return view(s, r, actor);
  }

  public Views.RelationshipView dropGoal(Actor actor, String courseRef, String id, String goalId) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    goal(r, goalId).drop(r, actor);
    return view(s, r, actor);
  }

  // --- closure

  public Views.RelationshipView close(
      Actor actor, String courseRef, String id, ClosureReason reason, String summary) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipForParty(actor, s, id);
    r.close(actor, reason, summary, relationships.history(r), ctx.now());
    notifier.tell(s, actor, NoticeKind.QUESTIONNAIRE_OPEN, r.id(), r.mentee(), r.mentor());
    return view(s, r, actor);
  }

  // --- signposting during the relationship

  /**
   * The mentor (or the lead, or a matching coordinator) signposts the mentee of an active
   * relationship to one of the scheme's services, with a note for the mentee; the mentoring goes
   * on. The mentee sees it on the relationship page.
   */
  public Views.SignpostView signpost(
      Actor actor, String courseRef, String id, String service, String note) {
    Scheme s = ctx.scheme(actor, courseRef);
    Relationship r = access.relationshipToSignpost(actor, s, id);
    RelationshipSignpost x =
        RelationshipSignpost.record(
            s, actor, r, service == null ? null : s.signpost(service), note, ctx.now());
    relationships.addSignpost(x);
    return signpostView(x);
  }

  private static Views.SignpostView signpostView(RelationshipSignpost x) {
    return new Views.SignpostView(
        x.id(), x.signpostName(), x.signpostLink(), x.note(), x.recordedAt());
  }

  // --- helpers

  private SessionRecord session(Relationship r, String sessionId) {
    return relationships.session(r, sessionId).orElseThrow(() -> new NotFound("That session"));
  }

  private Goal goal(Relationship r, String goalId) {
    return relationships.goal(r, goalId).orElseThrow(() -> new NotFound("That goal"));
  }

  Views.RelationshipView view(Scheme s, Relationship r, Actor actor) {
    Calendar calendar = ctx.calendar(s);
    LocalDate today = calendar.today();
    PersonRef me = actor.person();
    List<Views.ContractView> contracts =
        relationships.contracts(r).stream()
            .map(
                c ->
                    new Views.ContractView(
                        c.id(),
                        c.versionNo(),
                        c.terms(),
                        c.text(),
                        c.sha256(),
                        c.signatures().stream()
                            .map(
                                sig ->
                                    new Views.SignatureView(
                                        ctx.person(new PersonRef(me.tenant(), sig.personId())),
                                        sig.signedAt(),
                                        sig.textSha256()))
                            .toList(),
                        c.fullySigned(r),
                        c.signedBy(me)))
            .toList();
    List<Views.SessionView> sessions =
        relationships.sessions(r).stream().map(x -> sessionView(today, r, x)).toList();
    List<Views.GoalView> goals =
        relationships.goals(r).stream()
            .map(
                g ->
                    new Views.GoalView(
                        g.id(),
                        g.goal(),
                        g.reality(),
                        g.options(),
                        g.chosenAction(),
                        g.actionDueOn(),
                        g.state(),
                        g.dueWithin(today, 14),
                        g.overdue(today)))
            .toList();
    Views.RequestSummary summary =
        requests.find(r.scheme(), r.requestId()).map(MatchingService::summary).orElse(null);
    return new Views.RelationshipView(
        r.id(),
        ctx.person(r.mentee()),
        ctx.person(r.mentor()),
        r.active(),
        r.startedAt(),
        r.closedAt(),
        r.closureReason(),
        r.closingSummary(),
        r.allowanceSessions(),
        r.allowanceEnds(calendar),
        summary,
        contracts,
        sessions,
        goals,
        relationships.signposts(r).stream().map(RelationshipService::signpostView).toList());
  }

  private Views.SessionView sessionView(LocalDate today, Relationship r, SessionRecord s) {
    return new Views.SessionView(
        s.id(),
        s.number(),
        s.scheduledAt(),
        s.duration(),
        s.mode(),
        s.state(),
        s.agenda(),
        s.menteeNotes(),
        s.mentorNotes(),
        s.themes(),
        s.topics(),
        s.goalsReviewed(),
        s.actions().stream()
            .map(a -> new Views.ActionView(a.what(), a.owner(), a.dueOn(), a.overdue(today)))
            .toList(),
        s.addenda().stream()
            .map(
                a ->
                    new Views.AddendumView(
                        ctx.person(new PersonRef(r.mentee().tenant(), a.personId())),
                        a.addedAt(),
                        a.body()))
            .toList(),
        s.returnReason(),
        s.beyondAllowance(),
        s.needsApproval(),
        s.signedOffAt());
  }

  private Views.RelationshipSummary summary(Relationship r) {
    List<SessionRecord> sessions = relationships.sessions(r);
    List<Contract> contracts = relationships.contracts(r);
    boolean signed = !contracts.isEmpty() && contracts.get(contracts.size() - 1).fullySigned(r);
    return new Views.RelationshipSummary(
        r.id(),
        ctx.person(r.mentee()),
        ctx.person(r.mentor()),
        r.active(),
        r.startedAt(),
        r.closedAt(),
        r.closureReason(),
        signed,
        sessions.size(),
        (int) sessions.stream().filter(s -> s.state() == SessionState.SIGNED_OFF).count(),
        r.allowanceSessions(),
        sessions.stream()
            .map(
                s ->
                    new Views.SessionSummary(
                        s.id(),
                        s.number(),
                        s.scheduledAt(),
                        s.duration(),
                        s.state(),
                        s.needsApproval()))
            .toList(),
        requests.find(r.scheme(), r.requestId()).map(q -> q.mentoringRequired()).orElse(false),
        relationships.signposts(r).size());
  }
}
