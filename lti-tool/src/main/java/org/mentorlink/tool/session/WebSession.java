package org.mentorlink.tool.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One browser's session after one launch: who (person in a registration), where (context and
 * resource link), with which platform roles, and which platform may frame the pages. Only the hash
 * of the session secret is stored.
 */
@Entity
@Table(name = "web_session")
public class WebSession {
  private static final String SEP = "\n";

  @Id
  @Column(name = "id_hash", length = 64)
  private String idHash;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "person_id", nullable = false, length = 36)
  private String personId;

  @Column(name = "context_ref", length = 36)
  private String contextRef;

  @Column(name = "resource_link_ref", length = 36)
  private String resourceLinkRef;

  @Column(name = "deployment_id", nullable = false, length = 255)
  private String deploymentId;

  @Column(name = "platform_roles", nullable = false, length = 4000)
  private String platformRoles;

  @Column(name = "frame_origins", nullable = false, length = 1000)
  private String frameOrigins;

  @Column(name = "csrf_token", nullable = false, length = 64)
  private String csrfToken;

  @Column(name = "deep_link_return", length = 2000)
  private String deepLinkReturn;

  @Column(name = "deep_link_data", length = 4000)
  private String deepLinkData;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected WebSession() {}

  WebSession(
      String idHash,
      String tenantId,
      String personId,
      String contextRef,
      String resourceLinkRef,
      String deploymentId,
      List<String> platformRoles,
      List<String> frameOrigins,
      String csrfToken,
      String deepLinkReturn,
      String deepLinkData,
      Instant createdAt,
      Instant expiresAt) {
    this.idHash = idHash;
    this.tenantId = tenantId;
    this.personId = personId;
    this.contextRef = contextRef;
    this.resourceLinkRef = resourceLinkRef;
    this.deploymentId = deploymentId;
    this.platformRoles = join(platformRoles, 4000);
    this.frameOrigins = join(frameOrigins, 1000);
    this.csrfToken = csrfToken;
    this.deepLinkReturn = deepLinkReturn;
    this.deepLinkData = deepLinkData;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  private static String join(List<String> values, int max) {
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      if (sb.length() + v.length() + 1 > max) {
        break;
      }
      if (sb.length() > 0) {
        sb.append(SEP);
      }
      sb.append(v);
    }
    return sb.toString();
  }

  private static List<String> split(String s) {
    return s.isEmpty() ? List.of() : Arrays.asList(s.split(SEP));
  }

  public String tenantId() {
    return tenantId;
  }

  public String personId() {
    return personId;
  }

  public String contextRef() {
    return contextRef;
  }

  public String resourceLinkRef() {
    return resourceLinkRef;
  }

  public String deploymentId() {
    return deploymentId;
  }

  public List<String> platformRoles() {
    return split(platformRoles);
  }

  public List<String> frameOrigins() {
    return split(frameOrigins);
  }

  public String csrfToken() {
    return csrfToken;
  }

  /** The platform's deep-linking return URL, if this session is a deep-linking request. */
  public String deepLinkReturn() {
    return deepLinkReturn;
  }

  public String deepLinkData() {
    return deepLinkData;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public String toString() {
    return "WebSession[tenant=" + tenantId + ", person=" + personId + "]";
  }
}
