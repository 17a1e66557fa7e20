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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.MatchingService;
import org.mentorlink.domain.app.MentorService;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.matching.MatchState;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.mentor.MentorDetails;
import org.mentorlink.domain.mentor.TrainingStatus;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;
import org.mentorlink.tool.session.WebSession;

/**
 * The mentor's side: their mentees, proposals to accept or decline, session records waiting for
 * sign-off, their profile, and pausing.
 */
@Path("/app/mentor")
@RequestScoped
public class MentorPages {
  /** A submitted session record waiting for the mentor, with its relationship. */
  public record Waiting(Views.RelationshipView relationship, Views.SessionView session) {}

  @Inject CurrentSession current;
  @Inject MentorService mentors;
  @Inject MatchingService matching;
  @Inject RelationshipService relationships;
  @Inject Screens screens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response overview(@QueryParam("done") String done, @QueryParam("page") int page) {
    WebSession s = current.require();
    return overview(s, current.actor(), done, page, null);
  }

  @POST
  @Path("proposals/{id}/accept")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response accept(@PathParam("id") String id) {
    WebSession s = current.require();
    Actor actor = current.actor();
    try {
      matching.mentorAccepts(actor, s.contextRef(), id);
      return screens.seeOther("/app/mentor", "proposal-accepted");
    } catch (DomainException e) {
      return overview(s, actor, null, 0, new FormErrors().add(e, "proposals"));
    }
  }

  @POST
  @Path("proposals/{id}/decline")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response decline(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    WebSession s = current.require();
    Actor actor = current.actor();
    FormData form = FormData.of(body);
    try {
      matching.mentorDeclines(actor, s.contextRef(), id, form.get("reason"));
      return screens.seeOther("/app/mentor", "proposal-refused");
    } catch (DomainException e) {
      return overview(s, actor, null, 0, new FormErrors().add(e, "decline-reason-" + id));
    }
  }

  @GET
  @Path("profile")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response profile(@QueryParam("done") String done) {
    WebSession s = current.require();
    Views.MentorView me = mentors.mine(current.actor(), s.contextRef());
    return profilePage(s, me, done, prefill(me.details()), null);
  }

  @POST
  @Path("profile")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response saveProfile(MultivaluedMap<String, String> body) {
    WebSession s = current.require();
    Actor actor = current.actor();
    Views.MentorView me = mentors.mine(actor, s.contextRef());
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    Integer capacity =
        Parse.integer(form, "capacity", "how many mentees you can take", true, errors);
    LocalDate trainedOn =
        Parse.date(form, "trained-on", "the date of your training", false, errors);
    if (!errors.any()) {
      try {
        MentorDetails details =
            new MentorDetails(
                form.lines("areas"),
                form.lines("specialties"),
                Parse.choices(form, "modes", MeetingMode.class),
                capacity,
                Parse.choice(form, "training", TrainingStatus.class, null, errors),
                trainedOn,
                form.get("availability"),
                form.get("practice"),
                form.lines("must-not-mentor"));
        mentors.update(actor, s.contextRef(), details);
        return screens.seeOther("/app/mentor/profile", "profile-saved");
      } catch (DomainException e) {
        errors.add(
            e,
            "areas",
            "CAPACITY",
            "capacity",
            "TRAINING",
            "trained-on",
            "specialties",
            "specialties",
            "availability",
            "availability",
            "to avoid",
            "must-not-mentor",
            "practice",
            "practice");
      }
    }
    return profilePage(s, me, null, form, errors);
  }

  @POST
  @Path("pause")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response pause() {
    return setPaused(true);
  }

  @POST
  @Path("resume")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response resume() {
    return setPaused(false);
  }

  private Response setPaused(boolean paused) {
    WebSession s = current.require();
    Actor actor = current.actor();
    try {
      mentors.setPaused(actor, s.contextRef(), paused);
      return screens.seeOther("/app/mentor", paused ? "paused" : "resumed");
    } catch (DomainException e) {
      return overview(s, actor, null, 0, new FormErrors().add(e, "availability"));
    }
  }

  // ------------------------------------------------------------------ helpers

  private Response overview(WebSession s, Actor actor, String done, int page, FormErrors errors) {
    String course = s.contextRef();
    Views.MentorView me = mentors.mine(actor, course);
    List<Views.RelationshipView> mine =
        relationships.mine(actor, course).stream()
            .filter(r -> r.mentor().id().equals(s.personId()))
            .sorted(Comparator.comparing(Views.RelationshipView::active).reversed())
            .toList();
    List<Waiting> waiting = new ArrayList<>();
    for (Views.RelationshipView r : mine) {
      for (Views.SessionView v : r.sessions()) {
        if (v.state() == SessionState.SUBMITTED) {
          waiting.add(new Waiting(r, v));
        }
      }
    }
    List<Views.ProposalView> proposals =
        matching.mine(actor, course).stream()
            .filter(p -> p.mentor().id().equals(s.personId()))
            .toList();
    Map<String, Object> m = screens.model(s, done);
    m.put("profile", me);
    m.put("relationships", Screens.page(mine, page, 20));
    m.put("waiting", waiting);
    m.put("toAnswer", proposals.stream().filter(p -> p.state() == MatchState.PROPOSED).toList());
    m.put("form", FormData.empty());
    return screens.show(s, "app/mentor", m, errors);
  }

  private Response profilePage(
      WebSession s, Views.MentorView me, String done, FormData form, FormErrors errors) {
    Map<String, Object> m = screens.model(s, done);
    m.put("profile", me);
    m.put("form", form);
    return screens.show(s, "app/mentor-profile", m, errors);
  }

  static FormData prefill(MentorDetails d) {
    return FormData.empty()
        .putLines("areas", d.areas())
        .putLines("specialties", d.specialties())
        .put("modes", d.modes())
        .put("capacity", d.capacity())
        .put("training", d.trainingStatus())
        .put("trained-on", d.trainedOn())
        .put("availability", d.availability())
        .put("practice", d.practice())
        .putLines("must-not-mentor", d.mustNotMentor());
  }
}
