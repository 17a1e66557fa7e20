package org.mentorlink.tool.lti.services;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.mentorlink.tool.infrastructure.db.Leases;
import org.mentorlink.tool.infrastructure.metrics.Measured;
import org.mentorlink.tool.infrastructure.metrics.ToolMetrics;

/**
 * The AGS outbox in the database: people's line-items services, line items, the score clocks and
 * the queued scores. Claiming is one conditional UPDATE for a batch of rows ({@link Leases}), so
 * each row is sent by exactly one node at a time; a claim is a lease, and a row whose node died is
 * claimed again when it runs out.
 */
@ApplicationScoped
public class Outbox implements Measured {
  /** How long a claim lasts: longer than all the requests of one attempt together. */
  static final long LEASE_MS = 120_000;

  /** A reservation of a line item older than this is taken over (its node died). */
  static final long RESERVATION_MS = 60_000;

  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Resource(lookup = "jdbc/mentorlink")
  DataSource dataSource;

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
    // Two reads, not COUNT and MIN together: an aggregate of a converted column reaches the
    // converter as the driver's type on PostgreSQL (java.sql.Timestamp), not as the column's.
    long count =
        em.createQuery("SELECT COUNT(o) FROM OutboxScore o WHERE o.state = :s", Long.class)
            .setParameter("s", OutboxScore.State.PENDING.name())
            .getSingleResult();
    // The oldest by seq (the index on state and seq): seq is the timestamp first given, at
    // queueing.
    Instant oldest =
        count == 0
            ? null
            : em.createQuery(
                    "SELECT o.createdAt FROM OutboxScore o WHERE o.state = :s ORDER BY o.seq, o.id",
                    Instant.class)
                .setParameter("s", OutboxScore.State.PENDING.name())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    depth.set(count);
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
      String personId,
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
      String contextRef) {

    /** The same score with the timestamp its line item's clock gave it. */
    Claimed stamped(long at) {
      return new Claimed(
          id,
          tenantId,
          personId,
          userSub,
          lineItemsUrl,
          scopes,
          lineKey,
          yearStart,
          yearLabel,
          scoreGiven,
          scoreMaximum,
          activityProgress,
          gradingProgress,
          at,
          attempts,
          contextRef);
    }
  }

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
    // Plain JDBC on the transaction's connection: a batch is claimed, read, stamped and its clocks
    // advanced in a handful of statements, not several per score.
    try (Connection c = dataSource.getConnection()) {
      List<String> ids = candidates(c, now, want);
      if (want > 1) {
        // Nodes claiming at the same moment read the same window: each tries it in its own order,
        // so they take different scores instead of racing for the same first ones. (Any order is
        // safe: the window holds only each user's oldest waiting score.)
        Collections.shuffle(ids, ThreadLocalRandom.current());
      }
      if (ids.size() < want) {
        ids.addAll(stale(c, now, want));
      }
      // One conditional UPDATE claims a slice (each row goes to exactly one node: the loser's
      // UPDATE, waiting for the winner's row lock, finds the condition false); the rows this claim
      // won carry its token. Up to three slices while other nodes take some of the window.
      String token = UUID.randomUUID().toString();
      List<String> tried = new ArrayList<>();
      int won = 0;
      for (int round = 0; round < 3 && won < want && tried.size() < ids.size(); round++) {
        List<String> slice =
            ids.subList(tried.size(), Math.min(ids.size(), tried.size() + (want - won)));
        tried.addAll(slice);
        won += claim(c, slice, token, now);
      }
      if (won == 0) {
        return List.of();
      }
      List<Claimed> rows = claimedRows(c, tried, token);
      List<Claimed> batch = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      List<String> back = new ArrayList<>();
      for (Claimed r : rows) {
        if (keys.add(r.tenantId() + "\n" + r.lineKey() + "\n" + r.personId())) {
          batch.add(r);
        } else {
          back.add(r.id()); // a stale claim of a user already in this batch: the next batch's
        }
      }
      if (!back.isEmpty()) {
        update(
            c,
            "UPDATE ags_outbox SET state = 'PENDING', next_attempt_ms = ?, claimed_until_ms = 0"
                + " WHERE id IN ("
                + marks(back.size())
                + ")",
            now,
            back);
      }
      return stamp(c, batch, now);
    } catch (SQLException e) {
      throw new PersistenceException("the outbox could not be claimed", e);
    }
  }

  /**
   * The oldest due scores (a bounded window, read in seq order through an index), of which those
   * whose line item and user have no earlier score waiting.
   */
  private static List<String> candidates(Connection c, long now, int want) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT c.id FROM (SELECT o.id, o.seq, o.tenant_id, o.line_key, o.person_id FROM"
                + " ags_outbox o WHERE o.state = 'PENDING' AND o.next_attempt_ms <= ? ORDER"
                + " BY o.seq, o.id FETCH FIRST "
                + Math.max(64, want * 8)
                + " ROWS ONLY) c WHERE NOT EXISTS (SELECT 1"
                + " FROM ags_outbox p WHERE p.tenant_id = c.tenant_id AND p.line_key ="
                + " c.line_key AND p.person_id = c.person_id AND p.state IN ('PENDING',"
                + " 'SENDING') AND p.seq < c.seq) ORDER BY c.seq, c.id FETCH FIRST "
                + (want * 3 + 8)
                + " ROWS ONLY")) {
      q.setLong(1, now);
      return ids(q);
    }
  }

  /** Claims whose node's lease ran out (it died mid-send). */
  private static List<String> stale(Connection c, long now, int want) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT o.id FROM ags_outbox o WHERE o.state = 'SENDING' AND o.claimed_until_ms < ?"
                + " ORDER BY o.seq, o.id FETCH FIRST "
                + want
                + " ROWS ONLY")) {
      q.setLong(1, now);
      return ids(q);
    }
  }

  private static List<String> ids(PreparedStatement q) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /** Claims those of {@code ids} still claimable, marking them with {@code token}. */
  private static int claim(Connection c, List<String> ids, String token, long now)
      throws SQLException {
    if (ids.isEmpty()) {
      return 0;
    }
    ids = new ArrayList<>(new TreeSet<>(ids)); // rows locked in one order on every node
    try (PreparedStatement u =
        c.prepareStatement(
            "UPDATE ags_outbox SET "
                + Leases.claim()
                + ", claim_token = ? WHERE id IN ("
                + marks(ids.size())
                + ") AND "
                + Leases.claimable())) {
      int i = 1;
      u.setLong(i++, now + LEASE_MS);
      u.setString(i++, token);
      for (String id : ids) {
        u.setString(i++, id);
      }
      u.setLong(i++, now);
      u.setLong(i, now);
      return u.executeUpdate();
    }
  }

  /** The rows of {@code ids} this claim won, in seq order. */
  private static List<Claimed> claimedRows(Connection c, List<String> ids, String token)
      throws SQLException {
    List<Claimed> rows = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT id, tenant_id, person_id, user_sub, lineitems_url, scopes, line_key,"
                + " year_start, year_label, score_given, score_maximum, activity_progress,"
                + " grading_progress, score_timestamp_ms, attempts, context_id FROM ags_outbox"
                + " WHERE id IN ("
                + marks(ids.size())
                + ") AND claim_token = ? AND state = 'SENDING' ORDER BY seq, id")) {
      int i = 1;
      for (String id : ids) {
        q.setString(i++, id);
      }
      q.setString(i, token);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Claimed(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getObject(8, LocalDate.class),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getInt(11),
                  rs.getString(12),
                  rs.getString(13),
                  rs.getLong(14),
                  rs.getInt(15),
                  rs.getString(16)));
        }
      }
    }
    return rows;
  }

  /**
   * Gives each claimed score its timestamp (strictly after every earlier one of its line item and
   * user) from its clock, locked (SELECT … FOR UPDATE) for the rest of the transaction so that an
   * approval for the same line item and user waits; the stamps and clocks are written in two
   * batches.
   */
  private List<Claimed> stamp(Connection c, List<Claimed> batch, long now) throws SQLException {
    if (batch.isEmpty()) {
      return List.of();
    }
    Map<String, long[]> clockValues = new HashMap<>();
    List<String> clockIds = new ArrayList<>();
    Map<String, String> tenantOf = new HashMap<>();
    for (Claimed r : batch) {
      String id = clockId(r.tenantId(), r.lineKey(), r.personId());
      clockIds.add(id);
      tenantOf.put(id, r.tenantId());
    }
    lockClocks(c, clockIds, clockValues);
    if (clockValues.size() < clockIds.size()) {
      // First scores of these users: each clock row is inserted in a transaction of its own (two
      // first approvals at once: one insert wins, the other's duplicate is ignored), then locked.
      List<String> missing = new ArrayList<>();
      for (String id : clockIds) {
        if (!clockValues.containsKey(id)) {
          missing.add(id);
          try {
            clocks.create(id, tenantOf.get(id));
          } catch (RuntimeException e) {
            // another transaction created it at the same moment
          }
        }
      }
      lockClocks(c, missing, clockValues);
      if (clockValues.size() < clockIds.size()) {
        throw new IllegalStateException("a score clock could not be created");
      }
    }
    List<Claimed> claimed = new ArrayList<>(batch.size());
    try (PreparedStatement stamps =
            c.prepareStatement("UPDATE ags_outbox SET score_timestamp_ms = ? WHERE id = ?");
        PreparedStatement advance =
            c.prepareStatement(
                "UPDATE ags_score_clock SET last_ms = ?, last_sent_ms = ?, version = version + 1"
                    + " WHERE id = ?")) {
      for (int i = 0; i < batch.size(); i++) {
        Claimed r = batch.get(i);
        long[] clockNow = clockValues.get(clockIds.get(i));
        ScoreClock.Stamp s =
            ScoreClock.stamp(clockNow[0], clockNow[1], r.timestampMs(), r.attempts() == 1, now);
        stamps.setLong(1, s.timestampMs());
        stamps.setString(2, r.id());
        stamps.addBatch();
        advance.setLong(1, s.lastMs());
        advance.setLong(2, s.lastSentMs());
        advance.setString(3, clockIds.get(i));
        advance.addBatch();
        claimed.add(r.stamped(s.timestampMs()));
      }
      stamps.executeBatch();
      advance.executeBatch();
    }
    return claimed;
  }

  /** Locks the clock rows of {@code ids} that exist and reads their (last_ms, last_sent_ms). */
  private static void lockClocks(Connection c, List<String> ids, Map<String, long[]> into)
      throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    List<String> sorted = new ArrayList<>(new TreeSet<>(ids));
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT id, last_ms, last_sent_ms FROM ags_score_clock WHERE id IN ("
                + marks(sorted.size())
                + ") ORDER BY id FOR UPDATE")) {
      for (int i = 0; i < sorted.size(); i++) {
        q.setString(i + 1, sorted.get(i));
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          into.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        }
      }
    }
  }

  private static int update(Connection c, String sql, long first, List<String> ids)
      throws SQLException {
    try (PreparedStatement u = c.prepareStatement(sql)) {
      u.setLong(1, first);
      for (int i = 0; i < ids.size(); i++) {
        u.setString(i + 2, ids.get(i));
      }
      return u.executeUpdate();
    }
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
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
    List<String> sent = new ArrayList<>();
    for (Outcome o : outcomes) {
      switch (o.result()) {
        case SENT -> sent.add(o.id());
        case FAILED -> markFailed(o.id(), o.reason());
        case LATER -> markLater(o.id(), o.retryAfterMs(), o.reason());
      }
    }
    if (!sent.isEmpty()) {
      // The usual outcome, in one statement for the batch.
      em.createQuery(
              "UPDATE OutboxScore o SET o.state = :s, o.sentAt = :at, o.lastError = NULL"
                  + " WHERE o.id IN :ids")
          .setParameter("s", OutboxScore.State.SENT.name())
          .setParameter("at", clock.instant())
          .setParameter("ids", sent)
          .executeUpdate();
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
