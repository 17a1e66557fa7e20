package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.tool.infrastructure.web.PublicUrls;
import org.mentorlink.tool.infrastructure.web.Templates;

/** The public home page: what Mentorlink is, and where a platform administrator starts. */
@Path("/")
@RequestScoped
public class HomePage {
  @Inject Templates templates;
  @Inject PublicUrls urls;
  @Context UriInfo uriInfo;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response home() {
    String html =
        templates.render(
            "home",
            Map.of(
                "loginUrl", urls.of(uriInfo, "/lti/login"),
                "launchUrl", urls.of(uriInfo, "/lti/launch"),
                "jwksUrl", urls.of(uriInfo, "/lti/jwks"),
                "registerUrl", urls.of(uriInfo, "/lti/register")));
    return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-cache")
        .build();
  }
}
