package org.mentorlink.tool.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use, short-lived code that lets a launch whose cookie was blocked in the platform's
 * iframe continue in a new window: it points at a pending session whose secret no browser holds.
 */
@Entity
@Table(name = "lti_handoff")
public class Handoff {
  @Id
  @Column(name = "code_hash", length = 64)
  private String codeHash;

  @Column(name = "session_hash", nullable = false, length = 64)
  private String sessionHash;

  @Column(name = "launch_handle", nullable = false, length = 24)
  private String launchHandle;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected Handoff() {}

  Handoff(String codeHash, String sessionHash, String launchHandle, Instant expiresAt) {
    this.codeHash = codeHash;
    this.sessionHash = sessionHash;
    this.launchHandle = launchHandle;
    this.expiresAt = expiresAt;
  }

  String launchHandle() {
    return launchHandle;
  }

  String sessionHash() {
    return sessionHash;
  }

  Instant expiresAt() {
    return expiresAt;
  }
}
