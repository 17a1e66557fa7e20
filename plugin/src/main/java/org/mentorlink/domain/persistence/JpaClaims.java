package org.mentorlink.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mentorlink.domain.claim.Claim;
import org.mentorlink.domain.claim.ClaimRepository;
import org.mentorlink.domain.claim.ClaimRules;
import org.mentorlink.domain.claim.ClaimState;
import org.mentorlink.domain.claim.Money;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/** {@link ClaimRepository} on JPA: every query names the tenant and the scheme. */
@ApplicationScoped
public class JpaClaims implements ClaimRepository {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Override
  public Optional<Claim> find(SchemeRef scheme, String id) {
    return JpaMentoringRepositories.schemeQuery(em, Claim.class, scheme, "x.id = :id", null)
        .setParameter("id", id)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Claim> forSession(SchemeRef scheme, String sessionId) {
    return JpaMentoringRepositories.schemeQuery(
            em, Claim.class, scheme, "x.sessionId = :session", null)
        .setParameter("session", sessionId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Claim> forMentor(SchemeRef scheme, PersonRef mentor) {
    return JpaMentoringRepositories.schemeQuery(
            em,
            Claim.class,
            scheme,
            "x.mentorPersonId = :p",
            "x.sessionDate desc, x.sessionNumber desc, x.id")
        .setParameter("p", mentor.personId())
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public List<Claim> inState(SchemeRef scheme, ClaimState state, int offset, int limit) {
    return JpaMentoringRepositories.schemeQuery(
            em, Claim.class, scheme, "x.state = :st", "x.sessionDate, x.submittedAt, x.id")
        .setParameter("st", state.name())
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countInState(SchemeRef scheme, ClaimState state) {
    return em.createQuery(
            "select count(x) from Claim x where x.tenantId = :t and x.schemeId = :s"
                + " and x.state = :st",
            Long.class)
        .setParameter("t", scheme.tenant().value())
        .setParameter("s", scheme.schemeId())
        .setParameter("st", state.name())
        .getSingleResult();
  }

  @Override
  public Money sum(SchemeRef scheme, CpdYear year, ClaimState state) {
    Number n =
        em.createQuery(
                "select sum(x.totalPence) from Claim x where x.tenantId = :t and x.schemeId = :s"
                    + " and x.budgetYearStart = :y and x.state = :st",
                Number.class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setParameter("y", year.start())
            .setParameter("st", state.name())
            .getSingleResult();
    return Money.ofPence(n == null ? 0 : n.longValue());
  }

  @Override
  public List<Claim> approvedBetween(SchemeRef scheme, LocalDate from, LocalDate to) {
    return JpaMentoringRepositories.schemeQuery(
            em,
            Claim.class,
            scheme,
            "x.state = :st and x.sessionDate >= :from and x.sessionDate <= :to",
            "x.sessionDate, x.mentorPersonId, x.id")
        .setParameter("st", ClaimState.APPROVED.name())
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public void add(Claim claim) {
    em.persist(claim);
  }

  @Override
  public Optional<ClaimRules> rules(SchemeRef scheme) {
    return em.createQuery(
            "select r from ClaimRules r where r.tenantId = :t and r.schemeId = :s",
            ClaimRules.class)
        .setParameter("t", scheme.tenant().value())
        .setParameter("s", scheme.schemeId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void addRules(ClaimRules rules) {
    em.persist(rules);
  }
}
