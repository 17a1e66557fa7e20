package org.mentorlink.tool.lti.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use, expiring dynamic-registration link; only the token's hash is stored. */
@Entity
@Table(name = "lti_registration_link")
public class RegistrationLink {
  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  /** The LTI 1.1 registration the registration made through this link joins (null: none). */
  @Column(name = "lti11_registration_id", length = 36)
  private String lti11RegistrationId;

  protected RegistrationLink() {}

  RegistrationLink(
      String tokenHash, Instant createdAt, Instant expiresAt, String lti11RegistrationId) {
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
    this.lti11RegistrationId = lti11RegistrationId;
  }

  String lti11RegistrationId() {
    return lti11RegistrationId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** True if the link may still be used at {@code now}. */
  public boolean usableAt(Instant now) {
    return usedAt == null && expiresAt.isAfter(now);
  }
}
