package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mentorlink.domain.matching.Conflict;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.matching.MatchRepository;
import org.mentorlink.domain.matching.Matcher;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.mentor.MentorRepository;
import org.mentorlink.domain.notice.NoticeKind;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestDetails;
import org.mentorlink.domain.request.RequestRepository;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.PersonRef;

/**
 * Matching: ranked candidates with their conflicts, the coordinator's proposal, the mentor's answer
 * and the mentee's confirmation, which starts the relationship.
 */
@ApplicationScoped
@Transactional
@AuditDenials
public class MatchingService {
  @Inject Context ctx;
  @Inject Access access;
  @Inject RequestRepository requests;
  @Inject MentorRepository mentors;
  @Inject MatchRepository matches;
  @Inject RelationshipRepository relationships;
  @Inject Notifier notifier;

  /** Every mentor of the scheme for this request, unblocked and best first, with reasons. */
  public List<Views.CandidateView> candidates(Actor actor, String courseRef, String requestId) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = access.requestForCoordinator(actor, s, requestId);
    return candidates(s, r, Set.of());
  }

  /**
   * Every mentor of the scheme for the request, unblocked and best first — {@code formerMentors}
   * (whom the mentee asked to change from) blocked — with reasons. The caller decided access.
   */
  List<Views.CandidateView> candidates(Scheme s, MentoringRequest r, Set<PersonRef> formerMentors) {
    List<Matcher.MentorSnapshot> snapshots = new ArrayList<>();
    for (MentorProfile m : mentors.all(s.ref())) {
      snapshots.add(
          new Matcher.MentorSnapshot(
              m,
              ctx.person(m.person()).name(),
              (int) relationships.activeForMentor(s.ref(), m.person())));
    }
    String menteeName = menteeName(r);
    return Matcher.rank(r, menteeName, snapshots, ctx.calendar(s).today(), formerMentors).stream()
        .map(
            c ->
                new Views.CandidateView(
                    c.mentor().id(),
                    ctx.person(c.mentor().person()),
                    c.capacityLeft(),
                    c.score(),
                    c.reasons(),
                    c.conflicts(),
                    c.preferred(),
                    c.trainingCurrent()))
        .toList();
  }

  /**
   * The hard conflicts between the request's mentee and the mentor now (capacity as it stands),
   * with {@code formerMentors} blocked. The caller decided access.
   */
  List<Conflict> conflicts(
      Scheme s, MentoringRequest r, MentorProfile m, Set<PersonRef> formerMentors) {
    return Matcher.conflicts(
        r,
        menteeName(r),
        m,
        ctx.person(m.person()).name(),
        (int) relationships.activeForMentor(s.ref(), m.person()),
        formerMentors);
  }

  /** The mentee's name, or the caller's for a request the lead entered and nobody claimed yet. */
  private String menteeName(MentoringRequest r) {
    return r.hasMentee() ? ctx.person(r.mentee()).name() : r.callerName();
  }

  /** The coordinator proposes a mentor; hard conflicts block it. */
  public Views.ProposalView propose(
      Actor actor, String courseRef, String requestId, String mentorProfileId) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = access.requestForCoordinator(actor, s, requestId);
    MentorProfile m =
        mentors.find(s.ref(), mentorProfileId).orElseThrow(() -> new NotFound("That mentor"));
    List<Conflict> conflicts = conflicts(s, r, m, Set.of());
    MatchProposal p =
        MatchProposal.propose(
            s, actor, r, m, conflicts, matches.forRequest(s.ref(), r.id()), ctx.now());
    matches.add(p);
    notifier.tell(s, actor, NoticeKind.PROPOSAL_TO_ANSWER, p.id(), p.mentor());
    return view(p, r);
  }

  /** Proposals for a request (coordinators). */
  public List<Views.ProposalView> forRequest(Actor actor, String courseRef, String requestId) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = access.requestForCoordinator(actor, s, requestId);
    return matches.forRequest(s.ref(), requestId).stream().map(p -> view(p, r)).toList();
  }

  /** Proposals addressed to the actor, as mentor or as mentee. */
  public List<Views.ProposalView> mine(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    return access.proposalsOf(actor, s).stream()
        .map(p -> view(p, request(s, p.requestId())))
        .toList();
  }

  public Views.ProposalView mentorAccepts(Actor actor, String courseRef, String proposalId) {
    Scheme s = ctx.scheme(actor, courseRef);
    MatchProposal p = access.proposalForParty(actor, s, proposalId);
    p.mentorAccepts(actor, ctx.now());
    notifier.tell(s, actor, NoticeKind.MATCH_TO_CONFIRM, p.id(), p.mentee());
    return view(p, request(s, p.requestId()));
  }

  public Views.ProposalView mentorDeclines(
      Actor actor, String courseRef, String proposalId, String reason) {
    Scheme s = ctx.scheme(actor, courseRef);
    MatchProposal p = access.proposalForParty(actor, s, proposalId);
    p.mentorDeclines(actor, reason, ctx.now());
    return view(p, request(s, p.requestId()));
  }

  /** The mentee confirms: the request is matched and the relationship starts. */
  public String menteeConfirms(Actor actor, String courseRef, String proposalId) {
    Scheme s = ctx.scheme(actor, courseRef);
    MatchProposal p = access.proposalForParty(actor, s, proposalId);
    MentoringRequest r = request(s, p.requestId());
    p.menteeConfirms(actor, r, ctx.now());
    Relationship rel = Relationship.start(s, p, ctx.now());
    relationships.add(rel);
    notifier.tell(s, actor, NoticeKind.CONTRACT_TO_AGREE, rel.id(), rel.mentee(), rel.mentor());
    return rel.id();
  }

  public Views.ProposalView menteeDeclines(
      Actor actor, String courseRef, String proposalId, String reason) {
    Scheme s = ctx.scheme(actor, courseRef);
    MatchProposal p = access.proposalForParty(actor, s, proposalId);
    p.menteeDeclines(actor, reason, ctx.now());
    return view(p, request(s, p.requestId()));
  }

  /** The request a proposal is for (read after the access policy granted the proposal). */
  private MentoringRequest request(Scheme s, String id) {
    return requests.find(s.ref(), id).orElseThrow(() -> new NotFound("That request"));
  }

  Views.ProposalView view(MatchProposal p, MentoringRequest r) {
    return new Views.ProposalView(
        p.id(),
        p.requestId(),
        ctx.person(p.mentee()),
        ctx.person(p.mentor()),
        p.state(),
        p.declineReason(),
        p.proposedAt(),
        summary(r));
  }

  /**
   * The request as the mentor sees it once proposed: what for, where, how — and whether mentoring
   * is required of the mentee (the mentor is one of the few who know).
   */
  static Views.RequestSummary summary(MentoringRequest r) {
    RequestDetails d = r.details();
    return new Views.RequestSummary(
        d.helpWith().stream().map(Enum::name).collect(Collectors.toSet()),
        d.preferredArea(),
        d.preferredModes(),
        r.mentoringRequired());
  }
}
