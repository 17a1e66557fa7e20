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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.MatchingService;
import org.mentorlink.domain.app.MentorService;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.RequestService;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.matching.Conflict;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.tool.bridge.RosterSync;
import org.mentorlink.tool.infrastructure.web.PublicUrls;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The scheme's lead and coordinators: screening requests, matching, the relationships overview
 * (dates, counts and states — never content), extra sessions, the roster and mentor invitations.
 */
@Path("/app/coordinator")
@RequestScoped
public class CoordinatorPages {
  static final int PAGE_SIZE = 20;

  /** Where a refused signposting's error goes. */
  private static final ErrorFields SIGNPOSTING =
      ErrorFields.otherwise("service").code("REASON_REQUIRED", "reason");

  /** A ranked candidate: its reasons (apart from its conflicts, listed on their own). */
  public record Ranked(Views.CandidateView view, List<String> reasons, boolean blocked) {}

  /** The candidates as the pages show them, in their order. */
  static List<Ranked> ranked(List<Views.CandidateView> candidates) {
    return candidates.stream()
        .map(
            c -> {
              List<String> conflicts = c.conflicts().stream().map(Conflict::reason).toList();
              return new Ranked(
                  c,
                  c.reasons().stream().filter(why -> !conflicts.contains(why)).toList(),
                  !conflicts.isEmpty());
            })
        .toList();
  }

  /** A session waiting for approval beyond the allowance, with its relationship. */
  public record Extra(Views.RelationshipSummary relationship, Views.SessionSummary session) {}

  @Inject CurrentSession current;
  @Inject RosterSync rosterSync;
  @Inject SchemeService schemes;
  @Inject RequestService requests;
  @Inject MatchingService matching;
  @Inject MentorService mentors;
  @Inject org.mentorlink.domain.app.IntakeService intake;
  @Inject RelationshipService relationships;
  @Inject org.mentorlink.domain.app.SubjectRightsService rights;
  @Inject PublicUrls urls;
  @Inject Screens screens;
  @Context UriInfo uriInfo;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response dashboard(@QueryParam("done") String done) {
    Views.SchemeView scheme = coordinated();
    String course = current.course();
    Map<String, Object> m = screens.model(done);
    m.put("scheme", scheme);
    // Counts only: every coordinator sees them, also under "only the lead knows".
    Views.SchemeNumbers numbers = schemes.numbers(current.actor(), course);
    m.put("toScreen", numbers.requestsToRead());
    m.put("toMatch", numbers.requestsToMatch());
    m.put("relationshipCount", numbers.relationships());
    m.put("mentorCount", numbers.mentors());
    m.put("cpdAwaiting", numbers.cpdAwaitingApproval());
    m.put("onlyLeadKnows", schemes.privacy(current.actor(), course).onlyLeadKnows());
    return screens.render("app/coordinator/dashboard", m);
  }

  // ------------------------------------------------------------------ requests

  @GET
  @Path("requests")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response queue(
      @QueryParam("state") String state,
      @QueryParam("page") int page,
      @QueryParam("done") String done) {
    RequestState chosen = parseState(state);
    Set<RequestState> states =
        chosen == null ? EnumSet.allOf(RequestState.class) : EnumSet.of(chosen);
    Views.Page<Views.RequestView> items =
        requests.queue(current.actor(), current.course(), states, page, PAGE_SIZE);
    Map<String, Object> m = screens.model(done);
    m.put("requests", items);
    m.put("state", chosen == null ? "ALL" : chosen.name());
    m.put("states", List.of(RequestState.values()));
    m.put(
        "pageUrl",
        "/app/coordinator/requests?state=" + (chosen == null ? "ALL" : chosen.name()) + "&page=");
    return screens.render("app/coordinator/requests", m);
  }

  @GET
  @Path("requests/{id}")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response request(@PathParam("id") String id, @QueryParam("done") String done) {
    return requestPage(id, done, FormData.empty(), null);
  }

  @POST
  @Path("requests/{id}/accept")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response accept(@PathParam("id") String id) {
    try {
      requests.accept(current.actor(), current.course(), id);
      return screens.seeOther("/app/coordinator/requests/" + id + "/matching", "request-accepted");
    } catch (DomainException e) {
      return requestPage(id, null, FormData.empty(), new FormErrors().add(e, "page-title"));
    }
  }

  /** The lead records whether mentoring is required of the mentee or voluntary. */
  @POST
  @Path("requests/{id}/required")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response required(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    String v = form.text("required");
    if (!"yes".equals(v) && !"no".equals(v)) {
      return requestPage(
          id, null, form, new FormErrors().add("required", "Choose voluntary or required."));
    }
    try {
      requests.recordRequired(current.actor(), current.course(), id, "yes".equals(v));
      return screens.seeOther("/app/coordinator/requests/" + id, "required-saved");
    } catch (DomainException e) {
      return requestPage(id, null, form, new FormErrors().add(e, "required"));
    }
  }

