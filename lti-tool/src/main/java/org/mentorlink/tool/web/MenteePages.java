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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.MatchingService;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.RequestService;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.matching.MatchState;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.request.HelpTopic;
import org.mentorlink.domain.request.RequestDetails;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The mentee's side: the request (intake pro-forma), its state or signposting, withdrawal; the
 * mentors proposed to them; and their mentoring relationships.
 */
@Path("/app/mentee")
@RequestScoped
public class MenteePages {
  /** Where a refused request's error goes. */
  static final ErrorFields REQUEST =
      ErrorFields.otherwise("help")
          .code("OTHER_DETAILS_REQUIRED", "other-details")
          .attribute("otherDetails", "other-details")
          .attribute("preferredArea", "preferred-area")
          .attribute("mustNotMatch", "must-not-match")
          .attribute("lineManager", "line-manager")
          .attribute("practice", "practice")
          .attribute("preferredMentor", "preferred-mentor");

  @Inject CurrentSession current;
  @Inject SchemeService schemes;
  @Inject RequestService requests;
  @Inject MatchingService matching;
  @Inject RelationshipService relationships;
  @Inject Screens screens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response overview(@QueryParam("done") String done, @QueryParam("page") int page) {
    return overview(done, null, page);
  }

  @GET
  @Path("request")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response requestForm() {
    Mine mine = mine();
    if (mine.editable != null) {
      return requestPage(
          mine.editable,
          prefill(mine.editable.details())
              .put("asked", mine.editable.mentoringRequired() ? "yes" : null),
          null);
    }
    if (mine.canRequest) {
      return requestPage(null, FormData.empty(), null);
    }
    return screens.seeOther("/app/mentee", null);
  }

  /** The mentee sends a new request. */
  @POST
  @Path("request")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response submit(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    RequestDetails details = details(form, errors);
    if (details != null) {
      try {
        requests.submit(
            current.actor(), current.course(), details, "yes".equals(form.text("asked")));
        return screens.seeOther("/app/mentee", "request-sent");
      } catch (DomainException e) {
        errors.add(e, "help");
      }
    }
    return requestPage(null, form, errors);
  }

  /** The mentee changes a request that has not been screened yet. */
  @POST
  @Path("requests/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response revise(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    Views.RequestView request = requests.get(current.actor(), current.course(), id);
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    RequestDetails details = details(form, errors);
    if (details != null) {
      try {
        requests.revise(current.actor(), current.course(), id, details);
        requests.askedToHaveMentoring(
            current.actor(), current.course(), id, "yes".equals(form.text("asked")));
        return screens.seeOther("/app/mentee", "request-changed");
      } catch (DomainException e) {
        errors.add(e, "help");
      }
    }
    return requestPage(request, form, errors);
  }

  @POST
  @Path("requests/{id}/withdraw")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response withdraw(@PathParam("id") String id) {
    try {
      requests.withdraw(current.actor(), current.course(), id);
      return screens.seeOther("/app/mentee", "request-withdrawn");
    } catch (DomainException e) {
      return overview(0, new FormErrors().add(e, "my-request"));
    }
  }

  /** The mentee confirms the mentor who accepted: the relationship starts. */
  @POST
  @Path("proposals/{id}/confirm")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response confirm(@PathParam("id") String id) {
    try {
      String relationship = matching.menteeConfirms(current.actor(), current.course(), id);
      return screens.seeOther("/app/relationships/" + relationship, "matched");
    } catch (DomainException e) {
      return overview(0, new FormErrors().add(e, "page-title"));
    }
  }

  @POST
  @Path("proposals/{id}/decline")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response decline(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    try {
      matching.menteeDeclines(current.actor(), current.course(), id, form.text("reason"));
      return screens.seeOther("/app/mentee", "proposal-declined");
    } catch (DomainException e) {
      return overview(0, new FormErrors().add(e, "decline-reason-" + id));
    }
  }

  // ------------------------------------------------------------------ helpers

  /** What the mentee has in this scheme. */
  private record Mine(
      Views.SchemeView scheme,
      List<Views.RequestView> requests,
      Views.RequestView editable,
      List<Views.ProposalView> toConfirm,
      long waitingForMentor,
      List<Views.RelationshipView> relationships,
      boolean canRequest) {}

  private Mine mine() {
    String course = current.course();
    Views.SchemeView scheme =
        schemes
            .current(current.actor(), course)
            .orElseThrow(() -> new NotFound("The mentoring scheme of this course"));
    List<Views.RequestView> mine = requests.mine(current.actor(), course);
    List<Views.ProposalView> proposals =
        matching.mine(current.actor(), course).stream()
            .filter(p -> p.mentee().id().equals(current.require().personId()))
            .toList();
    List<Views.RelationshipView> rels =
        relationships.mine(current.actor(), course).stream()
            .filter(r -> r.mentee().id().equals(current.require().personId()))
            .toList();
    boolean open = mine.stream().anyMatch(r -> r.state().open());
    boolean active = rels.stream().anyMatch(Views.RelationshipView::active);
    return new Mine(
        scheme,
        mine,
        mine.stream().filter(r -> r.state() == RequestState.SUBMITTED).findFirst().orElse(null),
        proposals.stream().filter(p -> p.state() == MatchState.MENTOR_ACCEPTED).toList(),
        proposals.stream().filter(p -> p.state() == MatchState.PROPOSED).count(),
        rels,
        current.actor().has(LaunchRole.LEARNER) && !open && !active);
  }

  private Response overview(int page, FormErrors errors) {
    return overview(null, errors, page);
  }

  private Response overview(String done, FormErrors errors, int page) {
    Mine mine = mine();
    Map<String, Object> m = screens.model(done);
    m.put("scheme", mine.scheme);
    m.put("latest", mine.requests.isEmpty() ? null : mine.requests.get(0));
    m.put(
        "earlier",
        Screens.page(
            mine.requests.size() > 1 ? mine.requests.subList(1, mine.requests.size()) : List.of(),
            page,
            10));
    m.put("editable", mine.editable);
    m.put("toConfirm", mine.toConfirm);
    m.put("waitingForMentor", mine.waitingForMentor);
    m.put("relationships", mine.relationships);
    m.put("canRequest", mine.canRequest);
    m.put("form", FormData.empty());
    return screens.show("app/mentee", m, errors);
  }

  private Response requestPage(Views.RequestView request, FormData form, FormErrors errors) {
    Map<String, Object> m = screens.model(null);
    m.put("request", request);
    m.put("form", form);
    return screens.show("app/request-form", m, errors);
  }

  static FormData prefill(RequestDetails d) {
    return FormData.empty()
        .put("help", d.helpWith())
        .put("other-details", d.otherDetails())
        .put("preferred-area", d.preferredArea())
        .put("modes", d.preferredModes())
        .putLines("must-not-match", d.mustNotMatch())
        .put("line-manager", d.lineManager())
        .put("practice", d.practice())
        .put("preferred-mentor", d.preferredMentor());
  }

  static RequestDetails details(FormData f, FormErrors e) {
    try {
      return new RequestDetails(
          Parse.choices(f, "help", HelpTopic.class),
          f.get("other-details"),
          f.get("preferred-area"),
          Parse.choices(f, "modes", MeetingMode.class),
          f.lines("must-not-match"),
          f.get("line-manager"),
          f.get("practice"),
          f.get("preferred-mentor"));
    } catch (DomainException x) {
      e.add(x, REQUEST);
      return null;
    }
  }
}
