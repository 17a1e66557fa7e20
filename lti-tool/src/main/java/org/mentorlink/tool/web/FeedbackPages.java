package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.FeedbackService;
import org.mentorlink.domain.feedback.Answers;
import org.mentorlink.domain.feedback.FeedbackRole;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The anonymous questionnaire for mentees and mentors: the current round, answered once per person
 * and role, stored without the person.
 */
@Path("/app/feedback")
@RequestScoped
public class FeedbackPages {
  /** Where a refused answer's error goes. */
  private static final ErrorFields ANSWERS =
      ErrorFields.otherwise("expectations")
          .attribute("helpful", "helpful")
          .attribute("unexpected", "unexpected")
          .attribute("outcomes", "outcomes")
          .attribute("comments", "comments");

  @Inject CurrentSession current;
  @Inject FeedbackService feedback;
  @Inject Screens screens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response questionnaire(@QueryParam("done") String done) {
    return questionnairePage(done, null, null, null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response answer(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    FeedbackRole role = Parse.choice(form, "role", FeedbackRole.class, null, errors);
    Integer expectations = scale(form, "expectations", errors);
    Integer helpful = scale(form, "helpful", errors);
    if (role == null) {
      return questionnairePage(null, null, null, null);
    }
    if (!errors.any()) {
      try {
        Set<Theme> themes = EnumSet.noneOf(Theme.class);
        for (String t : form.all("themes")) {
          try {
            themes.add(Theme.valueOf(t));
          } catch (IllegalArgumentException ignored) {
            // not one of the choices offered
          }
        }
        feedback.answer(
            current.actor(),
            current.course(),
            role,
            new Answers(
                expectations,
                helpful,
                themes,
                yesNo(form, "use-again"),
                yesNo(form, "recommend"),
                form.text("unexpected"),
                form.text("outcomes"),
                form.text("comments"),
                form.checked("may-quote", "yes")));
        return screens.seeOther("/app/feedback", "feedback-sent");
      } catch (DomainException e) {
        errors.add(e, ANSWERS);
      }
    }
    return questionnairePage(null, role, form, errors);
  }

  private Response questionnairePage(
      String done, FeedbackRole failedRole, FormData posted, FormErrors errors) {
    Map<String, Object> m = screens.model(done);
    m.put("offers", feedback.offers(current.actor(), current.course()));
    m.put("failedRole", failedRole);
    m.put("posted", posted == null ? FormData.empty() : posted);
    return screens.show("app/feedback", m, errors);
  }

  private static Integer scale(FormData f, String field, FormErrors e) {
    String v = f.text(field);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 1 && n <= 5) {
        return n;
      }
    } catch (NumberFormatException x) {
      // below
    }
    e.add(field, "Choose from 1 to 5, or leave it.");
    return null;
  }

  private static Boolean yesNo(FormData f, String field) {
    String v = f.text(field);
    return "yes".equals(v) ? Boolean.TRUE : "no".equals(v) ? Boolean.FALSE : null;
  }
}
