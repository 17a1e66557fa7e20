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

  /** The context, created or refreshed (with the membership service the launch offered). */
  @Transactional(Transactional.TxType.MANDATORY)
  public PlatformContext context(
      String tenantId, LaunchMessage.Context c, String membershipsUrl, Instant at) {
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
    found.seen(c.title(), c.label(), membershipsUrl, at);
    return found;
  }

  /** The resource link, created or refreshed with the placement its launch named (validated). */
  @Transactional(Transactional.TxType.MANDATORY)
  public PlatformResourceLink link(
      String tenantId,
      LaunchMessage.ResourceLink l,
      String contextRef,
      String placement,
      Instant at) {
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
    found.seen(contextRef, l.title(), placement, at);
    return found;
  }

  /** A resource link by its row id, only within the tenant. */
  @Transactional
  public Optional<PlatformResourceLink> findLink(String tenantId, String id) {
    if (id == null) {
      return Optional.empty();
    }
    PlatformResourceLink l = em.find(PlatformResourceLink.class, id);
    return l != null && l.tenantId().equals(tenantId) ? Optional.of(l) : Optional.empty();
  }

  /**
   * The course's link with this placement that was launched last (e.g. its "CPD log"), only within
   * the tenant and the course.
   */
  @Transactional
  public Optional<PlatformResourceLink> latestWithPlacement(
      String tenantId, String contextRef, String placement) {
    if (contextRef == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select l from PlatformResourceLink l where l.tenantId = :t and l.contextRef = :c"
                + " and l.placement = :p order by l.updatedAt desc",
            PlatformResourceLink.class)
        .setParameter("t", tenantId)
        .setParameter("c", contextRef)
        .setParameter("p", placement)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The course's resource links, the latest launched first (only within the tenant). */
  @Transactional
  public java.util.List<PlatformResourceLink> linksOf(String tenantId, String contextRef) {
    if (contextRef == null) {
      return java.util.List.of();
    }
    return em.createQuery(
            "select l from PlatformResourceLink l where l.tenantId = :t and l.contextRef = :c"
                + " order by l.updatedAt desc",
            PlatformResourceLink.class)
        .setParameter("t", tenantId)
        .setParameter("c", contextRef)
        .setMaxResults(1000)
        .getResultList();
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
