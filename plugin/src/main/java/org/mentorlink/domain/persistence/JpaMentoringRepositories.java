package org.mentorlink.domain.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorlink.domain.cpd.CpdEntry;
import org.mentorlink.domain.cpd.CpdRepository;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.matching.MatchRepository;
import org.mentorlink.domain.mentor.MentorInvitation;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.mentor.MentorRepository;
import org.mentorlink.domain.mentor.SupportAttendance;
import org.mentorlink.domain.relationship.Contract;
import org.mentorlink.domain.relationship.Goal;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.relationship.RelationshipSignpost;
import org.mentorlink.domain.relationship.SessionHistory;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.request.ClaimLink;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestRepository;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.scheme.CourseMember;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.domain.verification.IssuedDocument;
import org.mentorlink.domain.verification.IssuedDocumentRepository;

/**
 * The mentoring repositories on JPA. Every query names the tenant (and the scheme where there is
 * one), so nothing crosses tenants and the schema can be distributed by tenant.
 */
public final class JpaMentoringRepositories {
  private JpaMentoringRepositories() {}

  private static <T> Optional<T> first(TypedQuery<T> q) {
    return q.setMaxResults(1).getResultStream().findFirst();
  }

  /**
   * {@code select x from <Entity> x where x.tenantId = :t and x.schemeId = :s [and where] [order by
   * order]}: every scheme-owned query starts from its tenant and scheme.
   */
  static <T> TypedQuery<T> schemeQuery(
      EntityManager em, Class<T> type, SchemeRef scheme, String where, String order) {
    return em.createQuery(
            "select x from "
                + type.getSimpleName()
                + " x where x.tenantId = :t and x.schemeId = :s"
                + (where == null ? "" : " and " + where)
                + (order == null ? "" : " order by " + order),
            type)
        .setParameter("t", scheme.tenant().value())
        .setParameter("s", scheme.schemeId());
  }

  /** The same within one relationship (contracts, sessions, goals). */
  static <T> TypedQuery<T> relationshipQuery(
      EntityManager em, Class<T> type, Relationship r, String where, String order) {
    return em.createQuery(
            "select x from "
                + type.getSimpleName()
                + " x where x.tenantId = :t and x.relationshipId = :r"
                + (where == null ? "" : " and " + where)
                + (order == null ? "" : " order by " + order),
            type)
        .setParameter("t", r.mentee().tenant().value())
        .setParameter("r", r.id());
  }

  /** {@link SchemeRepository} on JPA. */
  @ApplicationScoped
  public static class Schemes implements SchemeRepository {
    @PersistenceContext(unitName = "mentorlink")
    EntityManager em;

    @Resource TransactionSynchronizationRegistry transactions;

    /**
     * The course's scheme; asked again in the same transaction (a page reads it for the roles, the
     * scheme and the calendar), the answer of the first query — the same managed entity, so it
     * carries every change made since — without a query. {@link #add} forgets it.
     */
    @Override
    public Optional<Scheme> forCourse(TenantId tenant, String courseRef) {
      List<Object> key = List.of("scheme-for-course", tenant.value(), String.valueOf(courseRef));
      boolean inTransaction =
          courseRef != null && transactions != null && transactions.getTransactionKey() != null;
      if (inTransaction && transactions.getResource(key) instanceof Optional<?> known) {
        return known.map(Scheme.class::cast);
      }
      Optional<Scheme> found =
          first(
              em.createQuery(
                      "select s from Scheme s where s.tenantId = :t and s.courseRef = :c",
                      Scheme.class)
                  .setParameter("t", tenant.value())
                  .setParameter("c", courseRef));
      if (inTransaction) {
        transactions.putResource(key, found);
      }
      return found;
    }

    @Override
    public Optional<Scheme> find(SchemeRef ref) {
      return first(
          em.createQuery(
                  "select s from Scheme s where s.tenantId = :t and s.id = :id", Scheme.class)
              .setParameter("t", ref.tenant().value())
              .setParameter("id", ref.schemeId()));
    }

    @Override
    public void add(Scheme scheme) {
      em.persist(scheme);
      if (scheme.courseRef() != null
          && transactions != null
          && transactions.getTransactionKey() != null) {
        transactions.putResource(
            List.of(
                "scheme-for-course", scheme.tenant().value(), String.valueOf(scheme.courseRef())),
            Optional.of(scheme));
      }
    }

