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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The goals of a mentoring relationship: the list, and the mentee setting a goal, working it
 * through (reality, options with criteria, the chosen action and its date), and marking it achieved
 * or dropped. The mentor reads them.
 */
@Path("/app/relationships/{id}/goals")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class GoalPages {
  @Inject CurrentSession current;
  @Inject RelationshipService relationships;
  @Inject RelationshipScreens relationship;
  @Inject Screens screens;

  @PathParam("id")
  String id;

  @GET
  @Operation(hidden = true)
  public Response goals(@QueryParam("done") String done, @QueryParam("page") int page) {
    return listPage(done, page, FormData.empty(), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response set(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    try {
      relationships.setGoal(current.actor(), current.course(), id, form.get("goal"));
      return screens.seeOther(list(), "goal-set");
    } catch (DomainException e) {
      return listPage(null, 0, form, new FormErrors().add(e, "goal"));
    }
  }

  @GET
  @Path("{goalId}")
  @Operation(hidden = true)
  public Response goal(@PathParam("goalId") String goalId, @QueryParam("done") String done) {
    return goalPage(goalId, done, null, null);
  }

  /** The mentee works a goal through. */
  @POST
  @Path("{goalId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response develop(@PathParam("goalId") String goalId, MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    GoalForms.Plan p = GoalForms.read(form, errors);
    if (p != null) {
      try {
        relationships.developGoal(
            current.actor(),
            current.course(),
            id,
            goalId,
            p.goal(),
            p.reality(),
            p.options(),
            p.action(),
            p.due());
        return screens.seeOther(list() + "/" + goalId, "goal-saved");
      } catch (DomainException e) {
        errors.add(e, GoalForms.ERRORS);
      }
    }
    return goalPage(goalId, null, form, errors);
  }

  @POST
  @Path("{goalId}/achieve")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response achieve(@PathParam("goalId") String goalId) {
    try {
      relationships.achieveGoal(current.actor(), current.course(), id, goalId);
      return screens.seeOther(list(), "goal-achieved");
    } catch (DomainException e) {
      return goalPage(goalId, null, null, new FormErrors().add(e, "goal-state"));
    }
  }

  @POST
  @Path("{goalId}/drop")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response drop(@PathParam("goalId") String goalId) {
    try {
      relationships.dropGoal(current.actor(), current.course(), id, goalId);
      return screens.seeOther(list(), "goal-dropped");
    } catch (DomainException e) {
      return goalPage(goalId, null, null, new FormErrors().add(e, "goal-state"));
    }
  }

  private Response listPage(String done, int page, FormData form, FormErrors errors) {
    Views.RelationshipView r = relationship.get(id);
    Map<String, Object> m = relationship.model(r, done);
    m.put("goals", Screens.page(r.goals(), page, 20));
    m.put("form", form);
    return screens.show("app/goals", m, errors);
  }

  /** The goal's page; its form as posted, or (null) filled in from the goal. */
  private Response goalPage(String goalId, String done, FormData form, FormErrors errors) {
    Views.RelationshipView r = relationship.get(id);
    Views.GoalView g =
        r.goals().stream()
            .filter(x -> x.id().equals(goalId))
            .findFirst()
            .orElseThrow(() -> new NotFound("That goal"));
    Map<String, Object> m = relationship.model(r, done);
    m.put("g", g);
    m.put("form", form != null ? form : GoalForms.prefill(g));
    return screens.show("app/goal", m, errors);
  }

  private String list() {
    return RelationshipScreens.base(id) + "/goals";
  }
}
