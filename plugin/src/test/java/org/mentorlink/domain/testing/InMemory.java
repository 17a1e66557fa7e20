package org.mentorlink.domain.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.mentorlink.domain.audit.AuditEntry;
import org.mentorlink.domain.audit.AuditRepository;
import org.mentorlink.domain.claim.Claim;
import org.mentorlink.domain.claim.ClaimRepository;
import org.mentorlink.domain.claim.ClaimRules;
import org.mentorlink.domain.claim.ClaimState;
import org.mentorlink.domain.claim.Money;
import org.mentorlink.domain.cpd.CpdEntry;
import org.mentorlink.domain.cpd.CpdRepository;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.cpd.EntryState;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.matching.MatchRepository;
import org.mentorlink.domain.mentor.MentorInvitation;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.mentor.MentorRepository;
import org.mentorlink.domain.mentor.SupportAttendance;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.relationship.Contract;
import org.mentorlink.domain.relationship.Goal;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.relationship.RelationshipSignpost;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.request.ClaimLink;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestRepository;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.safeguarding.ConcernRepository;
import org.mentorlink.domain.safeguarding.ConcernState;
import org.mentorlink.domain.safeguarding.MentorChangeRequest;
import org.mentorlink.domain.safeguarding.SafeguardingConcern;
import org.mentorlink.domain.scheme.CourseMember;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.domain.verification.IssuedDocument;
import org.mentorlink.domain.verification.IssuedDocumentRepository;

/**
 * The domain's repositories held in lists, for tests of the application services: each query keeps
 * to its tenant and scheme as the JPA repositories do, in the same order.
 */
public final class InMemory {
  public final Schemes schemes = new Schemes();
  public final People people = new People();
  public final Requests requests = new Requests();
  public final Mentors mentors = new Mentors();
  public final Matches matches = new Matches();
  public final Relationships relationships = new Relationships();
  public final Ledger ledger = new Ledger();
  public final Documents documents = new Documents();
  public final Audit audit = new Audit();
  public final Concerns concerns = new Concerns();
  public final Claims claims = new Claims();

  private static <T> Stream<T> page(Stream<T> s, int offset, int limit) {
    return s.skip(offset).limit(limit);
  }

  /** Schemes and course members. */
  public static final class Schemes implements SchemeRepository {
    private final List<Scheme> all = new ArrayList<>();
    private final List<CourseMember> members = new ArrayList<>();

    @Override
    public Optional<Scheme> forCourse(TenantId tenant, String courseRef) {
      return all.stream()
          .filter(s -> s.tenant().equals(tenant) && s.courseRef().equals(courseRef))
          .findFirst();
    }

    @Override
    public Optional<Scheme> find(SchemeRef ref) {
      return all.stream().filter(s -> s.ref().equals(ref)).findFirst();
    }

    @Override
    public List<Scheme> inTenant(TenantId tenant) {
      return all.stream().filter(s -> s.tenant().equals(tenant)).toList();
    }

    @Override
    public void add(Scheme scheme) {
      all.add(scheme);
    }

    @Override
    public Optional<CourseMember> member(TenantId tenant, String courseRef, String personId) {
      return members.stream()
          .filter(
              m ->
                  m.person().tenant().equals(tenant)
                      && m.courseRef().equals(courseRef)
                      && m.person().personId().equals(personId))
          .findFirst();
    }

    @Override
    public List<CourseMember> members(TenantId tenant, String courseRef, int offset, int limit) {
      return page(
              members.stream()
                  .filter(
                      m -> m.person().tenant().equals(tenant) && m.courseRef().equals(courseRef))
                  .sorted(Comparator.comparing(CourseMember::lastSeenAt).reversed()),
              offset,
              limit)
          .toList();
    }

    @Override
    public List<CourseMember> members(
        TenantId tenant, String courseRef, String search, int offset, int limit) {
      // No names here (people live in People): a search lists every member.
      return page(allMembers(tenant, courseRef).stream(), offset, limit).toList();
    }

