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
import org.mentorlink.domain.app.MentorService;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.tool.session.CurrentSession;

/** A person invited to mentor opens the link from a coordinator and accepts. */
@Path("/app/invitations/{code}")
@RequestScoped
public class InvitationPages {
  @Inject CurrentSession current;
  @Inject MentorService mentors;
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
  public Response accept(@PathParam("code") String code) {
    try {
      mentors.acceptInvitation(current.actor(), code);
      return screens.seeOther("/app", "invitation-accepted");
    } catch (DomainException e) {
      return page(code, new FormErrors().add(e, "accept"));
    }
  }

  private Response page(String code, FormErrors errors) {
    if (code == null || !code.matches("[A-Za-z0-9_-]{1,100}")) {
      throw new NotFound("That invitation");
    }
    Map<String, Object> m = screens.model(null);
    m.put("code", code);
    m.put("invitation", mentors.invitation(current.actor(), code));
    return screens.show("app/invitation", m, errors);
  }
}
