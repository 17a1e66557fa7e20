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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.MentorRecordService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.tool.session.CurrentSession;

/** The mentor's own records: training tier and date, indemnity, supervision attendance. */
@Path("/app/mentor/records")
@RequestScoped
public class MentorRecordPages {
  private static final String BASE = "/app/mentor/records";

  @Inject CurrentSession current;
  @Inject MentorRecordService records;
  @Inject Screens screens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response show(@QueryParam("done") String done, @QueryParam("page") int page) {
    Views.MentorRecordsView v = records.records(current.actor(), current.course(), null, page);
    return MentorRecordForms.page(
        screens, v, BASE, false, done, MentorRecordForms.prefill(v), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response keep(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors =
        MentorRecordForms.keep(records, current.actor(), current.course(), null, form);
    if (errors == null) {
      return screens.seeOther(BASE, "mentor-record-saved");
    }
    Views.MentorRecordsView v = records.records(current.actor(), current.course(), null, 0);
    return MentorRecordForms.page(screens, v, BASE, false, null, form, errors);
  }

  @POST
  @Path("attendance")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response attend(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors =
        MentorRecordForms.attend(records, current.actor(), current.course(), null, form);
    if (errors == null) {
      return screens.seeOther(BASE + "#attendance-title", "attendance-recorded");
    }
    Views.MentorRecordsView v = records.records(current.actor(), current.course(), null, 0);
    return MentorRecordForms.page(
        screens, v, BASE, false, null, MentorRecordForms.withAttendance(v, form), errors);
  }
}
