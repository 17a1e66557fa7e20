package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.mentorlink.domain.app.ConfidentialRead.Kind;
import org.mentorlink.domain.claim.Claim;
import org.mentorlink.domain.claim.ClaimRepository;
import org.mentorlink.domain.cpd.CpdEntry;
import org.mentorlink.domain.cpd.CpdRepository;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.matching.MatchRepository;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.mentor.MentorRepository;
import org.mentorlink.domain.relationship.RecordAccess;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestRepository;
import org.mentorlink.domain.safeguarding.ConcernRepository;
import org.mentorlink.domain.safeguarding.MentorChangeRequest;
import org.mentorlink.domain.safeguarding.SafeguardingConcern;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.PersonRef;

/**
 * Who may read or change what in a scheme: the "who sees what" table of DESIGN.md in one place, and
 * the one door through which the services reach a scheme's records on someone's behalf.
 *
 * <p>The answers are always the same two: a record the actor may not know exists — also one of
 * another scheme or tenant — is {@link NotFound} (404); a power the actor lacks in this scheme is
 * {@link org.mentorlink.domain.shared.Forbidden} (403), decided before any record is looked up.
 * Mentee and mentor are the tool's own relationships and hold whatever the platform says; lead and
 * coordinator powers hold only in a launch with an instructor-level course role ({@link
 * Scheme#canCoordinate}), so a lead who relaunches as a learner gets exactly a learner's answers.
 *
 * <p>Every record handed out passes through {@link #grant}, which announces a {@link
 * ConfidentialRead} (kind and id, never content): the seam for the audit trail of confidential
 * reads.
 *
 * <p>"Only the lead knows" (a scheme setting, on for new schemes): what tells who asks for or has
 * mentoring — requests, proposals, the relationships overview, and the approvals with their queues
 * (CPD entries, mentors' claims) — is for the lead and the coordinators the lead names for matching
 * ({@link Scheme#canMatch}); other coordinators get 403 there and read {@link
 * #coordinatorReadsNumbers numbers} only. With the setting off, every coordinator matches.
 */
@ApplicationScoped
public class Access {
  @Inject RelationshipRepository relationships;
  @Inject RequestRepository requests;
  @Inject MatchRepository matches;
  @Inject MentorRepository mentors;
  @Inject CpdRepository ledger;
  @Inject ConcernRepository concerns;
  @Inject ClaimRepository claims;
  @Inject Event<ConfidentialRead> reads;
  @Inject Event<AccessDenied> denials;

  // --- the lead's and the coordinators' powers

  /** Fails (403) unless the actor may act as the scheme's lead or a coordinator in this launch. */
  public void requireCoordinator(Actor actor, Scheme s) {
    s.requireCoordinator(actor);
  }

  /** Fails (403) unless the actor may act as the scheme's lead in this launch. */
  public void requireLead(Actor actor, Scheme s) {
    s.requireLead(actor);
  }

  /**
   * Fails (403) unless the actor may see who asks for and who has mentoring in this launch: the
   * lead, a matching coordinator under "only the lead knows", any coordinator otherwise.
   */
  public void requireMatching(Actor actor, Scheme s) {
    s.requireMatching(actor);
  }

  /** True if the actor may see names of mentees and decide approvals ({@link #requireMatching}). */
  public boolean matches(Actor actor, Scheme s) {
    return s.canMatch(actor);
  }

  /**
   * Fails (403) unless the actor may decide approvals — CPD entries and mentors' claims — in this
   * launch: the rule of {@link #requireMatching}, since a decision's queue tells who is mentored.
   */
  public void requireDecider(Actor actor, Scheme s) {
    s.requireMatching(actor);
  }

  /**
   * A coordinator reads the scheme's numbers (counts only, no names): every coordinator may, also
   * under "only the lead knows". Nothing confidential is handed out, so nothing is granted.
   */
  public void coordinatorReadsNumbers(Actor actor, Scheme s) {
    s.requireCoordinator(actor);
  }

  /**
   * The lead reads the numbers of a hub: every scheme of the registration (county) they lead. 403
   * unless the actor may act as the lead of {@code here} (the course's scheme) now; of {@code
   * schemes}, those the actor may lead in this launch. Numbers only, so nothing is granted.
   */
  public List<Scheme> leadReadsHubNumbers(Actor actor, Scheme here, List<Scheme> schemes) {
    here.requireLead(actor);
    return schemes.stream()
        .filter(x -> x.tenant().equals(actor.tenant()) && x.canLead(actor))
        .toList();
  }

