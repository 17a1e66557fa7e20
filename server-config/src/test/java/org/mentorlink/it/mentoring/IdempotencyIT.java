package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.OperatorClient;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;
import org.mentorlink.it.support.Server;

/**
 * Idempotency-Key on the API and one-time tokens on the pages' forms: a retry is answered as the
 * first call was and creates nothing twice; a key reused for another request is refused; a refused
 * call is not remembered; keys belong to their person; concurrent retries create one thing; a form
 * posted twice creates one thing and lands on the same page.
 */
@ExtendWith(DatabasePass.class)
class IdempotencyIT {
  private LtiFixture lti;
  private Scenarios.Relationship r;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
    r = Scenarios.relationship(lti, "Idempotency scheme");
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private static Step call(Participant p, String method, String path, String body, String key) {
    Map<String, String> h = new HashMap<>();
    h.put("X-CSRF-Token", p.csrf);
    if (key != null) {
      h.put("Idempotency-Key", key);
    }
    return p.browser.json(method, path, body, h);
  }

  private static String goal(String text) {
    return Json.createObjectBuilder().add("goal", text).build().toString();
  }

  private long goalsNamed(String text) {
    return r.mentee().ok("GET", r.path(), null).getJsonArray("goals").stream()
        .filter(g -> g.asJsonObject().getString("goal").equals(text))
        .count();
  }

