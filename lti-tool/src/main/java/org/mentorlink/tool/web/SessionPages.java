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
import java.time.Clock;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.ClaimService;
import org.mentorlink.domain.app.ClaimViews;
import org.mentorlink.domain.app.DocumentService;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.claim.Travel;
import org.mentorlink.domain.relationship.SessionRecordDetails;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.tool.session.CurrentSession;

/**
 * One session of a mentoring relationship, for its two parties: moving it, the mentee's agenda, the
 * record (written by either, sent for sign-off by the mentee), the mentor's sign-off or return,
 * addenda to a locked record, and its calendar file. (Sessions are scheduled from the
 * relationship's overview, {@link RelationshipPages}.)
 */
@Path("/app/relationships/{id}/sessions/{sessionId}")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class SessionPages {
  @Inject CurrentSession current;
  @Inject RelationshipService relationships;
  @Inject ClaimService claims;
  @Inject DocumentService documents;
  @Inject RelationshipScreens relationship;
  @Inject Screens screens;
  @Inject PageCalendar calendar;
  @Inject Clock clock;

  @PathParam("id")
  String id;

  @PathParam("sessionId")
  String sessionId;

  @GET
  @Operation(hidden = true)
  public Response session(@QueryParam("done") String done) {
    return page(done, null, null, null);
  }

  @POST
  @Path("time")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response move(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    SessionForms.Slot slot = SessionForms.slot(form, "new-", calendar.get().zone(), errors);
    if (slot != null) {
      try {
        relationships.rescheduleSession(
            current.actor(),
            current.course(),
            id,
            sessionId,
            slot.when(),
            slot.duration(),
            slot.mode());
        return screens.seeOther(path(), "session-moved");
      } catch (DomainException e) {
        errors.add(e, SessionForms.MOVING);
      }
    }
    return page(null, "timeForm", form, errors);
  }

  @POST
  @Path("agenda")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response agenda(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    return act(
        () ->
            relationships.setAgenda(
                current.actor(), current.course(), id, sessionId, form.get("agenda")),
        "agenda-saved",
        "agendaForm",
        form,
        "agenda");
  }

  /** A party writes the record; the mentee may also send it for sign-off ({@code then=submit}). */
  @POST
  @Path("record")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response record(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    SessionRecordDetails details = SessionForms.record(form, errors);
    boolean submit = "submit".equals(form.get("then"));
    if (details != null) {
      try {
        relationships.writeRecord(current.actor(), current.course(), id, sessionId, details);
        if (submit) {
          relationships.submitSession(current.actor(), current.course(), id, sessionId);
        }
        return screens.seeOther(path(), submit ? "record-submitted" : "record-saved");
      } catch (DomainException e) {
        errors.add(e, SessionForms.RECORD);
      }
    }
    return page(null, "recordForm", form, errors);
  }

  @POST
  @Path("sign-off")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response signOff() {
    return act(
        () -> relationships.signOffSession(current.actor(), current.course(), id, sessionId),
        "signed-off",
        null,
        null,
        "record-title");
  }

  @POST
  @Path("return")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response returnRecord(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    return act(
        () ->
            relationships.returnSession(
                current.actor(), current.course(), id, sessionId, form.get("return-reason")),
        "returned",
        "returnForm",
        form,
        "return-reason");
  }

  @POST
  @Path("addenda")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response addendum(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    try {
      relationships.addAddendum(
          current.actor(), current.course(), id, sessionId, form.get("addendum"));
      return screens.seeOther(path() + "#addenda", "addendum-added");
    } catch (DomainException e) {
      return page(null, "addendumForm", form, new FormErrors().add(e, "addendum"));
    }
  }

  /**
   * The mentor claims the scheme's fee and travel for the signed-off session, or changes a returned
   * claim and sends it again.
   */
  @POST
  @Path("claim")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response claim(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    Travel travel = ClaimForms.travel(form, errors);
    if (travel != null) {
      try {
        ClaimViews.SessionClaim now =
            claims.forSession(current.actor(), current.course(), id, sessionId);
        ClaimViews.Submitted done =
            now.claim() == null
                ? claims.submit(current.actor(), current.course(), id, sessionId, travel)
                : claims.resubmit(current.actor(), current.course(), id, sessionId, travel);
        return screens.seeOther(
            path() + "#claim", done.overBudget() ? "claim-sent-over-budget" : "claim-sent");
      } catch (DomainException e) {
        errors.add(e, ClaimForms.CLAIM);
      }
    }
    return page(null, "claimForm", form, errors);
  }

  /** The session as an iCalendar file, for either party's calendar. */
  @GET
  @Path("calendar.ics")
  @Produces("text/calendar")
  @Operation(hidden = true)
  public Response calendar() {
    Views.SessionView v =
        relationships.sessionFor(current.actor(), current.course(), id, sessionId);
    return Response.ok(SessionCalendar.of(v, clock.instant()), "text/calendar; charset=utf-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"mentoring-session-" + v.number() + ".ics\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  /**
   * Runs {@code action} and redirects to the session with the {@code done} message; on a broken
   * rule shows the session again with the error on {@code field}, and form {@code formName} as
   * {@code posted}.
   */
  private Response act(
      Runnable action, String done, String formName, FormData posted, String field) {
    try {
      action.run();
      return screens.seeOther(path(), done);
    } catch (DomainException e) {
      return page(null, formName, posted, new FormErrors().add(e, field));
    }
  }

  /** The session's page; {@code failedForm} (if not null) shown as {@code posted}. */
  private Response page(String done, String failedForm, FormData posted, FormErrors errors) {
    Views.RelationshipView r = relationship.get(id);
    Views.SessionView v =
        r.sessions().stream()
            .filter(s -> s.id().equals(sessionId))
            .findFirst()
            .orElseThrow(() -> new NotFound("That session"));
    Map<String, Object> m = relationship.model(r, done);
    m.putAll(SessionForms.prefill(v, relationship.iAmMentee(r), calendar.fmt()));
    if (failedForm != null && posted != null) {
      m.put(failedForm, posted);
    }
    m.put("v", v);
    m.put("editable", r.active() && v.state().editable());
    if (v.state() == SessionState.SIGNED_OFF) {
      documents
          .sessionRecordCode(current.actor(), current.course(), id, sessionId)
          .ifPresent(code -> m.put("recordCode", code));
    }
    if (!relationship.iAmMentee(r) && v.state() == SessionState.SIGNED_OFF) {
      ClaimViews.SessionClaim claim =
          claims.forSession(current.actor(), current.course(), id, sessionId);
      m.put("claim", claim);
      if (!"claimForm".equals(failedForm) || posted == null) {
        m.put("claimForm", ClaimForms.prefill(claim.claim()));
      }
    }
    return screens.show("app/session", m, errors);
  }

  private String path() {
    return RelationshipScreens.base(id) + "/sessions/" + sessionId;
  }
}
