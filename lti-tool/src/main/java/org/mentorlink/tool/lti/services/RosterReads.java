package org.mentorlink.tool.lti.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentorlink.tool.lti.launch.PlatformContext;

/**
 * When each course's membership is read from its platform, and by whom: a read is claimed by one
 * node at a time with a conditional update of the course's row (a lease that runs out, so a node
 * that dies mid-read leaves the course to be claimed again), and its outcome — the time and count,
 * or the failure to show — is recorded with the next read's due time. Safe with many nodes on one
 * database.
 */
@ApplicationScoped
public class RosterReads {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  /** A claimed read: the course (row id), its tenant and membership service. */
  public record Claimed(String contextRef, String tenantId, String membershipsUrl) {}

  /** What the roster page says about where the members come from. */
  public record Source(
      boolean offered, Instant readAt, Integer count, String error, Instant errorAt) {}

  /** Claims the read of one course whose read is due, if any. */
  @Transactional
  public Optional<Claimed> claimDue(Instant now, Instant leaseUntil) {
    List<PlatformContext> due =
        em.createQuery(
                "select c from PlatformContext c where c.membershipsUrl is not null"
                    + " and c.rosterDueAt <= :now order by c.rosterDueAt",
                PlatformContext.class)
            .setParameter("now", now)
            .setMaxResults(10)
            .getResultList();
    for (PlatformContext c : due) {
      if (take(c.tenantId(), c.id(), now, leaseUntil)) {
        return Optional.of(new Claimed(c.id(), c.tenantId(), c.membershipsUrl()));
      }
    }
    return Optional.empty();
  }

  /**
   * Claims the read of this course now (a coordinator asked for it); empty when the course offers
   * no membership service or another read of it is under way.
   */
  @Transactional
  public Optional<Claimed> claimNow(
      String tenantId, String contextRef, Instant now, Instant leaseUntil) {
    PlatformContext c = find(tenantId, contextRef);
    if (c == null || c.membershipsUrl() == null) {
      return Optional.empty();
    }
    return take(tenantId, contextRef, now, leaseUntil)
        ? Optional.of(new Claimed(c.id(), c.tenantId(), c.membershipsUrl()))
        : Optional.empty();
  }

  private boolean take(String tenantId, String contextRef, Instant now, Instant leaseUntil) {
    return em.createQuery(
                "update PlatformContext c set c.rosterClaimedUntil = :until"
                    + " where c.tenantId = :t and c.id = :id"
                    + " and (c.rosterClaimedUntil is null or c.rosterClaimedUntil < :now)")
            .setParameter("until", leaseUntil)
            .setParameter("t", tenantId)
            .setParameter("id", contextRef)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** The course's next read is due now (say, its scheme was just set up). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void dueNow(String tenantId, String contextRef, Instant now) {
    em.createQuery(
            "update PlatformContext c set c.rosterDueAt = :now"
                + " where c.tenantId = :t and c.id = :id and c.membershipsUrl is not null")
        .setParameter("now", now)
        .setParameter("t", tenantId)
        .setParameter("id", contextRef)
        .executeUpdate();
  }

  /** The read succeeded: record it and release the claim. */
  @Transactional
  public void read(Claimed c, Instant at, int count, Instant nextDue) {
    em.createQuery(
            "update PlatformContext c set c.rosterReadAt = :at, c.rosterCount = :n,"
                + " c.rosterError = null, c.rosterErrorAt = null, c.rosterDueAt = :due,"
                + " c.rosterClaimedUntil = null where c.tenantId = :t and c.id = :id")
        .setParameter("at", at)
        .setParameter("n", count)
        .setParameter("due", nextDue)
        .setParameter("t", c.tenantId())
        .setParameter("id", c.contextRef())
        .executeUpdate();
  }

  /** The read failed (or was not wanted): record why, release the claim, try again later. */
  @Transactional
  public void failed(Claimed c, String error, Instant at, Instant nextDue) {
    // No error: literal nulls, since PostgreSQL refuses a null parameter bound as text for a
    // timestamp column.
    boolean none = error == null;
    var q =
        em.createQuery(
            "update PlatformContext c set c.rosterError = "
                + (none ? "null" : ":e")
                + ", c.rosterErrorAt = "
                + (none ? "null" : ":at")
                + ", c.rosterDueAt = :due, c.rosterClaimedUntil = null"
                + " where c.tenantId = :t and c.id = :id");
    if (!none) {
      q.setParameter("e", error.substring(0, Math.min(500, error.length())));
      q.setParameter("at", at);
    }
    q.setParameter("due", nextDue)
        .setParameter("t", c.tenantId())
        .setParameter("id", c.contextRef())
        .executeUpdate();
  }

  /** Where the course's roster comes from, for its page. */
  @Transactional
  public Source source(String tenantId, String contextRef) {
    PlatformContext c = find(tenantId, contextRef);
    if (c == null) {
      return new Source(false, null, null, null, null);
    }
    return new Source(
        c.membershipsUrl() != null,
        c.rosterReadAt(),
        c.rosterCount(),
        c.rosterError(),
        c.rosterErrorAt());
  }

  private PlatformContext find(String tenantId, String contextRef) {
    if (contextRef == null) {
      return null;
    }
    PlatformContext c = em.find(PlatformContext.class, contextRef);
    if (c == null || !c.tenantId().equals(tenantId)) {
      return null;
    }
    em.refresh(c);
    return c;
  }
}
