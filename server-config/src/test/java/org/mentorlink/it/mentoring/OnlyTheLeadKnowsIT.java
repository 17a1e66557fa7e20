package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * "Only the lead knows" through real launches: on in a new scheme; a coordinator the lead did not
 * name for matching sees no mentee's name on any page or in any API answer, only the numbers; named
 * for matching, they see the requests; the lead's privacy notice is read by everyone; gradebook
 * passback under it asks for a confirmation.
 */
@ExtendWith(DatabasePass.class)
class OnlyTheLeadKnowsIT {
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

  /** A second teacher of the course, appointed coordinator (not named for matching). */
  private static Participant coordinator(LtiFixture lti, Scenarios.Relationship r) {
    Participant c = Participant.launch(lti, lti.instructor(), "Dr Cora Plain");
    r.lead()
        .ok(
            "POST",
            "/api/scheme/coordinators",
            Json.createObjectBuilder().add("personId", personId(r.lead(), c.name)).build());
    return c;
  }

  private static String personId(Participant lead, String name) {
    return lead.ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getJsonObject("person").getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonObject("person")
        .getString("id");
  }

  /** The participant reflects on their first CPD entry and shares it: it awaits approval. */
  private static void reflect(Participant p) {
    String id =
        p.ok("GET", "/api/cpd", null)
            .getJsonArray("years")
            .getJsonObject(0)
            .getJsonArray("entries")
            .getJsonObject(0)
            .getString("id");
    p.ok(
        "POST",
        "/api/cpd/entries/" + id + "/reflection",
        Json.createObjectBuilder().add("reflection", "What I learnt").add("share", true).build());
  }

  @Test
  void aCoordinatorNotNamedForMatchingSeesNoNamesOnlyNumbers() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Only the lead knows");
    r.signedOffSession("1", 0);
    reflect(r.mentee());
    reflect(r.mentor());
    String request =
        r.lead()
            .ok("GET", "/api/requests?state=MATCHED", null)
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    Participant c = coordinator(lti, r);
    assertTrue(r.lead().ok("GET", "/api/scheme/privacy", null).getBoolean("onlyLeadKnows"));
    String mentee = r.mentee().name;

    // The API: 403 for the lists and powers, 404 for one request; the numbers for everyone.
    List<Executable> checks = new java.util.ArrayList<>();
    for (String path :
        List.of(
            "/api/requests",
            "/api/requests?state=MATCHED",
            "/api/scheme/relationships",
            "/api/cpd/approvals",
            "/api/cpd/passback",
            "/api/requests/" + request + "/candidates",
            "/api/requests/" + request + "/proposals")) {
      checks.add(
          () -> {
            Step s = c.call("GET", path, null);
            assertEquals(403, s.status(), path + ": " + s.describe());
            assertFalse(s.body().contains(mentee), path);
          });
    }
    checks.add(() -> c.refused(404, "NOT_FOUND", "GET", "/api/requests/" + request, null));
    checks.add(
        () -> c.refused(403, "FORBIDDEN", "POST", "/api/requests/" + request + "/accept", null));
    assertAll(checks);
    JsonObject numbers = c.ok("GET", "/api/scheme/numbers", null);
    assertEquals(1, numbers.getInt("relationships"), numbers.toString());
    assertEquals(1, numbers.getInt("requestsInAll"), numbers.toString());
    assertEquals(2, numbers.getInt("cpdAwaitingApproval"), numbers.toString());
    r.mentee().refused(403, "FORBIDDEN", "GET", "/api/scheme/numbers", null);

    // The pages: numbers, no names; the lists that name mentees are refused.
    Step dashboard = c.browser.get("/app/coordinator");
    assertEquals(200, dashboard.status(), dashboard.describe());
    assertTrue(dashboard.body().contains("You see the numbers"), dashboard.body());
    assertFalse(dashboard.body().contains(mentee), dashboard.body());
    assertFalse(dashboard.body().contains("/app/coordinator/requests"), dashboard.body());
    Step cpd = c.browser.get("/app/coordinator/cpd");
    assertEquals(200, cpd.status(), cpd.describe());
    assertFalse(cpd.body().contains(mentee), cpd.body());
    assertFalse(cpd.body().contains(r.mentor().name), cpd.body());
    assertTrue(cpd.body().contains("2 entries are waiting for approval"), cpd.body());
    for (String page :
        List.of(
            "/app/coordinator/requests",
            "/app/coordinator/requests/" + request,
            "/app/coordinator/requests/" + request + "/matching",
            "/app/coordinator/relationships")) {
      Step s = c.browser.get(page);
      assertTrue(s.status() == 403 || s.status() == 404, page + ": " + s.describe());
      assertFalse(s.body().contains(mentee), page);
    }

