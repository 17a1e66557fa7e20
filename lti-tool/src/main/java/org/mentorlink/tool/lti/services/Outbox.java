package org.mentorlink.tool.lti.services;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorlink.tool.infrastructure.db.Leases;
import org.mentorlink.tool.infrastructure.metrics.Measured;
import org.mentorlink.tool.infrastructure.metrics.ToolMetrics;

/**
 * The AGS outbox in the database: people's line-items services, line items, the score clocks and
 * the queued scores. Claiming is one atomic UPDATE per row ({@link Leases}), so each row is sent by
 * exactly one node at a time; a claim is a lease, and a row whose node died is claimed again when
 * it runs out.
 */
@ApplicationScoped
public class Outbox implements Measured {
  /** How long a claim lasts: longer than all the requests of one attempt together. */
  static final long LEASE_MS = 120_000;

  /** A reservation of a line item older than this is taken over (its node died). */
  static final long RESERVATION_MS = 60_000;

  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Inject Clock clock;
  @Inject ToolMetrics metrics;

  private AtomicLong depth;
  private AtomicLong oldestAge;

  @PostConstruct
  void gauges() {
    depth =
        metrics.gauge(
            "mentorlink.outbox.depth", "Gradebook scores waiting to be sent (all nodes)", "none");
    oldestAge =
        metrics.gauge(
            "mentorlink.outbox.oldest.pending.age",
            "Age of the oldest score waiting to be sent (0: none waits)",
            "seconds");
  }

  /** The outbox's depth and the age of its oldest pending score, for the gauges. */
  @Override
  @Transactional
  public void measure() {
    Object[] row =
        em.createQuery(
                "SELECT COUNT(o), MIN(o.createdAt) FROM OutboxScore o WHERE o.state = :s",
                Object[].class)
            .setParameter("s", OutboxScore.State.PENDING.name())
            .getSingleResult();
    depth.set(((Number) row[0]).longValue());
    Instant oldest = (Instant) row[1];
    oldestAge.set(
        oldest == null
            ? 0
            : Math.max(0, clock.instant().getEpochSecond() - oldest.getEpochSecond()));
  }

  @Inject ScoreClocks clocks;

  /** A claimed score, as needed to send it (no entity leaves the transaction). */
  public record Claimed(
      String id,
      String tenantId,
      String userSub,
      String lineItemsUrl,
      String scopes,
      String lineKey,
      LocalDate yearStart,
      String yearLabel,
      String scoreGiven,
      int scoreMaximum,
      String activityProgress,
      String gradingProgress,
      long timestampMs,
      int attempts,
      String contextRef) {}

