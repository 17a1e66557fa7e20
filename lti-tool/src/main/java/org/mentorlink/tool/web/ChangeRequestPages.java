package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.RematchService;
import org.mentorlink.domain.app.SafeguardingService;
import org.mentorlink.domain.app.SafeguardingViews;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * A mentee's confidential request to the lead: for that mentee and the lead, who reviews and closes
 * it — or, for a request to change mentor, matches the mentee with another mentor there (the
 * candidates as matching ranks them, the mentor they asked to change from blocked).
 */
@Path("/app/change-requests/{cid}")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class ChangeRequestPages {
  @Inject CurrentSession current;
  @Inject SafeguardingService safeguarding;
  @Inject RematchService rematch;
  @Inject Screens screens;

  @PathParam("cid")
  String cid;

  @GET
  @Operation(hidden = true)
  public Response show(@QueryParam("done") String done) {
    return page(done, null);
  }

  @POST
  @Path("review")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response review(MultivaluedMap<String, String> body) {
    try {
      safeguarding.reviewChange(current.actor(), current.course(), cid);
      return screens.seeOther("/app/change-requests/" + cid, "change-reviewed");
    } catch (DomainException e) {
      return page(null, new FormErrors().add(e, "state"));
    }
  }

  @POST
  @Path("close")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response close(MultivaluedMap<String, String> body) {
    try {
      safeguarding.closeChange(current.actor(), current.course(), cid);
      return screens.seeOther("/app/change-requests/" + cid, "change-closed");
    } catch (DomainException e) {
      return page(null, new FormErrors().add(e, "state"));
    }
  }

  /** The lead matches the mentee with the mentor chosen ({@code mentor}: a mentor profile id). */
  @POST
  @Path("rematch")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response rematch(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    if (form.text("mentor") == null) {
      return page(null, new FormErrors().add("candidates", "Choose the new mentor."));
    }
    try {
      rematch.rematch(current.actor(), current.course(), cid, form.get("mentor"));
      return screens.seeOther("/app/change-requests/" + cid, "rematched");
    } catch (DomainException e) {
      return page(null, new FormErrors().add(e, "candidates"));
    }
  }

  private Response page(String done, FormErrors errors) {
    SafeguardingViews.ChangeView c =
        safeguarding.changeRequest(current.actor(), current.course(), cid);
    Map<String, Object> m = screens.model(done);
    m.put("c", c);
    m.put(
        "candidates",
        c.canRematch()
            ? CoordinatorPages.ranked(rematch.candidates(current.actor(), current.course(), cid))
            : List.of());
    m.put("base", RelationshipScreens.base(c.relationshipId()));
    return screens.show("app/change-request", m, errors);
  }
}
