package org.mentorlink.tool.lti.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One RSA key pair of the tool. A key is first published as the <em>next</em> key, so platforms can
 * cache it before it signs anything; on rotation it becomes <em>current</em> (it signs), and the
 * former current key is retired but stays published until {@code publishedUntil}. The tool's keys
 * are the only rows not owned by a tenant: every registration sees the same key set.
 */
@Entity
@Table(name = "tool_key")
public class ToolKey {
  /** The slot of a key that is still in use. */
  public enum Slot {
    CURRENT,
    NEXT
  }

  @Id
  @Column(name = "kid", length = 64)
  private String kid;

  /** {@code CURRENT}, {@code NEXT}, or null once retired (unique: one key per slot). */
  @Column(name = "slot", length = 16, unique = true)
  private String slot;

  @Column(name = "private_jwk", nullable = false, length = 8000)
  private String privateJwk;

  @Column(name = "public_jwk", nullable = false, length = 4000)
  private String publicJwk;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "published_until")
  private Instant publishedUntil;

  protected ToolKey() {}

  ToolKey(String kid, Slot slot, String privateJwk, String publicJwk, Instant createdAt) {
    this.kid = kid;
    this.slot = slot.name();
    this.privateJwk = privateJwk;
    this.publicJwk = publicJwk;
    this.createdAt = createdAt;
  }

  void retire(Instant at, Instant publishedUntil) {
    this.slot = null;
    this.retiredAt = at;
    this.publishedUntil = publishedUntil;
  }

  void promote() {
    this.slot = Slot.CURRENT.name();
  }

  public String kid() {
    return kid;
  }

  public String slot() {
    return slot;
  }

  String privateJwk() {
    return privateJwk;
  }

  public String publicJwk() {
    return publicJwk;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant retiredAt() {
    return retiredAt;
  }

  public Instant publishedUntil() {
    return publishedUntil;
  }

  /** The private half must never reach a log. */
  @Override
  public String toString() {
    return "ToolKey[" + kid + ", " + (slot == null ? "RETIRED" : slot) + "]";
  }
}