  private String goalId(JsonObject relationship, String text) {
    return relationship.getJsonArray("goals").stream()
        .map(JsonValue::asJsonObject)
        .filter(g -> g.getString("goal").equals(text))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  @Test
  void aRetriedCreateIsReplayedWithTheCreatedIdAndCreatesNothing() {
    String key = UUID.randomUUID().toString();
    Step first = call(r.mentee(), "POST", r.path() + "/goals", goal("Retried goal"), key);
    assertEquals(201, first.status(), first.describe());
    assertTrue(first.header("Idempotent-Replayed").isEmpty());
    String id = goalId(Participant.read(first.body()).asJsonObject(), "Retried goal");

    Step again = call(r.mentee(), "POST", r.path() + "/goals", goal("Retried goal"), key);
    assertEquals(201, again.status(), again.describe());
    assertEquals("true", again.header("Idempotent-Replayed").orElse(""), again.describe());
    JsonObject replay = Participant.read(again.body()).asJsonObject();
    assertTrue(replay.getBoolean("replayed"));
    assertEquals(201, replay.getInt("status"));
    assertEquals(
        List.of("goal:" + id),
        replay.getJsonArray("created").stream()
            .map(JsonValue::asJsonObject)
            .map(c -> c.getString("type") + ":" + c.getString("id"))
            .toList());
    assertFalse(again.body().contains("Retried goal"), "no stored body: the replay names ids only");
    assertEquals(1, goalsNamed("Retried goal"));
  }

  @Test
  void anUpdateIsReplayedToo() {
    String key = UUID.randomUUID().toString();
    Step first = call(r.mentee(), "POST", r.path() + "/goals", goal("Goal to update"), key);
    String id = goalId(Participant.read(first.body()).asJsonObject(), "Goal to update");
    String put = Json.createObjectBuilder().add("goal", "Updated goal").build().toString();
    String updateKey = UUID.randomUUID().toString();
    Step updated = call(r.mentee(), "PUT", r.path() + "/goals/" + id, put, updateKey);
    assertEquals(200, updated.status(), updated.describe());
    Step again = call(r.mentee(), "PUT", r.path() + "/goals/" + id, put, updateKey);
    assertEquals(200, again.status(), again.describe());
    assertEquals("true", again.header("Idempotent-Replayed").orElse(""));
    assertEquals(List.of(), Participant.read(again.body()).asJsonObject().getJsonArray("created"));
  }

  @Test
  void aKeyReusedForAnotherRequestIsRefusedAndStoresNothing() {
    String key = UUID.randomUUID().toString();
    assertEquals(
        201, call(r.mentee(), "POST", r.path() + "/goals", goal("First use"), key).status());
    Step reused = call(r.mentee(), "POST", r.path() + "/goals", goal("Another goal"), key);
    LtiFixture.assertError(reused, 422, "IDEMPOTENCY_KEY_REUSED");
    assertTrue(
        reused.header("Content-Type").orElse("").startsWith("application/problem+json"),
        reused.describe());
    assertEquals(0, goalsNamed("Another goal"));
  }

  @Test
  void aRefusedCallIsNotRememberedAndItsKeyStaysFree() {
    String key = UUID.randomUUID().toString();
    // The mentor may not set the mentee's goals: refused, and nothing is remembered for the key.
    Step refused = call(r.mentor(), "POST", r.path() + "/goals", goal("Not mine"), key);
    assertTrue(refused.status() >= 400 && refused.status() < 500, refused.describe());
    Step again = call(r.mentor(), "POST", r.path() + "/goals", goal("Not mine"), key);
    assertEquals(refused.status(), again.status(), again.describe());
    assertTrue(again.header("Idempotent-Replayed").isEmpty(), "refusals are judged afresh");
    String session =
        Json.createObjectBuilder()
            .add("scheduledAt", inDays(30))
            .add("durationHours", "1")
            .add("mode", "VIDEO")
            .build()
            .toString();
    Step other = call(r.mentor(), "POST", r.path() + "/sessions", session, key);
    assertEquals(201, other.status(), "the key was never used: " + other.describe());
  }

  @Test
  void keysBelongToTheirPerson() {
    String key = UUID.randomUUID().toString();
    assertEquals(
        201, call(r.mentee(), "POST", r.path() + "/goals", goal("The mentee's"), key).status());
    String session =
        Json.createObjectBuilder()
            .add("scheduledAt", inDays(58))
            .add("durationHours", "1")
            .add("mode", "VIDEO")
            .build()
            .toString();
    Step mentors = call(r.mentor(), "POST", r.path() + "/sessions", session, key);
    assertEquals(201, mentors.status(), mentors.describe());
    assertTrue(mentors.header("Idempotent-Replayed").isEmpty());
  }

  @Test
  void anInvalidKeyIsRefused() {
    Step bad = call(r.mentee(), "POST", r.path() + "/goals", goal("Bad key"), "has space");
    LtiFixture.assertError(bad, 400, "IDEMPOTENCY_KEY_INVALID");
    Step long256 = call(r.mentee(), "POST", r.path() + "/goals", goal("Bad key"), "k".repeat(256));
    LtiFixture.assertError(long256, 400, "IDEMPOTENCY_KEY_INVALID");
    assertEquals(0, goalsNamed("Bad key"));
  }

  @Test
  void concurrentRetriesCreateOneThing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      for (int round = 0; round < 3; round++) {
        String key = UUID.randomUUID().toString();
        String text = "Concurrent goal " + round;
        List<CompletableFuture<Step>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          answers.add(
              CompletableFuture.supplyAsync(
                  () -> call(r.mentee(), "POST", r.path() + "/goals", goal(text), key), pool));
        }
        int fresh = 0;
        for (CompletableFuture<Step> f : answers) {
          Step s = f.get();
          if (s.status() == 409) {
            LtiFixture.assertError(s, 409, "IDEMPOTENCY_IN_PROGRESS");
          } else {
            assertEquals(201, s.status(), s.describe());
            if (s.header("Idempotent-Replayed").isEmpty()) {
              fresh++;
            }
          }
        }
        assertEquals(1, fresh, "one of the concurrent calls ran");
        assertEquals(1, goalsNamed(text));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static final Pattern FORM =
      Pattern.compile("<form\\b[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern HIDDEN =
      Pattern.compile("<input\\b[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

  /** The hidden fields of the page's form whose action ends with {@code actionEnd}. */
  private static Map<String, String> hiddenFields(String html, String actionEnd) {
    Matcher f = FORM.matcher(html);
    while (f.find()) {
      String action = ToolBrowser.unescape(f.group(1));
      if (action.split("\\?")[0].endsWith(actionEnd)) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher h = HIDDEN.matcher(f.group(2));
        while (h.find()) {
          out.put(h.group(1), ToolBrowser.unescape(h.group(2)));
        }
        out.put("_action", action);
        return out;
      }
    }
    throw new AssertionError("no form posting to " + actionEnd + " in the page");
  }

  @Test
  void aPageFormPostedTwiceCreatesOneThingAndLandsOnTheSamePage() {
    Step page = r.mentee().browser.get("/app/relationships/" + r.id() + "/goals");
    assertEquals(200, page.status(), page.describe());
    Map<String, String> form = hiddenFields(page.body(), "/goals");
    assertNotNull(form.get("form-token"), "the form carries a one-time token");
    assertEquals(r.mentee().csrf, form.get("csrf"));
    String action = form.remove("_action");
    form.put("goal", "Posted twice");

    Step first = r.mentee().browser.postForm(action, form, Map.of());
    Step second = r.mentee().browser.postForm(action, form, Map.of());
    assertEquals(303, first.status(), first.describe());
    assertEquals(303, second.status(), second.describe());
    assertEquals(first.location(), second.location(), "both land on the same page");
    assertEquals("true", second.header("Idempotent-Replayed").orElse(""));
    assertEquals(1, goalsNamed("Posted twice"));

    // The same page's token with other answers: refused with a plain page, nothing stored.
    form.put("goal", "Changed and posted again");
    Step changed = r.mentee().browser.postForm(action, form, Map.of());
    assertEquals(422, changed.status(), changed.describe());
    assertTrue(changed.body().contains("IDEMPOTENCY_KEY_REUSED"), changed.describe());
    assertEquals(0, goalsNamed("Changed and posted again"));

    // Every page shown gets a fresh token.
    Map<String, String> next =
        hiddenFields(
            r.mentee().browser.get("/app/relationships/" + r.id() + "/goals").body(), "/goals");
    assertFalse(next.get("form-token").equals(form.get("form-token")));
  }

  @Test
  void theOperatorApiAcceptsKeysAndNeverReplaysASecret() {
    Server server = lti.server;
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = operatorPost(server, "/api/operator/registration-links", key);
    assertEquals(201, first.statusCode(), first.body());
    assertTrue(first.body().contains("link="));
    HttpResponse<String> again = operatorPost(server, "/api/operator/registration-links", key);
    assertEquals(201, again.statusCode(), again.body());
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
    assertFalse(again.body().contains("link="), "a secret shown once is not shown again");
  }

  private static HttpResponse<String> operatorPost(Server server, String path, String key) {
    return Server.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .header("Authorization", "Bearer " + OperatorClient.IT_TOKEN)
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  @Test
  void theOpenApiDocumentDescribesTheKey() {
    Step doc = r.mentee().browser.get("/openapi", Map.of("Accept", "application/json"));
    assertEquals(200, doc.status());
    assertTrue(doc.body().contains("Idempotency-Key"), "the header is documented");
    assertTrue(doc.body().contains("IDEMPOTENCY_KEY_REUSED"));
    assertTrue(doc.body().contains("IDEMPOTENCY_IN_PROGRESS"));
    assertTrue(doc.body().contains("DATABASE_UNAVAILABLE"));
  }

  /** A session time this many days ahead (the API takes sessions up to 2 years ahead). */
  private static String inDays(int days) {
    return java.time.Instant.now()
        .truncatedTo(java.time.temporal.ChronoUnit.HOURS)
        .plus(java.time.Duration.ofDays(days))
        .toString();
  }
}
