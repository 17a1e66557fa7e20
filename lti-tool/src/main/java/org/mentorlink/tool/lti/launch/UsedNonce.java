package org.mentorlink.tool.lti.launch;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A nonce already seen in a launch of a registration; the primary key makes reuse impossible. */
@Entity
@Table(name = "lti_used_nonce")
public class UsedNonce {
  /** Registration + nonce hash. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(name = "nonce_hash", length = 64)
    private String nonceHash;

    protected Key() {}

    Key(String tenantId, String nonceHash) {
      this.tenantId = tenantId;
      this.nonceHash = nonceHash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.tenantId.equals(tenantId) && k.nonceHash.equals(nonceHash);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, nonceHash);
    }
  }

  @EmbeddedId private Key key;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected UsedNonce() {}

  UsedNonce(String tenantId, String nonceHash, Instant expiresAt) {
    this.key = new Key(tenantId, nonceHash);
    this.expiresAt = expiresAt;
  }
}