    @Override
    public long countMembers(TenantId tenant, String courseRef, String search) {
      return allMembers(tenant, courseRef).size();
    }

    @Override
    public List<CourseMember> allMembers(TenantId tenant, String courseRef) {
      return members.stream()
          .filter(m -> m.person().tenant().equals(tenant) && m.courseRef().equals(courseRef))
          .toList();
    }

    @Override
    public void addMember(CourseMember member) {
      members.add(member);
    }
  }

  /** People, by tenant. */
  public static final class People implements PersonRepository {
    private final List<Person> all = new ArrayList<>();

    @Override
    public Optional<Person> find(PersonRef ref) {
      return all.stream().filter(p -> p.ref().equals(ref)).findFirst();
    }

    @Override
    public Optional<Person> findBySubject(TenantId tenant, String subject) {
      return all.stream()
          .filter(p -> p.tenant().equals(tenant) && p.subject().equals(subject))
          .findFirst();
    }

    @Override
    public List<Person> inTenant(TenantId tenant) {
      return all.stream().filter(p -> p.tenant().equals(tenant)).toList();
    }

    @Override
    public java.util.Map<String, Person> findBySubjects(
        TenantId tenant, java.util.Collection<String> subjects) {
      java.util.Map<String, Person> out = new java.util.HashMap<>();
      all.stream()
          .filter(p -> p.tenant().equals(tenant) && subjects.contains(p.subject()))
          .forEach(p -> out.put(p.subject(), p));
      return out;
    }

    @Override
    public void add(Person person) {
      all.add(person);
    }
  }

  /** Requests, per scheme. */
  public static final class Requests implements RequestRepository {
    private final List<MentoringRequest> all = new ArrayList<>();

    private Stream<MentoringRequest> in(SchemeRef scheme) {
      return all.stream().filter(r -> r.scheme().equals(scheme));
    }

    @Override
    public Optional<MentoringRequest> find(SchemeRef scheme, String id) {
      return in(scheme).filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public List<MentoringRequest> forMentee(SchemeRef scheme, PersonRef mentee) {
      return in(scheme)
          .filter(r -> r.isMentee(mentee))
          .sorted(Comparator.comparing(MentoringRequest::submittedAt).reversed())
          .toList();
    }

    @Override
    public List<MentoringRequest> inStates(
        SchemeRef scheme, Set<RequestState> states, int offset, int limit) {
      return page(
              in(scheme)
                  .filter(r -> states.contains(r.state()))
                  .sorted(Comparator.comparing(MentoringRequest::submittedAt)),
              offset,
              limit)
          .toList();
    }

    @Override
    public long count(SchemeRef scheme, Set<RequestState> states) {
      return in(scheme).filter(r -> states.contains(r.state())).count();
    }

    @Override
    public void add(MentoringRequest request) {
      all.add(request);
    }

    private final java.util.Map<String, ClaimLink> links = new java.util.HashMap<>();

    @Override
    public Optional<ClaimLink> claimLink(String codeHash) {
      return Optional.ofNullable(links.get(codeHash));
    }

    @Override
    public void addClaimLink(ClaimLink link) {
      links.put(link.codeHash(), link);
    }

    @Override
    public List<ClaimLink> usableClaimLinks(
        SchemeRef scheme, String requestId, java.time.Instant now) {
      return links.values().stream()
          .filter(
              l -> l.scheme().equals(scheme) && l.requestId().equals(requestId) && l.usableAt(now))
          .toList();
    }
  }

  /** Mentor profiles; invitations are not kept (no test here opens one). */
  public static final class Mentors implements MentorRepository {
    private final List<MentorProfile> all = new ArrayList<>();

    @Override
    public Optional<MentorProfile> find(SchemeRef scheme, String profileId) {
      return all.stream()
          .filter(p -> p.scheme().equals(scheme) && p.id().equals(profileId))
          .findFirst();
    }

