package org.mentorlink.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.tool.bridge.Me;
import org.mentorlink.tool.notify.MailSettings;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The role-aware home page: what to do next first ({@link NextSteps}), then the sections the
 * person's roles open in the course's scheme and who they are here; without a scheme, the set-up
 * form for the course's teachers and a word for its learners.
 */
@ApplicationScoped
public class HomeScreen {
  @Inject CurrentSession current;
  @Inject Me me;
  @Inject SchemeService schemes;
  @Inject Screens screens;
  @Inject NextSteps nextSteps;
  @Inject PageCalendar calendar;
  @Inject MailSettings mail;

  /**
   * The home page of the request's launch; {@code setUp} and {@code errors} are the set-up form as
   * posted, or null.
   */
  public Response show(String done, FormData setUp, FormErrors errors) {
    Me.View view = me.of(current.require());
    Actor actor = current.actor();
    String course = current.course();
    Views.MyRoles roles = schemes.roles(actor, course);
    Views.SchemeView scheme = schemes.current(actor, course).orElse(null);
    Map<String, Object> m = screens.model(done);
    m.put("me", view);
    m.put("roles", roles);
    m.put("scheme", scheme);
    m.put(
        "steps",
        nextSteps.of(actor, course, current.require().personId(), roles, scheme, calendar.fmt()));
    m.put("mailOn", mail.enabled());
    m.put("learner", actor.has(LaunchRole.LEARNER));
    m.put("instructor", actor.has(LaunchRole.INSTRUCTOR));
    m.put("hasCourse", course != null);
    m.put("form", setUp != null ? setUp : defaults(view));
    return screens.show("app/landing", m, errors);
  }

  private static FormData defaults(Me.View view) {
    String title = view.contextTitle() != null ? view.contextTitle() : view.contextLabel();
    String name = title == null || title.isBlank() ? "Mentoring" : title;
    if (name.length() > 200) {
      name = name.substring(0, 200);
    }
    return SchemeForms.prefill(SchemeSettings.defaults(name));
  }
}
