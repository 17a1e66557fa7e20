package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.Lti;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.PlatformSimulator.ReceivedScore;
import org.mentorlink.it.operations.MetricsIT;
import org.mentorlink.it.support.DatabasePass;

/**
 * CPD credit passed back to the platform's gradebook (LTI AGS 2.0) with the simulator acting as
 * Moodle 4.5: a line item per CPD year found or created once, scores exactly as the spec and
 * Moodle's checks need, one token for many scores, retries on 429 and an outage — every score once
 * and in order — and a 400 for a non-gradable user recorded as a failure, not retried.
 */
@ExtendWith(DatabasePass.class)
class AgsPassbackIT {
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
  private static final Duration WAIT = Duration.ofSeconds(60);

  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private PlatformSimulator platform() {
    return lti.platform;
  }

  private static boolean postgres() {
    return "postgresql".equals(System.getProperty("it.db"));
  }

  /** A relationship in a scheme that passes credit back. */
  private Scenarios.Relationship passbackScheme(String name) {
    Scenarios.Relationship r = Scenarios.relationship(lti, name);
    JsonObject settings =
        r.lead()
            .ok(
                "PUT",
                "/api/cpd/settings",
                Json.createObjectBuilder()
                    .add("gradebookPassback", true)
                    .add("confirmReveal", true)
                    .build());
    assertTrue(settings.getBoolean("gradebookPassback"));
    return r;
  }

  /** The mentor logs training of {@code hours} on {@code date}, reflects; the lead approves. */
  private static void approvedActivity(Scenarios.Relationship r, LocalDate date, String hours) {
    r.mentor()
        .created(
            "POST",
            "/api/cpd/activities",
            Json.createObjectBuilder()
                .add("activity", "MENTOR_TRAINING")
                .add("description", "Training")
                .add("date", date.toString())
                .add("hours", hours)
                .add("kind", "EXTERNAL")
                .build());
    String id = awaitingReflection(r.mentor());
    r.mentor()
        .ok(
            "POST",
            "/api/cpd/entries/" + id + "/reflection",
            Json.createObjectBuilder()
                .add("reflection", "MENTOR-REFLECTION")
                .add("share", true)
                .build());
    r.lead().expect(204, "POST", "/api/cpd/approvals/" + id + "/approve", null);
  }

  private static String awaitingReflection(Participant p) {
    List<String> ids = new ArrayList<>();
    for (JsonValue y : p.ok("GET", "/api/cpd", null).getJsonArray("years")) {
      for (JsonValue e : y.asJsonObject().getJsonArray("entries")) {
        if ("AWAITING_REFLECTION".equals(e.asJsonObject().getString("state"))) {
          ids.add(e.asJsonObject().getString("id"));
        }
      }
    }
    assertEquals(1, ids.size(), ids.toString());
    return ids.get(0);
  }

  private static void await(String what, BooleanSupplier condition) {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
  }

  private List<ReceivedScore> awaitAccepted(String sub, int n) {
    await(
        n + " scores for " + sub + "; got " + platform().scores(),
        () -> platform().acceptedScores(sub).size() >= n);
    return platform().acceptedScores(sub);
  }

  /** All requests for {@code sub}: timestamps strictly increasing, none used twice. */
  private void assertTimestampsStrictlyIncrease(String sub) {
    OffsetDateTime last = null;
    Set<String> seen = new HashSet<>();
    for (ReceivedScore s : platform().scores()) {
      if (s.body() == null || !sub.equals(s.body().getString("userId", null))) {
        continue;
      }
      String ts = s.body().getString("timestamp");
      assertTrue(seen.add(ts), "timestamp sent twice: " + ts);
      OffsetDateTime t = OffsetDateTime.parse(ts);
      if (last != null) {
        assertTrue(t.isAfter(last), ts + " after " + last);
      }
      last = t;
    }
  }

  private static BigDecimal given(ReceivedScore s) {
    return s.body().getJsonNumber("scoreGiven").bigDecimalValue();
  }

  private static LocalDate yearStart(LocalDate d) {
    LocalDate candidate = MonthDay.of(4, 1).atYear(d.getYear());
    return candidate.isAfter(d) ? candidate.minusYears(1) : candidate;
  }

