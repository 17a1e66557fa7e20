package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.Lti;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.PlatformSimulator.NrpsMode;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.mentoring.Participant;
import org.mentorlink.it.support.DatabasePass;

/**
 * The coordinator's roster from the platform (Names and Role Provisioning 2.0) with the simulator
 * serving Moodle's membership service: 1,000 members over several pages with Moodle's short role
 * names, inactive and removed members, HTML in names, a next link to another host not followed,
 * platform failures (401, 500, garbage, not a member list) shown in words and never as a 500, only
 * coordinators may read or refresh it, the scheduled read, and a member who never launched made a
 * mentor who then launches into the same person.
 */
@ExtendWith(DatabasePass.class)
class NrpsRosterIT {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

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

  /**
   * A lead (in the platform's list as Instructor) who has set up the course's scheme, once the
   * scheduled first read of the course (every 2 s in the tests) has been made, so that the reads a
   * test asks for are its own.
   */
  private Participant lead(LaunchClaims claims) {
    Participant lead = Participant.launch(lti, claims, "Dr Lead");
    lead.created("POST", "/api/scheme", Json.createObjectBuilder().add("name", "NRPS").build());
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      JsonObject source = lead.ok("GET", "/api/scheme/roster/source", null);
      if (source.get("readAt") != null && source.get("readAt") != JsonValue.NULL
          || source.get("errorAt") != null && source.get("errorAt") != JsonValue.NULL) {
        return lead;
      }
      assertTrue(System.nanoTime() < end, "the scheduled first read did not come: " + source);
      sleep(200);
    }
  }

  private static List<JsonObject> roster(Participant p, String query) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject r =
          p.ok(
              "GET",
              "/api/scheme/roster?size=100&page=" + page + (query == null ? "" : "&" + query),
              null);
      r.getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
      if (r.getJsonArray("items").size() < 100) {
        return all;
      }
    }
  }

  private static JsonObject bySub(List<JsonObject> roster, String name) {
    return roster.stream()
        .filter(m -> name.equals(m.getJsonObject("person").getString("name", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in the roster"));
  }

  @Test
  void aThousandMembersOverSeveralPagesBecomeTheRosterAndANeverLaunchedMemberCanBeAMentor() {
    LaunchClaims leadClaims = lti.instructor();
    List<JsonObject> members = new ArrayList<>();
    members.add(PlatformSimulator.member(leadClaims.subject(), "Dr Lead", "Active", "Instructor"));
    for (int i = 1; i < 1000; i++) {
      String status = i % 100 == 0 ? "Inactive" : "Active";
      String role = i % 50 == 0 ? "Instructor" : "Learner";
      members.add(PlatformSimulator.member("nrps-" + i, "Member " + i, status, role));
    }
    members.set(
        7, PlatformSimulator.member("nrps-7", "<b>Dr</b> O'Neil & \"Co\"", "Active", "Learner"));
    platform().members(members);
    platform().nrpsPageSize(200);
    Participant lead = lead(leadClaims);

    long t0 = System.nanoTime();
    JsonObject refreshed = lead.ok("POST", "/api/scheme/roster/refresh", null);
    long readMs = (System.nanoTime() - t0) / 1_000_000;
    JsonObject outcome = refreshed.getJsonObject("lastRead");
    assertTrue(outcome.getBoolean("ok"), refreshed.toString());
    assertEquals(1000, outcome.getInt("members"));
    assertTrue(outcome.getBoolean("complete"));
    assertEquals(1000, refreshed.getInt("members"));
    assertNotNull(refreshed.getString("readAt"));
    System.out.println(
        "[NrpsRosterIT] 1000 members over 5 pages read and stored in " + readMs + " ms");

    // Five pages, each with a bearer token of the membership scope, each followed by Link next.
    List<PlatformSimulator.NrpsRequest> pages =
        platform().nrpsRequests().stream().filter(r -> r.status() == 200).toList();
    assertTrue(pages.size() >= 5, pages.toString());
    assertTrue(pages.stream().allMatch(r -> r.authorization().startsWith("Bearer ")));
    assertTrue(
        platform().tokenRequests().stream()
            .anyMatch(t -> String.valueOf(t.params().get("scope")).contains(Lti.SCOPE_NRPS)));

    JsonObject first = lead.ok("GET", "/api/scheme/roster?size=20", null);
    assertEquals(1000, first.getInt("total"));
    assertEquals(20, first.getJsonArray("items").size());

    // Searched in the database; Moodle's short role names understood; statuses kept.
    List<JsonObject> found = roster(lead, "q=member%20250");
    assertEquals(1, found.size(), found.toString());
    JsonObject m250 = found.get(0);
    assertEquals(
        List.of("INSTRUCTOR"),
        m250.getJsonArray("launchRoles").getValuesAs(jakarta.json.JsonString::getString));
    assertFalse(m250.getBoolean("launched"));
    assertEquals(
        JsonValue.NULL, m250.get("lastSeen") == null ? JsonValue.NULL : m250.get("lastSeen"));
    JsonObject inactive = roster(lead, "q=member%20300").get(0);
    assertEquals("INACTIVE", inactive.getString("status"));
    assertEquals(0, roster(lead, "q=%25").size(), "a % is searched for, not a wildcard");

    // The page is paged, searched and escapes what the platform sent.
    Step page = lead.browser.get("/app/coordinator/roster?q=neil");
    assertEquals(200, page.status(), page.describe());
    assertTrue(
        page.body().contains("&lt;b&gt;Dr&lt;/b&gt; O&#39;Neil &amp; &quot;Co&quot;"), page.body());
    assertFalse(page.body().contains("<b>Dr</b>"));
    long[] ms = new long[7];
    for (int i = 0; i < ms.length; i++) {
      long s = System.nanoTime();
      Step p = lead.browser.get("/app/coordinator/roster?page=" + (i + 3));
      ms[i] = (System.nanoTime() - s) / 1_000_000;
      assertEquals(200, p.status());
    }
    Arrays.sort(ms);
    System.out.println(
        "[NrpsRosterIT] roster page with 1000 members: median "
            + ms[3]
            + " ms, min "
            + ms[0]
            + " ms");
    assertTrue(ms[3] < 1500, "roster page median " + ms[3] + " ms");

    // A member who never launched becomes a mentor, then launches into the same person.
    String id =
        bySub(roster(lead, "q=member%20999"), "Member 999").getJsonObject("person").getString("id");
    lead.created("POST", "/api/mentors", Json.createObjectBuilder().add("personId", id).build());
    Participant mentor = Participant.launch(lti, lti.learner().subject("nrps-999"), "Member 999");
    JsonObject roles = mentor.ok("GET", "/api/scheme/my-roles", null);
    assertTrue(roles.toString().contains("\"mentor\":true"), roles.toString());
    JsonObject after = bySub(roster(lead, "q=member%20999"), "Member 999");
    assertTrue(after.getBoolean("launched"));
    assertEquals(id, after.getJsonObject("person").getString("id"), "the same person");
  }

  @Test
  void membersWhoLeftAreShownAsLeftAndMentorRoleIsHonoured() {
    LaunchClaims leadClaims = lti.instructor();
    JsonObject leadMember =
        PlatformSimulator.member(leadClaims.subject(), "Dr Lead", "Active", "Instructor");
    platform()
        .members(
            List.of(
                leadMember,
                PlatformSimulator.member("a", "Anna Active", "Active", "Learner"),
                PlatformSimulator.member("b", "Ben Leaving", "Active", "Learner"),
                PlatformSimulator.member("c", "Cara Deleted", "Deleted", "Learner"),
                PlatformSimulator.member("d", "Dan Mentor", "Active", "Mentor")));
    Participant lead = lead(leadClaims);
    assertTrue(
        lead.ok("POST", "/api/scheme/roster/refresh", null)
            .getJsonObject("lastRead")
            .getBoolean("ok"));
    List<JsonObject> r = roster(lead, null);
    assertEquals("LEFT", bySub(r, "Cara Deleted").getString("status"));
    assertEquals("ACTIVE", bySub(r, "Ben Leaving").getString("status"));
    assertTrue(bySub(r, "Dan Mentor").getBoolean("mentor"), "the Mentor role is honoured");

    platform()
        .members(
            List.of(leadMember, PlatformSimulator.member("a", "Anna Active", "Active", "Learner")));
    JsonObject second = lead.ok("POST", "/api/scheme/roster/refresh", null);
    assertTrue(second.getJsonObject("lastRead").getBoolean("ok"), second.toString());
    r = roster(lead, null);
    assertEquals("LEFT", bySub(r, "Ben Leaving").getString("status"));
    assertEquals("ACTIVE", bySub(r, "Anna Active").getString("status"));
    assertEquals("ACTIVE", bySub(r, "Dr Lead").getString("status"));
    Step page = lead.browser.get("/app/coordinator/roster");
    assertTrue(page.body().contains("Left the course"), page.body());
  }

  @Test
  void aNextLinkToAnotherHostIsNotFollowedAndMarksNoOneAsLeft() {
    LaunchClaims leadClaims = lti.instructor();
    List<JsonObject> members = new ArrayList<>();
    members.add(PlatformSimulator.member(leadClaims.subject(), "Dr Lead", "Active", "Instructor"));
    for (int i = 0; i < 5; i++) {
      members.add(PlatformSimulator.member("x" + i, "Other " + i, "Active", "Learner"));
    }
    platform().members(members);
    platform().nrpsPageSize(2);
    platform().nrpsMode(NrpsMode.NEXT_TO_OTHER_HOST);
    Participant learner = Participant.launch(lti, lti.learner(), "Launched Learner");
    Participant lead = lead(leadClaims);
    int before = platform().nrpsRequests().size();
    JsonObject read = lead.ok("POST", "/api/scheme/roster/refresh", null).getJsonObject("lastRead");
    assertTrue(read.getBoolean("ok"), read.toString());
    assertFalse(read.getBoolean("complete"));
    assertTrue(read.getString("message", "").contains("another site"), read.toString());
    assertEquals(before + 1, platform().nrpsRequests().size(), "only the first page was read");
    List<JsonObject> r = roster(lead, null);
    assertEquals(
        "ACTIVE",
        bySub(r, learner.name).getString("status"),
        "an incomplete read marks no one as left");
  }

  @Test
  void platformFailuresAreShownInWordsNeverAs500() {
    Participant lead = lead(lti.instructor());
    double failedBefore = fetches("FAILED");
    for (NrpsMode mode :
        List.of(
            NrpsMode.ERROR_401, NrpsMode.ERROR_500, NrpsMode.GARBAGE, NrpsMode.NOT_A_CONTAINER)) {
      platform().nrpsMode(mode);
      Step api = lead.call("POST", "/api/scheme/roster/refresh", null);
      assertEquals(200, api.status(), mode + ": " + api.describe());
      JsonObject body = LtiFixture.json(api);
      JsonObject read = body.getJsonObject("lastRead");
      assertFalse(read.getBoolean("ok"), body.toString());
      String message = read.getString("message");
      assertTrue(message.startsWith("The platform"), message);
      assertFalse(message.contains("<script>") || message.contains("Exception"), message);
      assertEquals(message, body.getString("error"));
      // The page says the same, from the refresh form.
      Step roster = lead.browser.get("/app/coordinator/roster");
      Matcher csrf = CSRF.matcher(roster.body());
      assertTrue(csrf.find(), roster.body());
      Step page =
          lead.browser.postForm(
              "/app/coordinator/roster/refresh", Map.of("csrf", csrf.group(1)), Map.of());
      assertEquals(200, page.status(), mode + ": " + page.describe());
      assertTrue(page.body().contains("The platform"), page.body());
    }
    // Each refused read (four by the API, four from the page) is counted for the operator.
    assertTrue(fetches("FAILED") >= failedBefore + 8, "failed roster reads counted on /metrics");
    platform().nrpsMode(NrpsMode.NORMAL);
    double okBefore = fetches("OK");
    JsonObject ok = lead.ok("POST", "/api/scheme/roster/refresh", null);
    assertTrue(ok.getJsonObject("lastRead").getBoolean("ok"), ok.toString());
    assertTrue(fetches("OK") >= okBefore + 1, "the roster read counted as OK on /metrics");
    assertEquals(JsonValue.NULL, ok.get("error") == null ? JsonValue.NULL : ok.get("error"));
  }

  @Test
  void onlyCoordinatorsReadOrRefreshTheRosterAndTheScheduleReadsItAnyway() {
    LaunchClaims leadClaims = lti.instructor();
    platform()
        .members(
            List.of(
                PlatformSimulator.member(leadClaims.subject(), "Dr Lead", "Active", "Instructor"),
                PlatformSimulator.member("s1", "Scheduled Member", "Active", "Learner")));
    Participant learner = Participant.launch(lti, lti.learner(), "Curious Learner");
    Participant teacher = Participant.launch(lti, lti.instructor(), "Other Teacher");
    // The scheduled read (every 2 s in the tests) reads the course once its scheme exists.
    Participant lead = lead(leadClaims);
    assertFalse(bySub(roster(lead, "q=scheduled"), "Scheduled Member").getBoolean("launched"));
    int before = platform().nrpsRequests().size();
    learner.refused(403, "FORBIDDEN", "POST", "/api/scheme/roster/refresh", null);
    teacher.refused(403, "FORBIDDEN", "POST", "/api/scheme/roster/refresh", null);
    learner.refused(403, "FORBIDDEN", "GET", "/api/scheme/roster/source", null);
    learner.refused(403, "FORBIDDEN", "GET", "/api/scheme/roster", null);
    assertEquals(before, platform().nrpsRequests().size(), "refused before calling the platform");
    Step page = learner.browser.get("/app/coordinator/roster");
    assertEquals(403, page.status(), page.describe());
  }

  /** {@code mentorlink_nrps_fetches_total{result}} on /metrics (0 before the first). */
  private double fetches(String result) {
    String text = lti.server.get("/metrics?scope=application").body();
    return Math.max(
        0,
        org.mentorlink.it.operations.MetricsIT.value(
            text, "mentorlink_nrps_fetches_total", "result", result));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
