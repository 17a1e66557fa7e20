package org.mentorlink.tool.lti.launch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A platform course (LTI context) as last seen in a launch of its registration, with its Names and
 * Role Provisioning service (the {@code context_memberships_url} of the last launch that offered
 * one) and the state of the reads of its membership: when last read and how many members, when the
 * next read is due, which node holds the read now (until when), and the last failure.
 */
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

  @Column(name = "memberships_url", length = 1000)
  private String membershipsUrl;

  @Column(name = "roster_read_at")
  private Instant rosterReadAt;

  @Column(name = "roster_count")
  private Integer rosterCount;

  @Column(name = "roster_due_at")
  private Instant rosterDueAt;

  @Column(name = "roster_claimed_until")
  private Instant rosterClaimedUntil;

  @Column(name = "roster_error", length = 500)
  private String rosterError;

  @Column(name = "roster_error_at")
  private Instant rosterErrorAt;

  protected PlatformContext() {}

  PlatformContext(String tenantId, String contextId, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = tenantId;
    this.contextId = contextId;
    this.updatedAt = at;
  }

  /**
   * Refreshes title, label and membership service; writes nothing when the platform sent the same
   * again.
   */
  void seen(String title, String label, String membershipsUrl, Instant at) {
    if (Objects.equals(this.title, title)
        && Objects.equals(this.label, label)
        && (membershipsUrl == null || membershipsUrl.equals(this.membershipsUrl))) {
      return;
    }
    this.title = title;
    this.label = label;
    this.updatedAt = at;
    if (membershipsUrl != null && !membershipsUrl.equals(this.membershipsUrl)) {
      this.membershipsUrl = membershipsUrl;
      this.rosterDueAt = at; // a new membership service: read it soon
    }
  }

  /** The course's membership service URL (NRPS), or null if no launch offered one. */
  public String membershipsUrl() {
    return membershipsUrl;
  }

  public Instant rosterReadAt() {
    return rosterReadAt;
  }

  public Integer rosterCount() {
    return rosterCount;
  }

  public String rosterError() {
    return rosterError;
  }

  public Instant rosterErrorAt() {
    return rosterErrorAt;
  }

  public Instant rosterDueAt() {
    return rosterDueAt;
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
