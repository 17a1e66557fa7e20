package org.mentorlink.tool.lti.services;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One score to send to a platform gradebook, written in the transaction that changed the credit and
 * sent by {@link PassbackWorker}: PENDING, then SENT, or FAILED with a reason when the platform
 * refused it for good. SENDING marks a row claimed by one node until {@code claimedUntilMs}; a node
 * that dies leaves it to be claimed again.
 */
@Entity
@Table(name = "ags_outbox")
public class OutboxScore {
  public enum State {
    PENDING,
    SENDING,
    SENT,
    FAILED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "seq", nullable = false)
  private long seq;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "context_id", nullable = false, length = 36)
  private String contextId;

  @Column(name = "person_id", nullable = false, length = 36)
  private String personId;

  @Column(name = "user_sub", nullable = false, length = 255)
  private String userSub;

  @Column(name = "lineitems_url", nullable = false, length = 1000)
  private String lineItemsUrl;

  @Column(name = "scopes", nullable = false, length = 2000)
  private String scopes;

  @Column(name = "line_key", nullable = false, length = 36)
  private String lineKey;

  @Column(name = "year_label", nullable = false, length = 16)
  private String yearLabel;

  @Column(name = "year_start", nullable = false)
  private LocalDate yearStart;

  @Column(name = "score_given", nullable = false, length = 16)
  private String scoreGiven;

  @Column(name = "score_maximum", nullable = false)
  private int scoreMaximum;

  @Column(name = "activity_progress", nullable = false, length = 16)
  private String activityProgress;

  @Column(name = "grading_progress", nullable = false, length = 16)
  private String gradingProgress;

  @Column(name = "score_timestamp_ms", nullable = false)
  private long timestampMs;

  @Column(name = "state", nullable = false, length = 8)
  private String state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_ms", nullable = false)
  private long nextAttemptMs;

  @Column(name = "claimed_until_ms", nullable = false)
  private long claimedUntilMs;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxScore() {}

  public OutboxScore(
      String tenantId,
      String schemeId,
      String contextId,
      String personId,
      String userSub,
      AgsLink link,
      String lineKey,
      String yearLabel,
      LocalDate yearStart,
      String scoreGiven,
      int scoreMaximum,
      String activityProgress,
      long timestampMs,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.seq = timestampMs;
    this.tenantId = tenantId;
    this.schemeId = schemeId;
    this.contextId = contextId;
    this.personId = personId;
    this.userSub = userSub;
    this.lineItemsUrl = link.lineItemsUrl();
    this.scopes = link.scopes();
    this.lineKey = lineKey;
    this.yearLabel = yearLabel;
    this.yearStart = yearStart;
    this.scoreGiven = scoreGiven;
    this.scoreMaximum = scoreMaximum;
    this.activityProgress = activityProgress;
    this.gradingProgress = "FullyGraded";
    this.timestampMs = timestampMs;
    this.state = State.PENDING.name();
    this.nextAttemptMs = at.toEpochMilli();
    this.createdAt = at;
  }

  void stamped(long ts) {
    this.timestampMs = ts;
  }

  void sent(Instant at) {
    state = State.SENT.name();
    sentAt = at;
    lastError = null;
  }

  void failed(String reason) {
    state = State.FAILED.name();
    lastError = truncate(reason);
  }

  void retryAt(long when, String reason) {
    state = State.PENDING.name();
    nextAttemptMs = when;
    claimedUntilMs = 0;
    lastError = truncate(reason);
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 500 ? s : s.substring(0, 500);
  }

  public String id() {
    return id;
  }

  public long seq() {
    return seq;
  }

  public String tenantId() {
    return tenantId;
  }

  public String contextId() {
    return contextId;
  }

  public String personId() {
    return personId;
  }

  public String userSub() {
    return userSub;
  }

  public String lineItemsUrl() {
    return lineItemsUrl;
  }

  public String scopes() {
    return scopes;
  }

  public String lineKey() {
    return lineKey;
  }

  public String yearLabel() {
    return yearLabel;
  }

  public LocalDate yearStart() {
    return yearStart;
  }

  public String scoreGiven() {
    return scoreGiven;
  }

  public int scoreMaximum() {
    return scoreMaximum;
  }

  public String activityProgress() {
    return activityProgress;
  }

  public String gradingProgress() {
    return gradingProgress;
  }

  public long timestampMs() {
    return timestampMs;
  }

  public State state() {
    return State.valueOf(state);
  }

  public int attempts() {
    return attempts;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