    // Named for matching, the same coordinator sees the names.
    String cid = personId(r.lead(), c.name);
    c.refused(403, "FORBIDDEN", "PUT", "/api/scheme/matching-coordinators/" + cid, null);
    JsonObject privacy = r.lead().ok("PUT", "/api/scheme/matching-coordinators/" + cid, null);
    assertEquals(1, privacy.getJsonArray("matchingCoordinators").size(), privacy.toString());
    assertTrue(c.ok("GET", "/api/requests?state=MATCHED", null).toString().contains(mentee));
    assertTrue(c.browser.get("/app/coordinator/relationships").body().contains(mentee));
    r.lead().ok("DELETE", "/api/scheme/matching-coordinators/" + cid, null);
    assertEquals(403, c.call("GET", "/api/requests", null).status());

    // Switched off by the lead: every coordinator matches again.
    c.refused(
        403,
        "FORBIDDEN",
        "PUT",
        "/api/scheme/privacy",
        Json.createObjectBuilder().add("onlyLeadKnows", false).build());
    r.lead()
        .ok(
            "PUT",
            "/api/scheme/privacy",
            Json.createObjectBuilder().add("onlyLeadKnows", false).build());
    assertEquals(200, c.call("GET", "/api/requests", null).status());
  }

  @Test
  void thePrivacyNoticeIsForEveryoneAndTheLeadEditsIt() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Privacy notice");
    String notice = r.mentee().ok("GET", "/api/scheme/privacy", null).getString("notice");
    assertTrue(notice.contains("platform's own logs"), notice);
    assertTrue(notice.contains("6 years after it closes"), notice);
    assertTrue(
        r.mentee()
            .ok("GET", "/api/scheme/privacy", null)
            .getJsonArray("matchingCoordinators")
            .isEmpty());

    // The page, and the links to it from the footer and the request form.
    Step page = r.mentee().browser.get("/app/privacy");
    assertEquals(200, page.status(), page.describe());
    assertTrue(
        page.body().contains("platform&#39;s own logs")
            || page.body().contains("platform's own logs"));
    assertTrue(r.mentee().browser.get("/app/mentee").body().contains("/app/privacy?launch="));
    // The request form (for someone not mentored yet) links to the notice too.
    Participant asker = Participant.launch(lti, lti.learner(), "Dr New Asker");
    Step form = asker.browser.get("/app/mentee/request");
    assertEquals(200, form.status(), form.describe());
    assertTrue(form.body().contains("Read the privacy notice"), form.body());
    assertTrue(form.body().contains("/app/privacy?launch="), form.body());

    // The lead's own words, through the settings form.
    Step saved =
        post(
            r.lead(),
            "/app/scheme/privacy",
            Map.of(
                "only-lead-knows", "yes",
                "notice", "PRIVACY-OWN-WORDS\n\nSecond paragraph.",
                "retention-years", "4"));
    assertEquals(303, saved.status(), saved.describe());
    JsonObject now = r.mentee().ok("GET", "/api/scheme/privacy", null);
    assertEquals("PRIVACY-OWN-WORDS\n\nSecond paragraph.", now.getString("notice"));
    assertEquals(4, now.getInt("retentionYears"));
    assertTrue(r.mentee().browser.get("/app/privacy").body().contains("<p>Second paragraph.</p>"));
    Step refused = post(r.mentor(), "/app/scheme/privacy", Map.of("retention-years", "4"));
    assertEquals(403, refused.status(), refused.describe());
    Step invalid =
        post(r.lead(), "/app/scheme/privacy", Map.of("retention-years", "0", "notice", "x"));
    assertEquals(422, invalid.status(), invalid.describe());
    assertEquals(4, r.lead().ok("GET", "/api/scheme/privacy", null).getInt("retentionYears"));
  }

  @Test
  void passbackUnderOnlyTheLeadKnowsAsksForAConfirmation() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Passback confirmation");
    r.lead()
        .refused(
            400,
            "PASSBACK_REVEALS_MENTEES",
            "PUT",
            "/api/cpd/settings",
            Json.createObjectBuilder().add("gradebookPassback", true).build());
    assertFalse(r.lead().ok("GET", "/api/cpd/settings", null).getBoolean("gradebookPassback"));

    // The page's form shows the warning against the field until the box is ticked.
    Step unconfirmed =
        post(
            r.lead(),
            "/app/coordinator/cpd/settings",
            Map.of("yearly-target", "50", "gradebook-passback", "yes"));
    assertEquals(422, unconfirmed.status(), unconfirmed.describe());
    assertTrue(unconfirmed.body().contains("gradebook-passback-error"), unconfirmed.body());
    Step confirmed =
        post(
            r.lead(),
            "/app/coordinator/cpd/settings",
            Map.of("yearly-target", "50", "gradebook-passback", "yes", "confirm-reveal", "yes"));
    assertEquals(303, confirmed.status(), confirmed.describe());
    assertTrue(r.lead().ok("GET", "/api/cpd/settings", null).getBoolean("gradebookPassback"));
  }
}
