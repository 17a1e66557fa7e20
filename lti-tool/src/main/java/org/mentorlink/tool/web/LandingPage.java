package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.tool.bridge.Me;
import org.mentorlink.tool.infrastructure.web.Templates;
import org.mentorlink.tool.session.CurrentSession;
import org.mentorlink.tool.session.WebSession;

/** The page a launch lands on: who you are here, your roles in this course, and the course. */
@Path("/app")
@RequestScoped
public class LandingPage {
  @Inject CurrentSession current;
  @Inject Me me;
  @Inject Templates templates;
  @Inject Pages pages;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response landing() {
    WebSession session = current.require();
    if (session.deepLinkReturn() != null) {
      return Response.seeOther(java.net.URI.create("/app/deep-link")).build();
    }
    Me.View view = me.of(session);
    return pages.personal(session, templates.render("app/landing", Map.of("me", view)));
  }
}
