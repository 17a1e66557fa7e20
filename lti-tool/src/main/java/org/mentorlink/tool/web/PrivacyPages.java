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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mentorlink.domain.app.MailChoiceService;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.tool.notify.MailSettings;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The scheme's privacy notice, for everyone of the course (linked from every page's footer and the
 * request form), the person's own data and their choice of e-mails, and the lead's privacy
 * settings: "only the lead knows", the matching coordinators, the notice's text and the retention
 * period.
 */
@Path("/app")
@RequestScoped
public class PrivacyPages {
  private static final ErrorFields ERRORS =
      ErrorFields.otherwise("notice").attribute("retentionYears", "retention-years");

  @Inject CurrentSession current;
  @Inject SchemeService schemes;
  @Inject Screens screens;
  @Inject MailChoiceService mail;
  @Inject MailSettings mailSettings;

  @GET
  @Path("privacy")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response notice() {
    Views.PrivacyView privacy = schemes.privacy(current.actor(), current.course());
    Map<String, Object> m = screens.model(null);
    m.put("privacy", privacy);
    m.put("paragraphs", paragraphs(privacy.notice()));
    return screens.render("app/privacy", m);
  }

  /** The person's own data: the downloads of everything the tool holds about them. */
  @GET
  @Path("my-data")
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response myData(@QueryParam("done") String done) {
    Map<String, Object> m = screens.model(done);
    m.put("mail", mail.mine(current.actor()));
    m.put("mailOn", mailSettings.enabled());
    return screens.render("app/my-data", m);
  }

  /**
   * The person chooses whether to be e-mailed when something waits for them (a checkbox: sent
   * ticked, yes; not sent, no).
   */
  @POST
  @Path("my-data/mail")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(hidden = true)
  public Response chooseMail(MultivaluedMap<String, String> body) {
    boolean wanted = FormData.of(body).checked("mail", "yes");
    mail.choose(current.actor(), wanted);
    return screens.seeOther("/app/my-data", wanted ? "mail-on" : "mail-off");
  }

  /** The notice's paragraphs (separated by blank lines). */
  static List<String> paragraphs(String text) {
    return Arrays.stream(text.split("\\n\\s*\\n"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
