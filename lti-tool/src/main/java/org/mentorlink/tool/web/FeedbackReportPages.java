package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.FeedbackService;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The coordinators' feedback report: released rounds only, each figure only with at least k answers
 * behind it, quotes only where their writers allowed; and the early release of the current round.
 */
@Path("/app/coordinator/feedback")
@RequestScoped
public class FeedbackReportPages {
  @Inject CurrentSession current;
  @Inject FeedbackService feedback;
  @Inject Screens screens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response report(@QueryParam("done") String done) {
    return reportPage(done, null);
  }

  @POST
  @Path("release")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response release(MultivaluedMap<String, String> body) {
    try {
      feedback.releaseCurrentRound(current.actor(), current.course());
      return screens.seeOther("/app/coordinator/feedback", "feedback-released");
    } catch (DomainException e) {
      return reportPage(null, new FormErrors().add(e, "rounds"));
    }
  }

  private Response reportPage(String done, FormErrors errors) {
    Map<String, Object> m = screens.model(done);
    m.put("rounds", feedback.report(current.actor(), current.course()));
    return screens.show("app/coordinator/feedback", m, errors);
  }
}