  @Test
  void aLineItemPerYearIsCreatedOnceAndScoresAreWhatMoodleNeeds() {
    Scenarios.Relationship r = passbackScheme("AGS scheme");
    r.signedOffSession("1.5", 0);
    for (Participant p : List.of(r.mentee(), r.mentor())) {
      String id = awaitingReflection(p);
      p.ok(
          "POST",
          "/api/cpd/entries/" + id + "/reflection",
          Json.createObjectBuilder().add("reflection", "PRIVATE-REFLECTION").build());
      r.lead().expect(204, "POST", "/api/cpd/approvals/" + id + "/approve", null);
    }
    ReceivedScore mentee = awaitAccepted(r.mentee().sub, 1).get(0);
    ReceivedScore mentor = awaitAccepted(r.mentor().sub, 1).get(0);

    // One line item for the current CPD year, created once, as the spec asks.
    LocalDate start = yearStart(LocalDate.now());
    List<JsonObject> items = platform().lineItems();
    assertEquals(1, items.size(), items.toString());
    JsonObject item = items.get(0);
    assertEquals("mentorlink-cpd-" + start, item.getString("tag"));
    assertEquals("mentorlink-cpd-" + start, item.getString("resourceId"));
    assertEquals(
        "Mentoring CPD "
            + start.getYear()
            + "/"
            + String.format("%02d", (start.getYear() + 1) % 100),
        item.getString("label"));
    assertEquals(50, item.getInt("scoreMaximum"));
    assertEquals(
        1,
        platform().agsRequests().stream().filter(a -> a.method().equals("POST")).count(),
        "the line item is created once");

    // The score body: exactly these members; ISO 8601 with milliseconds; the right type, URL,
    // token.
    JsonObject body = mentee.body();
    assertEquals(
        Set.of(
            "userId",
            "scoreGiven",
            "scoreMaximum",
            "activityProgress",
            "gradingProgress",
            "timestamp"),
        body.keySet(),
        body.toString());
    assertEquals(r.mentee().sub, body.getString("userId"));
    assertEquals(0, new BigDecimal("1.5").compareTo(given(mentee)));
    assertEquals(50, body.getInt("scoreMaximum"));
    assertEquals("InProgress", body.getString("activityProgress"));
    assertEquals("FullyGraded", body.getString("gradingProgress"));
    assertTrue(TIMESTAMP.matcher(body.getString("timestamp")).matches(), body.toString());
    assertTrue(mentee.contentType().startsWith("application/vnd.ims.lis.v1.score+json"));
    assertEquals("type_id=1", mentee.query(), "/scores goes before the query string");
    assertEquals(item.getString("id"), mentee.lineItem());
    assertTrue(platform().issuedAccessToken(mentee.bearer()));
    assertEquals(r.mentor().sub, mentor.body().getString("userId"));

    // A second CPD year gets its own line item (found again, never duplicated).
    approvedActivity(r, start.minusDays(1), "2");
    awaitAccepted(r.mentor().sub, 2);
    assertEquals(2, platform().lineItems().size(), platform().lineItems().toString());
    assertEquals(
        "mentorlink-cpd-" + start.minusYears(1), platform().lineItems().get(1).getString("tag"));
    assertEquals(
        0, new BigDecimal("2").compareTo(given(platform().acceptedScores(r.mentor().sub).get(1))));
    approvedActivity(r, LocalDate.now(), "1");
    awaitAccepted(r.mentor().sub, 3);
    assertEquals(2, platform().lineItems().size(), "no line item created twice");
    assertEquals(
        0,
        new BigDecimal("2.5").compareTo(given(platform().acceptedScores(r.mentor().sub).get(2))));

    // The coordinator sees what was sent — never reflections; others see nothing.
    awaitAllSent(r, 4);
    JsonObject page = r.lead().ok("GET", "/api/cpd/passback?page=0", null);
    assertEquals(4, page.getInt("total"), page.toString());
    for (JsonValue v : page.getJsonArray("items")) {
      assertEquals("SENT", v.asJsonObject().getString("state"), page.toString());
    }
    assertFalse(page.toString().contains("REFLECTION"), page.toString());
    assertTrue(page.toString().contains(r.mentee().name), page.toString());
    r.mentee().refused(403, "FORBIDDEN", "GET", "/api/cpd/passback", null);
  }

