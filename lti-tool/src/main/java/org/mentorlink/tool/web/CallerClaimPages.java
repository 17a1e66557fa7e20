package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.IntakeService;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.tool.session.CurrentSession;

/**
 * Someone who phoned in opens the lead's link in their own launch from the scheme's course and
 * makes the request theirs. A spent, expired or foreign link is refused on a page that says so;
 * nothing changes.
 */
@Path("/app/claim/{code}")
@RequestScoped
public class CallerClaimPages {
  @Inject CurrentSession current;
  @Inject IntakeService intake;
  @Inject Screens screens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response show(@PathParam("code") String code) {
    return page(code, null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response claim(@PathParam("code") String code) {
    checked(code);
    try {
      intake.claimByLink(current.actor(), current.course(), code);
      return screens.seeOther("/app/mentee", "request-claimed");
    } catch (DomainException e) {
      return page(code, new FormErrors().add(e, "claim"));
    }
  }

  private Response page(String code, FormErrors errors) {
    checked(code);
    Map<String, Object> m = screens.model(null);
    m.put("code", code);
    m.put("link", intake.link(current.actor(), current.course(), code));
    return screens.show("app/claim", m, errors);
  }

  private static void checked(String code) {
    if (code == null || !code.matches("[A-Za-z0-9_-]{1,100}")) {
      throw new NotFound("That link");
    }
  }
}
