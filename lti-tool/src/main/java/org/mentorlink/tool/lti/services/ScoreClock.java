package org.mentorlink.tool.lti.services;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Keeps score timestamps strictly increasing per line item and user: the last one given to a queued
 * score and the last one used in a request (epoch milliseconds). A timestamp is never used in two
 * requests.
 */
@Entity
@Table(name = "ags_score_clock")
public class ScoreClock {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "last_ms", nullable = false)
  private long lastMs;

  @Column(name = "last_sent_ms", nullable = false)
  private long lastSentMs;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ScoreClock() {}

  ScoreClock(String id, String tenantId) {
    this.id = id;
    this.tenantId = tenantId;
  }

  /** A new timestamp: now, or 1 ms after the last given, whichever is later. */
  long next(long now) {
    lastMs = Math.max(now, Math.max(lastMs, lastSentMs) + 1);
    return lastMs;
  }

  /**
   * The timestamp to send a score queued with {@code queued} in an attempt now: {@code queued} if
   * no request has used it or anything later, else a fresh one.
   */
  long forRequest(long queued, boolean firstAttempt, long now) {
    Stamp s = stamp(lastMs, lastSentMs, queued, firstAttempt, now);
    lastMs = s.lastMs();
    lastSentMs = s.lastSentMs();
    return s.timestampMs();
  }

  /** A request's timestamp and the clock's values after it. */
  record Stamp(long timestampMs, long lastMs, long lastSentMs) {}

  /**
   * The timestamp to send a score queued with {@code queued} in an attempt now, from a clock at
   * ({@code lastMs}, {@code lastSentMs}): {@code queued} if no request has used it or anything
   * later, else now or 1 ms after the last given, whichever is later.
   */
  static Stamp stamp(long lastMs, long lastSentMs, long queued, boolean firstAttempt, long now) {
    long ts =
        firstAttempt && queued > lastSentMs
            ? queued
            : Math.max(now, Math.max(lastMs, lastSentMs) + 1);
    return new Stamp(ts, Math.max(lastMs, ts), Math.max(lastSentMs, ts));
  }
}
