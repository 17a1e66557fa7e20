package org.mentorlink.tool.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One browser's session: who (a person in a registration), its CSRF token and when it ends. The
 * browser holds the secret in a cookie; only its hash is stored. The session holds one {@link
 * BrowserLaunch} per launch made in that browser, so two tabs on two courses each keep their own.
 */
@Entity
@Table(name = "web_session")
public class BrowserSession {
  @Id
  @Column(name = "id_hash", length = 64)
  private String idHash;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "person_id", nullable = false, length = 36)
  private String personId;

  @Column(name = "csrf_token", nullable = false, length = 64)
  private String csrfToken;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected BrowserSession() {}

  BrowserSession(
      String idHash,
      String tenantId,
      String personId,
      String csrfToken,
      Instant createdAt,
      Instant expiresAt) {
    this.idHash = idHash;
    this.tenantId = tenantId;
    this.personId = personId;
    this.csrfToken = csrfToken;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  String idHash() {
    return idHash;
  }

  String tenantId() {
    return tenantId;
  }

  String personId() {
    return personId;
  }

  String csrfToken() {
    return csrfToken;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  /** True if this is the live session of {@code personId} in {@code tenantId} at {@code now}. */
  boolean isLiveFor(String tenantId, String personId, Instant now) {
    return this.tenantId.equals(tenantId)
        && this.personId.equals(personId)
        && expiresAt.isAfter(now);
  }

  /** A new launch in this browser keeps the session alive for another lifetime. */
  void extendTo(Instant until) {
    if (until.isAfter(expiresAt)) {
      expiresAt = until;
    }
  }

  @Override
  public String toString() {
    return "BrowserSession[tenant=" + tenantId + ", person=" + personId + "]";
  }
}