  /** True if the actor may act as a coordinator in this launch (e.g. to see who coordinates). */
  public boolean coordinates(Actor actor, Scheme s) {
    return s.canCoordinate(actor);
  }

  /**
   * A coordinator reads one of the scheme's lists ({@code list}: the request queue, the
   * relationships overview, the CPD approval queue, the roster, the mentors); 403 for anyone else.
   */
  public void coordinatorReads(Actor actor, Scheme s, Kind list) {
    if (NAMES_MENTEES.contains(list)) {
      s.requireMatching(actor);
    } else {
      s.requireCoordinator(actor);
    }
    grant(actor, s, list, s.id());
  }

  /**
   * The lists that tell who asks for or has mentoring, and the queues of decisions: under "only the
   * lead knows", for the lead and the matching coordinators only.
   */
  private static final Set<Kind> NAMES_MENTEES =
      EnumSet.of(
          Kind.REQUEST_QUEUE,
          Kind.RELATIONSHIP_OVERVIEW,
          Kind.CPD_APPROVAL_QUEUE,
          Kind.CLAIM_QUEUE);

  // --- relationships

  /**
   * Fails with 404 unless the actor is a party of the relationship — its mentee, or its mentor
   * unless the mentee changed mentor; reads nothing of it (no grant: a guard before the real read,
   * which is granted — and recorded — on its own).
   */
  public void requireParty(Actor actor, Scheme s, String id) {
    allowed(
        actor,
        s,
        Kind.RELATIONSHIP,
        id,
        relationships.find(s.ref(), id),
        x -> whole(x, actor),
        "That relationship");
  }

  /**
   * The relationship, for its mentee or mentor; "not found" for anyone else — a former mentor too
   * (after the mentee changed mentor), who may at most read {@link #formerMentorsWriting their own
   * writing}.
   */
  public Relationship relationshipForParty(Actor actor, Scheme s, String id) {
    Relationship r =
        allowed(
            actor,
            s,
            Kind.RELATIONSHIP,
            id,
            relationships.find(s.ref(), id),
            x -> whole(x, actor),
            "That relationship");
    return grant(actor, s, Kind.RELATIONSHIP, r.id(), r);
  }

  /**
   * The actor's relationships in the scheme, as mentee and as mentor — not those they were the
   * mentor of until the mentee changed mentor.
   */
  public List<Relationship> relationshipsOf(Actor actor, Scheme s) {
    List<Relationship> all = new ArrayList<>(relationships.forMentee(s.ref(), actor.person()));
    relationships.forMentor(s.ref(), actor.person()).stream()
        .filter(r -> whole(r, actor))
        .forEach(all::add);
    all.forEach(r -> grant(actor, s, Kind.RELATIONSHIP, r.id()));
    return all;
  }

  /**
   * The relationship as a matter of record — who its mentor was, its sessions' dates and states,
   * never their content — for anyone who is or was one of its parties (a former mentor's claims for
   * sessions they held); "not found" for anyone else.
   */
  public Relationship relationshipOfRecord(Actor actor, Scheme s, String id) {
    Relationship r = requirePartyOfRecord(actor, s, id);
    return grant(actor, s, Kind.RELATIONSHIP, r.id(), r);
  }

  /**
   * As {@link #relationshipOfRecord}, a guard before the real read (which is granted on its own):
   * the relationship, for anyone who is or was one of its parties, without a grant.
   */
  public Relationship requirePartyOfRecord(Actor actor, Scheme s, String id) {
    return allowed(
        actor,
        s,
        Kind.RELATIONSHIP,
        id,
        relationships.find(s.ref(), id),
        x -> x.isParty(actor.person()),
        "That relationship");
  }

  /**
   * The relationship, for its former mentor to read what they wrote in it, read-only — only if the
   * scheme lets former mentors keep their own notes; "not found" for anyone else, and for the
   * former mentor when it does not. Granted as {@link Kind#FORMER_MENTOR_NOTES}.
   */
  public Relationship formerMentorsWriting(Actor actor, Scheme s, String id) {
    boolean keeps = s.privacy().formerMentorKeepsOwnNotes();
    Relationship r =
        allowed(
            actor,
            s,
            Kind.FORMER_MENTOR_NOTES,
            id,
            relationships.find(s.ref(), id),
            x -> x.readingFor(actor.person(), keeps) == RecordAccess.OWN_WRITING,
            "That relationship");
    return grant(actor, s, Kind.FORMER_MENTOR_NOTES, r.id(), r);
  }

