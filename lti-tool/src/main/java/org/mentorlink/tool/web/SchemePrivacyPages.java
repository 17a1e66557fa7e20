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
import org.mentorlink.domain.scheme.PrivacySettings;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The lead's privacy settings: "only the lead knows", the matching coordinators, the privacy
 * notice's text and the retention period. (Its own root path: RESTEasy looks for a page under the
 * most specific root, so it cannot live under {@code /app} beside {@code /app/scheme}.)
 */
@Path("/app/scheme/privacy")
@RequestScoped
public class SchemePrivacyPages {
  private static final ErrorFields ERRORS =
      ErrorFields.otherwise("notice").attribute("retentionYears", "retention-years");

  @Inject CurrentSession current;
  @Inject SchemeService schemes;
  @Inject Screens screens;

  @GET
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response settings(@QueryParam("done") String done) {
    Views.PrivacyView privacy = led();
    return show(privacy, done, prefill(privacy), null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response change(MultivaluedMap<String, String> body) {
    FormData form = FormData.of(body);
    FormErrors errors = new FormErrors();
    Integer years =
        Parse.integer(form, "retention-years", "the years to keep closed records", true, errors);
    if (!errors.any()) {
      try {
        schemes.changePrivacy(
            current.actor(),
            current.course(),
            new PrivacySettings(
                form.checked("only-lead-knows", "yes"),
                form.checked("default-notice", "yes") ? null : form.get("notice"),
                years,
                form.checked("former-mentor-keeps-own-notes", "yes")));
        return screens.seeOther("/app/scheme/privacy", "privacy-saved");
      } catch (DomainException e) {
        errors.add(e, ERRORS);
      }
    }
    return show(led(), null, form, errors);
  }

  /** The lead names a coordinator for matching ({@code matching=yes}) or takes it back. */
  @POST
  @Path("matching-coordinators/{personId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response matching(
      @PathParam("personId") String personId, MultivaluedMap<String, String> body) {
    boolean matching = FormData.of(body).checked("matching", "yes");
    try {
      schemes.nameMatchingCoordinator(current.actor(), current.course(), personId, matching);
      return screens.seeOther(
          "/app/scheme/privacy#coordinators", matching ? "matching-named" : "matching-taken-back");
    } catch (DomainException e) {
      Views.PrivacyView privacy = led();
      return show(privacy, null, prefill(privacy), new FormErrors().add(e, "coordinators"));
    }
  }

  private Response show(Views.PrivacyView privacy, String done, FormData form, FormErrors errors) {
    Map<String, Object> m = screens.model(done);
    Views.SchemeView scheme = scheme();
    m.put("privacy", privacy);
    m.put("scheme", scheme);
    m.put(
        "matchingIds", privacy.matchingCoordinators().stream().map(Views.PersonView::id).toList());
    m.put("form", form);
    return screens.show("app/privacy-settings", m, errors);
  }

  private static FormData prefill(Views.PrivacyView p) {
    return FormData.empty()
        .put("only-lead-knows", p.onlyLeadKnows() ? "yes" : null)
        .put("default-notice", p.ownNotice() ? null : "yes")
        .put("notice", p.notice())
        .put("retention-years", p.retentionYears())
        .put("former-mentor-keeps-own-notes", p.formerMentorKeepsOwnNotes() ? "yes" : null);
  }

  private Views.SchemeView scheme() {
    return schemes
        .current(current.actor(), current.course())
        .orElseThrow(() -> new NotFound("The mentoring scheme of this course"));
  }

  /** The privacy settings, for the lead only. */
  private Views.PrivacyView led() {
    if (!scheme().me().lead()) {
      throw new Forbidden("Only the scheme's lead can do this.");
    }
    return schemes.privacy(current.actor(), current.course());
  }
}
