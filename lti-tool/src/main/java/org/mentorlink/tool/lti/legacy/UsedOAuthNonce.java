package org.mentorlink.tool.lti.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An OAuth nonce already used by an LTI 1.1 consumer key; the primary key makes reuse fail. */
@Entity
@Table(name = "lti11_used_nonce")
public class UsedOAuthNonce {
  /** Registration + consumer key + nonce hash. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(name = "consumer_key", length = 255)
    private String consumerKey;

    @Column(name = "nonce_hash", length = 64)
    private String nonceHash;

    protected Key() {}

    Key(String tenantId, String consumerKey, String nonceHash) {
      this.tenantId = tenantId;
      this.consumerKey = consumerKey;
      this.nonceHash = nonceHash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.tenantId.equals(tenantId)
          && k.consumerKey.equals(consumerKey)
          && k.nonceHash.equals(nonceHash);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, consumerKey, nonceHash);
    }
  }

  @EmbeddedId private Key key;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected UsedOAuthNonce() {}

  UsedOAuthNonce(String tenantId, String consumerKey, String nonceHash, Instant expiresAt) {
    this.key = new Key(tenantId, consumerKey, nonceHash);
    this.expiresAt = expiresAt;
  }
}
