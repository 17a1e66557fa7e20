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
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The lead (or a matching coordinator) points the mentee of an active relationship to another
 * service, the mentoring going on; other coordinators get 403.
 */
@Path("/app/coordinator/relationships/{id}/signpost")
@Produces(MediaType.TEXT_HTML)
@RequestScoped
public class LeadSignpostPages {
  @Inject CurrentSession current;
  @Inject RelationshipService relationships;
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
  public Response signpost(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = SignpostForms.check(form);
    if (!errors.any()) {
      try {
        relationships.signpost(
            current.actor(), current.course(), id, form.get("service"), form.get("reason"));
        return screens.seeOther("/app/coordinator/relationships", "signposted");
      } catch (DomainException e) {
        errors.add(e, SignpostForms.SIGNPOSTING);
      }
    }
    return page(form, errors);
  }

  private Response page(FormData form, FormErrors errors) {
    Views.RelationshipSummary r =
        relationships.forCoordinator(current.actor(), current.course(), id);
    SchemeSettings settings = relationship.settings();
    Map<String, Object> m = screens.model(null);
    m.put("r", r);
    m.put("signposts", settings == null ? List.of() : settings.signposts());
    m.put("form", form);
    return screens.show("app/coordinator/relationship-signpost", m, errors);
  }
}
