package org.mentorlink.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.matching.MatchRepository;
import org.mentorlink.domain.mentor.MentorInvitation;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.mentor.MentorRepository;
import org.mentorlink.domain.relationship.Contract;
import org.mentorlink.domain.relationship.Goal;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestRepository;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.scheme.CourseMember;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;

/**
 * The mentoring repositories on JPA. Every query names the tenant (and the scheme where there is
 * one), so nothing crosses tenants and the schema can be distributed by tenant.
 */
public final class JpaMentoringRepositories {
  private JpaMentoringRepositories() {}

  private static <T> Optional<T> first(TypedQuery<T> q) {
    return q.setMaxResults(1).getResultStream().findFirst();
  }

  /** {@link SchemeRepository} on JPA. */
  @ApplicationScoped
  public static class Schemes implements SchemeRepository {
    @PersistenceContext(unitName = "mentorlink")
    EntityManager em;

    @Override
    public Optional<Scheme> forCourse(TenantId tenant, String courseRef) {
      return first(
          em.createQuery(
                  "select s from Scheme s where s.tenantId = :t and s.courseRef = :c", Scheme.class)
              .setParameter("t", tenant.value())
              .setParameter("c", courseRef));
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
          em.createQuery(
                  "select m from MentorProfile m where m.tenantId = :t and m.schemeId = :s"
                      + " and m.id = :id",
                  MentorProfile.class)
              .setParameter("t", scheme.tenant().value())
              .setParameter("s", scheme.schemeId())
              .setParameter("id", profileId));
    }

    @Override
    public Optional<MentorProfile> forPerson(SchemeRef scheme, PersonRef person) {
      return first(
          em.createQuery(
                  "select m from MentorProfile m where m.tenantId = :t and m.schemeId = :s"
                      + " and m.personId = :p",
                  MentorProfile.class)
              .setParameter("t", scheme.tenant().value())
              .setParameter("s", scheme.schemeId())
              .setParameter("p", person.personId()));
    }

