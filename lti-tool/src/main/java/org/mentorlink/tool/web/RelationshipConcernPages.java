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
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * A relationship's safeguarding concerns, for its parties: the mentor's own (and the form to raise
 * one, choosing what the lead may read), the mentee's those they were told of.
 */
@Path("/app/relationships/{id}/concerns")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class RelationshipConcernPages {
  private static final ErrorFields RAISING =
      ErrorFields.otherwise("reason")
          .attribute("withholdReason", "withhold-reason")
          .attribute("records", "records")
          .code("WITHHOLD_REASON_REQUIRED", "withhold-reason")
          .code("WITHHOLD_REASON_UNEXPECTED", "withhold-reason")
          .code("INVALID_RECORD", "records")
          .code("TOO_MANY_RECORDS", "records");

  @Inject CurrentSession current;
  @Inject SafeguardingService safeguarding;
  @Inject RelationshipScreens relationship;
  @Inject Screens screens;

  @PathParam("id")
  String id;

  @GET
  @Operation(hidden = true)
  public Response list() {
    return page(FormData.empty(), null);
  }

  /** The mentor raises a concern. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response raise(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    String tell = form.get("tell-mentee");
    if (!"yes".equals(tell) && !"no".equals(tell)) {
      errors.add("tell-mentee", "Say whether the mentee will be told.");
    }
    if (form.text("reason") == null) {
      errors.add("reason", "Write why you are raising a concern.");
    }
    if (!errors.any()) {
      try {
        SafeguardingViews.ConcernView c =
            safeguarding.raise(
                current.actor(),
                current.course(),
                id,
                form.get("reason"),
                form.all("records"),
                "yes".equals(tell),
                "yes".equals(tell) ? null : form.get("withhold-reason"));
        return screens.seeOther("/app/concerns/" + c.id(), "concern-raised");
      } catch (DomainException e) {
        errors.add(e, RAISING);
      }
    }
    return page(form, errors);
  }

  private Response page(FormData form, FormErrors errors) {
    Views.RelationshipView r = relationship.get(id);
    Map<String, Object> m = relationship.model(r, null);
    m.put("concerns", safeguarding.onRelationship(current.actor(), current.course(), id));
    boolean mentor = r.mentor().id().equals(current.require().personId());
    m.put(
        "choices",
        mentor ? safeguarding.choices(current.actor(), current.course(), id) : List.of());
    m.put("form", form);
    return screens.show("app/concerns", m, errors);
  }
}
