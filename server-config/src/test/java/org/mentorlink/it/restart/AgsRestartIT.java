package org.mentorlink.it.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.PlatformSimulator.ReceivedScore;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.Server;

/**
 * Scores queued for the gradebook while the platform is down survive a server restart: they are in
 * the database, and the restarted server sends each of them once, in order.
 */
class AgsRestartIT {
  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private record Person(ToolBrowser browser, String csrf, String sub) {
    JsonObject call(int status, String method, String path, JsonObject body) {
      Step s =
          browser.json(
              method, path, body == null ? null : body.toString(), Map.of("X-CSRF-Token", csrf));
      assertEquals(status, s.status(), method + " " + path + ":\n" + s.describe());
      return s.body() == null || s.body().isBlank()
          ? null
          : Json.createReader(new StringReader(s.body())).readObject();
    }
  }

  private Person launch(LaunchClaims claims, String name) {
    ToolBrowser b = lti.browser();
    b.launch(lti.platform, claims.name(name)).requireLanded();
    Step me = b.me();
    assertEquals(200, me.status(), me.describe());
    String csrf =
        Json.createReader(new StringReader(me.body())).readObject().getString("csrfToken");
    return new Person(b, csrf, claims.subject());
  }

  @Test
  void pendingScoresAreSentAfterARestart() {
    Person lead = launch(lti.instructor(), "Dr Lead Restart");
    lead.call(201, "POST", "/api/scheme", Json.createObjectBuilder().add("name", "R").build());
    Person mentor = launch(lti.learner(), "Dr Mentor Restart");
    String personId =
        lead.call(200, "GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonObject("person").getString("name").equals("Dr Mentor Restart"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("person")
            .getString("id");
    lead.call(
        201, "POST", "/api/mentors", Json.createObjectBuilder().add("personId", personId).build());
    lead.call(
        200,
        "PUT",
        "/api/cpd/settings",
        Json.createObjectBuilder()
            .add("gradebookPassback", true)
            .add("confirmReveal", true)
            .build());

    lti.platform.agsDown(503);
    int n = 3;
    for (int i = 0; i < n; i++) {
      JsonObject log =
          mentor.call(
              201,
              "POST",
              "/api/cpd/activities",
              Json.createObjectBuilder()
                  .add("activity", "SUPERVISION")
                  .add("description", "Supervision")
                  .add("date", LocalDate.now().toString())
                  .add("hours", "1")
                  .add("kind", "EXTERNAL")
                  .build());
      String id =
          log.getJsonArray("years").stream()
              .flatMap(y -> y.asJsonObject().getJsonArray("entries").stream())
              .map(JsonValue::asJsonObject)
              .filter(e -> e.getString("state").equals("AWAITING_REFLECTION"))
              .findFirst()
              .orElseThrow()
              .getString("id");
      mentor.call(
          200,
          "POST",
          "/api/cpd/entries/" + id + "/reflection",
          Json.createObjectBuilder().add("reflection", "Reflected").build());
      lead.call(204, "POST", "/api/cpd/approvals/" + id + "/approve", null);
    }

    Server.current().restart();
    lti.platform.agsUp();

    long end = System.nanoTime() + 90_000_000_000L;
    while (lti.platform.acceptedScores(mentor.sub()).size() < n && System.nanoTime() < end) {
      Server.sleep(250);
    }
    Server.sleep(2000);
    List<ReceivedScore> got = lti.platform.acceptedScores(mentor.sub());
    assertEquals(n, got.size(), got.toString());
    for (int i = 0; i < n; i++) {
      assertEquals(
          0,
          BigDecimal.valueOf(i + 1)
              .compareTo(got.get(i).body().getJsonNumber("scoreGiven").bigDecimalValue()));
    }
    JsonObject page = lead.call(200, "GET", "/api/cpd/passback", null);
    assertEquals(n, page.getInt("total"));
    assertTrue(
        page.getJsonArray("items").stream()
            .allMatch(v -> v.asJsonObject().getString("state").equals("SENT")),
        page.toString());
  }
}
