package org.mentorlink.tool.lti.launch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Records the context and resource link of each launch (within the registration). */
@ApplicationScoped
public class LaunchRecords {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  /** The context, created or refreshed. */
  @Transactional(Transactional.TxType.MANDATORY)
  public PlatformContext context(String tenantId, LaunchMessage.Context c, Instant at) {
    PlatformContext found =
        em.createQuery(
                "select c from PlatformContext c where c.tenantId = :t and c.contextId = :id",
                PlatformContext.class)
            .setParameter("t", tenantId)
            .setParameter("id", c.id())
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  PlatformContext n = new PlatformContext(tenantId, c.id(), at);
                  em.persist(n);
                  return n;
                });
    found.seen(c.title(), c.label(), at);
    return found;
  }

  /** The resource link, created or refreshed. */
  @Transactional(Transactional.TxType.MANDATORY)
  public PlatformResourceLink link(
      String tenantId, LaunchMessage.ResourceLink l, String contextRef, Instant at) {
    PlatformResourceLink found =
        em.createQuery(
                "select l from PlatformResourceLink l where l.tenantId = :t"
                    + " and l.resourceLinkId = :id",
                PlatformResourceLink.class)
            .setParameter("t", tenantId)
            .setParameter("id", l.id())
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  PlatformResourceLink n = new PlatformResourceLink(tenantId, l.id(), at);
                  em.persist(n);
                  return n;
                });
    found.seen(contextRef, l.title(), at);
    return found;
  }

  /** A context by its row id, only within the tenant. */
  @Transactional
  public Optional<PlatformContext> findContext(String tenantId, String id) {
    if (id == null) {
      return Optional.empty();
    }
    PlatformContext c = em.find(PlatformContext.class, id);
    return c != null && c.tenantId().equals(tenantId) ? Optional.of(c) : Optional.empty();
  }
}