  @POST
  @Path("requests/{id}/signpost")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response signpost(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    if (form.text("service") == null) {
      errors.add("service", "Choose the service to point the mentee to.");
    }
    if (form.text("reason") == null) {
      errors.add("reason", "Write a few kind words for the mentee on why this service may help.");
    }
    if (!errors.any()) {
      try {
        requests.signpost(
            current.actor(), current.course(), id, form.get("service"), form.get("reason"));
        return screens.seeOther("/app/coordinator/requests/" + id, "request-signposted");
      } catch (DomainException e) {
        errors.add(e, SIGNPOSTING);
      }
    }
    return requestPage(id, null, form, errors);
  }

  // ------------------------------------------------------------------ matching

  @GET
  @Path("requests/{id}/matching")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response matching(
      @PathParam("id") String id, @QueryParam("done") String done, @QueryParam("page") int page) {
    return matchingPage(id, done, page, null);
  }

  @POST
  @Path("requests/{id}/proposals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response propose(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    try {
      matching.propose(current.actor(), current.course(), id, form.get("mentor"));
      return screens.seeOther("/app/coordinator/requests/" + id + "/matching", "proposed");
    } catch (DomainException e) {
      return matchingPage(id, null, 0, new FormErrors().add(e, "candidates"));
    }
  }

  // ------------------------------------------------------------------ relationships

  @GET
  @Path("relationships")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response relationships(@QueryParam("page") int page, @QueryParam("done") String done) {
    return relationshipsPage(page, done, null);
  }

  @POST
  @Path("relationships/{id}/sessions/{sessionId}/approve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response approveExtra(
      @PathParam("id") String id,
      @PathParam("sessionId") String sessionId,
      MultivaluedMap<String, String> body) {
    int page = pageOf(FormData.of(body));
    try {
      relationships.approveExtraSession(current.actor(), current.course(), id, sessionId);
      return screens.seeOther("/app/coordinator/relationships?page=" + page, "extra-approved");
    } catch (DomainException e) {
      return relationshipsPage(page, null, new FormErrors().add(e, "extra"));
    }
  }

  // ------------------------------------------------------------------ roster and mentors

  @GET
  @Path("roster")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response roster(
      @QueryParam("page") int page, @QueryParam("done") String done, @QueryParam("q") String q) {
    return rosterPage(page, q, done, null, null, null);
  }

  /**
   * Reads the course's membership from the platform now; the outcome (or the platform's failure, in
   * words) is shown on the roster page.
   */
  @POST
  @Path("roster/refresh")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response refreshRoster() {
    RosterSync.Outcome outcome = rosterSync.refreshNow(current.actor(), current.course());
    return rosterPage(0, null, null, null, null, outcome);
  }

  @POST
  @Path("roster/{personId}/mentor")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response makeMentor(
      @PathParam("personId") String personId, MultivaluedMap<String, String> body) {
    int page = pageOf(FormData.of(body));
    try {
      mentors.designate(current.actor(), current.course(), personId);
      return screens.seeOther("/app/coordinator/roster?page=" + page, "mentor-made");
    } catch (DomainException e) {
      return rosterPage(page, null, null, null, new FormErrors().add(e, "members"), null);
    }
  }

  /** The lead appoints an instructor of the course as coordinator. */
  @POST
  @Path("roster/{personId}/coordinator")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response makeCoordinator(
      @PathParam("personId") String personId, MultivaluedMap<String, String> body) {
    int page = pageOf(FormData.of(body));
    try {
      schemes.appointCoordinator(current.actor(), current.course(), personId);
      return screens.seeOther("/app/coordinator/roster?page=" + page, "coordinator-appointed");
    } catch (DomainException e) {
      return rosterPage(page, null, null, null, new FormErrors().add(e, "members"), null);
    }
  }

  /** The lead erases a person's records in the scheme, after ticking the confirmation. */
  @POST
  @Path("roster/{personId}/erase")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response erase(
      @PathParam("personId") String personId, MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    int page = pageOf(form);
    if (!form.checked("confirm", "yes")) {
      return rosterPage(
          page,
          null,
          null,
          null,
          new FormErrors()
              .add("members", "Tick the box to confirm that you want to erase the records."),
          null);
    }
    try {
      rights.eraseInScheme(current.actor(), current.course(), personId);
      return screens.seeOther("/app/coordinator/roster?page=" + page, "person-erased");
    } catch (DomainException e) {
      return rosterPage(page, null, null, null, new FormErrors().add(e, "members"), null);
    }
  }

  /** A new invitation link, shown once (it is stored only as a hash). */
  @POST
  @Path("invitations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response invite() {
    String code = mentors.invite(current.actor(), current.course());
    return rosterPage(0, null, null, urls.of(uriInfo, "/app/invitations/" + code), null, null);
  }

  @GET
  @Path("mentors")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response mentors(@QueryParam("page") int page) {
    Map<String, Object> m = screens.model(null);
    m.put("mentors", Screens.page(mentors.all(current.actor(), current.course()), page, PAGE_SIZE));
    // The lead and the matching coordinators keep each mentor's records; others see this list only.
    m.put("keepsRecords", schemes.roles(current.actor(), current.course()).matching());
    m.put("pageUrl", "/app/coordinator/mentors?page=");
    return screens.render("app/coordinator/mentors", m);
  }

  // ------------------------------------------------------------------ pages

  private Response requestPage(String id, String done, FormData form, FormErrors errors) {
    String course = current.course();
    Views.SchemeView scheme = coordinated();
    Views.RequestView r = requests.get(current.actor(), course, id);
    Map<String, Object> m = screens.model(done);
    m.put("scheme", scheme);
    m.put("request", r);
    m.put("proposals", matching.forRequest(current.actor(), course, id));
    m.put(
        "linkUntil",
        r.enteredForCaller() && !r.hasMentee() && r.state().open()
            ? intake.waitingLinkUntil(current.actor(), course, id)
            : null);
    m.put("signposts", scheme.settings() == null ? List.of() : scheme.settings().signposts());
    m.put("form", form);
    return show("app/coordinator/request", m, errors);
  }

  private Response matchingPage(String id, String done, int page, FormErrors errors) {
    String course = current.course();
    Views.RequestView r = requests.get(current.actor(), course, id);
    List<Views.ProposalView> proposals = matching.forRequest(current.actor(), course, id);
    Map<String, Object> m = screens.model(done);
    m.put("request", r);
    List<Ranked> ranked = ranked(matching.candidates(current.actor(), course, id));
    m.put("candidates", Screens.page(ranked, page, PAGE_SIZE));
    m.put("pageUrl", "/app/coordinator/requests/" + id + "/matching?page=");
    m.put("proposals", proposals);
    m.put("openProposal", proposals.stream().anyMatch(p -> p.state().open()));
    m.put("canPropose", r.state() == RequestState.ACCEPTED && r.hasMentee());
    m.put("noMentee", r.state().open() && !r.hasMentee());
    // The mentor the mentee asked for: ranked up, or shown as not proposable and why.
    m.put("preferredName", r.details().preferredMentor());
    m.put("preferred", ranked.stream().filter(x -> x.view().preferred()).findFirst().orElse(null));
    return show("app/coordinator/matching", m, errors);
  }

  private Response relationshipsPage(int page, String done, FormErrors errors) {
    Views.Page<Views.RelationshipSummary> items =
        relationships.overview(current.actor(), current.course(), page, PAGE_SIZE);
    List<Extra> extras = new ArrayList<>();
    for (Views.RelationshipSummary r : items.items()) {
      for (Views.SessionSummary v : r.sessions()) {
        if (v.needsApproval()) {
          extras.add(new Extra(r, v));
        }
      }
    }
    Map<String, Object> m = screens.model(done);
    m.put("relationships", items);
    m.put("extras", extras);
    m.put("pageUrl", "/app/coordinator/relationships?page=");
    return show("app/coordinator/relationships", m, errors);
  }

  private Response rosterPage(
      int page,
      String q,
      String done,
      String invitationUrl,
      FormErrors errors,
      RosterSync.Outcome outcome) {
    Views.SchemeView scheme = coordinated();
    Map<String, Object> m = screens.model(done);
    String search = q == null || q.isBlank() ? null : q.strip();
    m.put("scheme", scheme);
    m.put("members", schemes.roster(current.actor(), current.course(), search, page, PAGE_SIZE));
    m.put("coordinatorIds", scheme.coordinators().stream().map(Views.PersonView::id).toList());
    m.put("invitationUrl", invitationUrl);
    m.put("q", search);
    m.put("source", rosterSync.source(current.actor().tenant().value(), current.course()));
    m.put("outcome", outcome);
    m.put(
        "pageUrl",
        "/app/coordinator/roster?"
            + (search == null
                ? ""
                : "q="
                    + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8)
                    + "&")
            + "page=");
    return show("app/coordinator/roster", m, errors);
  }

  private Response show(String template, Map<String, Object> m, FormErrors errors) {
    return screens.show(template, m, errors);
  }

  private Views.SchemeView coordinated() {
    Views.SchemeView scheme =
        schemes
            .current(current.actor(), current.course())
            .orElseThrow(() -> new NotFound("The mentoring scheme of this course"));
    if (!scheme.me().coordinator()) {
      throw new Forbidden("Only the scheme's lead and coordinators can do this.");
    }
    return scheme;
  }

  private static RequestState parseState(String state) {
    if (state == null || state.isBlank()) {
      return RequestState.SUBMITTED;
    }
    try {
      return RequestState.valueOf(state);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int pageOf(FormData form) {
    try {
      return Math.max(0, Integer.parseInt(form.get("page")));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
