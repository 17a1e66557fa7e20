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
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.tool.session.CurrentSession;

/** Setting up the course's scheme, its settings, and its coordinators. */
@Path("/app/scheme")
@RequestScoped
public class SchemePages {
  @Inject CurrentSession current;
  @Inject SchemeService schemes;
  @Inject HomeScreen home;
  @Inject Screens screens;

  /** An instructor sets up mentoring for the course (the form is on the home page). */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response setUp(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    SchemeSettings settings = SchemeForms.read(form, errors);
    if (settings != null) {
      try {
        schemes.setUp(current.actor(), current.course(), settings);
        return screens.seeOther("/app", "scheme-set-up");
      } catch (DomainException e) {
        errors.add(e, SchemeForms.ERRORS);
      }
    }
    return home.show(null, form, errors);
  }

  @GET
  @Path("settings")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response settings(@QueryParam("done") String done) {
    Views.SchemeView scheme = coordinated();
    return show(scheme, done, SchemeForms.prefill(scheme.settings()), null);
  }

  @POST
  @Path("settings")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response changeSettings(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    SchemeSettings settings = SchemeForms.read(form, errors);
    if (settings != null) {
      try {
        schemes.changeSettings(current.actor(), current.course(), settings);
        return screens.seeOther("/app/scheme/settings", "settings-saved");
      } catch (DomainException e) {
        errors.add(e, SchemeForms.ERRORS);
      }
    }
    return show(coordinated(), null, form, errors);
  }

  /** The lead removes a coordinator. */
  @POST
  @Path("coordinators/{personId}/remove")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response removeCoordinator(@PathParam("personId") String personId) {
    try {
      schemes.removeCoordinator(current.actor(), current.course(), personId);
      return screens.seeOther("/app/scheme/settings", "coordinator-removed");
    } catch (DomainException e) {
      Views.SchemeView scheme = coordinated();
      return show(
          scheme,
          null,
          SchemeForms.prefill(scheme.settings()),
          new FormErrors().add(e, "coordinators"));
    }
  }

  private Response show(Views.SchemeView scheme, String done, FormData form, FormErrors errors) {
    Map<String, Object> m = screens.model(done);
    m.put("scheme", scheme);
    m.put("form", form);
    return screens.show("app/scheme-settings", m, errors);
  }

  /** The scheme, for its lead and coordinators only. */
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
}
