package org.mentorlink.tool.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.shared.LaunchRole;

/**
 * One launch made in a browser session: the course and link it came from, the platform's roles as
 * sent and the tool roles they map to, which platform may frame the pages, and — for deep linking —
 * where to send the chosen links. Its {@code handle} (random, not a secret: it is useless without
 * the session's cookie) travels in every link and form of the pages of that launch, so each tab
 * stays on its own course.
 */
@Entity
@Table(name = "web_launch")
public class BrowserLaunch {
  private static final String SEP = "\n";

  @Id
  @Column(name = "handle", length = 24)
  private String handle;

  @Column(name = "session_hash", nullable = false, length = 64)
  private String sessionHash;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "context_ref", length = 36)
  private String contextRef;

  @Column(name = "resource_link_ref", length = 36)
  private String resourceLinkRef;

  @Column(name = "deployment_id", nullable = false, length = 255)
  private String deploymentId;

  @Column(name = "platform_roles", nullable = false, length = 4000)
  private String platformRoles;

  @Column(name = "tool_roles", nullable = false, length = 100)
  private String toolRoles;

  @Column(name = "frame_origins", nullable = false, length = 1000)
  private String frameOrigins;

  @Column(name = "deep_link_return", length = 2000)
  private String deepLinkReturn;

  @Column(name = "deep_link_data", length = 4000)
  private String deepLinkData;

  @Column(name = "deep_link_answered", nullable = false)
  private boolean deepLinkAnswered;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected BrowserLaunch() {}

  BrowserLaunch(String handle, String sessionHash, Sessions.NewSession s, Instant at) {
    this.handle = handle;
    this.sessionHash = sessionHash;
    this.tenantId = s.tenantId();
    this.contextRef = s.contextRef();
    this.resourceLinkRef = s.resourceLinkRef();
    this.deploymentId = s.deploymentId();
    this.platformRoles = join(s.platformRoles(), 4000);
    this.toolRoles = join(s.toolRoles().stream().sorted().map(Enum::name).toList(), 100);
    this.frameOrigins = join(s.frameOrigins(), 1000);
    this.deepLinkReturn = s.deepLinkReturn();
    this.deepLinkData = s.deepLinkData();
    this.createdAt = at;
  }

  private static String join(List<String> values, int max) {
    StringBuilder sb = new StringBuilder();
    for (String v : values) {
      if (v.contains(SEP) || sb.length() + v.length() + 1 > max) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(SEP);
      }
      sb.append(v);
    }
    return sb.toString();
  }

  private static List<String> split(String s) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(SEP));
  }

  /** The view of this launch within its session. */
  WebSession view(BrowserSession session) {
    Set<LaunchRole> roles = EnumSet.noneOf(LaunchRole.class);
    for (String r : split(toolRoles)) {
      roles.add(LaunchRole.valueOf(r));
    }
    return new WebSession(
        handle,
        session.tenantId(),
        session.personId(),
        contextRef,
        resourceLinkRef,
        deploymentId,
        List.copyOf(split(platformRoles)),
        Set.copyOf(roles),
        List.copyOf(split(frameOrigins)),
        session.csrfToken(),
        deepLinkReturn,
        deepLinkData,
        session.expiresAt());
  }
}
