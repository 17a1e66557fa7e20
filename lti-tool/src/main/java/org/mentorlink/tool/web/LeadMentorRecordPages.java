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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.MentorRecordService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.tool.session.CurrentSession;

/**
 * One mentor's records, for the lead (and, under "only the lead knows", the coordinators the lead
 * names for matching): the same page and forms as the mentor's own. Other coordinators get 403.
 */
@Path("/app/coordinator/mentors/{profileId}/records")
@RequestScoped
public class LeadMentorRecordPages {
  @Inject CurrentSession current;
  @Inject MentorRecordService records;
  @Inject Screens screens;

  @PathParam("profileId")
  String profileId;

  private String base() {
    return "/app/coordinator/mentors/" + profileId + "/records";
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response show(@QueryParam("done") String done, @QueryParam("page") int page) {
    Views.MentorRecordsView v = records.records(current.actor(), current.course(), profileId, page);
    return MentorRecordForms.page(
        screens, v, base(), true, done, MentorRecordForms.prefill(v), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response keep(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors =
        MentorRecordForms.keep(records, current.actor(), current.course(), profileId, form);
    if (errors == null) {
      return screens.seeOther(base(), "mentor-record-saved");
    }
    Views.MentorRecordsView v = records.records(current.actor(), current.course(), profileId, 0);
    return MentorRecordForms.page(screens, v, base(), true, null, form, errors);
  }

  @POST
  @Path("attendance")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response attend(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors =
        MentorRecordForms.attend(records, current.actor(), current.course(), profileId, form);
    if (errors == null) {
      return screens.seeOther(base() + "#attendance-title", "attendance-recorded");
    }
    Views.MentorRecordsView v = records.records(current.actor(), current.course(), profileId, 0);
    return MentorRecordForms.page(
        screens, v, base(), true, null, MentorRecordForms.withAttendance(v, form), errors);
  }
}