    @Override
    public Optional<MentorProfile> forPerson(SchemeRef scheme, PersonRef person) {
      return all.stream().filter(p -> p.scheme().equals(scheme) && p.isMentor(person)).findFirst();
    }

    @Override
    public List<MentorProfile> all(SchemeRef scheme) {
      return all.stream().filter(p -> p.scheme().equals(scheme)).toList();
    }

    @Override
    public void add(MentorProfile profile) {
      all.add(profile);
    }

    @Override
    public Optional<MentorInvitation> invitation(String codeHash) {
      throw new UnsupportedOperationException("invitations are not kept in memory");
    }

    @Override
    public void addInvitation(MentorInvitation invitation) {
      // Issued invitations are refused or accepted only through their codes, which no test opens.
    }

    private final List<SupportAttendance> attendance = new ArrayList<>();

    @Override
    public List<SupportAttendance> attendance(
        SchemeRef scheme, String profileId, int offset, int limit) {
      return attendance.stream()
          .filter(a -> a.profileId().equals(profileId))
          .sorted(Comparator.comparing(SupportAttendance::heldOn).reversed())
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long countAttendance(SchemeRef scheme, String profileId) {
      return attendance.stream().filter(a -> a.profileId().equals(profileId)).count();
    }

    @Override
    public void addAttendance(SupportAttendance a) {
      attendance.add(a);
    }

    @Override
    public List<MentorProfile> lapsingBetween(java.time.LocalDate from, java.time.LocalDate to) {
      return all.stream()
          .filter(
              p ->
                  within(p.trainingLapsesOn(), from, to)
                      || within(p.record().indemnityExpires(), from, to))
          .toList();
    }

    private static boolean within(
        java.time.LocalDate d, java.time.LocalDate from, java.time.LocalDate to) {
      return d != null && !d.isBefore(from) && !d.isAfter(to);
    }
  }

  /** Match proposals, per scheme. */
  public static final class Matches implements MatchRepository {
    private final List<MatchProposal> all = new ArrayList<>();

    private Stream<MatchProposal> in(SchemeRef scheme, Predicate<MatchProposal> p) {
      return all.stream()
          .filter(
              x ->
                  x.schemeId().equals(scheme.schemeId())
                      && x.mentor().sameTenantAs(scheme.tenant()))
          .filter(p);
    }

    @Override
    public Optional<MatchProposal> find(SchemeRef scheme, String id) {
      return in(scheme, p -> p.id().equals(id)).findFirst();
    }

    @Override
    public List<MatchProposal> forRequest(SchemeRef scheme, String requestId) {
      return in(scheme, p -> p.requestId().equals(requestId)).toList();
    }

    @Override
    public List<MatchProposal> forMentor(SchemeRef scheme, PersonRef mentor) {
      return in(scheme, p -> p.isMentor(mentor)).toList();
    }

    @Override
    public List<MatchProposal> forMentee(SchemeRef scheme, PersonRef mentee) {
      return in(scheme, p -> p.isMentee(mentee)).toList();
    }

    @Override
    public void add(MatchProposal proposal) {
      all.add(proposal);
    }
  }

  /** Relationships with their contracts, sessions and goals. */
  public static final class Relationships implements RelationshipRepository {
    private final List<Relationship> all = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();
    private final List<SessionRecord> sessions = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();

    private Stream<Relationship> in(SchemeRef scheme) {
      return all.stream().filter(r -> r.scheme().equals(scheme));
    }