    @Override
    public List<Scheme> inTenant(TenantId tenant) {
      return em.createQuery(
              "select s from Scheme s where s.tenantId = :t order by s.createdAt, s.id",
              Scheme.class)
          .setParameter("t", tenant.value())
          .getResultList();
    }

    @Override
    public Optional<CourseMember> member(TenantId tenant, String courseRef, String personId) {
      return first(
          em.createQuery(
                  "select m from CourseMember m where m.tenantId = :t and m.courseRef = :c"
                      + " and m.personId = :p",
                  CourseMember.class)
              .setParameter("t", tenant.value())
              .setParameter("c", courseRef)
              .setParameter("p", personId));
    }

    @Override
    public List<CourseMember> members(TenantId tenant, String courseRef, int offset, int limit) {
      return em.createQuery(
              "select m from CourseMember m where m.tenantId = :t and m.courseRef = :c"
                  + " order by m.lastSeenAt desc, m.id",
              CourseMember.class)
          .setParameter("t", tenant.value())
          .setParameter("c", courseRef)
          .setFirstResult(offset)
          .setMaxResults(limit)
          .getResultList();
    }

    @Override
    public List<CourseMember> members(
        TenantId tenant, String courseRef, String search, int offset, int limit) {
      String like = like(search);
      var q =
          em.createQuery(
              "select m from CourseMember m, Person p where m.tenantId = :t and m.courseRef = :c"
                  + " and p.tenantId = m.tenantId and p.id = m.personId"
                  + (like == null ? "" : " and lower(p.displayName) like :q")
                  + " order by m.status, p.displayName, m.id",
              CourseMember.class);
      q.setParameter("t", tenant.value()).setParameter("c", courseRef);
      if (like != null) {
        q.setParameter("q", like);
      }
      return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countMembers(TenantId tenant, String courseRef, String search) {
      String like = like(search);
      var q =
          em.createQuery(
              "select count(m) from CourseMember m, Person p where m.tenantId = :t"
                  + " and m.courseRef = :c and p.tenantId = m.tenantId and p.id = m.personId"
                  + (like == null ? "" : " and lower(p.displayName) like :q"),
              Long.class);
      q.setParameter("t", tenant.value()).setParameter("c", courseRef);
      if (like != null) {
        q.setParameter("q", like);
      }
      return q.getSingleResult();
    }

    @Override
    public List<CourseMember> allMembers(TenantId tenant, String courseRef) {
      return em.createQuery(
              "select m from CourseMember m where m.tenantId = :t and m.courseRef = :c",
              CourseMember.class)
          .setParameter("t", tenant.value())
          .setParameter("c", courseRef)
          .getResultList();
    }

    /** A LIKE pattern for a search term, its wildcards escaped; null for no search. */
    private static String like(String search) {
      if (search == null || search.isBlank()) {
        return null;
      }
      String s = search.strip().toLowerCase(java.util.Locale.ROOT);
      s = s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      return "%" + s + "%";
    }

    @Override
    public void addMember(CourseMember member) {
      em.persist(member);
    }
  }

  /** {@link MentorRepository} on JPA. */
  @ApplicationScoped
  public static class Mentors implements MentorRepository {
    @PersistenceContext(unitName = "mentorlink")
    EntityManager em;

    @Override
    public Optional<MentorProfile> find(SchemeRef scheme, String profileId) {
      return first(
          schemeQuery(em, MentorProfile.class, scheme, "x.id = :id", null)
              .setParameter("id", profileId));
    }

    @Override
    public Optional<MentorProfile> forPerson(SchemeRef scheme, PersonRef person) {
      return first(
          schemeQuery(em, MentorProfile.class, scheme, "x.personId = :p", null)
              .setParameter("p", person.personId()));
    }

    @Override
    public List<MentorProfile> all(SchemeRef scheme) {
      return schemeQuery(em, MentorProfile.class, scheme, null, "x.designatedAt").getResultList();
    }

