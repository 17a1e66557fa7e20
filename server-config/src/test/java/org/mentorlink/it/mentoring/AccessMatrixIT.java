package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * Who may do and see what (DESIGN.md, "Who sees what"), tried for every API endpoint by each actor:
 * the mentee, another mentee, their mentor, another mentor, the scheme's coordinator, the
 * coordinator of another scheme (another course of the same platform) and a user of another
 * registration. Objects of another scheme or registration answer 404; a role the actor lacks in
 * this scheme answers 403 — also the lead's role, when the lead's current launch is a learner's.
 */
@ExtendWith(DatabasePass.class)
class AccessMatrixIT {
  private static LtiFixture lti;
  private static LtiFixture otherPlatform;
  private static final Map<String, Participant> ACTORS = new LinkedHashMap<>();
  private static String relationship;
  private static String session;
  private static String contract;
  private static String goal;
  private static String otherRequest;
  private static String mentorProfile;

  static final String MENTEE = "mentee";
  static final String OTHER_MENTEE = "other mentee";
  static final String MENTOR = "mentor";
  static final String OTHER_MENTOR = "other mentor";
  static final String COORDINATOR = "coordinator";
  static final String OTHER_COORDINATOR = "coordinator of another scheme";
  static final String OTHER_TENANT = "user of another registration";

  @BeforeAll
  static void buildTheWorld(TestInfo test) {
    lti = LtiFixture.start(test);
    otherPlatform = LtiFixture.start(test);
    Participant lead = Participant.launch(lti, lti.instructor(), "Dr Lead Access");
    lead.created("POST", "/api/scheme", Json.createObjectBuilder().add("name", "Scheme A").build());
    Participant mentor = Participant.launch(lti, lti.learner(), "Dr Mentor Access");
    Participant otherMentor = Participant.launch(lti, lti.learner(), "Dr Other Mentor");
    Participant mentee = Participant.launch(lti, lti.learner(), "Dr Mentee Access");
    Participant otherMentee = Participant.launch(lti, lti.learner(), "Dr Other Mentee");
    Participant otherCoordinator =
        Participant.launch(
            lti,
            lti.instructor().context("other-course", "OTHER", "Another course"),
            "Dr Elsewhere");
    otherCoordinator.created(
        "POST", "/api/scheme", Json.createObjectBuilder().add("name", "Scheme B").build());
    Participant stranger =
        Participant.launch(otherPlatform, otherPlatform.learner(), "Dr Stranger");

    mentorProfile = designate(lead, "Dr Mentor Access");
    designate(lead, "Dr Other Mentor");
    mentor.ok("PUT", "/api/mentor-profile", Json.createObjectBuilder().add("capacity", 2).build());

    String request =
        mentee.created("POST", "/api/requests", helpWith("CAREER_DECISION")).getString("id");
    otherRequest =
        otherMentee.created("POST", "/api/requests", helpWith("NEW_TO_AREA")).getString("id");
    lead.ok("POST", "/api/requests/" + request + "/accept", null);
    String proposal =
        lead.created(
                "POST",
                "/api/requests/" + request + "/proposals",
                Json.createObjectBuilder().add("mentorProfileId", mentorProfile).build())
            .getString("id");
    mentor.ok("POST", "/api/proposals/" + proposal + "/accept", null);
    relationship =
        mentee
            .created("POST", "/api/proposals/" + proposal + "/confirm", null)
            .getString("relationshipId");
    String rel = "/api/relationships/" + relationship;
    contract =
        mentee
            .created("POST", rel + "/contract", terms())
            .getJsonArray("contracts")
            .getJsonObject(0)
            .getString("id");
    session =
        mentee
            .created(
                "POST",
                rel + "/sessions",
                Json.createObjectBuilder()
                    .add(
                        "scheduledAt",
                        Instant.now()
                            .plus(3, ChronoUnit.DAYS)
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString())
                    .add("durationHours", "1.5")
                    .add("mode", "PHONE")
                    .build())
            .getJsonArray("sessions")
            .getJsonObject(0)
            .getString("id");
    mentee.ok(
        "PUT",
        rel + "/sessions/" + session + "/agenda",
        Json.createObjectBuilder().add("agenda", "SECRET-AGENDA").build());
    goal =
        mentee
            .created(
                "POST",
                rel + "/goals",
                Json.createObjectBuilder().add("goal", "SECRET-GOAL").build())
            .getJsonArray("goals")
            .getJsonObject(0)
            .getString("id");

    ACTORS.put(MENTEE, mentee);
    ACTORS.put(OTHER_MENTEE, otherMentee);
    ACTORS.put(MENTOR, mentor);
    ACTORS.put(OTHER_MENTOR, otherMentor);
    ACTORS.put(COORDINATOR, lead);
    ACTORS.put(OTHER_COORDINATOR, otherCoordinator);
    ACTORS.put(OTHER_TENANT, stranger);
  }

