package org.mentorlink.tool.lti.login;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A login in progress: the state and nonce the tool issued (hashed), the registration it is for,
 * the browser it is bound to (hash of a secret in that browser's cookie, and in the platform's
 * storage when the login offered it) and when it expires. Stored in the database so that any node
 * can finish a login another node began.
 */
@Entity
@Table(name = "lti_login_state")
public class LoginState {
  @Id
  @Column(name = "state_hash", length = 64)
  private String stateHash;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "nonce_hash", nullable = false, length = 64)
  private String nonceHash;

  @Column(name = "browser_hash", nullable = false, length = 64)
  private String browserHash;

  @Column(name = "target_link_uri", nullable = false, length = 2000)
  private String targetLinkUri;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "storage_target", length = 64)
  private String storageTarget;

  protected LoginState() {}

  LoginState(
      String stateHash,
      String tenantId,
      String nonceHash,
      String browserHash,
      String targetLinkUri,
      Instant createdAt,
      Instant expiresAt,
      String storageTarget) {
    this.stateHash = stateHash;
    this.tenantId = tenantId;
    this.nonceHash = nonceHash;
    this.browserHash = browserHash;
    this.targetLinkUri = targetLinkUri;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.storageTarget = storageTarget;
  }

  public String registrationId() {
    return tenantId;
  }

  public String nonceHash() {
    return nonceHash;
  }

  public String browserHash() {
    return browserHash;
  }

  public String targetLinkUri() {
    return targetLinkUri;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * The platform's storage frame the login offered ({@link PlatformStorage#target}), or null when
   * it offered none.
   */
  public String storageTarget() {
    return storageTarget;
  }
}
