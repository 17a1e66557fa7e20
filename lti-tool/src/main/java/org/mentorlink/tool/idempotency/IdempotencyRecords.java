package org.mentorlink.tool.idempotency;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.mentorlink.tool.infrastructure.Expiring;

/**
 * The idempotency records (table {@code idempotency_key}): per person, the key, the request's hash,
 * the answer's status and {@code Location}, and the ids the call created — never a body. A record
 * is claimed and completed inside the call's own transaction, so it exists exactly when the call's
 * writes do. Kept {@link #LIFETIME}; {@link #purgeExpired} (run by {@code Housekeeping}) deletes
 * older ones.
 */
@ApplicationScoped
public class IdempotencyRecords implements Expiring {
  /** How long a key is remembered. */
  public static final Duration LIFETIME = Duration.ofHours(24);

  /** A completed call. */
  record Done(String requestHash, int status, String location, List<CreatedIds.Created> created) {}

  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Resource(lookup = "jdbc/mentorlink")
  DataSource dataSource;

  @Inject Clock clock;

  private volatile Boolean postgresql;

  /** The completed, unexpired call with this key, read in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Done> find(IdempotentRequest r) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT request_hash, status, location, created_ids FROM idempotency_key"
                    + " WHERE tenant_id = ?1 AND person_id = ?2 AND idem_key = ?3"
                    + " AND expires_at > ?4 AND status > 0")
            .setParameter(1, r.tenantId())
            .setParameter(2, r.personId())
            .setParameter(3, r.key())
            .setParameter(4, at(clock.instant()))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new Done(
            (String) row[0],
            ((Number) row[1]).intValue(),
            (String) row[2],
            decode((String) row[3])));
  }

  /**
   * Claims the key in the caller's transaction (status 0 until {@link #complete}): a concurrent
   * claim of the same key waits for this transaction, or — on PostgreSQL — gives up after a short
   * lock wait, so that a call in flight on another node is told apart from one that finished.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void claim(IdempotentRequest r) {
    Instant now = clock.instant();
    em.createNativeQuery(
            "DELETE FROM idempotency_key WHERE tenant_id = ?1 AND person_id = ?2"
                + " AND idem_key = ?3 AND expires_at <= ?4")
        .setParameter(1, r.tenantId())
        .setParameter(2, r.personId())
        .setParameter(3, r.key())
        .setParameter(4, at(now))
        .executeUpdate();
    boolean pg = isPostgresql();
    if (pg) {
      em.createNativeQuery("SET LOCAL lock_timeout = '500ms'").executeUpdate();
    }
    em.createNativeQuery(
            "INSERT INTO idempotency_key (tenant_id, person_id, idem_key, request_hash, status,"
                + " created_at, expires_at) VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)")
        .setParameter(1, r.tenantId())
        .setParameter(2, r.personId())
        .setParameter(3, r.key())
        .setParameter(4, r.requestHash())
        .setParameter(5, at(now))
        .setParameter(6, at(now.plus(LIFETIME)))
        .executeUpdate();
    if (pg) {
      em.createNativeQuery("SET LOCAL lock_timeout = DEFAULT").executeUpdate();
    }
  }

  /** Records the answer of a claimed key, in the caller's (the call's) transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void complete(
      IdempotentRequest r, int status, String location, List<CreatedIds.Created> created) {
    em.createNativeQuery(
            "UPDATE idempotency_key SET status = ?1, location = ?2, created_ids = ?3"
                + " WHERE tenant_id = ?4 AND person_id = ?5 AND idem_key = ?6")
        .setParameter(1, status)
        .setParameter(2, location)
        .setParameter(3, encode(created))
        .setParameter(4, r.tenantId())
        .setParameter(5, r.personId())
        .setParameter(6, r.key())
        .executeUpdate();
  }

  /**
   * Gives up a claimed key in the caller's transaction: the call's writes stand, but its answer (a
   * page shown in place) cannot be replayed, so the key is not remembered.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void release(IdempotentRequest r) {
    em.createNativeQuery(
            "DELETE FROM idempotency_key WHERE tenant_id = ?1 AND person_id = ?2"
                + " AND idem_key = ?3 AND status = 0")
        .setParameter(1, r.tenantId())
        .setParameter(2, r.personId())
        .setParameter(3, r.key())
        .executeUpdate();
  }

  @Override
  @Transactional
  public int purgeExpired() {
    return em.createNativeQuery("DELETE FROM idempotency_key WHERE expires_at <= ?1")
        .setParameter(1, at(clock.instant()))
        .executeUpdate();
  }

  private boolean isPostgresql() {
    Boolean pg = postgresql;
    if (pg == null) {
      try (Connection c = dataSource.getConnection()) {
        pg = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("database product unknown", e);
      }
      postgresql = pg;
    }
    return pg;
  }

  private static OffsetDateTime at(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }

  /** {@code type:id} pairs, space separated (ids and type names hold neither). */
  static String encode(List<CreatedIds.Created> created) {
    if (created.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (CreatedIds.Created c : created) {
      String item = c.type() + ':' + c.id();
      if (b.length() + item.length() + 1 > 4000) {
        break; // a call creating that much is named by its first ids
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(item);
    }
    return b.toString();
  }

  static List<CreatedIds.Created> decode(String s) {
    List<CreatedIds.Created> out = new ArrayList<>();
    if (s == null || s.isBlank()) {
      return out;
    }
    for (String item : s.split(" ")) {
      int colon = item.indexOf(':');
      if (colon > 0) {
        out.add(new CreatedIds.Created(item.substring(0, colon), item.substring(colon + 1)));
      }
    }
    return out;
  }
}
