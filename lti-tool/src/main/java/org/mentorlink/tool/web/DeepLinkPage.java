package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.tool.bridge.Placement;
import org.mentorlink.tool.infrastructure.web.HttpProblem;
import org.mentorlink.tool.infrastructure.web.PublicUrls;
import org.mentorlink.tool.infrastructure.web.SecurityHeaders;
import org.mentorlink.tool.infrastructure.web.Templates;
import org.mentorlink.tool.lti.deeplinking.DeepLinkingResponses;
import org.mentorlink.tool.lti.launch.LaunchMessage;
import org.mentorlink.tool.lti.registration.Registration;
import org.mentorlink.tool.lti.registration.Registrations;
import org.mentorlink.tool.session.CurrentSession;
import org.mentorlink.tool.session.Sessions;
import org.mentorlink.tool.session.WebSession;

/**
 * A teacher chooses which Mentorlink links to place in the course (LTI Deep Linking 2.0); the
 * signed answer is posted back to the platform.
 */
@Path("/app/deep-link")
@RequestScoped
public class DeepLinkPage {
  @Inject CurrentSession current;
  @Inject Templates templates;
  @Inject Screens screens;
  @Inject Registrations registrations;
  @Inject DeepLinkingResponses responses;
  @Inject Sessions sessions;
  @Inject PublicUrls urls;
  @Context UriInfo uriInfo;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response choose() {
    requireDeepLinkingTeacher();
    return chooser(false);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response place(MultivaluedMap<String, String> form) {
    WebSession s = requireDeepLinkingTeacher();
    List<String> chosen = form == null ? null : form.get("item");
    List<DeepLinkingResponses.Item> items = new ArrayList<>();
    for (Placement p : Placement.offered()) {
      if (chosen != null && chosen.contains(p.key())) {
        items.add(
            new DeepLinkingResponses.Item(
                p.title(),
                p.text(),
                urls.of(uriInfo, "/lti/launch"),
                Map.of(LaunchMessage.ResourceLink.PLACEMENT_PARAMETER, p.key())));
      }
    }
    if (items.isEmpty()) {
      return chooser(true);
    }
    if (!sessions.answerDeepLink(s.launchHandle())) {
      throw new HttpProblem(
          409,
          "DEEP_LINK_ANSWERED",
          "These links were already sent to your course. To add more, choose Select content"
              + " in the course again.");
    }
    Registration registration = registrations.find(s.tenantId()).orElseThrow();
    String jwt = responses.sign(registration, s.deploymentId(), items, s.deepLinkData());
    String html =
        templates.render(
            "app/deep-link-return", Map.of("returnUrl", s.deepLinkReturn(), "jwt", jwt));
    String returnOrigin = Registration.originOf(s.deepLinkReturn());
    return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .header(
            "Content-Security-Policy",
            SecurityHeaders.policyFramedBy(String.join(" ", s.frameOrigins()))
                .replace("form-action 'self'", "form-action 'self' " + returnOrigin))
        .build();
  }

  /** The chooser, with "choose at least one" when {@code error}. */
  private Response chooser(boolean error) {
    Map<String, Object> m = screens.model(null);
    m.put("choices", Placement.offered());
    m.put("error", error);
    return screens.render("app/deep-link", m);
  }

  private WebSession requireDeepLinkingTeacher() {
    WebSession s = current.require();
    if (s.deepLinkReturn() == null) {
      throw new HttpProblem(
          400, "NOT_DEEP_LINKING", "This page is only for placing Mentorlink in a course.");
    }
    if (!s.toolRoles().contains(LaunchRole.INSTRUCTOR)) {
      throw new HttpProblem(
          403, "FORBIDDEN", "Only the course's teachers can place Mentorlink links in it.");
    }
    return s;
  }
}
