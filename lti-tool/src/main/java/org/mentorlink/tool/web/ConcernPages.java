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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.SafeguardingService;
import org.mentorlink.domain.app.SafeguardingViews;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * Safeguarding concerns: the lead's list of the scheme's concerns, and one concern's page — for the
 * mentor who raised it, the lead (with the records the mentor shared, read-only) and the mentee if
 * they were to be told; the lead marks it reviewed and closes it here.
 */
@Path("/app/concerns")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class ConcernPages {
  static final int PAGE_SIZE = 20;

  @Inject CurrentSession current;
  @Inject SafeguardingService safeguarding;
  @Inject Screens screens;

  /** The scheme's concerns, for its lead. */
  @GET
  @Operation(hidden = true)
  public Response forLead(@QueryParam("page") int page) {
    Views.Page<SafeguardingViews.ConcernSummary> items =
        safeguarding.forLead(current.actor(), current.course(), Math.max(0, page), PAGE_SIZE);
    Map<String, Object> m = screens.model(null);
    m.put("items", items);
    m.put("pageUrl", "/app/concerns?page=");
    return screens.render("app/coordinator/concerns", m);
  }

  @GET
  @Path("{cid}")
  @Operation(hidden = true)
  public Response concern(@PathParam("cid") String cid, @QueryParam("done") String done) {
    return page(cid, done, null);
  }

  @POST
  @Path("{cid}/review")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response review(@PathParam("cid") String cid, MultivaluedMap<String, String> body) {
    try {
      safeguarding.review(current.actor(), current.course(), cid);
      return screens.seeOther("/app/concerns/" + cid, "concern-reviewed");
    } catch (DomainException e) {
      return page(cid, null, new FormErrors().add(e, "state"));
    }
  }

  @POST
  @Path("{cid}/close")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response close(@PathParam("cid") String cid, MultivaluedMap<String, String> body) {
    try {
      safeguarding.close(current.actor(), current.course(), cid);
      return screens.seeOther("/app/concerns/" + cid, "concern-closed");
    } catch (DomainException e) {
      return page(cid, null, new FormErrors().add(e, "state"));
    }
  }

  private Response page(String cid, String done, FormErrors errors) {
    SafeguardingViews.ConcernView c = safeguarding.get(current.actor(), current.course(), cid);
    Map<String, Object> m = screens.model(done);
    m.put("c", c);
    m.put("base", RelationshipScreens.base(c.relationshipId()));
    return screens.show("app/concern", m, errors);
  }
}