  @Test
  void manyApprovalsUseOneTokenAndArriveInOrder() {
    Scenarios.Relationship r = passbackScheme("Batch scheme");
    int n = 50;
    for (int i = 0; i < n; i++) {
      approvedActivity(r, LocalDate.now(), "1");
    }
    List<ReceivedScore> got = awaitAccepted(r.mentor().sub, n);
    assertEquals(n, got.size());
    for (int i = 0; i < n; i++) {
      assertEquals(0, BigDecimal.valueOf(i + 1).compareTo(given(got.get(i))), got.toString());
    }
    assertTimestampsStrictlyIncrease(r.mentor().sub);
    long tokens = got.stream().map(ReceivedScore::bearer).distinct().count();
    // (The roster's read of the membership service has a token of its own scope.)
    long issued =
        platform().tokenRequests().stream()
            .filter(t -> t.accessToken() != null)
            .filter(t -> !String.valueOf(t.params().get("scope")).contains(Lti.SCOPE_NRPS))
            .count();
    // One node: one token. The PostgreSQL pass runs two nodes on one database.
    int nodes = postgres() ? 2 : 1;
    assertTrue(tokens <= nodes, tokens + " tokens for " + n + " scores");
    assertTrue(issued <= nodes, issued + " tokens issued");
    platform().tokenRequests().forEach(t -> assertTrue(t.problems().isEmpty(), t.toString()));
  }

  @Test
  void anExpiredOrRevokedTokenIsRenewed() {
    Scenarios.Relationship r = passbackScheme("Token scheme");
    platform().tokenLifetimeSeconds(3);
    approvedActivity(r, LocalDate.now(), "1");
    awaitAccepted(r.mentor().sub, 1);
    sleep(3500);
    approvedActivity(r, LocalDate.now(), "1");
    awaitAccepted(r.mentor().sub, 2);
    platform().tokenLifetimeSeconds(3600);
    sleep(3500); // the short-lived token has left the cache
    approvedActivity(r, LocalDate.now(), "1");
    awaitAccepted(r.mentor().sub, 3);
    platform().revokeAccessTokens(); // mid-batch: the platform answers 401
    approvedActivity(r, LocalDate.now(), "1");
    approvedActivity(r, LocalDate.now(), "1");
    List<ReceivedScore> got = awaitAccepted(r.mentor().sub, 5);
    assertEquals(0, BigDecimal.valueOf(5).compareTo(given(got.get(4))));
    if (!postgres()) { // with two nodes the sender may not hold the revoked token
      assertTrue(
          platform().scores().stream().anyMatch(s -> s.status() == 401), "a 401 was answered");
    }
    assertTrue(got.stream().map(ReceivedScore::bearer).distinct().count() >= 3);
    assertTimestampsStrictlyIncrease(r.mentor().sub);
    awaitAllSent(r, 5);
  }

  /** Waits until the coordinator's list shows {@code n} scores, all SENT. */
  private static void awaitAllSent(Scenarios.Relationship r, int n) {
    await(
        n + " scores SENT",
        () -> {
          JsonObject page = r.lead().ok("GET", "/api/cpd/passback", null);
          return page.getInt("total") == n
              && page.getJsonArray("items").stream()
                  .allMatch(v -> "SENT".equals(v.asJsonObject().getString("state")));
        });
  }

