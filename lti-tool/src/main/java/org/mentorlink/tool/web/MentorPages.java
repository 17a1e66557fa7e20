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
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The mentor's side: their mentees, proposals to accept or decline, session records waiting for
 * sign-off, their profile, and pausing.
 */
@Path("/app/mentor")
@RequestScoped
public class MentorPages {
  /** A submitted session record waiting for the mentor, with its relationship. */
  public record Waiting(Views.RelationshipView relationship, Views.SessionView session) {}

  /** Where a refused profile's error goes. */
  static final ErrorFields PROFILE =
      ErrorFields.otherwise("areas")
          .code("INVALID_CAPACITY", "capacity")
          .code("TRAINING_DATE_REQUIRED", "trained-on")
          .attribute("areas", "areas")
          .attribute("specialties", "specialties")
          .attribute("availability", "availability")
          .attribute("practice", "practice")
          .attribute("mustNotMentor", "must-not-mentor");

  @Inject CurrentSession current;
  @Inject MentorService mentors;
  @Inject MatchingService matching;
  @Inject RelationshipService relationships;
  @Inject Screens screens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response overview(@QueryParam("done") String done, @QueryParam("page") int page) {
    return overview(done, page, null);
  }

  @POST
  @Path("proposals/{id}/accept")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response accept(@PathParam("id") String id) {
    try {
      matching.mentorAccepts(current.actor(), current.course(), id);
      return screens.seeOther("/app/mentor", "proposal-accepted");
    } catch (DomainException e) {
      return overview(null, 0, new FormErrors().add(e, "proposals"));
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
      matching.mentorDeclines(current.actor(), current.course(), id, form.get("reason"));
      return screens.seeOther("/app/mentor", "proposal-refused");
    } catch (DomainException e) {
      return overview(null, 0, new FormErrors().add(e, "decline-reason-" + id));
    }
  }

  @GET
  @Path("profile")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response profile(@QueryParam("done") String done) {
    Views.MentorView me = mentors.mine(current.actor(), current.course());
    return profilePage(me, done, prefill(me.details()), null);
  }

  @POST
  @Path("profile")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response saveProfile(MultivaluedMap<String, String> body) {
    Views.MentorView me = mentors.mine(current.actor(), current.course());
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
        mentors.update(current.actor(), current.course(), details);
        return screens.seeOther("/app/mentor/profile", "profile-saved");
      } catch (DomainException e) {
        errors.add(e, PROFILE);
      }
    }
    return profilePage(me, null, form, errors);
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
    try {
      mentors.setPaused(current.actor(), current.course(), paused);
      return screens.seeOther("/app/mentor", paused ? "paused" : "resumed");
    } catch (DomainException e) {
      return overview(null, 0, new FormErrors().add(e, "availability"));
    }
  }

  // ------------------------------------------------------------------ helpers

  private Response overview(String done, int page, FormErrors errors) {
    String course = current.course();
    Views.MentorView me = mentors.mine(current.actor(), course);
    List<Views.RelationshipView> mine =
        relationships.mine(current.actor(), course).stream()
            .filter(r -> r.mentor().id().equals(current.require().personId()))
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
        matching.mine(current.actor(), course).stream()
            .filter(p -> p.mentor().id().equals(current.require().personId()))
            .toList();
    Map<String, Object> m = screens.model(done);
    m.put("profile", me);
    m.put("relationships", Screens.page(mine, page, 20));
    m.put("formerMentorships", relationships.formerMentorships(current.actor(), course));
    m.put("waiting", waiting);
    m.put("toAnswer", proposals.stream().filter(p -> p.state() == MatchState.PROPOSED).toList());
    m.put("form", FormData.empty());
    return screens.show("app/mentor", m, errors);
  }

  private Response profilePage(Views.MentorView me, String done, FormData form, FormErrors errors) {
    Map<String, Object> m = screens.model(done);
    m.put("profile", me);
    m.put("form", form);
    return screens.show("app/mentor-profile", m, errors);
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