  public static String lineKey(String tenantId, String lineItemsUrl, LocalDate yearStart) {
    return UUID.nameUUIDFromBytes(
            (tenantId + "\n" + lineItemsUrl + "\n" + yearStart).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  static String clockId(String tenantId, String lineKey, String personId) {
    return UUID.nameUUIDFromBytes(
            (tenantId + "\n" + lineKey + "\n" + personId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  // ------------------------------------------------------------------ links (from launches)

  /** Records the line-items service a person's launch in a course offered. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordLink(
      String tenantId,
      String personId,
      String contextId,
      String lineItemsUrl,
      List<String> scopes,
      Instant at) {
    recordLink(tenantId, personId, contextId, lineItemsUrl, scopes, at, false);
  }

  /**
   * As {@link #recordLink(String, String, String, String, List, Instant)}; {@code newPerson}: the
   * person was created by this very launch, so has no link yet and none is looked up.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordLink(
      String tenantId,
      String personId,
      String contextId,
      String lineItemsUrl,
      List<String> scopes,
      Instant at,
      boolean newPerson) {
    AgsLink link =
        (newPerson ? Optional.<AgsLink>empty() : link(tenantId, personId, contextId))
            .orElseGet(
                () -> {
                  AgsLink l = new AgsLink(tenantId, personId, contextId);
                  em.persist(l);
                  return l;
                });
    String s = String.join(" ", scopes == null ? List.of() : scopes);
    if (!lineItemsUrl.equals(link.lineItemsUrl()) || !s.equals(link.scopes())) {
      link.update(lineItemsUrl, s.length() > 2000 ? s.substring(0, 2000) : s, at);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<AgsLink> link(String tenantId, String personId, String contextId) {
    return em.createQuery(
            "SELECT l FROM AgsLink l WHERE l.tenantId = :t AND l.personId = :p"
                + " AND l.contextId = :c",
            AgsLink.class)
        .setParameter("t", tenantId)
        .setParameter("p", personId)
        .setParameter("c", contextId)
        .getResultStream()
        .findFirst();
  }

  // ------------------------------------------------------------------ queueing

  /** A new score timestamp for (line item, user), strictly after every earlier one. */
  @Transactional(Transactional.TxType.MANDATORY)
  public long nextTimestamp(String tenantId, String lineKey, String personId, long now) {
    return clockFor(tenantId, lineKey, personId).next(now);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void add(OutboxScore score) {
    em.persist(score);
  }

  /**
   * The clock row, locked (SELECT … FOR UPDATE) for the rest of the transaction: an approval and a
   * worker's send for the same line item and user then wait for each other instead of one failing.
   */
  private ScoreClock clockFor(String tenantId, String lineKey, String personId) {
    String id = clockId(tenantId, lineKey, personId);
    ScoreClock c = em.find(ScoreClock.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (c != null) {
      return c;
    }
    // Find-or-create without a race: the row is inserted in a transaction of its own (two first
    // approvals at once: one insert wins, the other's duplicate is ignored), then locked here.
    try {
      clocks.create(id, tenantId);
    } catch (RuntimeException e) {
      // another transaction created it at the same moment
    }
    c = em.find(ScoreClock.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw new IllegalStateException("the score clock could not be created");
    }
    return c;
  }

  // ------------------------------------------------------------------ claiming and outcomes

  /**
   * Claims the next score due whose (line item, user) has no earlier score waiting, and gives it
   * the timestamp to send; empty when nothing is due.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Claimed> claimNext() {
    return claimDue(1).stream().findFirst();
  }

  /**
   * Claims up to {@code max} due scores in one transaction, at most one per (line item, user) — the
   * oldest waiting, so no score overtakes an earlier one of the same user — each with the timestamp
   * to send (strictly after every earlier one of its line item and user). The scores of one batch
   * belong to different users and may be sent in parallel.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claimed> claimBatch(int max) {
    return claimDue(max);
  }

  private List<Claimed> claimDue(int max) {
    long now = clock.millis();
    int want = Math.max(1, Math.min(max, 256));
    // The oldest due scores (a bounded window, read in seq order through an index), of which
    // those whose line item and user have no earlier score waiting; then stale claims.
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT c.id FROM (SELECT o.id, o.seq, o.tenant_id, o.line_key, o.person_id FROM"
                    + " ags_outbox o WHERE o.state = 'PENDING' AND o.next_attempt_ms <= ?1 ORDER"
                    + " BY o.seq, o.id FETCH FIRST "
                    + Math.max(64, want * 8)
                    + " ROWS ONLY) c WHERE NOT EXISTS (SELECT 1"
                    + " FROM ags_outbox p WHERE p.tenant_id = c.tenant_id AND p.line_key ="
                    + " c.line_key AND p.person_id = c.person_id AND p.state IN ('PENDING',"
                    + " 'SENDING') AND p.seq < c.seq) ORDER BY c.seq, c.id")
            .setParameter(1, now)
            .setMaxResults(want * 3 + 8)
            .getResultList();
    if (want > 1) {
      // Nodes claiming at the same moment read the same window: each tries it in its own order,
      // so they take different scores instead of racing for the same first ones. (Any order is
      // safe: the window holds only each user's oldest waiting score.)
      ids = new ArrayList<>(ids);
      Collections.shuffle(ids, ThreadLocalRandom.current());
    }
    if (ids.size() < want) {
      @SuppressWarnings("unchecked")
      List<Object> stale =
          em.createNativeQuery(
                  "SELECT o.id FROM ags_outbox o WHERE o.state = 'SENDING' AND o.claimed_until_ms"
                      + " < ?1 ORDER BY o.seq, o.id")
              .setParameter(1, now)
              .setMaxResults(want)
              .getResultList();
      ids = new ArrayList<>(ids);
      ids.addAll(stale);
    }
    List<Claimed> claimed = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Object id : ids) {
      if (claimed.size() >= want) {
        break;
      }
      int n =
          em.createNativeQuery(
                  "UPDATE ags_outbox SET "
                      + Leases.claim(2)
                      + " WHERE id = ?1 AND "
                      + Leases.claimable(3))
              .setParameter(1, id.toString())
              .setParameter(2, now + LEASE_MS)
              .setParameter(3, now)
              .executeUpdate();
      if (n != 1) {
        continue; // another node was quicker
      }
      OutboxScore o = em.find(OutboxScore.class, id.toString());
      em.refresh(o);
      if (!keys.add(o.tenantId() + "\n" + o.lineKey() + "\n" + o.personId())) {
        // A stale claim of a user already in this batch: it waits for the next batch.
        o.retryAt(now, o.lastError());
        continue;
      }
      long ts =
          clockFor(o.tenantId(), o.lineKey(), o.personId())
              .forRequest(o.timestampMs(), o.attempts() == 1, now);
      o.stamped(ts);
      claimed.add(
          new Claimed(
              o.id(),
              o.tenantId(),
              o.userSub(),
              o.lineItemsUrl(),
              o.scopes(),
              o.lineKey(),
              o.yearStart(),
              o.yearLabel(),
              o.scoreGiven(),
              o.scoreMaximum(),
              o.activityProgress(),
              o.gradingProgress(),
              ts,
              o.attempts(),
              o.contextId()));
    }
    return claimed;
  }

  /** What became of one claimed score. */
  public record Outcome(String id, Result result, long retryAfterMs, String reason) {
    public enum Result {
      SENT,
      FAILED,
      LATER
    }

    public static Outcome sent(String id) {
      return new Outcome(id, Result.SENT, 0, null);
    }

    public static Outcome failed(String id, String reason) {
      return new Outcome(id, Result.FAILED, 0, reason);
    }

    public static Outcome later(String id, long retryAfterMs, String reason) {
      return new Outcome(id, Result.LATER, retryAfterMs, reason);
    }
  }

  /** Records the outcomes of one batch in one transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(List<Outcome> outcomes) {
    for (Outcome o : outcomes) {
      switch (o.result()) {
        case SENT -> markSent(o.id());
        case FAILED -> markFailed(o.id(), o.reason());
        case LATER -> markLater(o.id(), o.retryAfterMs(), o.reason());
      }
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(String id) {
    markSent(id);
  }

  private void markSent(String id) {
    OutboxScore o = em.find(OutboxScore.class, id);
    if (o != null) {
      o.sent(clock.instant());
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String id, String reason) {
    markFailed(id, reason);
  }

  private void markFailed(String id, String reason) {
    OutboxScore o = em.find(OutboxScore.class, id);
    if (o != null) {
      o.failed(reason);
    }
  }

  /**
   * Tries again after {@code delayMs}; the later scores of the same line item and user wait as long
   * (they may not overtake it), so they do not fill the window of due scores meanwhile.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void retryLater(String id, long delayMs, String reason) {
    markLater(id, delayMs, reason);
  }

  private void markLater(String id, long delayMs, String reason) {
    OutboxScore o = em.find(OutboxScore.class, id);
    if (o != null) {
      long when = clock.millis() + delayMs;
      o.retryAt(when, reason);
      em.createNativeQuery(
              "UPDATE ags_outbox SET next_attempt_ms = ?1 WHERE tenant_id = ?2 AND line_key = ?3"
                  + " AND person_id = ?4 AND state = 'PENDING' AND seq > ?5 AND next_attempt_ms"
                  + " < ?1")
          .setParameter(1, when)
          .setParameter(2, o.tenantId())
          .setParameter(3, o.lineKey())
          .setParameter(4, o.personId())
          .setParameter(5, o.seq())
          .executeUpdate();
    }
  }

  // ------------------------------------------------------------------ line items

  /** The known line item's URL, if it has been found or created. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> knownLineItem(String tenantId, String lineKey) {
    return find(tenantId, lineKey).map(AgsLineItem::lineItemUrl);
  }

  /**
   * Reserves the creation of a line item for this node: true if reserved (new, or a reservation
   * whose node seems to have died); false if another node is creating it now. Throws if another
   * node reserved it at the same moment.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean reserveLineItem(
      String tenantId, String lineKey, String lineItemsUrl, LocalDate yearStart) {
    long now = clock.millis();
    Optional<AgsLineItem> existing = find(tenantId, lineKey);
    if (existing.isEmpty()) {
      em.persist(new AgsLineItem(tenantId, lineKey, lineItemsUrl, yearStart, now));
      em.flush();
      return true;
    }
    AgsLineItem li = existing.get();
    if (li.lineItemUrl() != null) {
      return true;
    }
    if (li.reservedAtMs() < now - RESERVATION_MS) {
      li.reserveAgain(now);
      return true;
    }
    return false;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void lineItemFound(String tenantId, String lineKey, String url) {
    find(tenantId, lineKey).ifPresent(li -> li.found(url));
  }

  /** Forgets a line item the platform no longer has (it answered 404 for its scores). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void forgetLineItem(String tenantId, String lineKey, String url) {
    find(tenantId, lineKey).filter(li -> url.equals(li.lineItemUrl())).ifPresent(em::remove);
  }

  /** Gives up a reservation that did not lead to a line item (so the next attempt may try). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void releaseLineItem(String tenantId, String lineKey) {
    find(tenantId, lineKey).filter(li -> li.lineItemUrl() == null).ifPresent(em::remove);
  }

  private Optional<AgsLineItem> find(String tenantId, String lineKey) {
    return em.createQuery(
            "SELECT l FROM AgsLineItem l WHERE l.tenantId = :t AND l.lineKey = :k",
            AgsLineItem.class)
        .setParameter("t", tenantId)
        .setParameter("k", lineKey)
        .getResultStream()
        .findFirst();
  }

  // ------------------------------------------------------------------ listing

  /** A scheme's scores, newest first (coordinators). */
  @Transactional
  public List<OutboxScore> forScheme(String tenantId, String schemeId, int first, int max) {
    return em.createQuery(
            "SELECT o FROM OutboxScore o WHERE o.tenantId = :t AND o.schemeId = :s"
                + " ORDER BY o.createdAt DESC, o.seq DESC",
            OutboxScore.class)
        .setParameter("t", tenantId)
        .setParameter("s", schemeId)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Transactional
  public long countForScheme(String tenantId, String schemeId) {
    return em.createQuery(
            "SELECT COUNT(o) FROM OutboxScore o WHERE o.tenantId = :t AND o.schemeId = :s",
            Long.class)
        .setParameter("t", tenantId)
        .setParameter("s", schemeId)
        .getSingleResult();
  }
}
