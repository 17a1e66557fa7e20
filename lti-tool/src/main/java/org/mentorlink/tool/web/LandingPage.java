package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.tool.infrastructure.web.LaunchLinks;
import org.mentorlink.tool.session.CurrentSession;
import org.mentorlink.tool.session.WebSession;

/**
 * The page a launch lands on: who you are here, your roles in this course, the course, and the
 * mentoring sections your roles open (or the scheme's set-up). Every read of the page — the session
 * and launch, the person, course and registration, the scheme — is made in one read transaction
 * (one pooled connection, one validation) rather than one each.
 */
@Path("/app")
@RequestScoped
public class LandingPage {
  @Inject CurrentSession current;
  @Inject HomeScreen home;

  @GET
  @Transactional
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response landing(@QueryParam("done") String done) {
    WebSession session = current.require();
    if (session.deepLinkReturn() != null) {
      return Response.seeOther(
              java.net.URI.create(LaunchLinks.withLaunch("/app/deep-link", session.launchHandle())))
          .header("Cache-Control", "no-store")
          .build();
    }
    return home.show(done, null, null);
  }
}
