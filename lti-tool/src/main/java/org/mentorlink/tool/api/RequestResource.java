package org.mentorlink.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.MatchingService;
import org.mentorlink.domain.app.RequestService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.request.RequestDetails;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Paging;
import org.mentorlink.tool.session.CurrentSession;

/** Requests for mentoring, screening, matching and proposals. */
@Path("/api")
@RequestScoped
@Tag(name = "Requests and matching")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestResource {
  @Inject CurrentSession scope;
  @Inject RequestService requests;
  @Inject MatchingService matching;

  @POST
  @Path("/requests")
  @Operation(summary = "Ask for mentoring (the intake pro-forma)")
  public Response submit(Bodies.RequestBody body) {
    return Response.status(201)
        .entity(
            requests.submit(
                scope.actor(),
                scope.course(),
                details(body),
                Boolean.TRUE.equals(body.askedToHaveMentoring())))
        .build();
  }

  @GET
  @Path("/requests/mine")
  @Operation(summary = "My requests")
  public List<Views.RequestView> mine() {
    return requests.mine(scope.actor(), scope.course());
  }

  @GET
  @Path("/requests")
  @Operation(summary = "Requests to screen, oldest first (coordinators)")
  @Guarded.Matching
  public Views.Page<Views.RequestView> queue(
      @QueryParam("state")
          @Parameter(
              description = "Only requests in these states (all when none)",
              schema = @Schema(type = SchemaType.ARRAY, implementation = RequestState.class))
          List<String> states,
      @BeanParam PageQuery paging) {
    Paging page = paging.paging();
    Set<RequestState> st = EnumSet.noneOf(RequestState.class);
    for (String s : states == null ? List.<String>of() : states) {
      try {
        st.add(RequestState.valueOf(s));
      } catch (IllegalArgumentException e) {
        throw new DomainException(
            "VALIDATION_FAILED",
            "state must be one of " + java.util.Arrays.toString(RequestState.values()) + ".");
      }
    }
    return requests.queue(scope.actor(), scope.course(), st, page.page(), page.size());
  }

  @GET
  @Path("/requests/{id}")
  @Operation(summary = "A request (its mentee or a coordinator)")
  public Views.RequestView get(@PathParam("id") String id) {
    return requests.get(scope.actor(), scope.course(), id);
  }

  @PUT
  @Path("/requests/{id}")
  @Operation(summary = "Revise my request before it is screened")
  public Views.RequestView revise(@PathParam("id") String id, Bodies.RequestBody body) {
    Views.RequestView v = requests.revise(scope.actor(), scope.course(), id, details(body));
    return body.askedToHaveMentoring() == null
        ? v
        : requests.askedToHaveMentoring(
            scope.actor(), scope.course(), id, body.askedToHaveMentoring());
  }

  @PUT
  @Path("/requests/{id}/required")
  @Operation(
      summary =
          "Record whether mentoring is required of the mentee or voluntary (the lead; matching"
              + " coordinators under \"only the lead knows\")")
  @Guarded.Matching
  public Views.RequestView required(@PathParam("id") String id, Bodies.RequiredBody body) {
    Bodies.required(body);
    if (body.required() == null) {
      throw new DomainException("VALIDATION_FAILED", "required must be true or false.");
    }
    return requests.recordRequired(scope.actor(), scope.course(), id, body.required());
  }

  @POST
  @Path("/requests/{id}/withdraw")
  @Operation(summary = "Withdraw my request")
  public Views.RequestView withdraw(@PathParam("id") String id) {
    return requests.withdraw(scope.actor(), scope.course(), id);
  }

  @POST
  @Path("/requests/{id}/accept")
  @Operation(summary = "Accept a request for matching (coordinators)")
  @Guarded.Matching
  public Views.RequestView accept(@PathParam("id") String id) {
    return requests.accept(scope.actor(), scope.course(), id);
  }

  @POST
  @Path("/requests/{id}/signpost")
  @Operation(
      summary = "Signpost the mentee to another service and close the request (coordinators)")
  @Guarded.Matching
  public Views.RequestView signpost(@PathParam("id") String id, Bodies.SignpostingBody body) {
    Bodies.required(body);
    return requests.signpost(scope.actor(), scope.course(), id, body.service(), body.reason());
  }

  @GET
  @Path("/requests/{id}/candidates")
  @Operation(summary = "Candidate mentors, ranked, with reasons and conflicts (coordinators)")
  @Guarded.Matching
  public List<Views.CandidateView> candidates(@PathParam("id") String id) {
    return matching.candidates(scope.actor(), scope.course(), id);
  }

  @GET
  @Path("/requests/{id}/proposals")
  @Operation(summary = "Proposals made for a request (coordinators)")
  @Guarded.Matching
  public List<Views.ProposalView> proposals(@PathParam("id") String id) {
    return matching.forRequest(scope.actor(), scope.course(), id);
  }

  @POST
  @Path("/requests/{id}/proposals")
  @Operation(summary = "Propose a mentor (coordinators); hard conflicts are refused")
  @Guarded.Matching
  public Response propose(@PathParam("id") String id, Bodies.ProposeBody body) {
    return Response.status(201)
        .entity(
            matching.propose(
                scope.actor(), scope.course(), id, Bodies.required(body).mentorProfileId()))
        .build();
  }

  @GET
  @Path("/proposals/mine")
  @Operation(summary = "Proposals addressed to me (as mentor or mentee)")
  public List<Views.ProposalView> myProposals() {
    return matching.mine(scope.actor(), scope.course());
  }

  @POST
  @Path("/proposals/{id}/accept")
  @Operation(summary = "The proposed mentor accepts")
  public Views.ProposalView mentorAccepts(@PathParam("id") String id) {
    return matching.mentorAccepts(scope.actor(), scope.course(), id);
  }

  @POST
  @Path("/proposals/{id}/decline")
  @Operation(summary = "The proposed mentor declines, with a reason")
  public Views.ProposalView mentorDeclines(@PathParam("id") String id, Bodies.ReasonBody body) {
    return matching.mentorDeclines(
        scope.actor(), scope.course(), id, Bodies.required(body).reason());
  }

  @POST
  @Path("/proposals/{id}/confirm")
  @Operation(summary = "The mentee confirms the mentor; the relationship starts")
  public Response menteeConfirms(@PathParam("id") String id) {
    String relationshipId = matching.menteeConfirms(scope.actor(), scope.course(), id);
    return Response.status(201).entity(Map.of("relationshipId", relationshipId)).build();
  }

  @POST
  @Path("/proposals/{id}/reject")
  @Operation(summary = "The mentee declines the mentor")
  public Views.ProposalView menteeDeclines(@PathParam("id") String id, Bodies.ReasonBody body) {
    return matching.menteeDeclines(
        scope.actor(), scope.course(), id, body == null ? null : body.reason());
  }

  static RequestDetails details(Bodies.RequestBody b) {
    Bodies.required(b);
    return new RequestDetails(
        b.helpWith(),
        b.otherDetails(),
        b.preferredArea(),
        b.preferredModes(),
        b.mustNotMatch(),
        b.lineManager(),
        b.practice(),
        b.preferredMentor());
  }
}