    @Override
    public Optional<Relationship> find(SchemeRef scheme, String id) {
      return in(scheme).filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public List<Relationship> forMentee(SchemeRef scheme, PersonRef mentee) {
      return in(scheme).filter(r -> r.isMentee(mentee)).toList();
    }

    @Override
    public List<Relationship> forMentor(SchemeRef scheme, PersonRef mentor) {
      return in(scheme).filter(r -> r.isMentor(mentor)).toList();
    }

    @Override
    public List<Relationship> inScheme(SchemeRef scheme, int offset, int limit) {
      return page(
              in(scheme).sorted(Comparator.comparing(Relationship::startedAt).reversed()),
              offset,
              limit)
          .toList();
    }

    @Override
    public long countInScheme(SchemeRef scheme) {
      return in(scheme).count();
    }

    @Override
    public long activeForMentor(SchemeRef scheme, PersonRef mentor) {
      return in(scheme).filter(r -> r.isMentor(mentor) && r.active()).count();
    }

    @Override
    public void add(Relationship relationship) {
      // As the schema's uq_relationship_request_round: one relationship per request and round.
      if (all.stream()
          .anyMatch(
              r ->
                  r.requestId().equals(relationship.requestId())
                      && r.matchRound() == relationship.matchRound())) {
        throw new IllegalStateException("A relationship for this request and round exists.");
      }
      all.add(relationship);
    }

    @Override
    public List<Contract> contracts(Relationship r) {
      return contracts.stream()
          .filter(c -> c.relationshipId().equals(r.id()))
          .sorted(Comparator.comparingInt(Contract::versionNo))
          .toList();
    }

    @Override
    public void addContract(Contract contract) {
      contracts.add(contract);
    }

    @Override
    public List<SessionRecord> sessions(Relationship r) {
      return sessions.stream()
          .filter(s -> s.relationshipId().equals(r.id()))
          .sorted(Comparator.comparingInt(SessionRecord::number))
          .toList();
    }

    @Override
    public Optional<SessionRecord> session(Relationship r, String sessionId) {
      return sessions(r).stream().filter(s -> s.id().equals(sessionId)).findFirst();
    }

    @Override
    public void addSession(SessionRecord session) {
      sessions.add(session);
    }

    @Override
    public List<Goal> goals(Relationship r) {
      return goals.stream().filter(g -> g.relationshipId().equals(r.id())).toList();
    }

    @Override
    public Optional<Goal> goal(Relationship r, String goalId) {
      return goals(r).stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    @Override
    public void addGoal(Goal goal) {
      goals.add(goal);
    }

    private final List<RelationshipSignpost> signposts = new ArrayList<>();

    @Override
    public List<RelationshipSignpost> signposts(Relationship r) {
      return signposts.stream().filter(x -> x.relationshipId().equals(r.id())).toList();
    }

    @Override
    public void addSignpost(RelationshipSignpost signpost) {
      signposts.add(signpost);
    }
  }

  /** The CPD ledger, append-only. */
  public static final class Ledger implements CpdRepository {
    private final List<CpdEntry> all = new ArrayList<>();

    private Stream<CpdEntry> in(SchemeRef scheme) {
      return all.stream()
          .filter(
              e ->
                  e.schemeId().equals(scheme.schemeId())
                      && e.person().sameTenantAs(scheme.tenant()));
    }

    @Override
    public List<CpdEntry> approvedInScheme(SchemeRef scheme) {
      return in(scheme).filter(e -> e.state() == EntryState.APPROVED).toList();
    }

    @Override
    public Optional<CpdEntry> find(SchemeRef scheme, String id) {
      return in(scheme).filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public List<CpdEntry> forPerson(SchemeRef scheme, PersonRef person) {
      return in(scheme)
          .filter(e -> e.isOwner(person))
          .sorted(Comparator.comparing(CpdEntry::date))
          .toList();
    }

    @Override
    public List<CpdEntry> forSession(SchemeRef scheme, String sessionId) {
      return in(scheme).filter(e -> sessionId.equals(e.sourceSessionId())).toList();
    }

    @Override
    public Set<String> reversedAmong(SchemeRef scheme, Collection<String> entryIds) {
      Set<String> out = new HashSet<>();
      in(scheme)
          .filter(e -> e.isReversal() && entryIds.contains(e.reversesEntryId()))
          .forEach(e -> out.add(e.reversesEntryId()));
      return out;
    }

    @Override
    public List<CpdEntry> awaitingApproval(SchemeRef scheme, int offset, int limit) {
      return page(in(scheme).filter(e -> e.state() == EntryState.AWAITING_APPROVAL), offset, limit)
          .toList();
    }

    @Override
    public long countAwaitingApproval(SchemeRef scheme) {
      return in(scheme).filter(e -> e.state() == EntryState.AWAITING_APPROVAL).count();
    }

    @Override
    public void add(CpdEntry entry) {
      all.add(entry);
    }
  }

  /** Issued documents. */
  public static final class Documents implements IssuedDocumentRepository {
    public final List<IssuedDocument> all = new ArrayList<>();

    @Override
    public void add(IssuedDocument document) {
      all.add(document);
    }

    @Override
    public Optional<IssuedDocument> byCodeHash(String codeHash) {
      return all.stream().filter(d -> d.codeHash().equals(codeHash)).findFirst();
    }
  }

  /** The audit trail: appended, newest first when read. */
  public static final class Audit implements AuditRepository {
    public final List<AuditEntry> all = new ArrayList<>();

    @Override
    public void append(AuditEntry entry) {
      all.add(entry);
    }

    private Stream<AuditEntry> newestFirst(Predicate<AuditEntry> which) {
      List<AuditEntry> copy = new ArrayList<>(all);
      java.util.Collections.reverse(copy);
      return copy.stream().filter(which);
    }

    private static boolean in(AuditEntry e, SchemeRef s) {
      return s.tenant().value().equals(e.tenantId()) && s.schemeId().equals(e.schemeId());
    }

    @Override
    public List<AuditEntry> forScheme(SchemeRef scheme, int offset, int limit) {
      return newestFirst(e -> in(e, scheme)).skip(offset).limit(limit).toList();
    }

    @Override
    public long countForScheme(SchemeRef scheme) {
      return all.stream().filter(e -> in(e, scheme)).count();
    }

    @Override
    public List<AuditEntry> all(Optional<TenantId> tenant, int offset, int limit) {
      return newestFirst(e -> tenant.isEmpty() || tenant.get().value().equals(e.tenantId()))
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long countAll(Optional<TenantId> tenant) {
      return all(tenant, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public int pseudonymise(TenantId tenant, String personId, String pseudonym) {
      int n = 0;
      for (int i = 0; i < all.size(); i++) {
        AuditEntry e = all.get(i);
        boolean actor = personId.equals(e.actorId());
        boolean record = personId.equals(e.recordId());
        if (tenant.value().equals(e.tenantId()) && (actor || record)) {
          all.set(
              i,
              new AuditEntry(
                  e.tenantId(),
                  e.schemeId(),
                  actor ? pseudonym : e.actorId(),
                  e.action(),
                  e.recordType(),
                  record ? pseudonym : e.recordId(),
                  e.detail(),
                  e.at()));
          n += actor ? 1 : 0;
        }
      }
      return n;
    }
  }

  /** Safeguarding concerns. */
  public static final class Concerns implements ConcernRepository {
    public final List<SafeguardingConcern> all = new ArrayList<>();

    private Stream<SafeguardingConcern> in(SchemeRef scheme) {
      List<SafeguardingConcern> copy = new ArrayList<>(all);
      java.util.Collections.reverse(copy);
      return copy.stream().filter(c -> c.schemeId().equals(scheme.schemeId()));
    }

    @Override
    public Optional<SafeguardingConcern> find(SchemeRef scheme, String id) {
      return in(scheme).filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public List<SafeguardingConcern> forRelationship(SchemeRef scheme, String relationshipId) {
      return in(scheme).filter(c -> c.relationshipId().equals(relationshipId)).toList();
    }

    @Override
    public List<SafeguardingConcern> inScheme(SchemeRef scheme, int offset, int limit) {
      return in(scheme).skip(offset).limit(limit).toList();
    }

    @Override
    public long countInScheme(SchemeRef scheme) {
      return in(scheme).count();
    }

    @Override
    public void add(SafeguardingConcern concern) {
      all.add(concern);
    }

    public final List<MentorChangeRequest> changes = new ArrayList<>();

    private Stream<MentorChangeRequest> changesIn(SchemeRef scheme) {
      List<MentorChangeRequest> copy = new ArrayList<>(changes);
      java.util.Collections.reverse(copy);
      return copy.stream().filter(c -> c.schemeId().equals(scheme.schemeId()));
    }

    @Override
    public Optional<MentorChangeRequest> findChange(SchemeRef scheme, String id) {
      return changesIn(scheme).filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public List<MentorChangeRequest> changesOn(SchemeRef scheme, String relationshipId) {
      return changesIn(scheme).filter(c -> c.relationshipId().equals(relationshipId)).toList();
    }

    @Override
    public List<MentorChangeRequest> changesInScheme(SchemeRef scheme, int offset, int limit) {
      return changesIn(scheme).skip(offset).limit(limit).toList();
    }

    @Override
    public long countChanges(SchemeRef scheme) {
      return changesIn(scheme).count();
    }

    @Override
    public long countOpen(SchemeRef scheme) {
      return in(scheme).filter(c -> c.state() == ConcernState.OPEN).count()
          + changesIn(scheme).filter(c -> c.state() == ConcernState.OPEN).count();
    }

    @Override
    public void addChange(MentorChangeRequest request) {
      changes.add(request);
    }
  }

  /** Mentors' claims and each scheme's rules for them. */
  public static final class Claims implements ClaimRepository {
    private final List<Claim> all = new ArrayList<>();
    private final List<ClaimRules> rules = new ArrayList<>();

    private Stream<Claim> in(SchemeRef scheme) {
      return all.stream().filter(c -> c.scheme().equals(scheme));
    }

    @Override
    public Optional<Claim> find(SchemeRef scheme, String id) {
      return in(scheme).filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Claim> forSession(SchemeRef scheme, String sessionId) {
      return in(scheme).filter(c -> c.sessionId().equals(sessionId)).findFirst();
    }

    @Override
    public List<Claim> forMentor(SchemeRef scheme, PersonRef mentor) {
      return in(scheme)
          .filter(c -> c.isMentor(mentor))
          .sorted(Comparator.comparing(Claim::sessionDate).reversed())
          .toList();
    }

    @Override
    public List<Claim> inState(SchemeRef scheme, ClaimState state, int offset, int limit) {
      return page(
              in(scheme)
                  .filter(c -> c.state() == state)
                  .sorted(Comparator.comparing(Claim::sessionDate)),
              offset,
              limit)
          .toList();
    }

    @Override
    public long countInState(SchemeRef scheme, ClaimState state) {
      return in(scheme).filter(c -> c.state() == state).count();
    }

    @Override
    public Money sum(SchemeRef scheme, CpdYear year, ClaimState state) {
      return in(scheme)
          .filter(c -> c.state() == state && c.budgetYear().equals(year))
          .map(Claim::total)
          .reduce(Money.ZERO, Money::plus);
    }

    @Override
    public List<Claim> approvedBetween(
        SchemeRef scheme, java.time.LocalDate from, java.time.LocalDate to) {
      return in(scheme)
          .filter(
              c ->
                  c.state() == ClaimState.APPROVED
                      && !c.sessionDate().isBefore(from)
                      && !c.sessionDate().isAfter(to))
          .sorted(Comparator.comparing(Claim::sessionDate))
          .toList();
    }

    @Override
    public void add(Claim claim) {
      all.add(claim);
    }

    @Override
    public Optional<ClaimRules> rules(SchemeRef scheme) {
      return rules.stream().filter(r -> r.scheme().equals(scheme)).findFirst();
    }

    @Override
    public void addRules(ClaimRules r) {
      rules.add(r);
    }
  }
}
