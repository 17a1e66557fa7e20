package org.mentorlink.tool.lti.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The person an LTI 1.1 platform knows by a {@code user_id}, within one registration. */
@Entity
@Table(name = "lti11_user")
public class LegacyUser {
  /** Registration + the platform's LTI 1.1 user_id. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(name = "user_id", length = 255)
    private String userId;

    protected Key() {}

    Key(String tenantId, String userId) {
      this.tenantId = tenantId;
      this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.tenantId.equals(tenantId) && k.userId.equals(userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, userId);
    }
  }

  @EmbeddedId private Key key;

  @Column(name = "person_id", nullable = false, length = 36)
  private String personId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LegacyUser() {}

  LegacyUser(String tenantId, String userId, String personId, Instant at) {
    this.key = new Key(tenantId, userId);
    this.personId = Objects.requireNonNull(personId);
    this.createdAt = Objects.requireNonNull(at);
  }

  String personId() {
    return personId;
  }
}
