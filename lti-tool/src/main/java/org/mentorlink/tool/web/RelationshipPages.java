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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.relationship.ActionItem;
import org.mentorlink.domain.relationship.ClosureReason;
import org.mentorlink.domain.relationship.ContractTerms;
import org.mentorlink.domain.relationship.GoalOption;
import org.mentorlink.domain.relationship.GoalState;
import org.mentorlink.domain.relationship.SessionRecordDetails;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.tool.present.Fmt;
import org.mentorlink.tool.session.CurrentSession;
import org.mentorlink.tool.session.WebSession;

/**
 * A mentoring relationship, for its two parties: the contract, sessions (schedule, agenda, record,
 * sign-off, addenda, calendar), goals, and closing it. The scheme's coordinators never come here:
 * they see dates, counts and states on their own overview.
 */
@Path("/app/relationships/{id}")
@RequestScoped
public class RelationshipPages {
  static final String ACTION_COLUMNS = "action-what,action-due";
  static final String OPTION_COLUMNS = "option,criteria";

  @Inject CurrentSession current;
  @Inject RelationshipService relationships;
  @Inject SchemeService schemes;
  @Inject Screens screens;
  @Inject Clock clock;

  @PathParam("id")
  String id;

  // ------------------------------------------------------------------ overview and scheduling

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response overview(@QueryParam("done") String done, @QueryParam("page") int page) {
    WebSession s = current.require();
    Actor actor = current.actor();
    Views.RelationshipView r = relationships.get(actor, s.contextRef(), id);
    return overviewPage(s, r, done, page, null, null);
  }

  @POST
  @Path("sessions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response schedule(MultivaluedMap<String, String> body) {
    WebSession s = current.require();
    Actor actor = current.actor();
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    Instant when = Parse.dateTime(form, "date", "time", errors);
    CpdHours duration = duration(form, "duration", errors);
    MeetingMode mode =
        Parse.choice(form, "mode", MeetingMode.class, "Choose how you will meet.", errors);
    if (!errors.any()) {
      try {
        relationships.scheduleSession(actor, s.contextRef(), id, when, duration, mode);
        return screens.seeOther(base() + "#sessions", "session-scheduled");
      } catch (DomainException e) {
        errors.add(e, "date", "DURATION", "duration", "MODE", "mode");
      }
    }
    Views.RelationshipView r = relationships.get(actor, s.contextRef(), id);
    return overviewPage(s, r, null, 0, form, errors);
  }

  // ------------------------------------------------------------------ contract

  @GET
  @Path("contract")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response contract(@QueryParam("done") String done) {
    WebSession s = current.require();
    Actor actor = current.actor();
    Views.RelationshipView r = relationships.get(actor, s.contextRef(), id);
    return contractPage(s, r, done, contractDefaults(s, actor, r), null);
  }

  /** Either party drafts the contract, or amends it (a new version, signed again). */
  @POST
  @Path("contract")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response draftContract(MultivaluedMap<String, String> body) {
    WebSession s = current.require();
    Actor actor = current.actor();
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    LocalDate start = Parse.date(form, "start-date", "the start date", true, errors);
    LocalDate review = Parse.date(form, "review-date", "the review date", true, errors);
    MeetingMode mode =
        Parse.choice(form, "mode", MeetingMode.class, "Choose how you will usually meet.", errors);
    if (!errors.any()) {
      try {
        ContractTerms terms =
            new ContractTerms(
                form.get("ground-rules"),
                form.get("confidentiality"),
                form.get("boundaries"),
                form.get("objectives"),
                form.get("frequency"),
                mode,
                form.get("venue"),
                start,
                review,
                form.get("allowance"));
        relationships.draftContract(actor, s.contextRef(), id, terms);
        return screens.seeOther(base() + "/contract", "contract-saved");
      } catch (DomainException e) {
        errors.add(
            e,
            "ground-rules",
            "CONTRACT_DATES",
            "review-date",
            "ground rules",
            "ground-rules",
            "confidentiality",
            "confidentiality",
            "boundaries",
            "boundaries",
            "objectives",
            "objectives",
            "frequency",
            "frequency",
            "how you will meet",
            "mode",
            "venue",
            "venue",
            "start and review",
            "start-date",
            "allowance",
            "allowance");
      }
    }
    Views.RelationshipView r = relationships.get(actor, s.contextRef(), id);
    return contractPage(s, r, null, form, errors);
  }

