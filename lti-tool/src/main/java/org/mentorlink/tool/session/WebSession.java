package org.mentorlink.tool.session;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.shared.LaunchRole;

/**
 * What a request acts within: one launch ({@code launchHandle}) of one browser session — who
 * (person in a registration), where (course and link), with which roles (as the platform sent them
 * and as the tool reads them), which platform may frame the pages, and the session's CSRF token.
 *
 * @param contextRef the course's row id, or null for a launch without a course
 * @param deepLinkReturn the platform's deep-linking return URL, for a deep-linking launch only
 */
public record WebSession(
    String launchHandle,
    String tenantId,
    String personId,
    String contextRef,
    String resourceLinkRef,
    String deploymentId,
    List<String> platformRoles,
    Set<LaunchRole> toolRoles,
    List<String> frameOrigins,
    String csrfToken,
    String deepLinkReturn,
    String deepLinkData,
    Instant expiresAt) {

  @Override
  public String toString() {
    return "WebSession[tenant=" + tenantId + ", person=" + personId + "]";
  }
}
