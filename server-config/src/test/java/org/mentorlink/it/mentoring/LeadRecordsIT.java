package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
 * The lead's own records through real launches: whether mentoring is voluntary or required (said by
 * the mentee or the lead; known to the lead, the matching coordinators and the mentor, never to a
 * coordinator not named for matching, and in reports only as a count of at least k); and
 * signposting during a relationship by the mentor or the lead, seen by mentee and mentor and
 * counted in reports.
 */
@ExtendWith(DatabasePass.class)
class LeadRecordsIT {
  private static final String SERVICE = "Practitioner Health";
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

  private static String personId(Participant lead, String name) {
    return lead.ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getJsonObject("person").getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonObject("person")
        .getString("id");
  }

  /** A scheme with one signposting service (k of feedback: {@code k}), and a relationship in it. */
  private Scenarios.Relationship relationship(String name, int k) {
    Participant lead = Participant.launch(lti, lti.instructor(), "Dr Lead " + name);
    lead.created(
        "POST",
        "/api/scheme",
        Json.createObjectBuilder()
            .add("name", name)
            .add("feedbackMinimumGroup", k)
            .add(
                "signposts",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", SERVICE)
                            .add("description", "Confidential support for doctors")
                            .add("link", "https://www.practitionerhealth.nhs.uk/")))
            .build());
    return Scenarios.relationshipIn(lti, lead, "Dr Mentor " + name, "Dr Mentee " + name);
  }

  private static Participant coordinator(LtiFixture lti, Participant lead) {
    Participant c = Participant.launch(lti, lti.instructor(), "Dr Cora Plain");
    lead.ok(
        "POST",
        "/api/scheme/coordinators",
        Json.createObjectBuilder().add("personId", personId(lead, c.name)).build());
    return c;
  }

  private static JsonObject requiredBody(boolean required) {
    return Json.createObjectBuilder().add("required", required).build();
  }

  @Test
  void requiredMentoringIsKnownToTheLeadAndTheMentorOnly() {
    Scenarios.Relationship r = relationship("Conditions scheme", 3);
    String request =
        r.lead()
            .ok("GET", "/api/requests?state=MATCHED", null)
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    Participant c = coordinator(lti, r.lead());

    // A coordinator not named for matching may not record it, and nothing changes.
    Step refused = c.call("PUT", "/api/requests/" + request + "/required", requiredBody(true));
    assertEquals(403, refused.status(), refused.describe());
    Step form =
        post(c, "/app/coordinator/requests/" + request + "/required", Map.of("required", "yes"));
    assertEquals(403, form.status(), form.describe());
    r.mentor()
        .refused(
            403, "FORBIDDEN", "PUT", "/api/requests/" + request + "/required", requiredBody(true));
    assertFalse(
        r.lead().ok("GET", "/api/requests/" + request, null).getBoolean("mentoringRequired"));

    // The lead records it through the request page.
    Step saved =
        post(
            r.lead(),
            "/app/coordinator/requests/" + request + "/required",
            Map.of("required", "yes"));
    assertEquals(303, saved.status(), saved.describe());
    assertTrue(
        r.lead().ok("GET", "/api/requests/" + request, null).getBoolean("mentoringRequired"));
    assertTrue(
        r.lead()
            .browser
            .get("/app/coordinator/requests/" + request)
            .body()
            .contains("Required (for example"));
    JsonObject row =
        r.lead()
            .ok("GET", "/api/scheme/relationships", null)
            .getJsonArray("items")
            .getJsonObject(0);
    assertTrue(row.getBoolean("mentoringRequired"));
    assertTrue(
        r.lead()
            .browser
            .get("/app/coordinator/relationships")
            .body()
            .contains("Required mentoring"));

    // The mentor sees it on the relationship, in the API and on the page.
    assertTrue(
        r.mentor()
            .ok("GET", r.path(), null)
            .getJsonObject("requestSummary")
            .getBoolean("mentoringRequired"));
    assertTrue(
        r.mentor()
            .browser
            .get("/app/relationships/" + r.id())
            .body()
            .contains("Required: the mentee has been asked"));

    // The coordinator not named for matching sees nothing of it: 403 or 404, and no page says it.
    assertEquals(404, c.call("GET", "/api/requests/" + request, null).status());
    assertEquals(403, c.call("GET", "/api/scheme/relationships", null).status());
    for (String page : new String[] {"/app/coordinator", "/app", "/app/coordinator/mentors"}) {
      Step s = c.browser.get(page);
      int at = Math.max(s.body().indexOf("Required mentoring"), s.body().indexOf("Required: the"));
      assertEquals(
          -1,
          at,
          () ->
              page
                  + ": "
                  + s.body()
                      .substring(Math.max(0, at - 300), Math.min(s.body().length(), at + 100)));
    }
    assertEquals(403, c.browser.get("/app/coordinator/relationships").status());

    // Reports: a count only, with at least k (3 here) behind it: one is not shown, three are.
    JsonObject figures = r.lead().ok("GET", "/api/scheme/reports", null).getJsonObject("figures");
    assertTrue(
        !figures.getJsonObject("requests").containsKey("required")
            || figures.getJsonObject("requests").isNull("required"),
        figures.toString());
    assertTrue(
        r.lead().browser.get("/app/coordinator/reports").body().contains("Not shown: too few"));
    for (int i = 2; i <= 3; i++) {
      Scenarios.relationshipIn(lti, r.lead(), "Dr Mentor " + i, "Dr Mentee " + i);
    }
    for (JsonValue q :
        r.lead().ok("GET", "/api/requests?state=MATCHED", null).getJsonArray("items")) {
      r.lead()
          .ok(
              "PUT",
              "/api/requests/" + q.asJsonObject().getString("id") + "/required",
              requiredBody(true));
    }
    figures = r.lead().ok("GET", "/api/scheme/reports", null).getJsonObject("figures");
    assertEquals(3, figures.getJsonObject("requests").getInt("required"), figures.toString());
    Step report = c.browser.get("/app/coordinator/reports");
    assertEquals(200, report.status(), report.describe());
    assertTrue(report.body().contains("3 of the relationships that ran were required"));
    assertFalse(report.body().contains("Dr Mentee"), "the report names no one");

    // The mentee says so on the request form: "I have been asked to have mentoring".
    Participant asker = Participant.launch(lti, lti.learner(), "Dr Asked");
    Step sent =
        post(asker, "/app/mentee/request", Map.of("help", "CAREER_DECISION", "asked", "yes"));
    assertEquals(303, sent.status(), sent.describe());
    assertTrue(asker.list("/api/requests/mine").getJsonObject(0).getBoolean("mentoringRequired"));
    JsonObject viaApi =
        Participant.launch(lti, lti.learner(), "Dr Asked Api")
            .created(
                "POST",
                "/api/requests",
                Json.createObjectBuilder()
                    .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
                    .add("askedToHaveMentoring", true)
                    .build());
    assertTrue(viaApi.getBoolean("mentoringRequired"));

    // Bad input: 4xx, never 500.
    for (String body : new String[] {"{}", "{\"required\":\"maybe\"}", "[", ""}) {
      Step s =
          r.lead()
              .browser
              .json(
                  "PUT",
                  "/api/requests/" + request + "/required",
                  body,
                  Map.of("X-CSRF-Token", r.lead().csrf));
      assertTrue(s.status() >= 400 && s.status() < 500, body + ": " + s.describe());
    }
    Step bad =
        post(
            r.lead(),
            "/app/coordinator/requests/" + request + "/required",
            Map.of("required", "perhaps"));
    assertEquals(422, bad.status(), bad.describe());
    assertEquals(
        404, r.lead().call("PUT", "/api/requests/nope/required", requiredBody(true)).status());
  }

  @Test
  void theMentorAndTheLeadSignpostDuringARelationship() {
    Scenarios.Relationship r = relationship("Signposting during", 5);
    Participant c = coordinator(lti, r.lead());
    JsonObject body =
        Json.createObjectBuilder()
            .add("service", SERVICE)
            .add("reason", "They may help with sleep")
            .build();

    // The mentor, through the page; the lead, through the API and the page.
    Step page = r.mentor().browser.get("/app/relationships/" + r.id());
    assertTrue(page.body().contains("data-form=\"relationship-signpost\""), page.body());
    Step posted =
        post(
            r.mentor(),
            "/app/relationships/" + r.id() + "/signposts",
            Map.of("service", SERVICE, "reason", "They may help with sleep"));
    assertEquals(303, posted.status(), posted.describe());
    r.lead().created("POST", "/api/scheme/relationships/" + r.id() + "/signposts", body);
    Step leadForm = r.lead().browser.get("/app/coordinator/relationships/" + r.id() + "/signpost");
    assertEquals(200, leadForm.status(), leadForm.describe());
    Step leadPosted =
        post(
            r.lead(),
            "/app/coordinator/relationships/" + r.id() + "/signpost",
            Map.of("service", SERVICE, "reason", "Also this"));
    assertEquals(303, leadPosted.status(), leadPosted.describe());

    // Mentee and mentor see them.
    assertEquals(3, r.mentee().ok("GET", r.path(), null).getJsonArray("signposts").size());
    assertEquals(3, r.mentor().ok("GET", r.path(), null).getJsonArray("signposts").size());
    String menteesPage = r.mentee().browser.get("/app/relationships/" + r.id()).body();
    assertTrue(menteesPage.contains("They may help with sleep") && menteesPage.contains(SERVICE));
    assertFalse(
        menteesPage.contains("data-form=\"relationship-signpost\""), "the mentee has no form");

    // Refused: the mentee (403), a coordinator not named for matching (403), a stranger (404).
    r.mentee().refused(403, "FORBIDDEN", "POST", r.path() + "/signposts", body);
    assertEquals(
        403, c.call("POST", "/api/scheme/relationships/" + r.id() + "/signposts", body).status());
    assertEquals(
        403,
        post(
                c,
                "/app/coordinator/relationships/" + r.id() + "/signpost",
                Map.of("service", SERVICE, "reason", "x"))
            .status());
    Participant stranger = Participant.launch(lti, lti.learner(), "Dr Stranger");
    assertEquals(404, stranger.call("POST", r.path() + "/signposts", body).status());
    assertEquals(3, r.mentor().ok("GET", r.path(), null).getJsonArray("signposts").size());

    // Reports count them as they count signposting at intake.
    JsonObject figures = r.lead().ok("GET", "/api/scheme/reports", null).getJsonObject("figures");
    assertEquals(3, figures.getJsonObject("requests").getInt("signpostedDuring"));
    assertEquals(0, figures.getJsonObject("requests").getInt("signposted"));
    assertEquals(
        3,
        r.lead()
            .ok("GET", "/api/scheme/relationships", null)
            .getJsonArray("items")
            .getJsonObject(0)
            .getInt("signpostings"));

    // Bad input: 4xx, never 500; a closed relationship refuses.
    for (String bad :
        new String[] {
          "{\"service\":\"Nope\",\"reason\":\"x\"}",
          "{\"service\":\"" + SERVICE + "\"}",
          "{\"reason\":\"x\"}",
          "{\"service\":\"" + SERVICE + "\",\"reason\":\"" + "x".repeat(2001) + "\"}",
          "{"
        }) {
      Step s =
          r.mentor()
              .browser
              .json("POST", r.path() + "/signposts", bad, Map.of("X-CSRF-Token", r.mentor().csrf));
      assertTrue(s.status() >= 400 && s.status() < 500, bad + ": " + s.describe());
    }
    Step empty =
        post(r.mentor(), "/app/relationships/" + r.id() + "/signposts", Map.of("service", SERVICE));
    assertEquals(422, empty.status(), empty.describe());
    Step unknown =
        post(
            r.mentor(),
            "/app/relationships/" + r.id() + "/signposts",
            Map.of("service", "Nope", "reason", "x"));
    assertTrue(unknown.status() >= 400 && unknown.status() < 500, unknown.describe());
    r.mentee()
        .ok(
            "POST",
            r.path() + "/close",
            Json.createObjectBuilder().add("reason", "NATURAL_END").add("summary", "Done").build());
    Step closed = r.mentor().call("POST", r.path() + "/signposts", body);
    assertTrue(closed.status() == 409 || closed.status() == 400, closed.describe());
    assertEquals(3, r.mentor().ok("GET", r.path(), null).getJsonArray("signposts").size());
  }
}