  @POST
  @Path("contract/{contractId}/sign")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response sign(@PathParam("contractId") String contractId) {
    WebSession s = current.require();
    Actor actor = current.actor();
    try {
      relationships.signContract(actor, s.contextRef(), id, contractId);
      return screens.seeOther(base() + "/contract", "contract-signed");
    } catch (DomainException e) {
      FormErrors errors = new FormErrors().add(e, "sign");
      Views.RelationshipView r = relationships.get(actor, s.contextRef(), id);
      return contractPage(s, r, null, contractDefaults(s, actor, r), errors);
    }
  }

  // ------------------------------------------------------------------ one session

  @GET
  @Path("sessions/{sessionId}")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response session(
      @PathParam("sessionId") String sessionId, @QueryParam("done") String done) {
    WebSession s = current.require();
    Views.RelationshipView r = relationships.get(current.actor(), s.contextRef(), id);
    return sessionPage(s, r, session(r, sessionId), done, null, null, null);
  }

  @POST
  @Path("sessions/{sessionId}/time")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response reschedule(
      @PathParam("sessionId") String sessionId, MultivaluedMap<String, String> body) {
    WebSession s = current.require();
    Actor actor = current.actor();
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    Instant when = Parse.dateTime(form, "new-date", "new-time", errors);
    CpdHours duration = duration(form, "new-duration", errors);
    MeetingMode mode =
        Parse.choice(form, "new-mode", MeetingMode.class, "Choose how you will meet.", errors);
    if (!errors.any()) {
      try {
        relationships.rescheduleSession(actor, s.contextRef(), id, sessionId, when, duration, mode);
        return screens.seeOther(sessionPath(sessionId), "session-moved");
      } catch (DomainException e) {
        errors.add(e, "new-date", "DURATION", "new-duration", "MODE", "new-mode");
      }
    }
    return sessionAgain(s, actor, sessionId, "timeForm", form, errors);
  }

  @POST
  @Path("sessions/{sessionId}/agenda")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response agenda(
      @PathParam("sessionId") String sessionId, MultivaluedMap<String, String> body) {
    return onSession(
        sessionId,
        body,
        "agendaForm",
        "agenda",
        "",
        "agenda-saved",
        (actor, course, form) ->
            relationships.setAgenda(actor, course, id, sessionId, form.get("agenda")));
  }

  /** A party writes the record; the mentee may also send it for sign-off ({@code then=submit}). */
  @POST
  @Path("sessions/{sessionId}/record")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response record(
      @PathParam("sessionId") String sessionId, MultivaluedMap<String, String> body) {
    WebSession s = current.require();
    Actor actor = current.actor();
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    SessionRecordDetails details = recordDetails(form, errors);
    if (details != null) {
      try {
        relationships.writeRecord(actor, s.contextRef(), id, sessionId, details);
      } catch (DomainException e) {
        errors.add(
            e,
            "notes",
            "topics",
            "topics",
            "goals reviewed",
            "goals-reviewed",
            "actions",
            "action-what-0");
      }
    }
    if (!errors.any() && "submit".equals(form.get("then"))) {
      try {
        relationships.submitSession(actor, s.contextRef(), id, sessionId);
        return screens.seeOther(sessionPath(sessionId), "record-submitted");
      } catch (DomainException e) {
        errors.add(e, "notes");
      }
    }
    if (!errors.any()) {
      return screens.seeOther(sessionPath(sessionId), "record-saved");
    }
    return sessionAgain(s, actor, sessionId, "recordForm", form, errors);
  }

  @POST
  @Path("sessions/{sessionId}/sign-off")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response signOff(@PathParam("sessionId") String sessionId) {
    return onSession(
        sessionId,
        null,
        null,
        "record-title",
        "",
        "signed-off",
        (actor, course, form) -> relationships.signOffSession(actor, course, id, sessionId));
  }

  @POST
  @Path("sessions/{sessionId}/return")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response returnRecord(
      @PathParam("sessionId") String sessionId, MultivaluedMap<String, String> body) {
    return onSession(
        sessionId,
        body,
        "returnForm",
        "return-reason",
        "",
        "returned",
        (actor, course, form) ->
            relationships.returnSession(actor, course, id, sessionId, form.get("return-reason")));
  }

