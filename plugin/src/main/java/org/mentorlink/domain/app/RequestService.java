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
import org.mentorlink.domain.shared.NotFound;

/** The intake pro-forma: mentees submit, revise and withdraw; coordinators screen. */
@ApplicationScoped
@Transactional
public class RequestService {
  @Inject Context ctx;
  @Inject RequestRepository requests;
  @Inject RelationshipRepository relationships;

  public Views.RequestView submit(Actor actor, String courseRef, RequestDetails details) {
    Scheme s = ctx.scheme(actor, courseRef);
    boolean open =
        requests.forMentee(s.ref(), actor.person()).stream().anyMatch(r -> r.state().open())
            || relationships.forMentee(s.ref(), actor.person()).stream().anyMatch(r -> r.active());
    MentoringRequest r = MentoringRequest.submit(s, actor, details, open, ctx.now());
    requests.add(r);
    return view(r);
  }

  /** The mentee's own requests, newest first. */
  public List<Views.RequestView> mine(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    return requests.forMentee(s.ref(), actor.person()).stream().map(this::view).toList();
  }

  public Views.RequestView revise(
      Actor actor, String courseRef, String id, RequestDetails details) {
    MentoringRequest r = ownRequest(actor, courseRef, id);
    r.revise(actor, details);
    return view(r);
  }

  public Views.RequestView withdraw(Actor actor, String courseRef, String id) {
    MentoringRequest r = ownRequest(actor, courseRef, id);
    r.withdraw(actor, ctx.now());
    return view(r);
  }

  /** The screening queue (coordinators): requests in the given states, oldest first. */
  public Views.Page<Views.RequestView> queue(
      Actor actor, String courseRef, Set<RequestState> states, int page, int size) {
    Scheme s = ctx.scheme(actor, courseRef);
    s.requireCoordinator(actor);
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
    MentoringRequest r = requests.find(s.ref(), id).orElseThrow(() -> new NotFound("That request"));
    if (!r.isMentee(actor.person()) && !s.isCoordinator(actor.person())) {
      throw new NotFound("That request");
    }
    return view(r);
  }

  public Views.RequestView accept(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = forCoordinator(s, actor, id);
    r.acceptForMatching(s, actor, ctx.now());
    return view(r);
  }

  public Views.RequestView signpost(
      Actor actor, String courseRef, String id, String service, String reason) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = forCoordinator(s, actor, id);
    r.signpost(s, actor, s.signpost(service), reason, ctx.now());
    return view(r);
  }

  private MentoringRequest forCoordinator(Scheme s, Actor actor, String id) {
    s.requireCoordinator(actor);
    return requests.find(s.ref(), id).orElseThrow(() -> new NotFound("That request"));
  }

  private MentoringRequest ownRequest(Actor actor, String courseRef, String id) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = requests.find(s.ref(), id).orElseThrow(() -> new NotFound("That request"));
    if (!r.isMentee(actor.person())) {
      throw new NotFound("That request");
    }
    return r;
  }

  Views.RequestView view(MentoringRequest r) {
    return new Views.RequestView(
        r.id(),
        ctx.person(r.mentee()),
        r.state(),
        r.details(),
        r.signpostName(),
        r.signpostLink(),
        r.closingReason(),
        r.submittedAt(),
        r.screenedAt());
  }
}