  /**
   * The relationships the actor was the mentor of until their mentees changed mentor, if the scheme
   * lets former mentors keep their own notes (none otherwise), each granted as {@link
   * Kind#FORMER_MENTOR_NOTES}.
   */
  public List<Relationship> formerMentorships(Actor actor, Scheme s) {
    boolean keeps = s.privacy().formerMentorKeepsOwnNotes();
    List<Relationship> mine =
        relationships.forMentor(s.ref(), actor.person()).stream()
            .filter(r -> r.readingFor(actor.person(), keeps) == RecordAccess.OWN_WRITING)
            .toList();
    mine.forEach(r -> grant(actor, s, Kind.FORMER_MENTOR_NOTES, r.id()));
    return mine;
  }

  /** True if the actor may read the whole relationship: its mentee, or its current mentor. */
  private static boolean whole(Relationship r, Actor actor) {
    return r.readingFor(actor.person(), false) == RecordAccess.WHOLE;
  }

  /**
   * The relationship, for a coordinator who matches and acts on its dates, counts and states (never
   * its content): 403 for anyone else, then "not found".
   */
  public Relationship relationshipForCoordinator(Actor actor, Scheme s, String id) {
    s.requireMatching(actor);
    return relationships.find(s.ref(), id).orElseThrow(() -> new NotFound("That relationship"));
  }

  /**
   * The active relationship whose mentee the actor may signpost elsewhere: for those who may see
   * who is mentored ({@link #requireMatching}) by its id; for anyone else only as its current
   * mentor — its mentee gets 403, anyone who is no party "not found".
   */
  public Relationship relationshipToSignpost(Actor actor, Scheme s, String id) {
    if (s.canMatch(actor)) {
      return relationshipForCoordinator(actor, s, id);
    }
    if (s.canCoordinate(actor)
        && relationships
            .find(s.ref(), id)
            .filter(x -> whole(x, actor) && x.isMentor(actor.person()))
            .isEmpty()) {
      // A coordinator not named for matching: the power is missing (403), whichever the id.
      s.requireMatching(actor);
    }
    Relationship r = relationshipForParty(actor, s, id);
    if (!r.isMentor(actor.person())) {
      throw new org.mentorlink.domain.shared.Forbidden(
          "Only the mentor and the scheme's lead signpost during mentoring.");
    }
    return r;
  }

  // --- requests

  /** The mentee's own request; "not found" for anyone else. */
  public MentoringRequest ownRequest(Actor actor, Scheme s, String id) {
    MentoringRequest r =
        allowed(
            actor,
            s,
            Kind.REQUEST,
            id,
            requests.find(s.ref(), id),
            x -> x.isMentee(actor.person()),
            "That request");
    return grant(actor, s, Kind.REQUEST, r.id(), r);
  }

  /** The actor's own requests in the scheme, newest first. */
  public List<MentoringRequest> ownRequests(Actor actor, Scheme s) {
    List<MentoringRequest> mine = requests.forMentee(s.ref(), actor.person());
    mine.forEach(r -> grant(actor, s, Kind.REQUEST, r.id()));
    return mine;
  }

  /** The request, for its mentee or a coordinator; "not found" for anyone else. */
  public MentoringRequest requestForMenteeOrCoordinator(Actor actor, Scheme s, String id) {
    MentoringRequest r =
        allowed(
            actor,
            s,
            Kind.REQUEST,
            id,
            requests.find(s.ref(), id),
            x -> x.isMentee(actor.person()) || s.canMatch(actor),
            "That request");
    return grant(actor, s, Kind.REQUEST, r.id(), r);
  }

  /** The request, for a coordinator who matches: 403 for anyone else, then "not found". */
  public MentoringRequest requestForCoordinator(Actor actor, Scheme s, String id) {
    s.requireMatching(actor);
    MentoringRequest r = requests.find(s.ref(), id).orElseThrow(() -> new NotFound("That request"));
    return grant(actor, s, Kind.REQUEST, r.id(), r);
  }