    @Override
    public long count(SchemeRef scheme) {
      return em.createQuery(
              "select count(x) from MentorProfile x where x.tenantId = :t and x.schemeId = :s",
              Long.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
          .getSingleResult();
    }

    @Override
    public void add(MentorProfile profile) {
      em.persist(profile);
    }

    @Override
    public Optional<MentorInvitation> invitation(String codeHash) {
      return Optional.ofNullable(em.find(MentorInvitation.class, codeHash));
    }

    @Override
    public void addInvitation(MentorInvitation invitation) {
      em.persist(invitation);
    }

    @Override
    public List<SupportAttendance> attendance(
        SchemeRef scheme, String profileId, int offset, int limit) {
      return schemeQuery(
              em,
              SupportAttendance.class,
              scheme,
              "x.profileId = :p",
              "x.heldOn desc, x.recordedAt desc")
          .setParameter("p", profileId)
          .setFirstResult(offset)
          .setMaxResults(limit)
          .getResultList();
    }

    @Override
    public long countAttendance(SchemeRef scheme, String profileId) {
      return em.createQuery(
              "select count(x) from SupportAttendance x where x.tenantId = :t and x.schemeId = :s"
                  + " and x.profileId = :p",
              Long.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
          .setParameter("p", profileId)
          .getSingleResult();
    }

    @Override
    public void addAttendance(SupportAttendance attendance) {
      em.persist(attendance);
    }

    @Override
    public List<MentorProfile> lapsingBetween(LocalDate from, LocalDate to) {
      int years = MentorProfile.TRAINING_VALID_YEARS;
      return em.createQuery(
              "select x from MentorProfile x where (x.trainingStatus = :trained"
                  + " and x.trainedOn >= :tFrom and x.trainedOn <= :tTo)"
                  + " or (x.indemnityExpires >= :from and x.indemnityExpires <= :to)"
                  + " order by x.tenantId, x.schemeId, x.id",
              MentorProfile.class)
          .setParameter("trained", org.mentorlink.domain.mentor.TrainingStatus.TRAINED.name())
          .setParameter("tFrom", from.minusDays(1).minusYears(years))
          .setParameter("tTo", to.minusDays(1).minusYears(years))
          .setParameter("from", from)
          .setParameter("to", to)
          .setMaxResults(10_000)
          .getResultList();
    }
  }

  /** {@link RequestRepository} on JPA. */
  @ApplicationScoped
  public static class Requests implements RequestRepository {
    @PersistenceContext(unitName = "mentorlink")
    EntityManager em;

    @Override
    public Optional<MentoringRequest> find(SchemeRef scheme, String id) {
      return first(
          schemeQuery(em, MentoringRequest.class, scheme, "x.id = :id", null)
              .setParameter("id", id));
    }

    @Override
    public List<MentoringRequest> forMentee(SchemeRef scheme, PersonRef mentee) {
      return schemeQuery(
              em, MentoringRequest.class, scheme, "x.menteeId = :p", "x.submittedAt desc")
          .setParameter("p", mentee.personId())
          .getResultList();
    }

    @Override
    public List<MentoringRequest> inStates(
        SchemeRef scheme, Set<RequestState> states, int offset, int limit) {
      return schemeQuery(
              em, MentoringRequest.class, scheme, "x.state in :states", "x.submittedAt, x.id")
          .setParameter("states", states.stream().map(Enum::name).toList())
          .setFirstResult(offset)
          .setMaxResults(limit)
          .getResultList();
    }

    @Override
    public long count(SchemeRef scheme, Set<RequestState> states) {
      return em.createQuery(
              "select count(r) from MentoringRequest r where r.tenantId = :t and r.schemeId = :s"
                  + " and r.state in :states",
              Long.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
          .setParameter("states", states.stream().map(Enum::name).toList())
          .getSingleResult();
    }

    @Override
    public void add(MentoringRequest request) {
      em.persist(request);
    }

    @Override
    public Optional<ClaimLink> claimLink(String codeHash) {
      return Optional.ofNullable(em.find(ClaimLink.class, codeHash));
    }

    @Override
    public void addClaimLink(ClaimLink link) {
      em.persist(link);
    }

    @Override
    public List<ClaimLink> usableClaimLinks(SchemeRef scheme, String requestId, Instant now) {
      return em.createQuery(
              "select l from ClaimLink l where l.tenantId = :t and l.schemeId = :s"
                  + " and l.requestId = :r and l.usedAt is null and l.expiresAt > :now",
              ClaimLink.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
          .setParameter("r", requestId)
          .setParameter("now", now)
          .getResultList();
    }
  }

  /** {@link MatchRepository} on JPA. */
  @ApplicationScoped
  public static class Matches implements MatchRepository {
    @PersistenceContext(unitName = "mentorlink")
    EntityManager em;

    @Override
    public Optional<MatchProposal> find(SchemeRef scheme, String id) {
      return first(
          schemeQuery(em, MatchProposal.class, scheme, "x.id = :id", null).setParameter("id", id));
    }

    @Override
    public List<MatchProposal> forRequest(SchemeRef scheme, String requestId) {
      return query(scheme, "x.requestId = :v", requestId);
    }

    @Override
    public List<MatchProposal> forMentor(SchemeRef scheme, PersonRef mentor) {
      return query(scheme, "x.mentorId = :v", mentor.personId());
    }

    @Override
    public List<MatchProposal> forMentee(SchemeRef scheme, PersonRef mentee) {
      return query(scheme, "x.menteeId = :v", mentee.personId());
    }

    private List<MatchProposal> query(SchemeRef scheme, String condition, String value) {
      return schemeQuery(em, MatchProposal.class, scheme, condition, "x.proposedAt desc")
          .setParameter("v", value)
          .getResultList();
    }

    @Override
    public void add(MatchProposal proposal) {
      em.persist(proposal);
    }
  }

  /** {@link RelationshipRepository} on JPA. */
  @ApplicationScoped
  public static class Relationships implements RelationshipRepository {
    @PersistenceContext(unitName = "mentorlink")
    EntityManager em;

    @Override
    public Optional<Relationship> find(SchemeRef scheme, String id) {
      return first(
          schemeQuery(em, Relationship.class, scheme, "x.id = :id", null).setParameter("id", id));
    }

    @Override
    public List<Relationship> forMentee(SchemeRef scheme, PersonRef mentee) {
      return byParty(scheme, "x.menteeId = :p", mentee);
    }

    @Override
    public List<Relationship> forMentor(SchemeRef scheme, PersonRef mentor) {
      return byParty(scheme, "x.mentorId = :p", mentor);
    }

    private List<Relationship> byParty(SchemeRef scheme, String condition, PersonRef p) {
      return schemeQuery(em, Relationship.class, scheme, condition, "x.startedAt desc")
          .setParameter("p", p.personId())
          .getResultList();
    }

    @Override
    public List<Relationship> inScheme(SchemeRef scheme, int offset, int limit) {
      return schemeQuery(em, Relationship.class, scheme, null, "x.startedAt desc, x.id")
          .setFirstResult(offset)
          .setMaxResults(limit)
          .getResultList();
    }

    @Override
    public long countInScheme(SchemeRef scheme) {
      return em.createQuery(
              "select count(r) from Relationship r where r.tenantId = :t and r.schemeId = :s",
              Long.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
          .getSingleResult();
    }

    @Override
    public long activeForMentor(SchemeRef scheme, PersonRef mentor) {
      return em.createQuery(
              "select count(r) from Relationship r where r.tenantId = :t and r.schemeId = :s"
                  + " and r.mentorId = :p and r.closedAt is null",
              Long.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
          .setParameter("p", mentor.personId())
          .getSingleResult();
    }

    @Override
    public void add(Relationship relationship) {
      em.persist(relationship);
    }

    @Override
    public List<Contract> contracts(Relationship r) {
      return relationshipQuery(em, Contract.class, r, null, "x.versionNo").getResultList();
    }

    @Override
    public void addContract(Contract contract) {
      em.persist(contract);
    }

    @Override
    public List<SessionRecord> sessions(Relationship r) {
      return relationshipQuery(em, SessionRecord.class, r, null, "x.number").getResultList();
    }

    @Override
    public Optional<SessionRecord> session(Relationship r, String sessionId) {
      return first(
          relationshipQuery(em, SessionRecord.class, r, "x.id = :id", null)
              .setParameter("id", sessionId));
    }

    @Override
    public SessionHistory lockedHistory(Relationship r) {
      em.lock(r, LockModeType.PESSIMISTIC_WRITE);
      return history(r);
    }

    @Override
    public void addSession(SessionRecord session) {
      em.persist(session);
    }

    @Override
    public List<Goal> goals(Relationship r) {
      return relationshipQuery(em, Goal.class, r, null, "x.createdAt").getResultList();
    }

    @Override
    public Optional<Goal> goal(Relationship r, String goalId) {
      return first(
          relationshipQuery(em, Goal.class, r, "x.id = :id", null).setParameter("id", goalId));
    }

    @Override
    public List<RelationshipSignpost> signposts(Relationship r) {
      return relationshipQuery(em, RelationshipSignpost.class, r, null, "x.recordedAt, x.id")
          .getResultList();
    }

    @Override
    public void addSignpost(RelationshipSignpost signpost) {
      em.persist(signpost);
    }

    @Override
    public void addGoal(Goal goal) {
      em.persist(goal);
    }
  }

  /** {@link CpdRepository} on JPA. */
  @ApplicationScoped
  public static class Cpd implements CpdRepository {
    @PersistenceContext(unitName = "mentorlink")
    EntityManager em;

    @Override
    public Optional<CpdEntry> find(SchemeRef scheme, String id) {
      return first(
          schemeQuery(em, CpdEntry.class, scheme, "x.id = :id", null).setParameter("id", id));
    }

    @Override
    public List<CpdEntry> forPerson(SchemeRef scheme, PersonRef person) {
      return schemeQuery(em, CpdEntry.class, scheme, "x.personId = :p", "x.date, x.createdAt")
          .setParameter("p", person.personId())
          .getResultList();
    }

    @Override
    public List<CpdEntry> currentForPerson(SchemeRef scheme, PersonRef person) {
      // The provider's refresh hint (a plain JPA hint string): managed entries are re-read.
      return schemeQuery(em, CpdEntry.class, scheme, "x.personId = :p", "x.date, x.createdAt")
          .setParameter("p", person.personId())
          .setHint("eclipselink.refresh", "true")
          .setHint(
              "jakarta.persistence.cache.retrieveMode",
              jakarta.persistence.CacheRetrieveMode.BYPASS)
          .getResultList();
    }

    @Override
    public List<CpdEntry> forSession(SchemeRef scheme, String sessionId) {
      return schemeQuery(em, CpdEntry.class, scheme, "x.sourceSessionId = :sid", "x.createdAt")
          .setParameter("sid", sessionId)
          .getResultList();
    }

    @Override
    public Set<String> reversedAmong(SchemeRef scheme, Collection<String> entryIds) {
      Set<String> out = new HashSet<>();
      List<String> ids = new ArrayList<>(new HashSet<>(entryIds));
      // In slices: an IN list of thousands of parameters is slow or refused by some drivers.
      for (int from = 0; from < ids.size(); from += 500) {
        out.addAll(
            em.createQuery(
                    "select x.reversesEntryId from CpdEntry x where x.tenantId = :t"
                        + " and x.schemeId = :s and x.reversesEntryId in :ids",
                    String.class)
                .setParameter("t", scheme.tenant().value())
                .setParameter("s", scheme.schemeId())
                .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                .getResultList());
      }
      return out;
    }

    @Override
    public List<CpdEntry> awaitingApproval(SchemeRef scheme, int offset, int limit) {
      return schemeQuery(
              em, CpdEntry.class, scheme, "x.state = 'AWAITING_APPROVAL'", "x.createdAt, x.id")
          .setFirstResult(offset)
          .setMaxResults(limit)
          .getResultList();
    }

    @Override
    public List<CpdEntry> approvedInScheme(SchemeRef scheme) {
      return schemeQuery(em, CpdEntry.class, scheme, "x.state = 'APPROVED'", "x.createdAt, x.id")
          .getResultList();
    }

    @Override
    public long countAwaitingApproval(SchemeRef scheme) {
      return em.createQuery(
              "select count(x) from CpdEntry x where x.tenantId = :t and x.schemeId = :s"
                  + " and x.state = 'AWAITING_APPROVAL'",
              Long.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
          .getSingleResult();
    }

    @Override
    public void add(CpdEntry entry) {
      em.persist(entry);
    }
  }

  /** {@link IssuedDocumentRepository} on JPA. */
  @ApplicationScoped
  public static class IssuedDocuments implements IssuedDocumentRepository {
    @PersistenceContext(unitName = "mentorlink")
    EntityManager em;

    @Override
    public void add(IssuedDocument document) {
      em.persist(document);
    }

    @Override
    public Optional<IssuedDocument> byCodeHash(String codeHash) {
      // The one query that starts from the code rather than a tenant: see the interface.
      return first(
          em.createQuery(
                  "select d from IssuedDocument d where d.codeHash = :h", IssuedDocument.class)
              .setParameter("h", codeHash));
    }
  }
}