  @POST
  @Path("sessions/{sessionId}/addenda")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response addendum(
      @PathParam("sessionId") String sessionId, MultivaluedMap<String, String> body) {
    return onSession(
        sessionId,
        body,
        "addendumForm",
        "addendum",
        "#addenda",
        "addendum-added",
        (actor, course, form) ->
            relationships.addAddendum(actor, course, id, sessionId, form.get("addendum")));
  }

  /** The session as an iCalendar file, for either party's calendar. */
  @GET
  @Path("sessions/{sessionId}/calendar.ics")
  @Produces("text/calendar")
  @Operation(hidden = true)
  public Response calendar(@PathParam("sessionId") String sessionId) {
    WebSession s = current.require();
    Views.SessionView v = relationships.sessionFor(current.actor(), s.contextRef(), id, sessionId);
    return Response.ok(SessionCalendar.of(v, clock.instant()), "text/calendar; charset=utf-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"mentoring-session-" + v.number() + ".ics\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  // ------------------------------------------------------------------ goals

  @GET
  @Path("goals")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response goals(@QueryParam("done") String done, @QueryParam("page") int page) {
    WebSession s = current.require();
    Views.RelationshipView r = relationships.get(current.actor(), s.contextRef(), id);
    return goalsPage(s, r, done, page, FormData.empty(), null);
  }

  @POST
  @Path("goals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response setGoal(MultivaluedMap<String, String> body) {
    WebSession s = current.require();
    Actor actor = current.actor();
    FormData form = FormData.of(body);
    try {
      relationships.setGoal(actor, s.contextRef(), id, form.get("goal"));
      return screens.seeOther(base() + "/goals", "goal-set");
    } catch (DomainException e) {
      Views.RelationshipView r = relationships.get(actor, s.contextRef(), id);
      return goalsPage(s, r, null, 0, form, new FormErrors().add(e, "goal"));
    }
  }

  @GET
  @Path("goals/{goalId}")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response goal(@PathParam("goalId") String goalId, @QueryParam("done") String done) {
    WebSession s = current.require();
    Views.RelationshipView r = relationships.get(current.actor(), s.contextRef(), id);
    Views.GoalView g = goal(r, goalId);
    return goalPage(s, r, g, done, prefill(g), null);
  }

  /** The mentee works a goal through: reality, options with criteria, the chosen action. */
  @POST
  @Path("goals/{goalId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response developGoal(
      @PathParam("goalId") String goalId, MultivaluedMap<String, String> body) {
    WebSession s = current.require();
    Actor actor = current.actor();
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    LocalDate due = Parse.date(form, "action-due", "the action's date", false, errors);
    List<GoalOption> options = new ArrayList<>();
    String[] cols = OPTION_COLUMNS.split(",");
    for (int i = 0; i < form.rowCount(cols); i++) {
      if (form.rowFilled(i, cols)) {
        try {
          options.add(new GoalOption(form.at("option", i), form.at("criteria", i)));
        } catch (DomainException e) {
          String field =
              form.at("option", i).isBlank() || form.at("option", i).strip().length() > 1000
                  ? "option-" + i
                  : "criteria-" + i;
          errors.add(field, "Option " + (i + 1) + ": " + e.getMessage());
        }
      }
    }
    if (!errors.any()) {
      try {
        relationships.developGoal(
            actor,
            s.contextRef(),
            id,
            goalId,
            form.get("goal"),
            form.get("reality"),
            options,
            form.get("action"),
            due);
        return screens.seeOther(base() + "/goals/" + goalId, "goal-saved");
      } catch (DomainException e) {
        errors.add(
            e,
            "goal",
            "ACTION_REQUIRED",
            "action",
            "options",
            "option-0",
            "reality",
            "reality",
            "chosen action",
            "action");
      }
    }
    Views.RelationshipView r = relationships.get(actor, s.contextRef(), id);
    return goalPage(s, r, goal(r, goalId), null, form, errors);
  }

  @POST
  @Path("goals/{goalId}/achieve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response achieve(@PathParam("goalId") String goalId) {
    return closeGoal(goalId, true);
  }

  @POST
  @Path("goals/{goalId}/drop")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response drop(@PathParam("goalId") String goalId) {
    return closeGoal(goalId, false);
  }

  private Response closeGoal(String goalId, boolean achieved) {
    WebSession s = current.require();
    Actor actor = current.actor();
    try {
      if (achieved) {
        relationships.achieveGoal(actor, s.contextRef(), id, goalId);
      } else {
        relationships.dropGoal(actor, s.contextRef(), id, goalId);
      }
      return screens.seeOther(base() + "/goals", achieved ? "goal-achieved" : "goal-dropped");
    } catch (DomainException e) {
      Views.RelationshipView r = relationships.get(actor, s.contextRef(), id);
      Views.GoalView g = goal(r, goalId);
      return goalPage(s, r, g, null, prefill(g), new FormErrors().add(e, "goal-state"));
    }
  }

  // ------------------------------------------------------------------ closing

  @GET
  @Path("close")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response closeForm() {
    WebSession s = current.require();
    Views.RelationshipView r = relationships.get(current.actor(), s.contextRef(), id);
    return closePage(s, r, FormData.empty(), null);
  }

  @POST
  @Path("close")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response close(MultivaluedMap<String, String> body) {
    WebSession s = current.require();
    Actor actor = current.actor();
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
        relationships.close(actor, s.contextRef(), id, reason, form.get("summary"));
        return screens.seeOther(base(), "closed");
      } catch (DomainException e) {
        errors.add(e, "reason", "SUMMARY", "summary");
      }
    }
    Views.RelationshipView r = relationships.get(actor, s.contextRef(), id);
    return closePage(s, r, form, errors);
  }

