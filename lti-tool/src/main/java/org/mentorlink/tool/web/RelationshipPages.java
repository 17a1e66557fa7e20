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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.SafeguardingService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.relationship.ClosureReason;
import org.mentorlink.domain.relationship.GoalState;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * A mentoring relationship, for its two parties: its overview with the sessions (and scheduling
 * another), and closing it. Its contract, each session and its goals have pages of their own
 * ({@link ContractPages}, {@link SessionPages}, {@link GoalPages}). The scheme's coordinators never
 * come here: they see dates, counts and states on their own overview.
 */
@Path("/app/relationships/{id}")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class RelationshipPages {
  private static final ErrorFields CLOSING =
      ErrorFields.otherwise("reason").code("SUMMARY_REQUIRED", "summary");

  @Inject CurrentSession current;
  @Inject RelationshipService relationships;
  @Inject RelationshipScreens relationship;
  @Inject Screens screens;
  @Inject PageCalendar calendar;
  @Inject SafeguardingService safeguarding;

  @PathParam("id")
  String id;

  @GET
  @Operation(hidden = true)
  public Response overview(@QueryParam("done") String done, @QueryParam("page") int page) {
    return overviewPage(done, page, null, null);
  }

  /** Either party schedules a session (the form is on the overview). */
  @POST
  @Path("sessions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response schedule(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    SessionForms.Slot slot = SessionForms.slot(form, "", calendar.get().zone(), errors);
    if (slot != null) {
      try {
        relationships.scheduleSession(
            current.actor(), current.course(), id, slot.when(), slot.duration(), slot.mode());
        return screens.seeOther(RelationshipScreens.base(id) + "#sessions", "session-scheduled");
      } catch (DomainException e) {
        errors.add(e, SessionForms.SCHEDULING);
      }
    }
    return overviewPage(null, 0, form, errors);
  }

  /** The mentor points the mentee to another service, the mentoring going on. */
  @POST
  @Path("signposts")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response signpost(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = SignpostForms.check(form);
    if (!errors.any()) {
      try {
        relationships.signpost(
            current.actor(), current.course(), id, form.get("service"), form.get("reason"));
        return screens.seeOther(RelationshipScreens.base(id) + "#signposting-title", "signposted");
      } catch (DomainException e) {
        errors.add(e, SignpostForms.SIGNPOSTING);
      }
    }
    Views.RelationshipView r = relationship.get(id);
    FormData merged =
        SessionForms.scheduling(relationship.settings(), RelationshipScreens.latest(r))
            .put("service", form.get("service"))
            .put("reason", form.get("reason"));
    return overviewPage(null, 0, merged, errors);
  }

  @GET
  @Path("close")
  @Operation(hidden = true)
  public Response closeForm() {
    return closePage(FormData.empty(), null);
  }

  /** Either party closes the relationship, with the reason and a closing summary. */
  @POST
  @Path("close")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response close(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    ClosureReason reason =
        Parse.choice(
            form, "reason", ClosureReason.class, "Choose why the mentoring is ending.", errors);
    if (form.text("summary") == null) {
      errors.add("summary", "Write a short closing summary.");
    }
    if (!errors.any()) {
      try {
        relationships.close(current.actor(), current.course(), id, reason, form.get("summary"));
        return screens.seeOther(RelationshipScreens.base(id), "closed");
      } catch (DomainException e) {
        errors.add(e, CLOSING);
      }
    }
    return closePage(form, errors);
  }

  /**
   * The overview: sessions (newest first, paged), goal counts, and the scheduling form — as posted,
   * or (null) with its defaults.
   */
  private Response overviewPage(String done, int page, FormData scheduleForm, FormErrors errors) {
    Views.RelationshipView r = relationship.get(id);
    Map<String, Object> m = relationship.model(r, done);
    List<Views.SessionView> newestFirst = new ArrayList<>(r.sessions());
    Collections.reverse(newestFirst);
    m.put("sessions", Screens.page(newestFirst, page, 10));
    m.put(
        "signedOff",
        r.sessions().stream().filter(v -> v.state() == SessionState.SIGNED_OFF).count());
    m.put("openGoals", r.goals().stream().filter(g -> g.state() == GoalState.OPEN).count());
    m.put("overdueGoals", r.goals().stream().filter(Views.GoalView::overdue).count());
    m.put("dueGoals", r.goals().stream().filter(Views.GoalView::due).count());
    m.put("concerns", safeguarding.onRelationship(current.actor(), current.course(), id));
    SchemeSettings settings = relationship.settings();
    m.put("signposts", settings == null ? List.of() : settings.signposts());
    m.put(
        "form",
        scheduleForm != null
            ? scheduleForm
            : SessionForms.scheduling(relationship.settings(), RelationshipScreens.latest(r)));
    return screens.show("app/relationship", m, errors);
  }

  private Response closePage(FormData form, FormErrors errors) {
    Views.RelationshipView r = relationship.get(id);
    Map<String, Object> m = relationship.model(r, null);
    m.put(
        "reasons",
        List.of(
            ClosureReason.NATURAL_END,
            relationship.iAmMentee(r)
                ? ClosureReason.ENDED_BY_MENTEE
                : ClosureReason.ENDED_BY_MENTOR,
            ClosureReason.ALLOWANCE_USED));
    m.put("form", form);
    return screens.show("app/close", m, errors);
  }
}
