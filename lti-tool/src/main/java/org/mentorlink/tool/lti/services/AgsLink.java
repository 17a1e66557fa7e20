package org.mentorlink.tool.lti.services;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The latest AGS line-items service URL and scopes from a person's launches in a course. */
@Entity
@Table(name = "ags_link")
public class AgsLink {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "person_id", nullable = false, length = 36)
  private String personId;

  @Column(name = "context_id", nullable = false, length = 36)
  private String contextId;

  @Column(name = "lineitems_url", nullable = false, length = 1000)
  private String lineItemsUrl;

  @Column(name = "scopes", nullable = false, length = 2000)
  private String scopes;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected AgsLink() {}

  AgsLink(String tenantId, String personId, String contextId) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = tenantId;
    this.personId = personId;
    this.contextId = contextId;
  }

  void update(String lineItemsUrl, String scopes, Instant at) {
    this.lineItemsUrl = lineItemsUrl;
    this.scopes = scopes;
    this.updatedAt = at;
  }

  public String lineItemsUrl() {
    return lineItemsUrl;
  }

  /** Space-separated scopes. */
  public String scopes() {
    return scopes;
  }
}
