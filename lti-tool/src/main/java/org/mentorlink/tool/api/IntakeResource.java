package org.mentorlink.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.IntakeService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.request.RequestDetails;
import org.mentorlink.tool.infrastructure.web.PublicUrls;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The lead's own intake: a request entered for someone who phoned in, the single-use link that
 * makes it the caller's, and choosing the caller's roster entry instead. Never by e-mail.
 */
@Path("/api")
@RequestScoped
@Tag(name = "Requests and matching")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntakeResource {
  @Inject CurrentSession scope;
  @Inject IntakeService intake;
  @Inject PublicUrls urls;
  @Context UriInfo uriInfo;

  @POST
  @Path("/requests/phoned-in")
  @Operation(
      summary =
          "Enter a request for someone who phoned in (the lead, or a coordinator who matches);"
              + " it has no mentee until claimed")
  @Guarded.Matching
  public Response enter(Bodies.CallerRequestBody body) {
    Bodies.required(body);
    return Response.status(201)
        .entity(
            intake.enterForCaller(scope.actor(), scope.course(), body.callerName(), details(body)))
        .build();
  }

  @PUT
  @Path("/requests/{id}/phoned-in")
  @Operation(
      summary =
          "Correct a request entered for someone who phoned in — the caller's name and the"
              + " answers — until someone makes it theirs and while it is not screened (the lead,"
              + " or a coordinator who matches)")
  @Guarded.Matching
  public Views.RequestView revise(@PathParam("id") String id, Bodies.CallerRequestBody body) {
    Bodies.required(body);
    return intake.reviseForCaller(
        scope.actor(), scope.course(), id, body.callerName(), details(body));
  }

  private static RequestDetails details(Bodies.CallerRequestBody body) {
    return new RequestDetails(
        body.helpWith(),
        body.otherDetails(),
        body.preferredArea(),
        body.preferredModes(),
        body.mustNotMatch(),
        body.lineManager(),
        body.practice(),
        body.preferredMentor());
  }

  @POST
  @Path("/requests/{id}/claim-links")
  @Operation(
      summary =
          "Create a single-use link for the caller to make the request theirs; shown once"
              + " (the lead, or a coordinator who matches)")
  @Guarded.Matching
  public Response issueLink(@PathParam("id") String id) {
    IntakeService.IssuedLink link = intake.issueLink(scope.actor(), scope.course(), id);
    return Response.status(201)
        .entity(
            Map.of(
                "code",
                link.code(),
                "url",
                urls.of(uriInfo, "/app/claim/" + link.code()),
                "expiresAt",
                link.expiresAt().toString()))
        .build();
  }

  @DELETE
  @Path("/requests/{id}/claim-links")
  @Operation(
      summary =
          "Withdraw the request's claim links not used yet: they stop working at once (the lead,"
              + " or a coordinator who matches)")
  @Guarded.Matching
  public Map<String, Integer> withdrawLinks(@PathParam("id") String id) {
    return Map.of("withdrawn", intake.withdrawLinks(scope.actor(), scope.course(), id));
  }

  @POST
  @Path("/requests/{id}/claim")
  @Operation(
      summary =
          "Make the request the chosen learner's, from the course's roster (the lead, or a"
              + " coordinator who matches)")
  @Guarded.Matching
  public Views.RequestView claimFromRoster(@PathParam("id") String id, Bodies.PersonBody body) {
    return intake.claimFromRoster(
        scope.actor(), scope.course(), id, Bodies.required(body).personId());
  }

  @GET
  @Path("/claim-links/{code}")
  @Operation(summary = "What a claim link is for, before claiming (the caller, in their launch)")
  public IntakeService.LinkView link(@PathParam("code") String code) {
    return intake.link(scope.actor(), scope.course(), code);
  }

  @POST
  @Path("/claim-links/{code}/claim")
  @Operation(summary = "Make the request mine (the caller, through their own launch; once)")
  public Views.RequestView claim(@PathParam("code") String code) {
    return intake.claimByLink(scope.actor(), scope.course(), code);
  }
}
