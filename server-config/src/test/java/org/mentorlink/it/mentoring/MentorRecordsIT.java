package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
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
 * Mentors' records through real launches: the mentor and the lead keep training tier and date,
 * indemnity and supervision attendance; a coordinator not named for matching under "only the lead
 * knows", another mentor and a mentee are refused (403 or 404) and change nothing; the lapse
 * notices on the mentor's and the lead's start pages come and go with the dates; bad input is a
 * 4xx.
 */
@ExtendWith(DatabasePass.class)
class MentorRecordsIT {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final int VALID_YEARS = 3;

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

  /** A second teacher of the course, appointed coordinator (not named for matching). */
  private static Participant coordinator(LtiFixture lti, Participant lead) {
    Participant c = Participant.launch(lti, lti.instructor(), "Dr Cora Plain");
    lead.ok(
        "POST",
        "/api/scheme/coordinators",
        Json.createObjectBuilder().add("personId", personId(lead, c.name)).build());
    return c;
  }

  private static JsonObject record(
      String tier, LocalDate trainedOn, String provider, LocalDate expires) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    if (tier != null) {
      b.add("tier", tier).add("trainedOn", trainedOn.toString());
    }
    if (provider != null) {
      b.add("indemnityProvider", provider)
          .add("indemnityExpires", expires.toString())
          .add("coversMentoring", true);
    }
    return b.build();
  }

  private static String startPage(Participant p) {
    Step s = p.browser.get("/app");
    assertEquals(200, s.status(), s.describe());
    return s.body();
  }

  @Test
  void theMentorAndTheLeadKeepTheRecordsAndLapseNoticesFollowTheDates() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Mentor records");
    LocalDate today = Scenarios.today();
    String profile = r.mentor().ok("GET", "/api/mentor-profile", null).getString("profileId");
    String records = "/api/mentors/" + profile + "/records";

    // Training three years ago less 30 days: it lapses within 60 days; no indemnity yet.
    LocalDate trained = today.minusYears(VALID_YEARS).plusDays(30);
    LocalDate lapsesOn = trained.plusYears(VALID_YEARS).plusDays(1);
    JsonObject mine =
        r.mentor()
            .ok("PUT", "/api/mentor-profile/records", record("INTRODUCTORY", trained, null, null));
    assertEquals("INTRODUCTORY", mine.getJsonObject("record").getString("tier"));
    assertEquals(lapsesOn.toString(), mine.getString("trainingLapsesOn"));
    assertTrue(mine.getBoolean("trainingCurrent"));
    assertEquals(1, mine.getJsonArray("lapses").size());

    String mentorsStart = startPage(r.mentor());
    assertTrue(
        mentorsStart.contains("Your mentor training lapses on " + DAY.format(lapsesOn)),
        mentorsStart);
    String leadsStart = startPage(r.lead());
    assertTrue(
        leadsStart.contains("Mentor training lapses within 60 days for 1 mentor"), leadsStart);
    assertFalse(leadsStart.contains(r.mentor().name + "</"), "the lead's notice names no one");

    // The lead records a refresher today and an indemnity expiring in ten days.
    LocalDate expires = today.plusDays(10);
    JsonObject kept = r.lead().ok("PUT", records, record("REFRESHER", today, "MDU", expires));
    assertEquals("REFRESHER", kept.getJsonObject("record").getString("tier"));
    assertEquals("MDU", kept.getJsonObject("record").getString("indemnityProvider"));
    mentorsStart = startPage(r.mentor());
    assertFalse(mentorsStart.contains("Your mentor training lapses"), mentorsStart);
    assertTrue(
        mentorsStart.contains("Your indemnity expires on " + DAY.format(expires)), mentorsStart);
    leadsStart = startPage(r.lead());
    assertFalse(leadsStart.contains("Mentor training lapses within"), leadsStart);
    assertTrue(leadsStart.contains("Indemnity expires within 60 days for 1 mentor"), leadsStart);

    // Lapsed: training over three years ago, indemnity expired yesterday.
    r.mentor()
        .ok(
            "PUT",
            "/api/mentor-profile/records",
            record(
                "CONTINUING",
                today.minusYears(VALID_YEARS).minusDays(2),
                "MDU",
                today.minusDays(1)));
    mentorsStart = startPage(r.mentor());
    assertTrue(mentorsStart.contains("Your mentor training lapsed on"), mentorsStart);
    assertTrue(mentorsStart.contains("Your indemnity expired on"), mentorsStart);
    leadsStart = startPage(r.lead());
    assertTrue(leadsStart.contains("Mentor training has lapsed for 1 mentor"), leadsStart);
    assertTrue(leadsStart.contains("Indemnity has expired for 1 mentor"), leadsStart);
    assertFalse(
        r.mentor().ok("GET", "/api/mentor-profile", null).getBoolean("trainingCurrent"),
        "lapsed training is not current for matching");

    // Matching says so in words, and warns before proposing: the button reads "Propose anyway".
    LocalDate lapsedOn = today.minusYears(VALID_YEARS).minusDays(2).plusYears(VALID_YEARS);
    String lapsedWords =
        "Training not current: lapsed in "
            + DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK).format(lapsedOn.plusDays(1));
    Participant next = Participant.launch(lti, lti.learner(), "Dr Next Mentee");
    String request = Scenarios.askForMentoring(next);
    r.lead().ok("POST", "/api/requests/" + request + "/accept", null);
    JsonObject candidate =
        r.lead().list("/api/requests/" + request + "/candidates").getJsonObject(0);
    assertFalse(candidate.getBoolean("trainingCurrent"), candidate.toString());
    assertTrue(
        candidate.getJsonArray("reasons").toString().contains(lapsedWords), candidate.toString());
    assertTrue(
        candidate.getJsonArray("reasons").toString().contains("Has capacity (1 of 2 places free)"),
        candidate.toString());
    Step matching = r.lead().browser.get("/app/coordinator/requests/" + request + "/matching");
    assertEquals(200, matching.status(), matching.describe());
    assertTrue(matching.body().contains(lapsedWords), matching.body());
    assertTrue(
        matching.body().contains("id=\"training-warning-" + profile + "\""), matching.body());
    assertTrue(matching.body().contains("Propose anyway"), matching.body());

    // Renewed far ahead: the notices go.
    r.mentor()
        .ok(
            "PUT",
            "/api/mentor-profile/records",
            record("REFRESHER", today, "MDU", today.plusYears(1)));
    assertFalse(startPage(r.mentor()).contains("Your indemnity expired"));
    leadsStart = startPage(r.lead());
    assertFalse(leadsStart.contains("has lapsed for") || leadsStart.contains("has expired for"));

    // Supervision attendance: the mentor through the page, the lead through the API.
    Step page = r.mentor().browser.get("/app/mentor/records");
    assertEquals(200, page.status(), page.describe());
    assertTrue(page.body().contains("data-form=\"mentor-attendance\""));
    Step posted =
        post(
            r.mentor(),
            "/app/mentor/records/attendance",
            Map.of(
                "held-on",
                today.minusDays(3).toString(),
                "kind",
                "SUPPORT_GROUP",
                "note",
                "Boundaries"));
    assertEquals(303, posted.status(), posted.describe());
    r.lead()
        .created(
            "POST",
            records + "/attendance",
            Json.createObjectBuilder()
                .add("heldOn", today.toString())
                .add("kind", "SUPERVISION")
                .build());
    JsonObject all = r.lead().ok("GET", records, null);
    assertEquals(2, all.getJsonObject("attendance").getInt("total"));
    assertEquals(
        "SUPERVISION",
        all.getJsonObject("attendance").getJsonArray("items").getJsonObject(0).getString("kind"));
    Step leadsPage = r.lead().browser.get("/app/coordinator/mentors/" + profile + "/records");
    assertEquals(200, leadsPage.status(), leadsPage.describe());
    assertTrue(leadsPage.body().contains("Boundaries"));
    assertTrue(
        r.lead()
            .browser
            .get("/app/coordinator/mentors")
            .body()
            .contains("/app/coordinator/mentors/" + profile + "/records"));

    // The record form through the page.
    Step saved =
        post(
            r.lead(),
            "/app/coordinator/mentors/" + profile + "/records",
            Map.of(
                "tier", "CONTINUING",
                "trained-on", today.minusDays(1).toString(),
                "indemnity-provider", "MPS",
                "indemnity-expires", today.plusYears(1).toString(),
                "covers", "yes"));
    assertEquals(303, saved.status(), saved.describe());
    assertEquals(
        "MPS",
        r.mentor()
            .ok("GET", "/api/mentor-profile/records", null)
            .getJsonObject("record")
            .getString("indemnityProvider"));
  }

  @Test
  void wrongRolesAreRefusedAndChangeNothing() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Mentor records refused");
    LocalDate today = Scenarios.today();
    String profile = r.mentor().ok("GET", "/api/mentor-profile", null).getString("profileId");
    String records = "/api/mentors/" + profile + "/records";
    r.mentor()
        .ok(
            "PUT",
            "/api/mentor-profile/records",
            record(
                "INTRODUCTORY",
                today.minusYears(VALID_YEARS).plusDays(10),
                "MDU",
                today.plusYears(1)));
    Participant c = coordinator(lti, r.lead());
    assertTrue(r.lead().ok("GET", "/api/scheme/privacy", null).getBoolean("onlyLeadKnows"));
    JsonObject attack = record("REFRESHER", today, "Evil Indemnity", today.plusYears(2));
    JsonObject meeting =
        Json.createObjectBuilder()
            .add("heldOn", today.toString())
            .add("kind", "PEER_REVIEW")
            .build();

    // A coordinator not named for matching: 403 everywhere, no record shown; numbers only.
    for (String[] call :
        new String[][] {{"GET", records}, {"PUT", records}, {"POST", records + "/attendance"}}) {
      JsonValue body = call[0].equals("GET") ? null : call[0].equals("PUT") ? attack : meeting;
      Step s = c.call(call[0], call[1], body);
      assertEquals(403, s.status(), call[0] + " " + call[1] + ": " + s.describe());
      assertFalse(s.body().contains("MDU"));
    }
    Step page = c.browser.get("/app/coordinator/mentors/" + profile + "/records");
    assertEquals(403, page.status(), page.describe());
    assertFalse(page.body().contains("MDU"));
    Step form =
        post(
            c,
            "/app/coordinator/mentors/" + profile + "/records",
            Map.of("tier", "REFRESHER", "trained-on", today.toString()));
    assertEquals(403, form.status(), form.describe());
    Step list = c.browser.get("/app/coordinator/mentors");
    assertEquals(200, list.status(), list.describe());
    assertFalse(
        list.body().contains("/records"), "no records link for a coordinator who does not match");
    String start = startPage(c);
    assertTrue(start.contains("Mentor training lapses within 60 days for 1 mentor"), start);
    assertEquals(1, c.ok("GET", "/api/mentors/lapses", null).getInt("trainingLapsing"));

    // The mentee and another learner: 403 on the lead's routes, 404 for "my" records.
    Participant other = Participant.launch(lti, lti.learner(), "Dr Not A Mentor");
    for (Participant p : new Participant[] {r.mentee(), other}) {
      assertEquals(403, p.call("GET", records, null).status());
      assertEquals(403, p.call("PUT", records, attack).status());
      p.refused(404, "NOT_FOUND", "PUT", "/api/mentor-profile/records", attack);
      p.refused(404, "NOT_FOUND", "POST", "/api/mentor-profile/records/attendance", meeting);
      assertEquals(404, p.browser.get("/app/mentor/records").status());
    }

    // Nothing changed.
    JsonObject now = r.lead().ok("GET", records, null);
    assertEquals("INTRODUCTORY", now.getJsonObject("record").getString("tier"));
    assertEquals("MDU", now.getJsonObject("record").getString("indemnityProvider"));
    assertEquals(0, now.getJsonObject("attendance").getInt("total"));

    // Named for matching, the coordinator keeps the records.
    r.lead().ok("PUT", "/api/scheme/matching-coordinators/" + personId(r.lead(), c.name), null);
    assertEquals(
        "MDU", c.ok("GET", records, null).getJsonObject("record").getString("indemnityProvider"));
  }

  @Test
  void badInputIsRefusedWithA4xx() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Mentor records input");
    LocalDate today = Scenarios.today();
    String profile = r.mentor().ok("GET", "/api/mentor-profile", null).getString("profileId");
    String mine = "/api/mentor-profile/records";
    Participant m = r.mentor();
    m.refused(
        400,
        "TRAINING_DATE_REQUIRED",
        "PUT",
        mine,
        Json.createObjectBuilder().add("tier", "REFRESHER").build());
    m.refused(
        400,
        "TRAINING_TIER_REQUIRED",
        "PUT",
        mine,
        Json.createObjectBuilder().add("trainedOn", today.toString()).build());
    m.refused(
        400,
        "INDEMNITY_DATE_REQUIRED",
        "PUT",
        mine,
        Json.createObjectBuilder().add("indemnityProvider", "MDU").build());
    m.refused(
        400,
        "DATE_OUT_OF_RANGE",
        "PUT",
        mine,
        Json.createObjectBuilder()
            .add("indemnityProvider", "MDU")
            .add("indemnityExpires", "2999-01-01")
            .build());
    for (String body :
        new String[] {
          "{\"tier\":\"NOPE\",\"trainedOn\":\"2020-01-01\"}",
          "{\"tier\":\"REFRESHER\",\"trainedOn\":\"not a date\"}",
          "{\"tier\":\"REFRESHER\",\"trainedOn\":\"2999-01-01\"}",
          "{\"indemnityProvider\":\"" + "x".repeat(201) + "\",\"indemnityExpires\":\"2030-01-01\"}",
          "[1,2]",
          "{",
          ""
        }) {
      Step s = m.browser.json("PUT", mine, body, Map.of("X-CSRF-Token", m.csrf));
      assertTrue(s.status() >= 400 && s.status() < 500, body + ": " + s.describe());
    }
    for (String body :
        new String[] {
          "{\"heldOn\":\"" + today.plusDays(2) + "\",\"kind\":\"SUPERVISION\"}",
          "{\"heldOn\":\"" + today + "\"}",
          "{\"kind\":\"SUPERVISION\"}",
          "{\"heldOn\":\"" + today + "\",\"kind\":\"NAP\"}",
          "{\"heldOn\":\""
              + today
              + "\",\"kind\":\"SUPERVISION\",\"note\":\""
              + "n".repeat(501)
              + "\"}",
          "{\"heldOn\":\"" + today + "\",\"kind\":\"SUPERVISION\",\"note\":\"a\\u0000b\"}"
        }) {
      Step s = m.browser.json("POST", mine + "/attendance", body, Map.of("X-CSRF-Token", m.csrf));
      assertTrue(s.status() >= 400 && s.status() < 500, body + ": " + s.describe());
    }
    for (String q : new String[] {"?page=-1", "?page=abc", "?page=99999999999"}) {
      Step s = m.call("GET", mine + q, null);
      assertTrue(
          s.status() >= 400 && s.status() < 500 || s.status() == 200, q + ": " + s.describe());
    }
    r.lead().refused(404, "NOT_FOUND", "GET", "/api/mentors/no-such-profile/records", null);

    // The forms: each error is a 4xx page naming the field, nothing saved.
    for (Map<String, String> f :
        new Map[] {
          Map.of("tier", "REFRESHER"),
          Map.of("trained-on", "31/02/2020", "tier", "REFRESHER"),
          Map.of("indemnity-provider", "MDU"),
          Map.of("indemnity-expires", "2030-01-01"),
          Map.of("tier", "REFRESHER", "trained-on", "2999-01-01")
        }) {
      Step s = post(m, "/app/mentor/records", f);
      assertEquals(422, s.status(), f + ": " + s.describe());
      assertTrue(s.body().contains("nhsuk-error-summary"), f.toString());
    }
    for (Map<String, String> f :
        new Map[] {
          Map.of("kind", "SUPERVISION"),
          Map.of("held-on", today.toString()),
          Map.of("held-on", today.plusDays(3).toString(), "kind", "SUPERVISION"),
          Map.of("held-on", today.toString(), "kind", "SUPERVISION", "note", "n".repeat(600))
        }) {
      Step s = post(m, "/app/mentor/records/attendance", f);
      assertEquals(422, s.status(), f + ": " + s.describe());
    }
    assertEquals(0, m.ok("GET", mine, null).getJsonObject("attendance").getInt("total"));
    JsonObject kept = m.ok("GET", mine, null).getJsonObject("record");
    assertTrue(!kept.containsKey("tier") || kept.isNull("tier"), kept.toString());
    assertEquals(
        404, r.lead().browser.get("/app/coordinator/mentors/" + profile + "x/records").status());
  }
}
