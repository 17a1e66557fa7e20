package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.tool.infrastructure.web.LaunchLinks;
import org.mentorlink.tool.infrastructure.web.SecurityHeaders;
import org.mentorlink.tool.infrastructure.web.Templates;

/**
 * The accessibility statement, linked from every page's footer: public (it needs no launch), and
 * framable by any platform, since it is opened inside the platform's frame. A {@code launch} handle
 * in the link only gives the page its "back" link into that launch; it is never looked up.
 */
@Path("/accessibility")
@RequestScoped
public class AccessibilityPage {
  private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  @Inject Templates templates;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response statement(@QueryParam(LaunchLinks.PARAM) String launch) {
    Map<String, Object> model = new HashMap<>();
    model.put("back", launch != null && HANDLE.matcher(launch).matches() ? launch : null);
    return Response.ok(
            templates.render("accessibility", model), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-cache")
        .header("Content-Security-Policy", SecurityHeaders.policyFramedBy("*"))
        .build();
  }
}