  /**
   * Issue 8.7: concurrent approvals and reversals for one person. Each change queues a score; the
   * last one queued (hence sent) must be the person's credit after all of them, whatever the
   * interleaving — the credit is read only once the person's score clock is locked.
   */
  @Test
  void concurrentApprovalsAndReversalsEndWithTheScoreEqualToTheCredit() throws Exception {
    Scenarios.Relationship r = passbackScheme("Concurrent approvals scheme");
    int n = 8;
    List<String> reflected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      r.mentor()
          .created(
              "POST",
              "/api/cpd/activities",
              Json.createObjectBuilder()
                  .add("activity", "MENTOR_TRAINING")
                  .add("description", "Training " + i)
                  .add("date", LocalDate.now().toString())
                  .add("hours", "1")
                  .add("kind", "EXTERNAL")
                  .build());
      String id = awaitingReflection(r.mentor());
      r.mentor()
          .ok(
              "POST",
              "/api/cpd/entries/" + id + "/reflection",
              Json.createObjectBuilder().add("reflection", "R" + i).add("share", true).build());
      reflected.add(id);
    }
    // Two are approved first, so that they can be reversed while the others are approved.
    for (String id : reflected.subList(0, 2)) {
      r.lead().expect(204, "POST", "/api/cpd/approvals/" + id + "/approve", null);
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      for (String id : reflected.subList(2, n)) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return r.lead()
                      .call("POST", "/api/cpd/approvals/" + id + "/approve", null)
                      .status();
                }));
      }
      for (String id : reflected.subList(0, 2)) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return r.mentor()
                      .call(
                          "POST",
                          "/api/cpd/entries/" + id + "/reverse",
                          Json.createObjectBuilder().add("reason", "Logged twice").build())
                      .status();
                }));
      }
      go.countDown();
      for (java.util.concurrent.Future<Integer> a : answers) {
        int status = a.get();
        assertTrue(status == 204 || status == 201, "approved or reversed, never a 5xx: " + status);
      }
    } finally {
      pool.shutdownNow();
    }
    // 2 + 6 approvals and 2 reversals queued 10 scores; the credit is 6 hours.
    awaitAllSent(r, n + 2);
    JsonObject year = r.mentor().ok("GET", "/api/cpd", null).getJsonArray("years").getJsonObject(0);
    BigDecimal credit = new BigDecimal(year.getString("credit"));
    assertEquals(0, new BigDecimal("6").compareTo(credit), year.toString());
    List<ReceivedScore> accepted = platform().acceptedScores(r.mentor().sub);
    assertEquals(
        0,
        credit.compareTo(given(accepted.get(accepted.size() - 1))),
        "the last score sent is the credit: " + accepted);
    assertTimestampsStrictlyIncrease(r.mentor().sub);
  }

  @Test
  void tooManyRequestsThenSuccess() {
    Scenarios.Relationship r = passbackScheme("Busy scheme");
    platform().failNextScores(1, 429);
    approvedActivity(r, LocalDate.now(), "1.5");
    List<ReceivedScore> got = awaitAccepted(r.mentor().sub, 1);
    assertEquals(1, got.size());
    List<ReceivedScore> all =
        platform().scores().stream().filter(s -> s.lineItem() != null).toList();
    assertEquals(429, all.get(0).status(), all.toString());
    assertEquals(200, all.get(1).status(), all.toString());
    assertTimestampsStrictlyIncrease(r.mentor().sub);
    awaitAllSent(r, 1);
    JsonObject row =
        r.lead().ok("GET", "/api/cpd/passback", null).getJsonArray("items").getJsonObject(0);
    assertEquals(2, row.getInt("attempts"), row.toString());
  }

  @Test
  void aConflictFromThePlatformIsSentAgainWithALaterTimestamp() {
    Scenarios.Relationship r = passbackScheme("Conflicting scheme");
    platform().failNextScores(1, 409);
    approvedActivity(r, LocalDate.now(), "2");
    List<ReceivedScore> got = awaitAccepted(r.mentor().sub, 1);
    assertEquals(1, got.size());
    List<ReceivedScore> all =
        platform().scores().stream().filter(s -> s.lineItem() != null).toList();
    assertEquals(409, all.get(0).status(), all.toString());
    assertEquals(200, all.get(1).status(), all.toString());
    assertTimestampsStrictlyIncrease(r.mentor().sub);
    awaitAllSent(r, 1);
  }

  @Test
  void platformDownThenBackEveryScoreArrivesOnceInOrder() {
    Scenarios.Relationship r = passbackScheme("Outage scheme");
    platform().agsDown(503);
    int n = 5;
    for (int i = 0; i < n; i++) {
      approvedActivity(r, LocalDate.now(), "1");
    }
    await(
        "attempts while down",
        () -> {
          JsonArray items = r.lead().ok("GET", "/api/cpd/passback", null).getJsonArray("items");
          return items.stream()
              .map(JsonValue::asJsonObject)
              .anyMatch(
                  o -> o.getInt("attempts") >= 2 && o.getString("lastError", "").contains("503"));
        });
    JsonObject page = r.lead().ok("GET", "/api/cpd/passback", null);
    assertEquals(n, page.getInt("total"));
    page.getJsonArray("items")
        .forEach(
            v -> assertEquals("PENDING", v.asJsonObject().getString("state"), page.toString()));
    assertTrue(platform().acceptedScores(r.mentor().sub).isEmpty());
    // What an operator sees meanwhile (measured every 15 s): the waiting scores and how long the
    // oldest has waited — on PostgreSQL too, where an aggregate of the creation time once failed.
    await(
        "the outbox gauges to show the waiting scores",
        () -> {
          String text = lti.server.get("/metrics?scope=application").body();
          return MetricsIT.value(text, "mentorlink_outbox_depth", null, null) >= n
              && MetricsIT.value(text, "mentorlink_outbox_oldest_pending_age_seconds", null, null)
                  >= 1;
        });
    platform().agsUp();
    List<ReceivedScore> got = awaitAccepted(r.mentor().sub, n);
    sleep(3000); // nothing more may arrive
    got = platform().acceptedScores(r.mentor().sub);
    assertEquals(n, got.size(), got.toString());
    for (int i = 0; i < n; i++) {
      assertEquals(0, BigDecimal.valueOf(i + 1).compareTo(given(got.get(i))), got.toString());
    }
    assertTimestampsStrictlyIncrease(r.mentor().sub);
    assertEquals(1, platform().lineItems().size());
    awaitAllSent(r, n);
  }

  @Test
  void aNonGradableUserIsAFailureNotARetry() {
    Scenarios.Relationship r = passbackScheme("Teacher scheme");
    platform().nonGradable(r.mentor().sub);
    approvedActivity(r, LocalDate.now(), "1");
    await(
        "the failure recorded",
        () ->
            r.lead().ok("GET", "/api/cpd/passback", null).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(o -> o.getString("state").equals("FAILED")));
    sleep(4000);
    List<ReceivedScore> tried =
        platform().scores().stream()
            .filter(
                s -> s.body() != null && r.mentor().sub.equals(s.body().getString("userId", null)))
            .toList();
    assertEquals(1, tried.size(), "not retried: " + tried);
    assertEquals(400, tried.get(0).status());
    JsonObject row =
        r.lead().ok("GET", "/api/cpd/passback", null).getJsonArray("items").getJsonObject(0);
    assertEquals("FAILED", row.getString("state"));
    assertEquals(1, row.getInt("attempts"));
    assertNotNull(row.getString("lastError", null));
    assertTrue(row.getString("lastError").contains("400"), row.toString());

    // The coordinator's page shows it too, with the reason — and no reflection.
    var page = r.lead().browser.get("/app/coordinator/cpd");
    assertEquals(200, page.status(), page.describe());
    assertTrue(page.body().contains("Scores sent to the gradebook"), page.body());
    assertTrue(page.body().contains("Failed"), page.body());
    assertTrue(page.body().contains("400"), page.body());
    assertFalse(page.body().contains("MENTOR-REFLECTION"), "the score list shows no reflection");
  }

  @Test
  void aTeacherWhoMentorsIsNotSentToTheGradebook() {
    Scenarios.Relationship r = passbackScheme("Teacher mentor scheme");
    Participant teacher = Participant.launch(lti, lti.instructor(), "Dr Teaching Mentor");
    String personId =
        r.lead().ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonObject("person").getString("name").equals(teacher.name))
            .findFirst()
            .orElseThrow()
            .getJsonObject("person")
            .getString("id");
    r.lead()
        .created(
            "POST", "/api/mentors", Json.createObjectBuilder().add("personId", personId).build());
    Scenarios.Relationship asTeacher =
        new Scenarios.Relationship(r.lead(), teacher, r.mentee(), r.id());
    approvedActivity(asTeacher, LocalDate.now(), "1");
    // A learner's approval afterwards is sent: the teacher's never was.
    approvedActivity(r, LocalDate.now(), "1");
    awaitAccepted(r.mentor().sub, 1);
    sleep(2000);
    assertTrue(
        platform().scores().stream()
            .noneMatch(
                s -> s.body() != null && teacher.sub.equals(s.body().getString("userId", null))),
        "teachers are not gradable: nothing is sent for them");
    String list = r.lead().ok("GET", "/api/cpd/passback", null).toString();
    assertFalse(list.contains("Dr Teaching Mentor"), list);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
