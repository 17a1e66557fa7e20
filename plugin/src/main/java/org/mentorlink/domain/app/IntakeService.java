package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.request.ClaimLink;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestDetails;
import org.mentorlink.domain.request.RequestRepository;
import org.mentorlink.domain.scheme.CourseMember;
import org.mentorlink.domain.scheme.MembershipStatus;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.PersonRef;

/**
 * The lead's own intake: a request entered for someone who phoned in (the lead, or a coordinator
 * who matches under "only the lead knows"), and the two ways it becomes the caller's — a single-use
 * link the lead gives them, opened through their own launch in the scheme's course, or the lead
 * choosing their roster entry. Never by an e-mail address. Each step is audited.
 */
@ApplicationScoped
@Transactional
@AuditDenials
public class IntakeService {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Context ctx;
  @Inject Access access;
  @Inject RequestRepository requests;
  @Inject RelationshipRepository relationships;
  @Inject SchemeRepository schemes;
  @Inject RequestService views;
  @Inject AuditTrail audit;
  @Inject IntakeSettings settings;

  /** A link just issued: the code (shown once, stored hashed) and when it expires. */
  public record IssuedLink(String code, Instant expiresAt) {}

  /** What a caller sees of a link before claiming: the scheme, when the request was entered. */
  public record LinkView(String schemeName, Instant enteredAt, Instant expiresAt) {}

