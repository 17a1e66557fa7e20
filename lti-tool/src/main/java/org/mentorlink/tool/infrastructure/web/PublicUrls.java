package org.mentorlink.tool.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;

/**
 * The tool's own absolute URLs (login, launch, JWKS ...), from {@code MENTORLINK_PUBLIC_URL} when
 * set, else from the request (whose scheme and host Liberty takes from a trusted proxy's {@code
 * X-Forwarded-*} headers).
 */
@ApplicationScoped
public class PublicUrls {
  @Inject MentorlinkConfig config;

  /** The base URL without a trailing slash. */
  public String base(UriInfo uriInfo) {
    URI base = config.publicUrl().orElseGet(uriInfo::getBaseUri);
    String s = base.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** The absolute URL of {@code path} (which starts with a slash). */
  public String of(UriInfo uriInfo, String path) {
    return base(uriInfo) + path;
  }
}