  // ------------------------------------------------------------------ pages

  private Map<String, Object> model(WebSession s, Views.RelationshipView r, String done) {
    Map<String, Object> m = screens.model(s, done);
    boolean mentee = r.mentee().id().equals(s.personId());
    m.put("r", r);
    m.put("iAmMentee", mentee);
    m.put("iAmMentor", r.mentor().id().equals(s.personId()));
    m.put("other", mentee ? r.mentor() : r.mentee());
    m.put("base", base());
    m.put("latest", r.contracts().isEmpty() ? null : r.contracts().get(r.contracts().size() - 1));
    return m;
  }

  private Response overviewPage(
      WebSession s,
      Views.RelationshipView r,
      String done,
      int page,
      FormData scheduleForm,
      FormErrors errors) {
    Map<String, Object> m = model(s, r, done);
    List<Views.SessionView> newestFirst = new ArrayList<>(r.sessions());
    java.util.Collections.reverse(newestFirst);
    m.put("sessions", Screens.page(newestFirst, page, 10));
    m.put(
        "signedOff",
        r.sessions().stream().filter(v -> v.state() == SessionState.SIGNED_OFF).count());
    m.put("openGoals", r.goals().stream().filter(g -> g.state() == GoalState.OPEN).count());
    m.put("overdueGoals", r.goals().stream().filter(Views.GoalView::overdue).count());
    m.put("dueGoals", r.goals().stream().filter(Views.GoalView::due).count());
    if (scheduleForm == null) {
      SchemeSettings settings = settings(s);
      Views.ContractView latest =
          r.contracts().isEmpty() ? null : r.contracts().get(r.contracts().size() - 1);
      scheduleForm =
          FormData.empty()
              .put("duration", settings == null ? "1" : settings.defaultSessionLength().toString())
              .put("mode", latest == null ? null : latest.terms().mode());
    }
    m.put("form", scheduleForm);
    return screens.show(s, "app/relationship", m, errors);
  }

  private Response contractPage(
      WebSession s, Views.RelationshipView r, String done, FormData form, FormErrors errors) {
    Map<String, Object> m = model(s, r, done);
    m.put("form", form);
    List<Views.ContractView> earlier =
        r.contracts().size() > 1 ? r.contracts().subList(0, r.contracts().size() - 1) : List.of();
    List<Views.ContractView> newestFirst = new ArrayList<>(earlier);
    java.util.Collections.reverse(newestFirst);
    m.put("earlier", newestFirst);
    return screens.show(s, "app/contract", m, errors);
  }

  /** One action on a session from a form. */
  @FunctionalInterface
  private interface SessionAction {
    void run(Actor actor, String course, FormData form);
  }

