package org.mentorlink.tool.lti.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A deployment of a registration in the platform (Moodle: one per site or course tool). */
@Entity
@Table(name = "lti_deployment")
public class Deployment {
  /** Registration (tenant) + the platform's deployment_id. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Column(name = "deployment_id", length = 255)
    private String deploymentId;

    protected Key() {}

    public Key(String tenantId, String deploymentId) {
      this.tenantId = tenantId;
      this.deploymentId = deploymentId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.tenantId.equals(tenantId)
          && k.deploymentId.equals(deploymentId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, deploymentId);
    }
  }

  @EmbeddedId private Key key;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Deployment() {}

  public Deployment(String tenantId, String deploymentId, Instant at) {
    this.key = new Key(tenantId, deploymentId);
    this.createdAt = at;
  }

  public String deploymentId() {
    return key.deploymentId;
  }
}
