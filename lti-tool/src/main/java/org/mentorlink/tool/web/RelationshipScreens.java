package org.mentorlink.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.tool.session.CurrentSession;

/**
 * What the pages of one mentoring relationship share: the relationship as the request's launch may
 * see it, the page variables every one of its pages uses (the relationship, which party I am, the
 * other party, the latest contract), and the overview page — shown by {@link RelationshipPages} and
 * again by {@link SessionPages} when scheduling a session fails.
 */
@ApplicationScoped
public class RelationshipScreens {
  @Inject CurrentSession current;
  @Inject RelationshipService relationships;
  @Inject SchemeService schemes;
  @Inject Screens screens;

  /** The path of relationship {@code id}'s overview; its pages lie below it. */
  static String base(String id) {
    return "/app/relationships/" + id;
  }

  /** The relationship, for one of its two parties (else not found or forbidden). */
  Views.RelationshipView get(String id) {
    return relationships.get(current.actor(), current.course(), id);
  }

  /** Whether the person of the request's launch is the relationship's mentee. */
  boolean iAmMentee(Views.RelationshipView r) {
    return r.mentee().id().equals(current.require().personId());
  }

  /** The settings of the course's scheme, or null when it has none. */
  SchemeSettings settings() {
    return schemes
        .current(current.actor(), current.course())
        .map(Views.SchemeView::settings)
        .orElse(null);
  }

  /** The latest version of the contract, or null before the first draft. */
  static Views.ContractView latest(Views.RelationshipView r) {
    return r.contracts().isEmpty() ? null : r.contracts().get(r.contracts().size() - 1);
  }

  /** A page's variables, with those of the relationship set. */
  Map<String, Object> model(Views.RelationshipView r, String done) {
    Map<String, Object> m = screens.model(done);
    boolean mentee = iAmMentee(r);
    m.put("r", r);
    m.put("iAmMentee", mentee);
    m.put("iAmMentor", r.mentor().id().equals(current.require().personId()));
    m.put("other", mentee ? r.mentor() : r.mentee());
    m.put("base", base(r.id()));
    m.put("latest", latest(r));
    return m;
  }
}