  /**
   * Runs {@code action} and redirects to the session with the {@code done} message (at {@code
   * anchor}); on a broken rule shows the session again with the error on {@code field} of {@code
   * formName} and the input kept.
   */
  private Response onSession(
      String sessionId,
      MultivaluedMap<String, String> body,
      String formName,
      String field,
      String anchor,
      String done,
      SessionAction action) {
    WebSession s = current.require();
    Actor actor = current.actor();
    FormData form = body == null ? null : FormData.of(body);
    try {
      action.run(actor, s.contextRef(), form);
      return screens.seeOther(sessionPath(sessionId) + anchor, done);
    } catch (DomainException e) {
      return sessionAgain(s, actor, sessionId, formName, form, new FormErrors().add(e, field));
    }
  }

  private Response sessionAgain(
      WebSession s,
      Actor actor,
      String sessionId,
      String failedForm,
      FormData posted,
      FormErrors errors) {
    Views.RelationshipView r = relationships.get(actor, s.contextRef(), id);
    return sessionPage(s, r, session(r, sessionId), null, failedForm, posted, errors);
  }

  private Response sessionPage(
      WebSession s,
      Views.RelationshipView r,
      Views.SessionView v,
      String done,
      String failedForm,
      FormData posted,
      FormErrors errors) {
    Map<String, Object> m = model(s, r, done);
    boolean mentee = r.mentee().id().equals(s.personId());
    Fmt fmt = new Fmt();
    Map<String, FormData> forms = new HashMap<>();
    forms.put("agendaForm", FormData.empty().put("agenda", v.agenda()));
    FormData record =
        FormData.empty()
            .put("notes", mentee ? v.menteeNotes() : v.mentorNotes())
            .put("themes", v.themes())
            .putLines("topics", v.topics())
            .put("goals-reviewed", v.goalsReviewed())
            .put("action-what", v.actions().stream().map(Views.ActionView::what).toList())
            .put("action-owner", v.actions().stream().map(Views.ActionView::owner).toList())
            .put(
                "action-due",
                v.actions().stream()
                    .map(a -> a.dueOn() == null ? "" : a.dueOn().toString())
                    .toList());
    forms.put("recordForm", record);
    forms.put(
        "timeForm",
        FormData.empty()
            .put("new-date", fmt.isoDate(v.scheduledAt()))
            .put("new-time", fmt.isoTime(v.scheduledAt()))
            .put("new-duration", v.duration().toString())
            .put("new-mode", v.mode()));
    forms.put("returnForm", FormData.empty());
    forms.put("addendumForm", FormData.empty());
    if (failedForm != null && posted != null) {
      forms.put(failedForm, posted);
    }
    m.putAll(forms);
    m.put("v", v);
    m.put("editable", r.active() && v.state().editable());
    return screens.show(s, "app/session", m, errors);
  }

  private Response goalsPage(
      WebSession s,
      Views.RelationshipView r,
      String done,
      int page,
      FormData form,
      FormErrors errors) {
    Map<String, Object> m = model(s, r, done);
    m.put("goals", Screens.page(r.goals(), page, 20));
    m.put("form", form);
    return screens.show(s, "app/goals", m, errors);
  }

  private Response goalPage(
      WebSession s,
      Views.RelationshipView r,
      Views.GoalView g,
      String done,
      FormData form,
      FormErrors errors) {
    Map<String, Object> m = model(s, r, done);
    m.put("g", g);
    m.put("form", form);
    return screens.show(s, "app/goal", m, errors);
  }

  private Response closePage(
      WebSession s, Views.RelationshipView r, FormData form, FormErrors errors) {
    Map<String, Object> m = model(s, r, null);
    boolean mentee = r.mentee().id().equals(s.personId());
    m.put(
        "reasons",
        List.of(
            ClosureReason.NATURAL_END,
            mentee ? ClosureReason.ENDED_BY_MENTEE : ClosureReason.ENDED_BY_MENTOR,
            ClosureReason.ALLOWANCE_USED));
    m.put("form", form);
    return screens.show(s, "app/close", m, errors);
  }

  // ------------------------------------------------------------------ helpers

  private String base() {
    return "/app/relationships/" + id;
  }

  private String sessionPath(String sessionId) {
    return base() + "/sessions/" + sessionId;
  }

  private SchemeSettings settings(WebSession s) {
    return schemes
        .current(current.actor(), s.contextRef())
        .map(Views.SchemeView::settings)
        .orElse(null);
  }

