package org.mentorlink.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.mentorlink.domain.audit.AuditEntry;
import org.mentorlink.domain.audit.AuditRepository;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;

/** {@link AuditRepository} on JPA: inserts and reads; the one update is pseudonymisation. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Override
  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> forScheme(SchemeRef scheme, int offset, int limit) {
    return JpaMentoringRepositories.schemeQuery(
            em, AuditEntry.class, scheme, null, "x.at desc, x.id")
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countForScheme(SchemeRef scheme) {
    return em.createQuery(
            "select count(x) from AuditEntry x where x.tenantId = :t and x.schemeId = :s",
            Long.class)
        .setParameter("t", scheme.tenant().value())
        .setParameter("s", scheme.schemeId())
        .getSingleResult();
  }

  @Override
  public List<AuditEntry> all(Optional<TenantId> tenant, int offset, int limit) {
    TypedQuery<AuditEntry> q =
        tenant.isPresent()
            ? em.createQuery(
                    "select x from AuditEntry x where x.tenantId = :t order by x.at desc, x.id",
                    AuditEntry.class)
                .setParameter("t", tenant.get().value())
            : em.createQuery(
                "select x from AuditEntry x order by x.at desc, x.id", AuditEntry.class);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public long countAll(Optional<TenantId> tenant) {
    TypedQuery<Long> q =
        tenant.isPresent()
            ? em.createQuery("select count(x) from AuditEntry x where x.tenantId = :t", Long.class)
                .setParameter("t", tenant.get().value())
            : em.createQuery("select count(x) from AuditEntry x", Long.class);
    return q.getSingleResult();
  }

  @Override
  public int pseudonymise(TenantId tenant, String personId, String pseudonym) {
    // A bulk update on purpose: the entity itself has no mutator.
    int n =
        em.createNativeQuery(
                "update audit_entry set actor_id = ?1 where tenant_id = ?2 and actor_id = ?3")
            .setParameter(1, pseudonym)
            .setParameter(2, tenant.value())
            .setParameter(3, personId)
            .executeUpdate();
    // A person's own ledger is recorded under their id.
    em.createNativeQuery(
            "update audit_entry set record_id = ?1 where tenant_id = ?2 and record_id = ?3")
        .setParameter(1, pseudonym)
        .setParameter(2, tenant.value())
        .setParameter(3, personId)
        .executeUpdate();
    return n;
  }
}