    @Override
    public List<MentorProfile> all(SchemeRef scheme) {
      return em.createQuery(
              "select m from MentorProfile m where m.tenantId = :t and m.schemeId = :s"
                  + " order by m.designatedAt",
              MentorProfile.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
          .getResultList();
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
  }

  /** {@link RequestRepository} on JPA. */
  @ApplicationScoped
  public static class Requests implements RequestRepository {
    @PersistenceContext(unitName = "mentorlink")
    EntityManager em;

    @Override
    public Optional<MentoringRequest> find(SchemeRef scheme, String id) {
      return first(
          em.createQuery(
                  "select r from MentoringRequest r where r.tenantId = :t and r.schemeId = :s"
                      + " and r.id = :id",
                  MentoringRequest.class)
              .setParameter("t", scheme.tenant().value())
              .setParameter("s", scheme.schemeId())
              .setParameter("id", id));
    }

    @Override
    public List<MentoringRequest> forMentee(SchemeRef scheme, PersonRef mentee) {
      return em.createQuery(
              "select r from MentoringRequest r where r.tenantId = :t and r.schemeId = :s"
                  + " and r.menteeId = :p order by r.submittedAt desc",
              MentoringRequest.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
          .setParameter("p", mentee.personId())
          .getResultList();
    }

    @Override
    public List<MentoringRequest> inStates(
        SchemeRef scheme, Set<RequestState> states, int offset, int limit) {
      return em.createQuery(
              "select r from MentoringRequest r where r.tenantId = :t and r.schemeId = :s"
                  + " and r.state in :states order by r.submittedAt, r.id",
              MentoringRequest.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
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
  }

  /** {@link MatchRepository} on JPA. */
  @ApplicationScoped
  public static class Matches implements MatchRepository {
    @PersistenceContext(unitName = "mentorlink")
    EntityManager em;

    @Override
    public Optional<MatchProposal> find(SchemeRef scheme, String id) {
      return first(
          em.createQuery(
                  "select m from MatchProposal m where m.tenantId = :t and m.schemeId = :s"
                      + " and m.id = :id",
                  MatchProposal.class)
              .setParameter("t", scheme.tenant().value())
              .setParameter("s", scheme.schemeId())
              .setParameter("id", id));
    }

    @Override
    public List<MatchProposal> forRequest(SchemeRef scheme, String requestId) {
      return query(scheme, "m.requestId = :x", requestId);
    }

    @Override
    public List<MatchProposal> forMentor(SchemeRef scheme, PersonRef mentor) {
      return query(scheme, "m.mentorId = :x", mentor.personId());
    }

    @Override
    public List<MatchProposal> forMentee(SchemeRef scheme, PersonRef mentee) {
      return query(scheme, "m.menteeId = :x", mentee.personId());
    }

    private List<MatchProposal> query(SchemeRef scheme, String condition, String value) {
      return em.createQuery(
              "select m from MatchProposal m where m.tenantId = :t and m.schemeId = :s and "
                  + condition
                  + " order by m.proposedAt desc",
              MatchProposal.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
          .setParameter("x", value)
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
          em.createQuery(
                  "select r from Relationship r where r.tenantId = :t and r.schemeId = :s"
                      + " and r.id = :id",
                  Relationship.class)
              .setParameter("t", scheme.tenant().value())
              .setParameter("s", scheme.schemeId())
              .setParameter("id", id));
    }

    @Override
    public List<Relationship> forMentee(SchemeRef scheme, PersonRef mentee) {
      return byParty(scheme, "r.menteeId = :p", mentee);
    }

    @Override
    public List<Relationship> forMentor(SchemeRef scheme, PersonRef mentor) {
      return byParty(scheme, "r.mentorId = :p", mentor);
    }

    private List<Relationship> byParty(SchemeRef scheme, String condition, PersonRef p) {
      return em.createQuery(
              "select r from Relationship r where r.tenantId = :t and r.schemeId = :s and "
                  + condition
                  + " order by r.startedAt desc",
              Relationship.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
          .setParameter("p", p.personId())
          .getResultList();
    }

    @Override
    public List<Relationship> inScheme(SchemeRef scheme, int offset, int limit) {
      return em.createQuery(
              "select r from Relationship r where r.tenantId = :t and r.schemeId = :s"
                  + " order by r.startedAt desc, r.id",
              Relationship.class)
          .setParameter("t", scheme.tenant().value())
          .setParameter("s", scheme.schemeId())
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
      return em.createQuery(
              "select c from Contract c where c.tenantId = :t and c.relationshipId = :r"
                  + " order by c.versionNo",
              Contract.class)
          .setParameter("t", r.mentee().tenant().value())
          .setParameter("r", r.id())
          .getResultList();
    }

    @Override
    public void addContract(Contract contract) {
      em.persist(contract);
    }

    @Override
    public List<SessionRecord> sessions(Relationship r) {
      return em.createQuery(
              "select s from SessionRecord s where s.tenantId = :t and s.relationshipId = :r"
                  + " order by s.number",
              SessionRecord.class)
          .setParameter("t", r.mentee().tenant().value())
          .setParameter("r", r.id())
          .getResultList();
    }

    @Override
    public Optional<SessionRecord> session(Relationship r, String sessionId) {
      return first(
          em.createQuery(
                  "select s from SessionRecord s where s.tenantId = :t and s.relationshipId = :r"
                      + " and s.id = :id",
                  SessionRecord.class)
              .setParameter("t", r.mentee().tenant().value())
              .setParameter("r", r.id())
              .setParameter("id", sessionId));
    }

    @Override
    public void addSession(SessionRecord session) {
      em.persist(session);
    }

    @Override
    public List<Goal> goals(Relationship r) {
      return em.createQuery(
              "select g from Goal g where g.tenantId = :t and g.relationshipId = :r"
                  + " order by g.createdAt",
              Goal.class)
          .setParameter("t", r.mentee().tenant().value())
          .setParameter("r", r.id())
          .getResultList();
    }

    @Override
    public Optional<Goal> goal(Relationship r, String goalId) {
      return first(
          em.createQuery(
                  "select g from Goal g where g.tenantId = :t and g.relationshipId = :r"
                      + " and g.id = :id",
                  Goal.class)
              .setParameter("t", r.mentee().tenant().value())
              .setParameter("r", r.id())
              .setParameter("id", goalId));
    }

    @Override
    public void addGoal(Goal goal) {
      em.persist(goal);
    }
  }
}