  private static Views.SessionView session(Views.RelationshipView r, String sessionId) {
    return r.sessions().stream()
        .filter(v -> v.id().equals(sessionId))
        .findFirst()
        .orElseThrow(() -> new NotFound("That session"));
  }

  private static Views.GoalView goal(Views.RelationshipView r, String goalId) {
    return r.goals().stream()
        .filter(g -> g.id().equals(goalId))
        .findFirst()
        .orElseThrow(() -> new NotFound("That goal"));
  }

  private static CpdHours duration(FormData form, String field, FormErrors errors) {
    if (form.text(field) == null) {
      errors.add(field, "Choose how long the session lasts.");
      return null;
    }
    try {
      return CpdHours.of(form.get(field));
    } catch (DomainException e) {
      errors.add(field, "A session lasts from half an hour to 8 hours, in steps of half an hour.");
      return null;
    }
  }

  /** The contract form: the latest version's terms, or sensible starting points. */
  private FormData contractDefaults(WebSession s, Actor actor, Views.RelationshipView r) {
    if (!r.contracts().isEmpty()) {
      ContractTerms t = r.contracts().get(r.contracts().size() - 1).terms();
      return FormData.empty()
          .put("ground-rules", t.groundRules())
          .put("confidentiality", t.confidentiality())
          .put("boundaries", t.boundaries())
          .put("objectives", t.objectives())
          .put("frequency", t.meetingFrequency())
          .put("mode", t.mode())
          .put("venue", t.venue())
          .put("start-date", t.startDate())
          .put("review-date", t.reviewDate())
          .put("allowance", t.allowance());
    }
    SchemeSettings settings = settings(s);
    Fmt fmt = new Fmt();
    String allowance =
        settings != null
            ? settings.allowance().describe()
            : r.allowanceSessions() + " sessions by " + fmt.day(r.allowanceEnds());
    MeetingMode mode =
        r.requestSummary() == null || r.requestSummary().modes().isEmpty()
            ? null
            : r.requestSummary().modes().stream().sorted().findFirst().orElse(null);
    return FormData.empty()
        .put(
            "ground-rules",
            "We keep to the times we agree, come prepared, and say early if we cannot make a"
                + " session. The mentee sets each session's agenda. Either of us can end the"
                + " mentoring at any time.")
        .put(
            "confidentiality",
            settings != null
                ? settings.confidentialityText()
                : SchemeSettings.DEFAULT_CONFIDENTIALITY)
        .put("mode", mode)
        .put("start-date", LocalDate.ofInstant(clock.instant(), Fmt.UK))
        .put("allowance", allowance);
  }

  private static FormData prefill(Views.GoalView g) {
    return FormData.empty()
        .put("goal", g.goal())
        .put("reality", g.reality())
        .put("option", g.options().stream().map(GoalOption::option).toList())
        .put("criteria", g.options().stream().map(GoalOption::criteria).toList())
        .put("action", g.chosenAction())
        .put("action-due", g.actionDueOn());
  }

  private static SessionRecordDetails recordDetails(FormData f, FormErrors e) {
    List<ActionItem> actions = new ArrayList<>();
    String[] cols = ACTION_COLUMNS.split(",");
    for (int i = 0; i < f.rowCount(cols); i++) {
      if (!f.rowFilled(i, cols)) {
        continue;
      }
      LocalDate due =
          Parse.date(
              f.at("action-due", i), "action-due-" + i, "the date of action " + (i + 1), false, e);
      ActionItem.Owner owner;
      try {
        owner = ActionItem.Owner.valueOf(f.at("action-owner", i));
      } catch (IllegalArgumentException x) {
        owner = null;
      }
      try {
        actions.add(new ActionItem(f.at("action-what", i), owner, due));
      } catch (DomainException x) {
        String field = owner == null ? "action-owner-" + i : "action-what-" + i;
        e.add(field, "Action " + (i + 1) + ": " + x.getMessage());
      }
    }
    if (e.any()) {
      return null;
    }
    try {
      return new SessionRecordDetails(
          f.get("notes"),
          Parse.choices(f, "themes", Theme.class),
          f.lines("topics"),
          f.get("goals-reviewed"),
          actions);
    } catch (DomainException x) {
      e.add(
          x,
          "notes",
          "topics",
          "topics",
          "goals reviewed",
          "goals-reviewed",
          "actions",
          "action-what-0");
      return null;
    }
  }
}
