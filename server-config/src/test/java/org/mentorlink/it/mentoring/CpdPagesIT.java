package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
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
 * The CPD pages through real form posts: a signed-off session shows in the mentee's log; reflecting
 * through the form redirects; the coordinator's queue shows the entry with its reflection only if
 * shared (never session notes); approving through the page makes the credit appear; a mentor logs
 * supervision; an entry is corrected by reversal; the CPD settings are saved; only coordinators see
 * the queue.
 */
@ExtendWith(DatabasePass.class)
class CpdPagesIT {
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
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("csrf", p.csrf);
    return p.browser.postForm(path, form, Map.of());
  }

  private static Step page(Participant p, String path) {
    Step s = p.browser.get(path);
    assertEquals(200, s.status(), s.describe());
    return s;
  }

  private static String entryId(Participant p) {
    JsonObject year = p.ok("GET", "/api/cpd", null).getJsonArray("years").getJsonObject(0);
    return year.getJsonArray("entries").getJsonObject(0).getString("id");
  }

  private static void redirected(Step s, String done) {
    assertEquals(303, s.status(), s.describe());
    assertTrue(s.location().orElseThrow().toString().contains("done=" + done), s.describe());
  }

  @Test
  void reflectingAndApprovingThroughThePagesMakesCredit() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "CPD pages scheme");
    r.signedOffSession("1.5", 0);
    String menteeEntry = entryId(r.mentee());
    String mentorEntry = entryId(r.mentor());

    String log = page(r.mentee(), "/app/cpd").body();
    assertTrue(log.contains("CPD year"), log);
    assertTrue(log.contains("Needs your reflection"), log);
    assertTrue(log.contains("/app/cpd/entries/" + menteeEntry + "/reflection"), log);
    assertTrue(log.contains("0 of 50 credits"), log);
    assertFalse(log.contains("/api/cpd/certificate.pdf?year="), "no certificate without credit");
    assertTrue(log.contains("No certificate for"), log);
    assertFalse(log.contains("Log training or supervision"), "only mentors log training");

    // No CSRF token: refused.
    Step forged =
        r.mentee()
            .browser
            .postForm(
                "/app/cpd/entries/" + menteeEntry + "/reflection",
                Map.of("reflection", "FORGED"),
                Map.of());
    assertEquals(403, forged.status(), forged.describe());

    // A blank reflection: the form again, with the error summary.
    Step blank =
        post(
            r.mentee(),
            "/app/cpd/entries/" + menteeEntry + "/reflection",
            Map.of("reflection", " "));
    assertTrue(blank.status() == 400 || blank.status() == 422, blank.describe());
    assertTrue(blank.body().contains("role=\"alert\""), "an error summary");
    assertTrue(blank.body().contains("href=\"#reflection-" + menteeEntry + "\""), blank.body());

    redirected(
        post(
            r.mentee(),
            "/app/cpd/entries/" + menteeEntry + "/reflection",
            Map.of("reflection", "PRIVATE-PAGE-REFLECTION on my options")),
        "reflection-saved");
    redirected(
        post(
            r.mentor(),
            "/app/cpd/entries/" + mentorEntry + "/reflection",
            Map.of("reflection", "SHARED-PAGE-REFLECTION on listening", "share", "yes")),
        "reflection-saved");
    assertTrue(page(r.mentee(), "/app/cpd").body().contains("Waiting for an educator"));

    // The coordinator's queue: amounts, dates, the shared reflection only, never notes.
    String queue = page(r.lead(), "/app/coordinator/cpd").body();
    assertTrue(queue.contains(r.mentee().name), queue);
    assertTrue(queue.contains(r.mentor().name), queue);
    assertTrue(queue.contains("SHARED-PAGE-REFLECTION"), "a shared reflection is shown");
    assertFalse(queue.contains("PRIVATE-PAGE-REFLECTION"), "an unshared reflection stays private");
    assertTrue(queue.contains("Not shared"), queue);
    assertFalse(queue.contains("SESSION-NOTES"), "never session notes");
    assertTrue(queue.contains("WARNING") || queue.contains("Warning"), "the passback warning");

    // Only coordinators see the queue.
    assertEquals(403, r.mentee().browser.get("/app/coordinator/cpd").status());
    assertEquals(403, r.mentor().browser.get("/app/coordinator/cpd").status());
    assertEquals(
        403,
        post(r.mentee(), "/app/coordinator/cpd/" + menteeEntry + "/approve", Map.of()).status());

    // Approve the mentee's entry; return the mentor's with a reason (a blank reason is refused).
    redirected(
        post(r.lead(), "/app/coordinator/cpd/" + menteeEntry + "/approve", Map.of("page", "0")),
        "cpd-approved");
    String credited = page(r.mentee(), "/app/cpd").body();
    assertTrue(credited.contains("1.5 of 50 credits"), credited);
    assertTrue(credited.contains("/api/cpd/certificate.pdf?year="), "a certificate with credit");
    Step noReason =
        post(r.lead(), "/app/coordinator/cpd/" + mentorEntry + "/return", Map.of("reason", ""));
    assertTrue(noReason.status() == 400 || noReason.status() == 422, noReason.describe());
    assertTrue(noReason.body().contains("href=\"#return-reason-" + mentorEntry + "\""));
    redirected(
        post(
            r.lead(),
            "/app/coordinator/cpd/" + mentorEntry + "/return",
            Map.of("reason", "Say what you will change")),
        "cpd-returned");
    String mentorLog = page(r.mentor(), "/app/cpd").body();
    assertTrue(mentorLog.contains("Say what you will change"), mentorLog);
    assertTrue(mentorLog.contains("Log training or supervision"), "mentors log training");

    // A mentor logs supervision; a bad amount is explained.
    String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    Step badHours =
        post(
            r.mentor(),
            "/app/cpd/activities",
            Map.of(
                "activity", "SUPERVISION",
                "description", "Group supervision",
                "date", yesterday,
                "hours", "1.25",
                "kind", "INTERNAL"));
    assertTrue(badHours.status() == 400 || badHours.status() == 422, badHours.describe());
    assertTrue(badHours.body().contains("href=\"#hours\""), badHours.body());
    redirected(
        post(
            r.mentor(),
            "/app/cpd/activities",
            Map.of(
                "activity", "SUPERVISION",
                "description", "Group supervision",
                "date", yesterday,
                "hours", "2",
                "kind", "INTERNAL")),
        "activity-logged");
    assertTrue(page(r.mentor(), "/app/cpd").body().contains("Group supervision"));
    assertEquals(
        403,
        post(
                r.mentee(),
                "/app/cpd/activities",
                Map.of(
                    "activity", "SUPERVISION",
                    "description", "Not a mentor",
                    "date", yesterday,
                    "hours", "1",
                    "kind", "INTERNAL"))
            .status());

    // The mentee corrects the approved entry: the credit is cancelled, both lines stay.
    Step noWhy =
        post(r.mentee(), "/app/cpd/entries/" + menteeEntry + "/reverse", Map.of("reason", ""));
    assertTrue(noWhy.status() == 400 || noWhy.status() == 422, noWhy.describe());
    redirected(
        post(
            r.mentee(),
            "/app/cpd/entries/" + menteeEntry + "/reverse",
            Map.of("reason", "Logged twice by mistake")),
        "entry-reversed");
    String corrected = page(r.mentee(), "/app/cpd").body();
    assertTrue(corrected.contains("Reversed"), corrected);
    assertTrue(corrected.contains("Logged twice by mistake"), corrected);
    assertTrue(corrected.contains("0 of 50 credits"), corrected);

    // The CPD settings: a bad target is explained; a good one is saved, passback stays off.
    Step badTarget = post(r.lead(), "/app/coordinator/cpd/settings", Map.of("yearly-target", "0"));
    assertTrue(badTarget.status() == 400 || badTarget.status() == 422, badTarget.describe());
    assertTrue(badTarget.body().contains("href=\"#yearly-target\""), badTarget.body());
    redirected(
        post(r.lead(), "/app/coordinator/cpd/settings", Map.of("yearly-target", "40")),
        "cpd-settings-saved");
    JsonObject settings = r.lead().ok("GET", "/api/cpd/settings", null);
    assertEquals(40, settings.getInt("yearlyTarget"));
    assertFalse(settings.getBoolean("gradebookPassback"));
    assertTrue(page(r.mentee(), "/app/cpd").body().contains("of 40 credits"));
    assertEquals(
        403,
        post(r.mentee(), "/app/coordinator/cpd/settings", Map.of("yearly-target", "10")).status());
  }

  @Test
  void theHomeAndRolePagesLinkToCpd() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "CPD links scheme");
    assertTrue(page(r.mentee(), "/app").body().contains("href=\"/app/cpd?launch="));
    assertTrue(page(r.mentee(), "/app/mentee").body().contains("href=\"/app/cpd?launch="));
    assertTrue(page(r.mentor(), "/app/mentor").body().contains("href=\"/app/cpd?launch="));
    assertTrue(
        page(r.lead(), "/app/coordinator").body().contains("href=\"/app/coordinator/cpd?launch="));
  }
}
