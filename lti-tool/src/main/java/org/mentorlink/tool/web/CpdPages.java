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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.CpdService;
import org.mentorlink.domain.app.DocumentService;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.cpd.CpdActivity;
import org.mentorlink.domain.cpd.CpdKind;
import org.mentorlink.domain.cpd.EntryState;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * A person's CPD log: each CPD year's credit against the scheme's target, hours pending and the
 * five-year cycle; the entries, with a reflection editor where one is still needed and a way to
 * correct an entry by reversing it; mentors log training and supervision; downloads.
 */
@Path("/app/cpd")
@RequestScoped
public class CpdPages {
  /** Where a refused training or supervision entry's error goes. */
  private static final ErrorFields ACTIVITY =
      ErrorFields.otherwise("description")
          .code("CPD_HOURS_REQUIRED", "hours")
          .code("CPD_HOURS_NEGATIVE", "hours")
          .code("CPD_HOURS_NOT_HALF_STEP", "hours")
          .code("CPD_HOURS_NOT_A_NUMBER", "hours")
          .code("CPD_HOURS_TOO_LARGE", "hours")
          .code("CPD_DATE_REQUIRED", "date")
          .code("CPD_DATE_IN_FUTURE", "date")
          .code("INVALID_ACTIVITY", "activity");

  @Inject CurrentSession current;
  @Inject CpdService cpd;
  @Inject DocumentService documents;
  @Inject SchemeService schemes;
  @Inject Screens screens;
  @Inject PageCalendar calendar;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response log(@QueryParam("done") String done) {
    return logPage(done, null, null, null);
  }

  @POST
  @Path("entries/{id}/reflection")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response reflect(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    try {
      cpd.reflect(
          current.actor(),
          current.course(),
          id,
          form.get("reflection"),
          form.checked("share", "yes"),
          form.checked("impact", "yes"));
      return screens.seeOther("/app/cpd#entry-" + id, "reflection-saved");
    } catch (DomainException e) {
      return logPage(null, "reflect-" + id, form, new FormErrors().add(e, "reflection-" + id));
    }
  }

  @POST
  @Path("entries/{id}/reverse")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response reverse(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    try {
      cpd.reverse(current.actor(), current.course(), id, form.get("reason"));
      return screens.seeOther("/app/cpd", "entry-reversed");
    } catch (DomainException e) {
      return logPage(null, "reverse-" + id, form, new FormErrors().add(e, "reverse-reason-" + id));
    }
  }

  @POST
  @Path("activities")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response logActivity(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    CpdActivity activity =
        Parse.choice(
            form, "activity", CpdActivity.class, "Choose training or supervision.", errors);
    if (activity == CpdActivity.SESSION) {
      errors.add("activity", "Choose training or supervision.");
    }
    LocalDate date = Parse.date(form, "date", "the date", true, errors);
    CpdHours hours = null;
    if (form.text("hours") == null) {
      errors.add("hours", "Enter the hours, like 1.5.");
    } else {
      try {
        hours = CpdHours.of(form.get("hours"));
        if (hours.isZero()) {
          errors.add("hours", "Enter at least half an hour (0.5).");
        }
      } catch (DomainException e) {
        errors.add("hours", e.getMessage());
      }
    }
    CpdKind kind = Parse.choice(form, "kind", CpdKind.class, "Choose a category.", errors);
    if (form.text("description") == null) {
      errors.add("description", "Say what the training or supervision was.");
    }
    if (!errors.any()) {
      try {
        cpd.logActivity(
            current.actor(),
            current.course(),
            activity,
            form.get("description"),
            date,
            hours,
            kind);
        return screens.seeOther("/app/cpd", "activity-logged");
      } catch (DomainException e) {
        errors.add(e, ACTIVITY);
      }
    }
    return logPage(null, "activity", form, errors);
  }

  // ------------------------------------------------------------------ helpers

  /** Whether an entry still needs (another) reflection from its owner. */
  static boolean needsReflection(Views.CpdEntryView e) {
    return !e.reversal()
        && !e.reversed()
        && (e.state() == EntryState.AWAITING_REFLECTION || e.state() == EntryState.RETURNED);
  }

  /** Whether an entry can still be corrected by a reversing entry. */
  static boolean reversible(Views.CpdEntryView e) {
    return !e.reversal() && !e.reversed();
  }

  private Response logPage(String done, String failedForm, FormData posted, FormErrors errors) {
    String course = current.course();
    Views.CpdLog log = cpd.myLog(current.actor(), course);
    Map<String, FormData> forms = new HashMap<>();
    for (Views.CpdYearView y : log.years()) {
      for (Views.CpdEntryView e : y.entries()) {
        FormData reflect =
            FormData.empty()
                .put("reflection", e.reflection())
                .put("share", e.shareReflection() ? "yes" : null)
                .put("impact", e.impact() ? "yes" : null);
        forms.put("reflect-" + e.id(), reflect);
        forms.put("reverse-" + e.id(), FormData.empty());
      }
    }
    FormData activity = FormData.empty().put("activity", CpdActivity.MENTOR_TRAINING);
    activity.put("kind", CpdKind.EXTERNAL);
    forms.put("activity", activity);
    if (failedForm != null && posted != null) {
      forms.put(failedForm, posted);
    }
    Map<String, Object> m = screens.model(done);
    m.put("log", log);
    m.put("certificates", documents.certificateCodes(current.actor(), course));
    m.put("forms", forms);
    m.put("form", forms.get("activity"));
    m.put("mentor", schemes.roles(current.actor(), course).mentor());
    m.put("today", calendar.today().toString());
    return screens.show("app/cpd", m, errors);
  }
}