  // --- proposals

  /** The proposal, for its mentor or mentee; "not found" for anyone else. */
  public MatchProposal proposalForParty(Actor actor, Scheme s, String id) {
    MatchProposal p =
        allowed(
            actor,
            s,
            Kind.PROPOSAL,
            id,
            matches.find(s.ref(), id),
            x -> x.isMentor(actor.person()) || x.isMentee(actor.person()),
            "That proposal");
    return grant(actor, s, Kind.PROPOSAL, p.id(), p);
  }

  /** The proposals addressed to the actor, as mentor and then as mentee. */
  public List<MatchProposal> proposalsOf(Actor actor, Scheme s) {
    List<MatchProposal> all = new ArrayList<>(matches.forMentor(s.ref(), actor.person()));
    all.addAll(matches.forMentee(s.ref(), actor.person()));
    all.forEach(p -> grant(actor, s, Kind.PROPOSAL, p.id()));
    return all;
  }

  // --- the CPD ledger

  /** The actor's own entry; "not found" for anyone else. */
  public CpdEntry ownCpdEntry(Actor actor, Scheme s, String id) {
    CpdEntry e =
        allowed(
            actor,
            s,
            Kind.CPD_ENTRY,
            id,
            ledger.find(s.ref(), id),
            x -> x.isOwner(actor.person()),
            "That entry");
    return grant(actor, s, Kind.CPD_ENTRY, e.id(), e);
  }

  /** The entry, for its owner or a coordinator (to correct it); "not found" for anyone else. */
  public CpdEntry cpdEntryForOwnerOrCoordinator(Actor actor, Scheme s, String id) {
    CpdEntry e =
        allowed(
            actor,
            s,
            Kind.CPD_ENTRY,
            id,
            ledger.find(s.ref(), id),
            x -> x.isOwner(actor.person()) || s.canMatch(actor),
            "That entry");
    return grant(actor, s, Kind.CPD_ENTRY, e.id(), e);
  }

  /** The entry, for an educator who decides (CPD approvals): 403 for anyone else, then 404. */
  public CpdEntry cpdEntryForCoordinator(Actor actor, Scheme s, String id) {
    return toDecide(actor, s, Kind.CPD_ENTRY, id, x -> ledger.find(s.ref(), x), "That entry");
  }

  /** The actor's own ledger in the scheme (entries and reversals, oldest first). */
  public List<CpdEntry> ownLedger(Actor actor, Scheme s) {
    List<CpdEntry> mine = ledger.forPerson(s.ref(), actor.person());
    return grant(actor, s, Kind.CPD_LEDGER, actor.person().personId(), mine);
  }

  // --- mentors' claims

  /** A claim, for an educator who decides (approve, return): 403 for anyone else, then 404. */
  public Claim claimToDecide(Actor actor, Scheme s, String id) {
    return toDecide(actor, s, Kind.CLAIM, id, x -> claims.find(s.ref(), x), "That claim");
  }

  /**
   * The record to decide on, for the actor who {@link #requireDecider decides}: 403 for anyone else
   * (before anything is looked up), then "not found".
   */
  private <T> T toDecide(
      Actor actor,
      Scheme s,
      Kind kind,
      String id,
      Function<String, Optional<T>> find,
      String what) {
    requireDecider(actor, s);
    T found = find.apply(id).orElseThrow(() -> new NotFound(what));
    return grant(actor, s, kind, id, found);
  }

  /**
   * The actor's own ledger, to count what waits for them on their start page: only states and dates
   * leave the service, no content is shown, so no read is announced (the start page would otherwise
   * write an audit entry at every visit).
   */
  public List<CpdEntry> ownLedgerToCount(Actor actor, Scheme s) {
    return ledger.forPerson(s.ref(), actor.person());
  }

  // --- mentors

  /** The actor's mentor profile in the scheme, if they are one of its mentors. */
  public Optional<MentorProfile> mentorProfile(Actor actor, Scheme s) {
    return mentors
        .forPerson(s.ref(), actor.person())
        .map(p -> grant(actor, s, Kind.MENTOR_PROFILE, p.id(), p));
  }

  /** The actor's own mentor profile; "not found" if they are not a mentor of the scheme. */
  public MentorProfile ownMentorProfile(Actor actor, Scheme s) {
    return mentorProfile(actor, s).orElseThrow(() -> new NotFound("Your mentor profile"));
  }

