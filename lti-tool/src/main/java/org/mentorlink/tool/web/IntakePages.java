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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.IntakeService;
import org.mentorlink.domain.app.RequestService;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.request.RequestDetails;
import org.mentorlink.domain.scheme.MembershipStatus;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.tool.infrastructure.web.PublicUrls;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The lead's own intake: a request entered for someone who phoned in, the single-use link the lead
 * gives them, and choosing them among the course's people. (The caller's side: {@link
 * CallerClaimPages}.)
 */
@Path("/app/intake")
@RequestScoped
public class IntakePages {
  static final int PAGE_SIZE = 20;

  /** Where a refused request's error goes: the pro-forma's fields, and the caller's name. */
  static final ErrorFields ENTRY =
      ErrorFields.otherwise("help")
          .code("OTHER_DETAILS_REQUIRED", "other-details")
          .attribute("callerName", "caller-name")
          .attribute("otherDetails", "other-details")
          .attribute("preferredArea", "preferred-area")
          .attribute("mustNotMatch", "must-not-match")
          .attribute("lineManager", "line-manager")
          .attribute("practice", "practice")
          .attribute("preferredMentor", "preferred-mentor");

  @Inject CurrentSession current;
  @Inject SchemeService schemes;
  @Inject RequestService requests;
  @Inject IntakeService intake;
  @Inject PublicUrls urls;
  @Inject Screens screens;
  @Context UriInfo uriInfo;

  @GET
  @Path("new")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response form() {
    return formPage(null, FormData.empty(), null);
  }

  @POST
  @Path("new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response enter(MultivaluedMap<String, String> body) {
    return save(
        null,
        FormData.of(body),
        (name, details) -> {
          Views.RequestView r =
              intake.enterForCaller(current.actor(), current.course(), name, details);
          return screens.seeOther("/app/coordinator/requests/" + r.id(), "request-entered");
        });
  }

  /**
   * The pro-forma posted: the caller's name and the answers checked, then {@code action} run with
   * them; refused input (or a refusal of the domain) shows the form again with what was typed.
   */
  private Response save(
      Views.RequestView editing,
      FormData form,
      java.util.function.BiFunction<String, RequestDetails, Response> action) {
    FormErrors errors = new FormErrors();
    if (form.text("caller-name") == null) {
      errors.add("caller-name", "Write the caller's name, as they gave it.");
    }
    RequestDetails details = MenteePages.details(form, errors);
    if (details != null && !errors.any()) {
      try {
        return action.apply(form.get("caller-name"), details);
      } catch (DomainException e) {
        errors.add(e, ENTRY);
      }
    }
    return formPage(editing, form, errors);
  }

  /** The lead corrects the request before anyone claims it: the same pro-forma, filled in. */
  @GET
  @Path("{id}/edit")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response editForm(@PathParam("id") String id) {
    Views.RequestView r = unclaimed(id);
    FormData form = MenteePages.prefill(r.details()).put("caller-name", r.callerName());
    return formPage(r, form, null);
  }

  @POST
  @Path("{id}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response revise(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    return save(
        unclaimed(id),
        FormData.of(body),
        (name, details) -> {
          intake.reviseForCaller(current.actor(), current.course(), id, name, details);
          return screens.seeOther("/app/coordinator/requests/" + id, "request-revised-by-lead");
        });
  }

  /** A new single-use link for the caller, shown once (it is stored only as a hash). */
  @POST
  @Path("{id}/link")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response issueLink(@PathParam("id") String id) {
    IntakeService.IssuedLink link = intake.issueLink(current.actor(), current.course(), id);
    Views.RequestView r = requests.get(current.actor(), current.course(), id);
    Map<String, Object> m = screens.model(null);
    m.put("request", r);
    m.put("link", urls.of(uriInfo, "/app/claim/" + link.code()));
    m.put("expiresAt", link.expiresAt());
    return screens.render("app/coordinator/claim-link", m);
  }

  /** The lead withdraws the caller's link (given to the wrong person, or lost). */
  @POST
  @Path("{id}/link/withdraw")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response withdrawLink(@PathParam("id") String id) {
    intake.withdrawLinks(current.actor(), current.course(), id);
    return screens.seeOther("/app/coordinator/requests/" + id, "claim-link-withdrawn");
  }

  @GET
  @Path("{id}/roster")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response roster(
      @PathParam("id") String id, @QueryParam("q") String q, @QueryParam("page") int page) {
    return rosterPage(id, q, page, null);
  }

  /** The lead chooses the caller among the course's learners: the request becomes theirs. */
  @POST
  @Path("{id}/claim")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response claim(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    if (form.text("person") == null) {
      return rosterPage(
          id, form.get("q"), 0, new FormErrors().add("person", "Choose the person who phoned in."));
    }
    try {
      intake.claimFromRoster(current.actor(), current.course(), id, form.get("person"));
      return screens.seeOther("/app/coordinator/requests/" + id, "request-claimed-by-lead");
    } catch (DomainException e) {
      return rosterPage(id, form.get("q"), 0, new FormErrors().add(e, "person"));
    }
  }

  /** The pro-forma: a new request ({@code editing} null), or the one being corrected. */
  private Response formPage(Views.RequestView editing, FormData form, FormErrors errors) {
    Views.SchemeView scheme = matching();
    Map<String, Object> m = screens.model(null);
    m.put("scheme", scheme);
    m.put("editing", editing);
    m.put("form", form);
    m.put("forCaller", true);
    return screens.show("app/coordinator/phoned-in", m, errors);
  }

  /** A request entered for a caller that nobody has claimed yet (404 otherwise). */
  private Views.RequestView unclaimed(String id) {
    matching();
    Views.RequestView r = requests.get(current.actor(), current.course(), id);
    if (r.hasMentee() || !r.enteredForCaller()) {
      throw new NotFound("That request");
    }
    return r;
  }

  private Response rosterPage(String id, String q, int page, FormErrors errors) {
    Views.RequestView r = unclaimed(id);
    String search = q == null || q.isBlank() ? null : q.strip();
    Map<String, Object> m = screens.model(null);
    m.put("request", r);
    m.put("q", search);
    Views.Page<Views.MemberView> members =
        schemes.roster(current.actor(), current.course(), search, page, PAGE_SIZE);
    m.put("members", members);
    // Only learners still in the course can be mentees: the page lists those of this page of the
    // roster (not those who left it).
    m.put(
        "learners",
        members.items().stream()
            .filter(
                x ->
                    x.launchRoles().contains(LaunchRole.LEARNER.name())
                        && !x.launchRoles().contains(LaunchRole.INSTRUCTOR.name())
                        && x.status() != MembershipStatus.LEFT)
            .toList());
    m.put(
        "pageUrl",
        "/app/intake/"
            + id
            + "/roster?"
            + (search == null ? "" : "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&")
            + "page=");
    m.put("form", FormData.empty());
    return screens.show("app/coordinator/claim-roster", m, errors);
  }

  /** The course's scheme, for the lead or a coordinator who matches (403 for anyone else). */
  private Views.SchemeView matching() {
    Views.SchemeView scheme =
        schemes
            .current(current.actor(), current.course())
            .orElseThrow(() -> new NotFound("The mentoring scheme of this course"));
    if (!scheme.me().matching()) {
      throw new Forbidden(
          "Only the scheme's lead and the coordinators who match enter requests for callers.");
    }
    return scheme;
  }
}
