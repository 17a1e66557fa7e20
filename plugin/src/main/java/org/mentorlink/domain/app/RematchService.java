package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.app.ConfidentialRead.Kind;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.matching.MatchRepository;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.mentor.MentorRepository;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestRepository;
import org.mentorlink.domain.safeguarding.MentorChangeRequest;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.PersonRef;

/**
 * The lead acts on a mentee's confidential request to change mentor: matches them with another
 * mentor, under the rules of matching (conflicts of interest, capacity, a paused mentor — and not a
 * mentor they asked to change from). In one transaction the old relationship ends as {@code
 * MENTOR_CHANGED}, a new one starts with the new mentor (from the same request, with the scheme's
 * allowance), and the request closes. The mentee's records of the old relationship stay theirs (its
 * sessions, goals and contract; their CPD entries and credit are theirs already); the new mentor
 * sees none of them; the former mentor keeps what the scheme says ({@link
 * Access#formerMentorsWriting}). Each step is in the audit trail.
 */
@ApplicationScoped
@Transactional
@AuditDenials
public class RematchService {
  @Inject Context ctx;
  @Inject Access access;
  @Inject RelationshipRepository relationships;
  @Inject RequestRepository requests;
  @Inject MentorRepository mentors;
  @Inject MatchRepository matches;
  @Inject MatchingService matching;
  @Inject AuditTrail audit;

  /**
   * The scheme's mentors for the change request's mentee, unblocked and best first, the mentors
   * they asked to change from blocked: for the lead only (403 for anyone else, before the request
   * is looked up).
   */
  public List<Views.CandidateView> candidates(
      Actor actor, String courseRef, String changeRequestId) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireLead(actor, s);
    MentorChangeRequest m = access.changeRequest(actor, s, changeRequestId);
    Relationship current = relationshipOf(s, m);
    return matching.candidates(s, requestOf(s, current), formerMentors(s, current));
  }

  /**
   * The lead matches the change request's mentee with the mentor of {@code mentorProfileId};
   * returns the new relationship's id.
   */
  public String rematch(
      Actor actor, String courseRef, String changeRequestId, String mentorProfileId) {
    Scheme s = ctx.scheme(actor, courseRef);
    access.requireLead(actor, s);
    MentorChangeRequest m = access.changeRequest(actor, s, changeRequestId);
    m.requireRematchable(s, actor);
    Relationship current = relationshipOf(s, m);
    MentoringRequest request = requestOf(s, current);
    MentorProfile mentor =
        mentors.find(s.ref(), mentorProfileId).orElseThrow(() -> new NotFound("That mentor"));
    Instant now = ctx.now();
    MatchProposal match =
        MatchProposal.rematch(
            s,
            actor,
            request,
            current,
            mentor,
            matching.conflicts(s, request, mentor, formerMentors(s, current)),
            now);
    matches.add(match);
    current.endForNewMentor(s, actor, now);
    Relationship next = Relationship.rematch(s, match, current, now);
    relationships.add(next);
    m.rematched(s, actor, next, now);
    audit.record(actor, s, AuditAction.BREAK_GLASS, Kind.CHANGE_REQUEST, m.id(), "REMATCHED");
    audit.record(
        actor, s, AuditAction.BREAK_GLASS, Kind.RELATIONSHIP, current.id(), "MENTOR_CHANGED");
    return next.id();
  }

  /** The relationship the request is about (read after the access policy granted the request). */
  private Relationship relationshipOf(Scheme s, MentorChangeRequest m) {
    return relationships
        .find(s.ref(), m.relationshipId())
        .orElseThrow(() -> new NotFound("That relationship"));
  }

  private MentoringRequest requestOf(Scheme s, Relationship r) {
    return requests
        .find(s.ref(), r.requestId())
        .orElseThrow(() -> new NotFound("The mentee's request"));
  }

  /** The mentors the mentee has asked to change from: the current one, and any before. */
  private Set<PersonRef> formerMentors(Scheme s, Relationship current) {
    Set<PersonRef> out = new LinkedHashSet<>();
    out.add(current.mentor());
    for (Relationship r : relationships.forMentee(s.ref(), current.mentee())) {
      if (r.mentorChanged()) {
        out.add(r.mentor());
      }
    }
    return out;
  }
}