  /**
   * The actor's own mentor records (training, indemnity, supervision); "not found" if they are not
   * a mentor of the scheme.
   */
  public MentorProfile ownMentorRecords(Actor actor, Scheme s) {
    MentorProfile p =
        mentors
            .forPerson(s.ref(), actor.person())
            .orElseThrow(() -> new NotFound("Your mentor profile"));
    return grant(actor, s, Kind.MENTOR_RECORDS, p.id(), p);
  }

  /**
   * A mentor's records, for whoever may see who is mentored ({@link #requireMatching}: the lead,
   * and under "only the lead knows" the coordinators the lead names for matching): 403 for anyone
   * else — other coordinators see numbers only — then "not found".
   */
  public MentorProfile mentorRecordsForLead(Actor actor, Scheme s, String profileId) {
    s.requireMatching(actor);
    MentorProfile p =
        mentors.find(s.ref(), profileId).orElseThrow(() -> new NotFound("That mentor"));
    return grant(actor, s, Kind.MENTOR_RECORDS, p.id(), p);
  }

  /**
   * The scheme's mentors, to count whose training or indemnity lapses: every coordinator may (a
   * number leaves the service, nothing else), so nothing is granted.
   */
  public List<MentorProfile> mentorsToCount(Actor actor, Scheme s) {
    s.requireCoordinator(actor);
    return mentors.all(s.ref());
  }

  // --- safeguarding concerns (break-glass)

  /**
   * The concern, for the mentor who raised it, the scheme's lead (in an instructor-level launch),
   * and its mentee only if they were to be told; "not found" for anyone else — coordinators too.
   */
  public SafeguardingConcern concern(Actor actor, Scheme s, String id) {
    SafeguardingConcern c =
        allowed(
            actor,
            s,
            Kind.CONCERN,
            id,
            concerns.find(s.ref(), id),
            x ->
                x.isMentor(actor.person())
                    || s.canLead(actor)
                    || (x.isMentee(actor.person()) && x.visibleToMentee()),
            "That concern");
    return grant(actor, s, Kind.CONCERN, c.id(), c);
  }

  /**
   * The concerns on a relationship that its party may know of: the mentor all, the mentee those
   * they were to be told of. (The caller has checked that the actor is a party.)
   */
  public List<SafeguardingConcern> concernsOn(Actor actor, Scheme s, Relationship r) {
    List<SafeguardingConcern> mine =
        concerns.forRelationship(s.ref(), r.id()).stream()
            .filter(
                c ->
                    c.isMentor(actor.person())
                        || (c.isMentee(actor.person()) && c.visibleToMentee()))
            .toList();
    mine.forEach(c -> grant(actor, s, Kind.CONCERN, c.id()));
    return mine;
  }

  /**
   * How many concerns and mentees' requests wait for the lead to read: a number for the lead (in an
   * instructor-level launch), 0 for anyone else. No record is read.
   */
  public long openForLead(Actor actor, Scheme s) {
    return s.canLead(actor) ? concerns.countOpen(s.ref()) : 0;
  }

  /**
   * How many CPD entries wait for a decision: a number for those who decide approvals ({@link
   * #matches}), 0 for anyone else. No record is read.
   */
  public long approvalsToDecide(Actor actor, Scheme s) {
    return s.canMatch(actor) ? ledger.countAwaitingApproval(s.ref()) : 0;
  }

  /** The scheme's concerns, for its lead only (403 for anyone else). */
  public List<SafeguardingConcern> concernsForLead(Actor actor, Scheme s, int offset, int limit) {
    s.requireLead(actor);
    List<SafeguardingConcern> all = concerns.inScheme(s.ref(), offset, limit);
    all.forEach(c -> grant(actor, s, Kind.CONCERN, c.id()));
    return all;
  }

  /**
   * The lead reads one record the concern shares (a read recorded as its kind and id); "not found"
   * for a record the mentor did not choose, or for anyone but the lead.
   */
  public void leadReadsShared(
      Actor actor, Scheme s, SafeguardingConcern c, Kind kind, String recordId, boolean shared) {
    if (!s.canLead(actor) || !shared) {
      denied(actor, s, kind, recordId);
      throw new NotFound("That record");
    }
    grant(actor, s, kind, recordId);
  }

