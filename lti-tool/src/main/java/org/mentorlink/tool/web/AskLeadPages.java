package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.SafeguardingService;
import org.mentorlink.domain.app.SafeguardingViews;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.safeguarding.MentorChangeRequest;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.present.Labels;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The mentee asks the scheme's lead, in confidence, to change mentor or tells of a concern about
 * the mentor; their mentor never sees it.
 */
@Path("/app/relationships/{id}/ask-lead")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class AskLeadPages {
  static final List<Labels.Option> KINDS =
      List.of(
          new Labels.Option(
              MentorChangeRequest.Kind.CHANGE_MENTOR.name(), "I would like a different mentor"),
          new Labels.Option(
              MentorChangeRequest.Kind.CONCERN_ABOUT_MENTOR.name(),
              "I have a concern about my mentor"));

  @Inject CurrentSession current;
  @Inject SafeguardingService safeguarding;
  @Inject RelationshipScreens relationship;
  @Inject Screens screens;

  @PathParam("id")
  String id;

  @GET
  @Operation(hidden = true)
  public Response form() {
    return page(FormData.empty(), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response ask(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    MentorChangeRequest.Kind kind =
        Parse.choice(
            form, "kind", MentorChangeRequest.Kind.class, "Choose what you are asking.", errors);
    if (form.text("reason") == null) {
      errors.add("reason", "Tell the lead what has happened.");
    }
    if (!errors.any()) {
      try {
        SafeguardingViews.ChangeView v =
            safeguarding.askLead(current.actor(), current.course(), id, kind, form.get("reason"));
        return screens.seeOther("/app/change-requests/" + v.id(), "change-asked");
      } catch (DomainException e) {
        errors.add(e, "reason");
      }
    }
    return page(form, errors);
  }

  private Response page(FormData form, FormErrors errors) {
    Views.RelationshipView r = relationship.get(id);
    Map<String, Object> m = relationship.model(r, null);
    m.put("requests", safeguarding.myChangeRequests(current.actor(), current.course(), id));
    m.put("kinds", KINDS);
    m.put("form", form);
    return screens.show("app/ask-lead", m, errors);
  }
}
