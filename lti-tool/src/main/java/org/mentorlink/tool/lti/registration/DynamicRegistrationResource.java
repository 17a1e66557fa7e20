package org.mentorlink.tool.lti.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.tool.infrastructure.web.PublicUrls;
import org.mentorlink.tool.infrastructure.web.SecurityHeaders;
import org.mentorlink.tool.infrastructure.web.Templates;

/**
 * The URL a platform administrator pastes (LTI Dynamic Registration 1.0). The platform opens it in
 * a window or frame with {@code openid_configuration} and {@code registration_token}; the page it
 * answers with tells the platform (postMessage {@code org.imsglobal.lti.close}) to close it.
 */
@Path("/lti/register")
@RequestScoped
@Tag(name = "LTI")
public class DynamicRegistrationResource {
  @Inject DynamicRegistration registration;
  @Inject Templates templates;
  @Inject PublicUrls urls;
  @Context UriInfo uriInfo;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "LTI Dynamic Registration (opened by the platform)")
  public Response register(
      @QueryParam("link") String link,
      @QueryParam("openid_configuration") String openidConfiguration,
      @QueryParam("registration_token") String registrationToken) {
    DynamicRegistration.Result result =
        registration.register(link, openidConfiguration, registrationToken, urls.base(uriInfo));
    String html =
        templates.render(
            "lti/registered",
            Map.of(
                "issuer", result.registration().issuer(),
                "moodle",
                    "moodle"
                        .equalsIgnoreCase(String.valueOf(result.registration().productFamily())),
                "updated", result.updated()));
    String platformOrigins = String.join(" ", result.registration().frameOrigins());
    return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SecurityHeaders.policyFramedBy(platformOrigins))
        .build();
  }
}
