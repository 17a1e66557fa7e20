package org.mentorlink.tool.lti.launch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A platform course (LTI context) as last seen in a launch of its registration. */
@Entity
@Table(name = "lti_context")
public class PlatformContext {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "context_id", nullable = false, length = 255)
  private String contextId;

  @Column(name = "title", length = 500)
  private String title;

  @Column(name = "label", length = 255)
  private String label;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected PlatformContext() {}

  PlatformContext(String tenantId, String contextId, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = tenantId;
    this.contextId = contextId;
    this.updatedAt = at;
  }

  /** Refreshes title and label; writes nothing when the platform sent the same again. */
  void seen(String title, String label, Instant at) {
    if (Objects.equals(this.title, title) && Objects.equals(this.label, label)) {
      return;
    }
    this.title = title;
    this.label = label;
    this.updatedAt = at;
  }

  public String id() {
    return id;
  }

  public String tenantId() {
    return tenantId;
  }

  public String contextId() {
    return contextId;
  }

  public String title() {
    return title;
  }

  public String label() {
    return label;
  }
}
