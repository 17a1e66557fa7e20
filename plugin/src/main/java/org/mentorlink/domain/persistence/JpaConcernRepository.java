package org.mentorlink.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.mentorlink.domain.safeguarding.ConcernRepository;
import org.mentorlink.domain.safeguarding.ConcernState;
import org.mentorlink.domain.safeguarding.MentorChangeRequest;
import org.mentorlink.domain.safeguarding.SafeguardingConcern;
import org.mentorlink.domain.shared.SchemeRef;

/** {@link ConcernRepository} on JPA. */
@ApplicationScoped
public class JpaConcernRepository implements ConcernRepository {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Override
  public Optional<SafeguardingConcern> find(SchemeRef scheme, String id) {
    return JpaMentoringRepositories.schemeQuery(
            em, SafeguardingConcern.class, scheme, "x.id = :id", null)
        .setParameter("id", id)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SafeguardingConcern> forRelationship(SchemeRef scheme, String relationshipId) {
    return JpaMentoringRepositories.schemeQuery(
            em, SafeguardingConcern.class, scheme, "x.relationshipId = :r", "x.raisedAt desc, x.id")
        .setParameter("r", relationshipId)
        .getResultList();
  }

  @Override
  public List<SafeguardingConcern> inScheme(SchemeRef scheme, int offset, int limit) {
    return JpaMentoringRepositories.schemeQuery(
            em, SafeguardingConcern.class, scheme, null, "x.raisedAt desc, x.id")
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countInScheme(SchemeRef scheme) {
    return em.createQuery(
            "select count(x) from SafeguardingConcern x where x.tenantId = :t and x.schemeId = :s",
            Long.class)
        .setParameter("t", scheme.tenant().value())
        .setParameter("s", scheme.schemeId())
        .getSingleResult();
  }

  @Override
  public void add(SafeguardingConcern concern) {
    em.persist(concern);
  }

  @Override
  public Optional<MentorChangeRequest> findChange(SchemeRef scheme, String id) {
    return JpaMentoringRepositories.schemeQuery(
            em, MentorChangeRequest.class, scheme, "x.id = :id", null)
        .setParameter("id", id)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<MentorChangeRequest> changesOn(SchemeRef scheme, String relationshipId) {
    return JpaMentoringRepositories.schemeQuery(
            em, MentorChangeRequest.class, scheme, "x.relationshipId = :r", "x.raisedAt desc, x.id")
        .setParameter("r", relationshipId)
        .getResultList();
  }

  @Override
  public List<MentorChangeRequest> changesInScheme(SchemeRef scheme, int offset, int limit) {
    return JpaMentoringRepositories.schemeQuery(
            em, MentorChangeRequest.class, scheme, null, "x.raisedAt desc, x.id")
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countOpen(SchemeRef scheme) {
    long concerns =
        em.createQuery(
                "select count(x) from SafeguardingConcern x where x.tenantId = :t"
                    + " and x.schemeId = :s and x.state = :o",
                Long.class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setParameter("o", ConcernState.OPEN)
            .getSingleResult();
    long changes =
        em.createQuery(
                "select count(x) from MentorChangeRequest x where x.tenantId = :t"
                    + " and x.schemeId = :s and x.state = :o",
                Long.class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setParameter("o", ConcernState.OPEN)
            .getSingleResult();
    return concerns + changes;
  }

  @Override
  public long countChanges(SchemeRef scheme) {
    return em.createQuery(
            "select count(x) from MentorChangeRequest x where x.tenantId = :t and x.schemeId = :s",
            Long.class)
        .setParameter("t", scheme.tenant().value())
        .setParameter("s", scheme.schemeId())
        .getSingleResult();
  }

  @Override
  public void addChange(MentorChangeRequest request) {
    em.persist(request);
  }
}