  @AfterAll
  static void stop() {
    if (lti != null) {
      lti.close();
    }
    if (otherPlatform != null) {
      otherPlatform.close();
    }
  }

  private record Row(String method, String path, JsonValue body, Map<String, Integer> expected) {}

  /** Expected status per actor, in the order of ACTORS. */
  private static Map<String, Integer> expect(int... statuses) {
    Map<String, Integer> m = new LinkedHashMap<>();
    String[] names = {
      MENTEE, OTHER_MENTEE, MENTOR, OTHER_MENTOR, COORDINATOR, OTHER_COORDINATOR, OTHER_TENANT
    };
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], statuses[i]);
    }
    return m;
  }

  private static List<Row> readRows() {
    String rel = "/api/relationships/" + relationship;
    String s = rel + "/sessions/" + session;
    List<Row> rows = new ArrayList<>();
    //                                                            mentee other mentor other coord
    // oCoord tenant
    rows.add(new Row("GET", "/api/scheme", null, expect(200, 200, 200, 200, 200, 200, 404)));
    // Claims: the session's mentor only; the queue, budget and report for coordinators.
    rows.add(new Row("GET", s + "/claim", null, expect(403, 404, 200, 404, 404, 404, 404)));
    rows.add(new Row("GET", "/api/claims/mine", null, expect(200, 200, 200, 200, 200, 200, 404)));
    rows.add(new Row("GET", "/api/claims", null, expect(403, 403, 403, 403, 200, 200, 404)));
    rows.add(new Row("GET", "/api/claims/budget", null, expect(403, 403, 403, 403, 200, 200, 404)));
    // Feedback: offers for everyone (empty for most), the report for coordinators only.
    rows.add(new Row("GET", "/api/feedback", null, expect(200, 200, 200, 200, 200, 200, 404)));
    rows.add(
        new Row("GET", "/api/feedback/report", null, expect(403, 403, 403, 403, 200, 200, 404)));
    // Reports: counts only, for the lead and every coordinator; the hub view for a scheme's lead.
    rows.add(
        new Row("GET", "/api/scheme/reports", null, expect(403, 403, 403, 403, 200, 200, 404)));
    rows.add(
        new Row("GET", "/api/scheme/reports/hub", null, expect(403, 403, 403, 403, 200, 200, 404)));
    rows.add(new Row("GET", "/api/scheme/roster", null, expect(403, 403, 403, 403, 200, 200, 404)));
    rows.add(
        new Row(
            "GET", "/api/scheme/roster/source", null, expect(403, 403, 403, 403, 200, 200, 404)));
    rows.add(
        new Row(
            "GET", "/api/scheme/relationships", null, expect(403, 403, 403, 403, 200, 200, 404)));
    rows.add(new Row("GET", "/api/mentors", null, expect(403, 403, 403, 403, 200, 200, 404)));
    rows.add(new Row("GET", "/api/requests", null, expect(403, 403, 403, 403, 200, 200, 404)));
    rows.add(
        new Row(
            "GET",
            "/api/requests/" + otherRequest,
            null,
            expect(404, 200, 404, 404, 200, 404, 404)));
    rows.add(
        new Row(
            "GET",
            "/api/requests/" + otherRequest + "/candidates",
            null,
            expect(403, 403, 403, 403, 200, 404, 404)));
    rows.add(
        new Row(
            "GET",
            "/api/requests/" + otherRequest + "/proposals",
            null,
            expect(403, 403, 403, 403, 200, 404, 404)));
    rows.add(new Row("GET", rel, null, expect(200, 404, 200, 404, 404, 404, 404)));
    rows.add(
        new Row("GET", "/api/mentor-profile", null, expect(404, 404, 200, 200, 404, 404, 404)));
    rows.add(
        new Row(
            "GET", "/api/mentor-profile/records", null, expect(404, 404, 200, 200, 404, 404, 404)));
    rows.add(
        new Row("GET", "/api/mentors/lapses", null, expect(403, 403, 403, 403, 200, 200, 404)));
    rows.add(
        new Row(
            "GET",
            "/api/mentors/" + mentorProfile + "/records",
            null,
            expect(403, 403, 403, 403, 200, 404, 404)));
    return rows;
  }

  private static List<Row> writeRows() {
    String rel = "/api/relationships/" + relationship;
    String s = rel + "/sessions/" + session;
    JsonObject agenda = Json.createObjectBuilder().add("agenda", "changed").build();
    List<Row> rows = new ArrayList<>();
    //                                                                 mentee other mentor other
    // coord oCoord tenant
    rows.add(
        new Row(
            "PUT",
            "/api/scheme/settings",
            Json.createObjectBuilder().add("name", "Renamed").build(),
            expect(403, 403, 403, 403, 200, 200, 404)));
    rows.add(
        new Row(
            "POST",
            "/api/requests/" + otherRequest + "/signpost",
            Json.createObjectBuilder().add("service", "None").add("reason", "x").build(),
            expect(403, 403, 403, 403, 400, 404, 404)));
    rows.add(new Row("PUT", s + "/agenda", agenda, expect(200, 404, 403, 404, 404, 404, 404)));
    rows.add(
        new Row(
            "POST",
            s + "/claim",
            Json.createObjectBuilder().add("travel", "NONE").build(),
            expect(403, 404, 409, 404, 404, 404, 404)));
    rows.add(
        new Row(
            "PUT",
            "/api/claims/rules",
            Json.createObjectBuilder().add("sessionFee", "250").build(),
            expect(403, 403, 403, 403, 200, 200, 404)));
    rows.add(new Row("POST", s + "/sign-off", null, expect(403, 404, 409, 404, 404, 404, 404)));
    rows.add(
        new Row(
            "POST",
            rel + "/contract/" + contract + "/sign",
            null,
            expect(200, 404, 200, 404, 404, 404, 404)));
    rows.add(
        new Row(
            "PUT",
            rel + "/goals/" + goal,
            Json.createObjectBuilder().add("goal", "SECRET-GOAL").add("reality", "r").build(),
            expect(200, 404, 403, 404, 404, 404, 404)));
    rows.add(
        new Row(
            "POST",
            "/api/scheme/relationships/" + relationship + "/sessions/" + session + "/approve",
            null,
            expect(403, 403, 403, 403, 409, 404, 404)));
    // The lead's intake: a request for someone who phoned in, and its claim (lead and the
    // coordinators who match; a mentee's own request takes no claim link and no roster claim).
    rows.add(
        new Row(
            "POST",
            "/api/requests/phoned-in",
            Json.createObjectBuilder()
                .add("callerName", "Dr Phoned Access")
                .add("helpWith", Json.createArrayBuilder().add("OTHER"))
                .add("otherDetails", "Rang")
                .build(),
            expect(403, 403, 403, 403, 201, 201, 404)));
    rows.add(
        new Row(
            "POST",
            "/api/requests/" + otherRequest + "/claim-links",
            null,
            expect(403, 403, 403, 403, 409, 404, 404)));
    rows.add(
        new Row(
            "POST",
            "/api/requests/" + otherRequest + "/claim",
            Json.createObjectBuilder().add("personId", "no-such-person").build(),
            expect(403, 403, 403, 403, 404, 404, 404)));
    rows.add(
        new Row(
            "POST",
            "/api/claim-links/no-such-code/claim",
            null,
            expect(404, 404, 404, 404, 404, 404, 404)));
    rows.add(
        new Row(
            "POST",
            "/api/requests/" + otherRequest + "/withdraw",
            null,
            expect(404, 200, 404, 404, 404, 404, 404)));
    JsonObject noDate = Json.createObjectBuilder().add("tier", "REFRESHER").build();
    JsonObject noService =
        Json.createObjectBuilder().add("service", "None").add("reason", "x").build();
    rows.add(
        new Row(
            "PUT",
            "/api/mentor-profile/records",
            noDate,
            expect(404, 404, 400, 400, 404, 404, 404)));
    rows.add(
        new Row(
            "PUT",
            "/api/mentors/" + mentorProfile + "/records",
            noDate,
            expect(403, 403, 403, 403, 400, 404, 404)));
    rows.add(
        new Row("POST", rel + "/signposts", noService, expect(403, 404, 400, 404, 404, 404, 404)));
    rows.add(
        new Row(
            "POST",
            "/api/scheme/relationships/" + relationship + "/signposts",
            noService,
            expect(403, 403, 403, 403, 400, 404, 404)));
    return rows;
  }

  @Test
  void everyReadEndpointAnswersEachActorAsTheTableSays() {
    check(readRows());
  }

  @Test
  void everyWriteEndpointAnswersEachActorAsTheTableSays() {
    check(writeRows());
  }

  @Test
  void aCoordinatorSeesNoContentAndAnotherSchemeSeesNothingOfThisOne() {
    String mine = ACTORS.get(COORDINATOR).ok("GET", "/api/scheme/relationships", null).toString();
    assertFalse(mine.contains("SECRET"), mine);
    String theirs =
        ACTORS.get(OTHER_COORDINATOR).ok("GET", "/api/scheme/relationships", null).toString();
    assertFalse(theirs.contains(relationship), theirs);
    String roster = ACTORS.get(OTHER_COORDINATOR).ok("GET", "/api/scheme/roster", null).toString();
    assertFalse(roster.contains("Dr Mentee Access"), roster);
    String queue = ACTORS.get(OTHER_COORDINATOR).ok("GET", "/api/requests", null).toString();
    assertFalse(queue.contains(otherRequest), queue);
  }

  /**
   * DESIGN.md, "Tenancy and identity": lead and coordinator powers hold only for a launch with an
   * instructor-level course role. The lead relaunches with only {@code membership#Learner} and gets
   * a learner's answers — and the lead's again after relaunching as Instructor.
   */
  @Test
  void aLeadWhoRelaunchesAsALearnerSeesWhatALearnerSeesUntilRelaunchingAsInstructor() {
    Participant lead = ACTORS.get(COORDINATOR);
    String entry = mentorTrainingAwaitingApproval();
    Map<String, Integer> asLearner = new LinkedHashMap<>();
    asLearner.put("GET /api/scheme/roster", 403);
    asLearner.put("POST /api/scheme/roster/refresh", 403);
    asLearner.put("GET /api/requests", 403);
    asLearner.put("GET /api/requests/" + otherRequest, 404);
    asLearner.put("GET /api/requests/" + otherRequest + "/candidates", 403);
    asLearner.put("GET /api/scheme/relationships", 403);
    asLearner.put("GET /api/mentors", 403);
    asLearner.put("GET /api/cpd/approvals", 403);
    asLearner.put("POST /api/cpd/approvals/" + entry + "/approve", 403);

    Participant leadAsLearner = Participant.launch(lti, lti.learner().subject(lead.sub), lead.name);
    Participant plainLearner = ACTORS.get(MENTEE);
    List<Executable> checks = new ArrayList<>();
    asLearner.forEach(
        (call, status) -> {
          String[] mp = call.split(" ", 2);
          Step theLead = leadAsLearner.call(mp[0], mp[1], null);
          Step aLearner = plainLearner.call(mp[0], mp[1], null);
          checks.add(
              () -> assertEquals(status, theLead.status(), call + ":\n" + theLead.describe()));
          checks.add(
              () ->
                  assertEquals(
                      aLearner.status(),
                      theLead.status(),
                      call + " as a learner:\n" + aLearner.describe()));
        });
    JsonObject roles = leadAsLearner.ok("GET", "/api/scheme/my-roles", null);
    checks.add(() -> assertFalse(roles.getBoolean("lead"), roles.toString()));
    checks.add(() -> assertFalse(roles.getBoolean("coordinator"), roles.toString()));
    checks.add(() -> assertTrue(roles.getBoolean("leadButNotInstructorNow"), roles.toString()));
    JsonObject scheme = leadAsLearner.ok("GET", "/api/scheme", null);
    checks.add(
        () -> assertEquals(0, scheme.getJsonArray("coordinators").size(), scheme.toString()));
    checks.add(
        () -> assertEquals("Europe/London", scheme.getString("timeZone"), scheme.toString()));
    assertAll(checks);

    Participant leadAgain = Participant.launch(lti, lti.instructor().subject(lead.sub), lead.name);
    List<Executable> again = new ArrayList<>();
    asLearner.forEach(
        (call, refused) -> {
          String[] mp = call.split(" ", 2);
          Step s = leadAgain.call(mp[0], mp[1], null);
          int expected = mp[0].equals("POST") && !call.endsWith("/roster/refresh") ? 204 : 200;
          again.add(() -> assertEquals(expected, s.status(), call + ":\n" + s.describe()));
        });
    JsonObject rolesAgain = leadAgain.ok("GET", "/api/scheme/my-roles", null);
    again.add(() -> assertTrue(rolesAgain.getBoolean("lead"), rolesAgain.toString()));
    again.add(
        () -> assertFalse(rolesAgain.getBoolean("leadButNotInstructorNow"), rolesAgain.toString()));
    assertAll(again);
  }

  /** The mentor logs training and reflects on it: an entry in the approval queue; its id. */
  private static String mentorTrainingAwaitingApproval() {
    Participant mentor = ACTORS.get(MENTOR);
    String id =
        mentor
            .created(
                "POST",
                "/api/cpd/activities",
                Json.createObjectBuilder()
                    .add("activity", "MENTOR_TRAINING")
                    .add("description", "Relaunch check")
                    .add("date", LocalDate.now().toString())
                    .add("hours", "1")
                    .build())
            .getJsonArray("years")
            .getJsonObject(0)
            .getJsonArray("entries")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("description").equals("Relaunch check"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    mentor.ok(
        "POST",
        "/api/cpd/entries/" + id + "/reflection",
        Json.createObjectBuilder().add("reflection", "What I will do differently").build());
    return id;
  }

  private static void check(List<Row> rows) {
    List<Executable> checks = new ArrayList<>();
    for (Row row : rows) {
      for (Map.Entry<String, Integer> e : row.expected().entrySet()) {
        Participant p = ACTORS.get(e.getKey());
        // Writes that succeed change state: each is tried by its permitted actors last.
        Step step = p.call(row.method(), row.path(), row.body());
        checks.add(
            () ->
                assertEquals(
                    e.getValue().intValue(),
                    step.status(),
                    row.method()
                        + " "
                        + row.path()
                        + " as "
                        + e.getKey()
                        + ":\n"
                        + step.describe()));
      }
    }
    assertAll(checks);
  }

  private static String designate(Participant lead, String name) {
    String id =
        lead.ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonObject("person").getString("name").equals(name))
            .findFirst()
            .orElseThrow()
            .getJsonObject("person")
            .getString("id");
    return lead.created(
            "POST", "/api/mentors", Json.createObjectBuilder().add("personId", id).build())
        .getString("profileId");
  }

  private static JsonObject helpWith(String topic) {
    return Json.createObjectBuilder().add("helpWith", Json.createArrayBuilder().add(topic)).build();
  }

  private static JsonObject terms() {
    return Json.createObjectBuilder()
        .add("groundRules", "Ground rules")
        .add("confidentiality", "Confidential within limits")
        .add("objectives", "Objectives")
        .add("meetingFrequency", "Monthly")
        .add("mode", "PHONE")
        .add("startDate", LocalDate.now().toString())
        .add("reviewDate", LocalDate.now().plusMonths(3).toString())
        .add("allowance", "4 in 12 months")
        .build();
  }
}
