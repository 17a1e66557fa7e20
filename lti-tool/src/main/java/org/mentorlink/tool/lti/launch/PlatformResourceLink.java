package org.mentorlink.tool.lti.launch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A link to the tool placed in a platform course, as last seen in a launch. */
@Entity
@Table(name = "lti_resource_link")
public class PlatformResourceLink {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "resource_link_id", nullable = false, length = 255)
  private String resourceLinkId;

  @Column(name = "context_ref", length = 36)
  private String contextRef;

  @Column(name = "title", length = 500)
  private String title;

  @Column(name = "placement", length = 20)
  private String placement;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected PlatformResourceLink() {}

  PlatformResourceLink(String tenantId, String resourceLinkId, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = tenantId;
    this.resourceLinkId = resourceLinkId;
    this.updatedAt = at;
  }

  /**
   * Refreshes course, title and placement; writes nothing when the platform sent the same again.
   */
  void seen(String contextRef, String title, String placement, Instant at) {
    if (Objects.equals(this.contextRef, contextRef)
        && Objects.equals(this.title, title)
        && Objects.equals(this.placement, placement)) {
      return;
    }
    this.contextRef = contextRef;
    this.title = title;
    this.placement = placement;
    this.updatedAt = at;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** The platform's own id of the link ({@code resource_link.id}). */
  public String resourceLinkId() {
    return resourceLinkId;
  }

  /** The placement key the link's last launch carried (validated by the bridge), or null. */
  public String placement() {
    return placement;
  }

  public String tenantId() {
    return tenantId;
  }

  public String contextRef() {
    return contextRef;
  }
}
