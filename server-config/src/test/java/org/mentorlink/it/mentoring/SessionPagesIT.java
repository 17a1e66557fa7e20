package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * The session pages' forms (agenda, return, sign-off, addendum) through real form posts with the
 * CSRF field: a good post redirects (303) to the session with a confirmation; a broken rule shows
 * the form again with its error; a post without the CSRF token is refused.
 */
@ExtendWith(DatabasePass.class)
class SessionPagesIT {
  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private static Step post(Participant p, String path, Map<String, String> fields) {
    java.util.Map<String, String> form = new java.util.LinkedHashMap<>(fields);
    form.put("csrf", p.csrf);
    return p.browser.postForm(path, form, Map.of());
  }

  @Test
  void theSessionFormsRedirectOnSuccessAndExplainRefusals() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Pages scheme");
    String sid =
        r.mentor()
            .created(
                "POST",
                r.path() + "/sessions",
                Json.createObjectBuilder()
                    .add(
                        "scheduledAt",
                        Instant.now()
                            .plus(2, ChronoUnit.DAYS)
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString())
                    .add("durationHours", "1")
                    .add("mode", "PHONE")
                    .build())
            .getJsonArray("sessions")
            .getJsonObject(0)
            .getString("id");
    String page = "/app/relationships/" + r.id() + "/sessions/" + sid;

    // No CSRF token: refused, nothing changed.
    Step forged =
        r.mentee().browser.postForm(page + "/agenda", Map.of("agenda", "FORGED"), Map.of());
    assertEquals(403, forged.status(), forged.describe());
    assertTrue(forged.body().contains("CSRF_TOKEN_INVALID"));

    Step agenda = post(r.mentee(), page + "/agenda", Map.of("agenda", "Talk about rotas"));
    assertEquals(303, agenda.status(), agenda.describe());
    assertTrue(agenda.location().orElseThrow().toString().contains("done=agenda-saved"));
    Step shown = r.mentee().browser.get(page);
    assertEquals(200, shown.status());
    assertTrue(shown.body().contains("Talk about rotas"));
    assertTrue(!shown.body().contains("FORGED"));

    // The mentor may not set the agenda: the form comes back with the error.
    Step notMine = post(r.mentor(), page + "/agenda", Map.of("agenda", "Mentor's agenda"));
    assertEquals(403, notMine.status(), notMine.describe());

    r.mentee().ok("POST", r.path() + "/sessions/" + sid + "/submit", null);
    Step noReason = post(r.mentor(), page + "/return", Map.of("return-reason", " "));
    assertTrue(noReason.status() == 422 || noReason.status() == 400, noReason.describe());
    assertTrue(noReason.body().contains("role=\"alert\""), "an error summary");
    Step returned = post(r.mentor(), page + "/return", Map.of("return-reason", "Add the actions"));
    assertEquals(303, returned.status(), returned.describe());
    r.mentee().ok("POST", r.path() + "/sessions/" + sid + "/submit", null);

    Step signed = post(r.mentor(), page + "/sign-off", Map.of());
    assertEquals(303, signed.status(), signed.describe());
    assertTrue(signed.location().orElseThrow().toString().contains("done=signed-off"));
    Step addendum = post(r.mentee(), page + "/addenda", Map.of("addendum", "Booked the course"));
    assertEquals(303, addendum.status(), addendum.describe());
    assertTrue(addendum.location().orElseThrow().toString().endsWith("#addenda"));
    assertTrue(r.mentor().browser.get(page).body().contains("Booked the course"));
  }
}
