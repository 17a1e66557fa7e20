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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.MentorRecordService;
import org.mentorlink.domain.app.MentorService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.mentor.MentorDetails;
import org.mentorlink.domain.mentor.MentorRecord;
import org.mentorlink.tool.infrastructure.web.PublicUrls;
import org.mentorlink.tool.session.CurrentSession;

/** Mentors: designation, invitations, the mentor's own profile, and mentors' records. */
@Path("/api")
@RequestScoped
@Tag(name = "Mentors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MentorResource {
  @Inject CurrentSession scope;
  @Inject MentorService mentors;
  @Inject MentorRecordService records;
  @Inject PublicUrls urls;
  @Context UriInfo uriInfo;

  @GET
  @Path("/mentors")
  @Operation(summary = "The scheme's mentors with their load (coordinators)")
  @Guarded.Coordinator
  public List<Views.MentorView> all() {
    return mentors.all(scope.actor(), scope.course());
  }

  @POST
  @Path("/mentors")
  @Operation(summary = "Make a course member a mentor (coordinators)")
  @Guarded.Coordinator
  public Response designate(Bodies.PersonBody body) {
    return Response.status(201)
        .entity(mentors.designate(scope.actor(), scope.course(), Bodies.required(body).personId()))
        .build();
  }

  @POST
  @Path("/mentor-invitations")
  @Operation(summary = "Create a mentor invitation link (coordinators); shown once")
  @Guarded.Coordinator
  public Response invite() {
    String code = mentors.invite(scope.actor(), scope.course());
    return Response.status(201)
        .entity(Map.of("code", code, "url", urls.of(uriInfo, "/app/invitations/" + code)))
        .build();
  }

  @POST
  @Path("/mentor-invitations/{code}/accept")
  @Operation(summary = "Accept a mentor invitation (the invited person, through their own launch)")
  public Views.MentorView accept(@PathParam("code") String code) {
    return mentors.acceptInvitation(scope.actor(), code);
  }

  @GET
  @Path("/mentor-profile")
  @Operation(summary = "My mentor profile in this course's scheme")
  public Views.MentorView mine() {
    return mentors.mine(scope.actor(), scope.course());
  }

  @PUT
  @Path("/mentor-profile")
  @Operation(summary = "Update my mentor profile")
  public Views.MentorView update(Bodies.MentorProfileBody b) {
    Bodies.required(b);
    return mentors.update(
        scope.actor(),
        scope.course(),
        new MentorDetails(
            b.areas(),
            b.specialties(),
            b.modes(),
            b.capacity() == null ? 0 : b.capacity(),
            b.trainingStatus(),
            b.trainedOn(),
            b.availability(),
            b.practice(),
            b.mustNotMentor()));
  }

  @GET
  @Path("/mentor-profile/records")
  @Operation(summary = "My training, indemnity and supervision attendance (one page)")
  public Views.MentorRecordsView myRecords(@QueryParam("page") int page) {
    return records.records(scope.actor(), scope.course(), null, page);
  }

  @PUT
  @Path("/mentor-profile/records")
  @Operation(summary = "Keep my training tier and date and my indemnity")
  public Views.MentorRecordsView keepMine(Bodies.MentorRecordBody b) {
    Bodies.required(b);
    return records.keep(scope.actor(), scope.course(), null, () -> record(b));
  }

  @POST
  @Path("/mentor-profile/records/attendance")
  @Operation(summary = "Record a supervision or support-group meeting I attended")
  public Response attendMine(Bodies.AttendanceBody b) {
    return attend(null, b);
  }

  @GET
  @Path("/mentors/{profileId}/records")
  @Operation(
      summary =
          "A mentor's training, indemnity and supervision (the lead; matching coordinators under"
              + " \"only the lead knows\")")
  @Guarded.Matching
  public Views.MentorRecordsView recordsOf(
      @PathParam("profileId") String profileId, @QueryParam("page") int page) {
    return records.records(scope.actor(), scope.course(), profileId, page);
  }

  @PUT
  @Path("/mentors/{profileId}/records")
  @Operation(summary = "Keep a mentor's training tier and date and indemnity (the lead)")
  @Guarded.Matching
  public Views.MentorRecordsView keep(
      @PathParam("profileId") String profileId, Bodies.MentorRecordBody b) {
    Bodies.required(b);
    return records.keep(scope.actor(), scope.course(), profileId, () -> record(b));
  }

  @POST
  @Path("/mentors/{profileId}/records/attendance")
  @Operation(summary = "Record a supervision or support-group meeting a mentor attended (the lead)")
  @Guarded.Matching
  public Response attendOf(@PathParam("profileId") String profileId, Bodies.AttendanceBody b) {
    return attend(profileId, b);
  }

  @GET
  @Path("/mentors/lapses")
  @Operation(
      summary = "How many mentors' training or indemnity has lapsed or lapses soon (coordinators)")
  @Guarded.Coordinator
  public Views.LapseCounts lapses() {
    return records.lapseCounts(scope.actor(), scope.course());
  }

  private Response attend(String profileId, Bodies.AttendanceBody b) {
    Bodies.required(b);
    return Response.status(201)
        .entity(
            records.attend(
                scope.actor(), scope.course(), profileId, b.heldOn(), b.kind(), b.note()))
        .build();
  }

  private static MentorRecord record(Bodies.MentorRecordBody b) {
    return new MentorRecord(
        b.tier(),
        b.trainedOn(),
        b.indemnityProvider(),
        b.indemnityExpires(),
        Boolean.TRUE.equals(b.coversMentoring()));
  }

  @POST
  @Path("/mentor-profile/pause")
  @Operation(summary = "Stop taking new mentees")
  public Views.MentorView pause() {
    return mentors.setPaused(scope.actor(), scope.course(), true);
  }

  @POST
  @Path("/mentor-profile/resume")
  @Operation(summary = "Take new mentees again")
  public Views.MentorView resume() {
    return mentors.setPaused(scope.actor(), scope.course(), false);
  }
}
