package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestDetails;
import org.mentorlink.domain.request.RequestRepository;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;

/** The intake pro-forma: mentees submit, revise and withdraw; coordinators screen. */
@ApplicationScoped
@Transactional
@AuditDenials
public class RequestService {
  @Inject Context ctx;
  @Inject Access access;
  @Inject RequestRepository requests;
  @Inject RelationshipRepository relationships;

  public Views.RequestView submit(Actor actor, String courseRef, RequestDetails details) {
    return submit(actor, courseRef, details, false);
  }

  /**
   * The mentee asks for mentoring; {@code askedToHaveMentoring}: they say they have been asked to
   * have it (required, not voluntary).
   */
  public Views.RequestView submit(
      Actor actor, String courseRef, RequestDetails details, boolean askedToHaveMentoring) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r =
        MentoringRequest.submit(
            s,
            actor,
            details,
            requests.forMentee(s.ref(), actor.person()),
            relationships.forMentee(s.ref(), actor.person()),
            ctx.now());
    if (askedToHaveMentoring) {
      r.askedToHaveMentoring(actor, true);
    }
    requests.add(r);
    return view(r);
  }

  /** The mentee's own requests, newest first. */
  public List<Views.RequestView> mine(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    return access.ownRequests(actor, s).stream().map(this::view).toList();
  }

  public Views.RequestView revise(
      Actor actor, String courseRef, String id, RequestDetails details) {
    MentoringRequest r = access.ownRequest(actor, ctx.scheme(actor, courseRef), id);
    r.revise(actor, details);
    return view(r);
  }

  /** The mentee changes whether they have been asked to have mentoring, before screening. */
  public Views.RequestView askedToHaveMentoring(
      Actor actor, String courseRef, String id, boolean asked) {
    MentoringRequest r = access.ownRequest(actor, ctx.scheme(actor, courseRef), id);
    r.askedToHaveMentoring(actor, asked);
    return view(r);
  }

  /**
   * The lead (or a matching coordinator) records whether mentoring is required of the mentee or
   * voluntary. Other coordinators get 403.
   */
  public Views.RequestView recordRequired(
      Actor actor, String courseRef, String id, boolean required) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = access.requestForCoordinator(actor, s, id);
    r.recordRequired(s, actor, required);
    return view(r);
  }

  public Views.RequestView withdraw(Actor actor, String courseRef, String id) {
    MentoringRequest r = access.ownRequest(actor, ctx.scheme(actor, courseRef), id);
    r.withdraw(actor, ctx.now());
    return view(r);
  }

  /** The screening queue (coordinators): requests in the given states, oldest first. */
  public Views.Page<Views.RequestView> queue(
      Actor actor, String courseRef, Set<RequestState> states, int page, int size) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.coordinatorReads(actor, s, ConfidentialRead.Kind.REQUEST_QUEUE);
    Set<RequestState> st =
        states == null || states.isEmpty() ? EnumSet.allOf(RequestState.class) : states;
    int p = Context.page(page);
    int n = Context.size(size);
    List<Views.RequestView> items =
        requests.inStates(s.ref(), st, p * n, n).stream().map(this::view).toList();
    return new Views.Page<>(items, p, n, requests.count(s.ref(), st));
  }

  /** One request: to its mentee or a coordinator; anyone else gets "not found". */
  public Views.RequestView get(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    return view(access.requestForMenteeOrCoordinator(actor, s, id));
  }

  public Views.RequestView accept(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = access.requestForCoordinator(actor, s, id);
    r.acceptForMatching(s, actor, ctx.now());
    return view(r);
  }

  public Views.RequestView signpost(
      Actor actor, String courseRef, String id, String service, String reason) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = access.requestForCoordinator(actor, s, id);
    r.signpost(s, actor, s.signpost(service), reason, ctx.now());
    return view(r);
  }

  Views.RequestView view(MentoringRequest r) {
    return new Views.RequestView(
        r.id(),
        r.hasMentee() ? ctx.person(r.mentee()) : null,
        r.state(),
        r.details(),
        r.signpostName(),
        r.signpostLink(),
        r.closingReason(),
        r.submittedAt(),
        r.screenedAt(),
        r.enteredForCaller(),
        r.callerName(),
        r.mentoringRequired());
  }
}
