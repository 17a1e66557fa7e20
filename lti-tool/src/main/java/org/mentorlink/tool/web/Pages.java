package org.mentorlink.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mentorlink.tool.infrastructure.web.SecurityHeaders;
import org.mentorlink.tool.session.WebSession;

/** Responses for pages that show personal data inside the launching platform's frame. */
@ApplicationScoped
public class Pages {
  /** HTML framed only by the session's platform, never cached. */
  public Response personal(WebSession session, String html) {
    return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .header(
            "Content-Security-Policy",
            SecurityHeaders.policyFramedBy(String.join(" ", session.frameOrigins())))
        .build();
  }
}
