package org.mentorlink.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.relationship.ActionItem;
import org.mentorlink.domain.relationship.ContractTerms;
import org.mentorlink.domain.relationship.GoalOption;
import org.mentorlink.domain.relationship.SessionRecordDetails;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.exports.DocumentDownloads;
import org.mentorlink.tool.session.CurrentSession;

/** A relationship for its two parties: contract, sessions, goals, closure. */
@Path("/api/relationships")
@Guarded.RelationshipParty
@RequestScoped
@Tag(name = "Relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelationshipResource {
  @Inject CurrentSession scope;
  @Inject RelationshipService relationships;
  @Inject DocumentDownloads documents;

  @GET
  @Operation(summary = "My relationships (as mentee or mentor)")
  public List<Views.RelationshipView> mine() {
    return relationships.mine(scope.actor(), scope.course());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A relationship in full (its parties only)")
  public Views.RelationshipView get(@PathParam("id") String id) {
    return relationships.get(scope.actor(), scope.course(), id);
  }

  @POST
  @Path("/{id}/contract")
  @Operation(summary = "Draft the contract, or amend it (a new version to sign again)")
  public Response draft(@PathParam("id") String id, Bodies.TermsBody b) {
    Bodies.required(b);
    ContractTerms terms =
        new ContractTerms(
            b.groundRules(),
            b.confidentiality(),
            b.boundaries(),
            b.objectives(),
            b.meetingFrequency(),
            b.mode(),
            b.venue(),
            b.startDate(),
            b.reviewDate(),
            b.allowance());
    return Response.status(201)
        .entity(relationships.draftContract(scope.actor(), scope.course(), id, terms))
        .build();
  }

  @POST
  @Path("/{id}/contract/{contractId}/sign")
  @Operation(summary = "Sign the latest contract version")
  public Views.RelationshipView sign(
      @PathParam("id") String id, @PathParam("contractId") String contractId) {
    return relationships.signContract(scope.actor(), scope.course(), id, contractId);
  }

  @GET
  @Path("/{id}/contract/{contractId}/contract.pdf")
  @Produces(DocumentDownloads.PDF)
  @APIResponse(
      responseCode = "200",
      description = "The document",
      content = @Content(mediaType = DocumentDownloads.PDF))
  @Tag(name = "Documents")
  @Operation(
      summary =
          "A contract version both parties signed, as a PDF (its parties only): the exact text,"
              + " the signatures with time and SHA-256, and a verification code")
  public Response contractPdf(
      @PathParam("id") String id,
      @PathParam("contractId") String contractId,
      @Context UriInfo uriInfo) {
    return documents.contract(scope.actor(), scope.course(), id, contractId, uriInfo);
  }

  @GET
  @Path("/{id}/sessions/{sessionId}/record.pdf")
  @Produces(DocumentDownloads.PDF)
  @APIResponse(
      responseCode = "200",
      description = "The document",
      content = @Content(mediaType = DocumentDownloads.PDF))
  @Tag(name = "Documents")
  @Operation(
      summary =
          "A signed-off session record as a PDF (its parties only), with notes, actions, the"
              + " mentor's sign-off, addenda and a verification code")
  public Response sessionRecordPdf(
      @PathParam("id") String id,
      @PathParam("sessionId") String sessionId,
      @Context UriInfo uriInfo) {
    return documents.sessionRecord(scope.actor(), scope.course(), id, sessionId, uriInfo);
  }

  @POST
  @Path("/{id}/signposts")
  @Operation(
      summary =
          "Point the mentee to another service, the mentoring going on (the mentor); the mentee"
              + " reads it on the relationship")
  public Response signpost(@PathParam("id") String id, Bodies.SignpostingBody b) {
    Bodies.required(b);
    return Response.status(201)
        .entity(relationships.signpost(scope.actor(), scope.course(), id, b.service(), b.reason()))
        .build();
  }

  @POST
  @Path("/{id}/sessions")
  @Operation(summary = "Schedule a session")
  public Response schedule(@PathParam("id") String id, Bodies.ScheduleBody b) {
    Bodies.required(b);
    return Response.status(201)
        .entity(
            relationships.scheduleSession(
                scope.actor(),
                scope.course(),
                id,
                b.scheduledAt(),
                hours(b.durationHours()),
                b.mode()))
        .build();
  }

  @PUT
  @Path("/{id}/sessions/{sessionId}")
  @Operation(summary = "Move a session (while editable)")
  public Views.RelationshipView reschedule(
      @PathParam("id") String id, @PathParam("sessionId") String sessionId, Bodies.ScheduleBody b) {
    Bodies.required(b);
    return relationships.rescheduleSession(
        scope.actor(),
        scope.course(),
        id,
        sessionId,
        b.scheduledAt(),
        hours(b.durationHours()),
        b.mode());
  }

  @PUT
  @Path("/{id}/sessions/{sessionId}/agenda")
  @Operation(summary = "Set the session's agenda (the mentee)")
  public Views.RelationshipView agenda(
      @PathParam("id") String id, @PathParam("sessionId") String sessionId, Bodies.AgendaBody b) {
    return relationships.setAgenda(
        scope.actor(), scope.course(), id, sessionId, Bodies.required(b).agenda());
  }

  @PUT
  @Path("/{id}/sessions/{sessionId}/record")
  @Operation(
      summary = "Write the session record (each party their own notes)",
      description =
          "A field left out keeps what the record holds (a mentor who sends only their notes"
              + " leaves the shared actions as they are); a field sent empty clears it.")
  public Views.RelationshipView record(
      @PathParam("id") String id, @PathParam("sessionId") String sessionId, Bodies.RecordBody b) {
    Bodies.required(b);
    List<ActionItem> actions =
        b.actions() == null
            ? null
            : b.actions().stream()
                .map(a -> new ActionItem(a.what(), a.owner(), a.dueOn()))
                .toList();
    return relationships.writeRecord(
        scope.actor(),
        scope.course(),
        id,
        sessionId,
        new SessionRecordDetails(b.notes(), b.themes(), b.topics(), b.goalsReviewed(), actions));
  }

  @POST
  @Path("/{id}/sessions/{sessionId}/submit")
  @Operation(summary = "Submit the record for sign-off (the mentee)")
  public Views.RelationshipView submit(
      @PathParam("id") String id, @PathParam("sessionId") String sessionId) {
    return relationships.submitSession(scope.actor(), scope.course(), id, sessionId);
  }

  @POST
  @Path("/{id}/sessions/{sessionId}/sign-off")
  @Operation(summary = "Sign off and lock the record (the mentor)")
  public Views.RelationshipView signOff(
      @PathParam("id") String id, @PathParam("sessionId") String sessionId) {
    return relationships.signOffSession(scope.actor(), scope.course(), id, sessionId);
  }

  @POST
  @Path("/{id}/sessions/{sessionId}/return")
  @Operation(summary = "Return the record to the mentee with a reason (the mentor)")
  public Views.RelationshipView returnForChanges(
      @PathParam("id") String id, @PathParam("sessionId") String sessionId, Bodies.ReasonBody b) {
    return relationships.returnSession(
        scope.actor(), scope.course(), id, sessionId, Bodies.required(b).reason());
  }

  @POST
  @Path("/{id}/sessions/{sessionId}/addenda")
  @Operation(summary = "Add an addendum to a signed-off record")
  public Response addendum(
      @PathParam("id") String id, @PathParam("sessionId") String sessionId, Bodies.TextBody b) {
    return Response.status(201)
        .entity(
            relationships.addAddendum(
                scope.actor(), scope.course(), id, sessionId, Bodies.required(b).text()))
        .build();
  }

  @POST
  @Path("/{id}/goals")
  @Operation(summary = "Set a goal (the mentee)")
  public Response setGoal(@PathParam("id") String id, Bodies.GoalBody b) {
    return Response.status(201)
        .entity(relationships.setGoal(scope.actor(), scope.course(), id, Bodies.required(b).goal()))
        .build();
  }

  @PUT
  @Path("/{id}/goals/{goalId}")
  @Operation(summary = "Work a goal through: reality, options with criteria, the chosen action")
  public Views.RelationshipView develop(
      @PathParam("id") String id, @PathParam("goalId") String goalId, Bodies.GoalDevelopBody b) {
    Bodies.required(b);
    List<GoalOption> options =
        b.options() == null
            ? List.of()
            : b.options().stream().map(o -> new GoalOption(o.option(), o.criteria())).toList();
    return relationships.developGoal(
        scope.actor(),
        scope.course(),
        id,
        goalId,
        b.goal(),
        b.reality(),
        options,
        b.chosenAction(),
        b.actionDueOn());
  }

  @POST
  @Path("/{id}/goals/{goalId}/achieve")
  @Operation(summary = "Mark a goal achieved")
  public Views.RelationshipView achieve(
      @PathParam("id") String id, @PathParam("goalId") String goalId) {
    return relationships.achieveGoal(scope.actor(), scope.course(), id, goalId);
  }

  @POST
  @Path("/{id}/goals/{goalId}/drop")
  @Operation(summary = "Drop a goal")
  public Views.RelationshipView drop(
      @PathParam("id") String id, @PathParam("goalId") String goalId) {
    return relationships.dropGoal(scope.actor(), scope.course(), id, goalId);
  }

  @POST
  @Path("/{id}/close")
  @Operation(summary = "Close the relationship with a summary")
  public Views.RelationshipView close(@PathParam("id") String id, Bodies.CloseBody b) {
    Bodies.required(b);
    if (b.reason() == null) {
      throw new DomainException("VALIDATION_FAILED", "A closure reason is required.");
    }
    return relationships.close(scope.actor(), scope.course(), id, b.reason(), b.summary());
  }

  private static CpdHours hours(String h) {
    return CpdHours.of(h);
  }
}
