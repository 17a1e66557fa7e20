package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.PlatformSimulator.ReceivedScore;
import org.mentorlink.it.support.DatabasePass;

/**
 * Gradebook columns that behave in Moodle: each CPD year's line item is created with the {@code
 * resourceLinkId} of the course's "CPD log" placement and the year's tag; an existing one on a
 * later page of the (tag-filtered, paged) list is found rather than duplicated; a line item of
 * another course that carries the same tag is never reused; switching passback on sends each
 * learner's approved credit once.
 */
@ExtendWith(DatabasePass.class)
class AgsColumnsIT {
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

  private static String tag() {
    LocalDate d = LocalDate.now();
    LocalDate start = MonthDay.of(4, 1).atYear(d.getYear());
    if (start.isAfter(d)) {
      start = start.minusYears(1);
    }
    return "mentorlink-cpd-" + start;
  }

  /** A line item of the simulated platform (course {@code course}), tagged {@code tag}. */
  private JsonObject item(String course, int n, String tag, String resourceLinkId) {
    var b =
        Json.createObjectBuilder()
            .add(
                "id",
                platform().issuer()
                    + "/mod/lti/services.php/"
                    + course
                    + "/lineitems/"
                    + n
                    + "/lineitem?type_id=1")
            .add("label", "Someone else's " + n)
            .add("scoreMaximum", 10)
            .add("tag", tag);
    if (resourceLinkId != null) {
      b.add("resourceLinkId", resourceLinkId);
    }
    return b.build();
  }

  private static void approvedActivity(Scenarios.Relationship r, String hours) {
    r.mentor()
        .created(
            "POST",
            "/api/cpd/activities",
            Json.createObjectBuilder()
                .add("activity", "MENTOR_TRAINING")
                .add("description", "Training")
                .add("date", LocalDate.now().toString())
                .add("hours", hours)
                .add("kind", "EXTERNAL")
                .build());
    String id = awaitingReflection(r.mentor());
    r.mentor()
        .ok(
            "POST",
            "/api/cpd/entries/" + id + "/reflection",
            Json.createObjectBuilder().add("reflection", "R").add("share", true).build());
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
      sleep(200);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted");
    }
  }

  private static void passback(Scenarios.Relationship r, boolean on) {
    JsonObject s =
        r.lead()
            .ok(
                "PUT",
                "/api/cpd/settings",
                Json.createObjectBuilder()
                    .add("gradebookPassback", on)
                    .add("confirmReveal", true)
                    .build());
    assertEquals(on, s.getBoolean("gradebookPassback"));
  }

  private List<ReceivedScore> awaitAccepted(String sub, int n) {
    await(
        n + " scores for " + sub + "; got " + platform().scores(),
        () -> platform().acceptedScores(sub).size() >= n);
    return platform().acceptedScores(sub);
  }

  private long lineItemPosts() {
    return platform().agsRequests().stream()
        .filter(a -> a.method().equals("POST") && a.path().endsWith("/lineitems"))
        .count();
  }

  @Test
  void aYearsColumnIsTiedToTheCpdLogPlacementAndAnotherCoursesItemIsNeverReused() {
    // Another course's line item with the same tag comes first in the (confused) list.
    platform().addLineItem(item("99", 900, tag(), "foreign-link"));
    platform().addLineItem(item("99", 901, tag(), null));
    platform().addLineItem(item("2", 902, tag(), "foreign-link"));
    platform().lineItemsPageSize(1);
    Scenarios.Relationship r = Scenarios.relationship(lti, "Columns");
    // The teacher placed a "CPD log" link, and someone launched it.
    lti.browser()
        .launch(
            lti.platform,
            lti.learner()
                .resourceLinkId("cpd-link-42")
                .lti("custom", Map.of("mentorlink_view", "cpd"))
                .name("CPD opener"))
        .requireLandedOn("/app/cpd");
    passback(r, true);
    approvedActivity(r, "2");
    ReceivedScore score = awaitAccepted(r.mentor().sub, 1).get(0);

    List<JsonObject> created =
        platform().lineItems().stream()
            .filter(li -> li.getString("label").startsWith("Mentoring CPD"))
            .toList();
    assertEquals(1, created.size(), platform().lineItems().toString());
    JsonObject ours = created.get(0);
    assertEquals("cpd-link-42", ours.getString("resourceLinkId"), ours.toString());
    assertEquals(tag(), ours.getString("tag"));
    assertEquals(ours.getString("id"), score.lineItem(), "the score went to our own column");
    assertTrue(
        platform().agsRequests().stream()
            .filter(a -> a.method().equals("GET"))
            .allMatch(a -> a.query().contains("tag=" + tag())),
        "the list is asked for with the tag filter: " + platform().agsRequests());
    assertTrue(
        platform().agsRequests().stream()
                .filter(a -> a.method().equals("GET") && a.query().contains("page="))
                .count()
            >= 2,
        "the list's pages were followed: " + platform().agsRequests());
  }

  @Test
  void anExistingColumnOnALaterPageIsFoundAgainNotDuplicated() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Found again");
    platform().addLineItem(item("99", 800, tag(), null));
    platform().addLineItem(item("98", 801, tag(), null));
    // Ours, as an earlier install (or another node) made it: on the third page.
    JsonObject mine =
        Json.createObjectBuilder(item("2", 802, tag(), null))
            .add("label", "Mentoring CPD (made earlier)")
            .build();
    platform().addLineItem(mine);
    platform().lineItemsPageSize(1);
    passback(r, true);
    approvedActivity(r, "1.5");
    ReceivedScore score = awaitAccepted(r.mentor().sub, 1).get(0);
    assertEquals(mine.getString("id"), score.lineItem());
    assertEquals(0, lineItemPosts(), "no second column: " + platform().agsRequests());
  }

  @Test
  void switchingPassbackOnSendsEachLearnersApprovedCreditOnce() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Backfill");
    approvedActivity(r, "3");
    r.signedOffSession("1.5", 0);
    for (Participant p : List.of(r.mentee())) {
      String id = awaitingReflection(p);
      p.ok(
          "POST",
          "/api/cpd/entries/" + id + "/reflection",
          Json.createObjectBuilder().add("reflection", "R").build());
      r.lead().expect(204, "POST", "/api/cpd/approvals/" + id + "/approve", null);
    }
    sleep(3000);
    assertTrue(platform().scores().isEmpty(), "nothing is sent while passback is off");

    passback(r, true);
    ReceivedScore mentor = awaitAccepted(r.mentor().sub, 1).get(0);
    ReceivedScore mentee = awaitAccepted(r.mentee().sub, 1).get(0);
    assertEquals(
        0,
        mentor
            .body()
            .getJsonNumber("scoreGiven")
            .bigDecimalValue()
            .compareTo(new java.math.BigDecimal("3")));
    assertEquals(
        0,
        mentee
            .body()
            .getJsonNumber("scoreGiven")
            .bigDecimalValue()
            .compareTo(new java.math.BigDecimal("1.5")));
    assertNotNull(mentee.body().getString("timestamp"));

    // Leaving it on (saving the settings again) sends nothing more.
    passback(r, true);
    sleep(5000);
    assertEquals(
        1, platform().acceptedScores(r.mentor().sub).size(), platform().scores().toString());
    assertEquals(
        1, platform().acceptedScores(r.mentee().sub).size(), platform().scores().toString());
    assertTrue(
        platform().acceptedScores(r.lead().sub).isEmpty(), "the lead (a teacher) is not sent");
    assertFalse(
        platform().scores().stream().anyMatch(s -> !s.accepted()), platform().scores().toString());
  }
}