  /**
   * A mentee's confidential request, for that mentee and the scheme's lead (in an instructor-level
   * launch); "not found" for anyone else — the mentor and the other coordinators too.
   */
  public MentorChangeRequest changeRequest(Actor actor, Scheme s, String id) {
    MentorChangeRequest m =
        allowed(
            actor,
            s,
            Kind.CHANGE_REQUEST,
            id,
            concerns.findChange(s.ref(), id),
            x -> x.isMentee(actor.person()) || s.canLead(actor),
            "That request");
    return grant(actor, s, Kind.CHANGE_REQUEST, m.id(), m);
  }

  /** The requests on a relationship its mentee made (none for anyone else). */
  public List<MentorChangeRequest> changeRequestsOn(Actor actor, Scheme s, Relationship r) {
    List<MentorChangeRequest> mine =
        concerns.changesOn(s.ref(), r.id()).stream()
            .filter(m -> m.isMentee(actor.person()))
            .toList();
    mine.forEach(m -> grant(actor, s, Kind.CHANGE_REQUEST, m.id()));
    return mine;
  }

  /** The scheme's change requests, for its lead only (403 for anyone else). */
  public List<MentorChangeRequest> changeRequestsForLead(
      Actor actor, Scheme s, int offset, int limit) {
    s.requireLead(actor);
    List<MentorChangeRequest> all = concerns.changesInScheme(s.ref(), offset, limit);
    all.forEach(m -> grant(actor, s, Kind.CHANGE_REQUEST, m.id()));
    return all;
  }

  // --- the one place a refusal of a record is made

  /**
   * The record if the actor may have it; otherwise "not found" — and, when the record exists, an
   * {@link AccessDenied} for the audit trail (a record that does not exist is no refusal).
   */
  private <T> T allowed(
      Actor actor,
      Scheme s,
      Kind kind,
      String id,
      Optional<T> found,
      Predicate<T> may,
      String what) {
    if (found.isEmpty()) {
      throw new NotFound(what);
    }
    if (!may.test(found.get())) {
      denials.fire(new AccessDenied(actor.person(), s.ref(), kind, id));
      throw new NotFound(what);
    }
    return found.get();
  }

  /** Announces a refusal the caller decided itself ("not found" for a record that exists). */
  void denied(Actor actor, Scheme s, Kind kind, String id) {
    denials.fire(new AccessDenied(actor.person(), s.ref(), kind, id));
  }

  /** Announces a grant the caller decided itself (a record reached through another one). */
  void granted(Actor actor, Scheme s, Kind kind, String id) {
    grant(actor, s, kind, id);
  }

  // --- subject rights

  /**
   * A person's own records in the scheme, for their export: only the person themself ({@code
   * subject} is the actor), announced as one {@link Kind#SUBJECT_EXPORT} read of the scheme.
   */
  public void subjectExport(Actor actor, Scheme s, PersonRef subject) {
    if (!actor.person().equals(subject)) {
      throw new NotFound("That person's records");
    }
    grant(actor, s, Kind.SUBJECT_EXPORT, subject.personId());
  }

  /**
   * The lead erases a person's records in the scheme (403 for anyone else); never the lead's own,
   * which would leave the scheme without one.
   */
  public void requireEraser(Actor actor, Scheme s, PersonRef subject) {
    s.requireLead(actor);
    if (s.isLead(subject)) {
      throw new org.mentorlink.domain.shared.DomainException(
          "CANNOT_ERASE_THE_LEAD", "The scheme's lead cannot be erased while they lead it.");
    }
  }

  /**
   * The operator reads a scheme's records for a registration's leaving export; announced as a
   * {@link Kind#TENANT_EXPORT} read by the operator ({@code operator}: the reader's reference).
   */
  public void tenantExport(PersonRef operator, Scheme s) {
    reads.fire(new ConfidentialRead(operator, s.ref(), Kind.TENANT_EXPORT, s.id()));
  }

  // --- the one place a grant is made

  private <T> T grant(Actor actor, Scheme s, Kind kind, String id, T record) {
    grant(actor, s, kind, id);
    return record;
  }

  private void grant(Actor actor, Scheme s, Kind kind, String id) {
    reads.fire(new ConfidentialRead(actor.person(), s.ref(), kind, id));
  }
}