  /** The lead enters the pro-forma of someone who phoned in. */
  public Views.RequestView enterForCaller(
      Actor actor, String courseRef, String callerName, RequestDetails details) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireMatching(actor, s);
    MentoringRequest r = MentoringRequest.enterForCaller(s, actor, callerName, details, ctx.now());
    requests.add(r);
    audit.record(
        actor, s, AuditAction.INTAKE, ConfidentialRead.Kind.REQUEST, r.id(), "ENTERED_FOR_CALLER");
    return views.view(r);
  }

  /** The lead corrects a request entered for a caller, before anyone claims it or screens it. */
  public Views.RequestView reviseForCaller(
      Actor actor, String courseRef, String requestId, String callerName, RequestDetails details) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = access.requestForCoordinator(actor, s, requestId);
    r.reviseForCaller(s, actor, callerName, details);
    audit.record(
        actor,
        s,
        AuditAction.INTAKE,
        ConfidentialRead.Kind.REQUEST,
        r.id(),
        "CALLER_REQUEST_REVISED");
    return views.view(r);
  }

  /**
   * The lead issues a single-use link for the caller to make the request theirs; a link issued
   * before for the request and not used stops working (only the newest one is in anyone's hands).
   */
  public IssuedLink issueLink(Actor actor, String courseRef, String requestId) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = access.requestForCoordinator(actor, s, requestId);
    withdrawUsable(s, r);
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ClaimLink link =
        ClaimLink.issue(
            s, actor, r, MentorService.sha256(code), ctx.now(), settings.claimLinkValidity());
    requests.addClaimLink(link);
    audit.record(
        actor, s, AuditAction.INTAKE, ConfidentialRead.Kind.REQUEST, r.id(), "CLAIM_LINK_ISSUED");
    return new IssuedLink(code, link.expiresAt());
  }

  /**
   * The lead withdraws the request's links not used yet (given to the wrong person, say): they stop
   * working at once. Returns how many were withdrawn (0 if none was waiting, which changes
   * nothing).
   */
  public int withdrawLinks(Actor actor, String courseRef, String requestId) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = access.requestForCoordinator(actor, s, requestId);
    int withdrawn = withdrawUsable(s, r);
    if (withdrawn > 0) {
      audit.record(
          actor,
          s,
          AuditAction.INTAKE,
          ConfidentialRead.Kind.REQUEST,
          r.id(),
          "CLAIM_LINK_WITHDRAWN");
    }
    return withdrawn;
  }

  /** Ends the request's links that are neither used nor expired; how many there were. */
  private int withdrawUsable(Scheme s, MentoringRequest r) {
    List<ClaimLink> open = requests.usableClaimLinks(s.ref(), r.id(), ctx.now());
    open.forEach(l -> l.withdraw(ctx.now()));
    return open.size();
  }

  /**
   * Until when the request's newest unused link works, for the lead's request page; null if no link
   * is waiting. The caller decided access to the request.
   */
  public Instant waitingLinkUntil(Actor actor, String courseRef, String requestId) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = access.requestForCoordinator(actor, s, requestId);
    return requests.usableClaimLinks(s.ref(), r.id(), ctx.now()).stream()
        .map(ClaimLink::expiresAt)
        .max(Instant::compareTo)
        .orElse(null);
  }

  /**
   * The link, as the person who opened it in their launch sees it before claiming. Unknown codes,
   * and links of another registration, are "not found"; a link of another course's scheme, a spent
   * or an expired link are refused with a reason; nothing is changed.
   */
  public LinkView link(Actor actor, String courseRef, String code) {
    Scheme s = ctx.scheme(actor, courseRef);
    ClaimLink link = usable(actor, s, code);
    MentoringRequest r = unclaimed(s, link);
    return new LinkView(s.name(), r.submittedAt(), link.expiresAt());
  }

  /** The person who opened the link in their own launch makes the request theirs; it is spent. */
  public Views.RequestView claimByLink(Actor actor, String courseRef, String code) {
    Scheme s = ctx.scheme(actor, courseRef);
    ClaimLink link = usable(actor, s, code);
    MentoringRequest r = unclaimed(s, link);
    claim(s, r, actor.person());
    link.use(actor.person(), ctx.now());
    audit.record(
        actor, s, AuditAction.INTAKE, ConfidentialRead.Kind.REQUEST, r.id(), "CLAIMED_BY_LINK");
    return views.view(r);
  }

  /** The lead chooses the caller's entry on the course's roster (a learner of the course). */
  public Views.RequestView claimFromRoster(
      Actor actor, String courseRef, String requestId, String personId) {
    Scheme s = ctx.scheme(actor, courseRef);
    MentoringRequest r = access.requestForCoordinator(actor, s, requestId);
    CourseMember m =
        personId == null || personId.length() > 36
            ? null
            : schemes.member(actor.tenant(), courseRef, personId).orElse(null);
    if (m == null
        || m.isInstructor()
        || !m.launchRoles().contains(LaunchRole.LEARNER)
        || m.status() == MembershipStatus.LEFT) {
      throw new NotFound("That learner of the course");
    }
    claim(s, r, m.person());
    audit.record(
        actor, s, AuditAction.INTAKE, ConfidentialRead.Kind.REQUEST, r.id(), "CLAIMED_FROM_ROSTER");
    return views.view(r);
  }

  private void claim(Scheme s, MentoringRequest r, PersonRef person) {
    r.claim(
        person,
        requests.forMentee(s.ref(), person),
        relationships.forMentee(s.ref(), person),
        ctx.now());
  }

  /** The link for a learner of its own scheme's course, neither spent nor expired. */
  private ClaimLink usable(Actor actor, Scheme s, String code) {
    ClaimLink link =
        code == null || code.isEmpty() || code.length() > 100
            ? null
            : requests.claimLink(MentorService.sha256(code)).orElse(null);
    if (link == null || !link.issuedIn(actor.tenant())) {
      throw new NotFound("That link");
    }
    if (!link.scheme().equals(s.ref())) {
      throw new Forbidden(
          "This link is for another course's mentoring scheme: open it from the course the"
              + " scheme's lead told you about.");
    }
    if (!actor.has(LaunchRole.LEARNER)) {
      throw new Forbidden("Requests are made by the course's learners.");
    }
    if (!link.usableAt(ctx.now())) {
      throw new InvalidTransition(
          "CLAIM_LINK_INVALID",
          "This link has expired or was already used. Ask the scheme's lead for a new one.");
    }
    return link;
  }

  private MentoringRequest unclaimed(Scheme s, ClaimLink link) {
    MentoringRequest r =
        requests.find(s.ref(), link.requestId()).orElseThrow(() -> new NotFound("That link"));
    if (r.hasMentee()) {
      throw new InvalidTransition(
          "CLAIM_LINK_INVALID",
          "This link has expired or was already used. Ask the scheme's lead for a new one.");
    }
    return r;
  }
}
