package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
 * Mentors' fee and travel claims through real launches: only the session's mentor claims, only
 * after sign-off and only once (also when the same claim is sent many times at once); the lead
 * returns and approves; the budget counts spent and committed and refuses an approval past it; the
 * finance export names the mentor and the date, never the mentee. Under "only the lead knows"
 * claims are listed, approved and returned by the lead and the matching coordinators only, as CPD
 * approvals are; other coordinators see the numbers.
 */
@ExtendWith(DatabasePass.class)
class ClaimsIT {
  private static final String BROKEN = "{\"travel\":";

  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private static JsonObject rules(String fee, String rate, String budget) {
    var b = Json.createObjectBuilder().add("sessionFee", fee).add("mileageRate", rate);
    if (budget != null) {
      b.add("yearlyBudget", budget);
    }
    return b.build();
  }

  private static JsonObject mileage(String miles) {
    return Json.createObjectBuilder().add("travel", "MILEAGE").add("miles", miles).build();
  }

  private static JsonObject noTravel() {
    return Json.createObjectBuilder().add("travel", "NONE").build();
  }

  private static String claimPath(Scenarios.Relationship r, String sessionId) {
    return r.path() + "/sessions/" + sessionId + "/claim";
  }

  /** A session scheduled yesterday and left as a draft; returns its id. */
  private static String draftSession(Scenarios.Relationship r) {
    JsonObject rel =
        r.mentor()
            .created(
                "POST",
                r.path() + "/sessions",
                Json.createObjectBuilder()
                    .add(
                        "scheduledAt",
                        Instant.now()
                            .minus(2, ChronoUnit.DAYS)
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString())
                    .add("durationHours", "1")
                    .add("mode", "VIDEO")
                    .build());
    var sessions = rel.getJsonArray("sessions");
    return sessions.getJsonObject(sessions.size() - 1).getString("id");
  }

  @Test
  void theMentorClaimsOnceForASignedOffSessionAndTheLeadReturnsAndApproves() throws Exception {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Claims scheme");
    String draft = draftSession(r);
    String signed = r.signedOffSession("2", 1);

    // Before the lead sets the fee nobody can claim.
    r.mentor().refused(409, "CLAIMS_NOT_SET_UP", "POST", claimPath(r, signed), noTravel());
    r.mentee().refused(403, "FORBIDDEN", "PUT", "/api/claims/rules", rules("250", "0.45", null));
    r.lead()
        .refused(400, "INVALID_AMOUNT", "PUT", "/api/claims/rules", rules("250.005", "0.45", null));
    JsonObject set = r.lead().ok("PUT", "/api/claims/rules", rules("250", "0.45", "28000"));
    assertEquals("250.00", set.getString("sessionFee"));
    assertEquals("28000.00", set.getString("yearlyBudget"));

    // The mentee is refused before the body is read; an outsider finds nothing.
    Step mentee =
        r.mentee()
            .browser
            .json(
                "POST",
                claimPath(r, signed),
                BROKEN,
                Map.of("X-CSRF-Token", r.mentee().csrf, "Accept", "application/json"));
    assertEquals(403, mentee.status(), mentee::describe);
    r.mentee().refused(403, "FORBIDDEN", "GET", claimPath(r, signed), null);
    Participant outsider = Participant.launch(lti, lti.learner(), "Dr Outsider Claims");
    outsider.refused(404, "NOT_FOUND", "POST", claimPath(r, signed), noTravel());

    // Not for a session that is not signed off; amounts are read exactly.
    r.mentor().refused(409, "SESSION_NOT_SIGNED_OFF", "POST", claimPath(r, draft), noTravel());
    r.mentor().refused(400, "INVALID_MILES", "POST", claimPath(r, signed), mileage("12.25"));
    r.mentor()
        .refused(
            400,
            "TRAVEL_NOTE_REQUIRED",
            "POST",
            claimPath(r, signed),
            Json.createObjectBuilder().add("travel", "AMOUNT").add("amount", "12.40").build());
    r.mentor()
        .refused(
            400,
            "VALIDATION_FAILED",
            "POST",
            claimPath(r, signed),
            Json.createObjectBuilder().add("travel", "MILEAGE").add("miles", 12.5).build());
    assertTrue(r.mentor().list("/api/claims/mine").isEmpty(), "refused calls stored nothing");

    // 12.5 miles at 45p is £5.625, paid as £5.63.
    JsonObject made = r.mentor().created("POST", claimPath(r, signed), mileage("12.5"));
    JsonObject claim = made.getJsonObject("claim");
    assertEquals("250.00", claim.getString("fee"));
    assertEquals("5.63", claim.getString("travel"));
    assertEquals("255.63", claim.getString("total"));
    assertEquals("SUBMITTED", claim.getString("state"));
    assertFalse(made.getBoolean("overBudget"));
    assertFalse(made.toString().contains(r.mentee().name), "a claim never names the mentee");
    r.mentor().refused(409, "CLAIM_EXISTS", "POST", claimPath(r, signed), noTravel());

    // The lead sees it by mentor and date; the mentee and the mentor cannot decide it.
    r.mentee().refused(403, "FORBIDDEN", "GET", "/api/claims", null);
    JsonObject queue = r.lead().ok("GET", "/api/claims", null);
    assertEquals(1, queue.getInt("total"));
    assertFalse(queue.toString().contains(r.mentee().name), "the queue never names the mentee");
    String id = claim.getString("id");
    r.mentor().refused(403, "FORBIDDEN", "POST", "/api/claims/" + id + "/approve", null);
    JsonObject budget = r.lead().ok("GET", "/api/claims/budget", null);
    assertEquals("0.00", budget.getString("spent"));
    assertEquals("255.63", budget.getString("committed"));
    assertEquals("27744.37", budget.getString("left"));

    // Returned with a reason, changed and sent again, approved.
    r.lead()
        .refused(
            400,
            "REASON_REQUIRED",
            "POST",
            "/api/claims/" + id + "/return",
            Json.createObjectBuilder().add("reason", " ").build());
    r.lead()
        .ok(
            "POST",
            "/api/claims/" + id + "/return",
            Json.createObjectBuilder().add("reason", "It was a video call.").build());
    JsonObject seen = r.mentor().ok("GET", claimPath(r, signed), null);
    assertEquals("RETURNED", seen.getJsonObject("claim").getString("state"));
    assertEquals("It was a video call.", seen.getJsonObject("claim").getString("returnReason"));
    assertTrue(seen.getBoolean("canResubmit"));
    r.lead().refused(409, "CLAIM_NOT_SUBMITTED", "POST", "/api/claims/" + id + "/approve", null);
    JsonObject again = r.mentor().ok("PUT", claimPath(r, signed), noTravel());
    assertEquals("250.00", again.getJsonObject("claim").getString("total"));
    JsonObject approved = r.lead().ok("POST", "/api/claims/" + id + "/approve", null);
    assertEquals("APPROVED", approved.getString("state"));
    r.mentor().refused(409, "CLAIM_NOT_RETURNED", "PUT", claimPath(r, signed), noTravel());
    budget = r.lead().ok("GET", "/api/claims/budget", null);
    assertEquals("250.00", budget.getString("spent"));
    assertEquals("0.00", budget.getString("committed"));
    assertEquals("27750.00", budget.getString("left"));

    // The finance export: mentor, date and amounts; the mentee's name nowhere.
    Step menteeCsv = r.mentee().browser.get("/api/claims/export.csv", Map.of("Accept", "text/csv"));
    assertEquals(403, menteeCsv.status(), menteeCsv::describe);
    Step csv = r.lead().browser.get("/api/claims/export.csv", Map.of("Accept", "text/csv"));
    assertEquals(200, csv.status(), csv::describe);
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertFalse(csv.body().contains(r.mentee().name), "the finance export never names the mentee");
    assertFalse(csv.body().toLowerCase().contains("mentee"), "no mentee column either");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    assertEquals(1, rows.size(), csv.body());
    assertEquals(r.mentor().name, rows.get(0).get("mentor"));
    assertEquals("250.00", rows.get(0).get("total"));
    assertEquals("NONE", rows.get(0).get("travel_kind"));
    csvRefused(r.lead(), "/api/claims/export.csv?from=2026-05-01&to=2026-04-01", "INVALID_PERIOD");
    csvRefused(r.lead(), "/api/claims/export.csv?from=1/5/2026", "VALIDATION_FAILED");
  }

  /** A second teacher of the course, appointed coordinator (not named for matching). */
  private static Participant coordinator(LtiFixture lti, Scenarios.Relationship r, String name) {
    Participant c = Participant.launch(lti, lti.instructor(), name);
    r.lead()
        .ok(
            "POST",
            "/api/scheme/coordinators",
            Json.createObjectBuilder().add("personId", personId(r.lead(), name)).build());
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

  private static Step postForm(Participant p, String path, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("csrf", p.csrf);
    return p.browser.postForm(path, form, Map.of());
  }

  @Test
  void underOnlyTheLeadKnowsClaimsAreDecidedByTheLeadAndTheMatchingCoordinatorsOnly() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Claims only the lead knows");
    r.lead().ok("PUT", "/api/claims/rules", rules("250", "0.45", null));
    List<String> claims = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String session = r.signedOffSession("1", i);
      claims.add(
          r.mentor()
              .created("POST", claimPath(r, session), noTravel())
              .getJsonObject("claim")
              .getString("id"));
    }
    Participant plain = coordinator(lti, r, "Dr Cora Plain Claims");
    Participant matching = coordinator(lti, r, "Dr Mat Matching Claims");
    r.lead()
        .ok("PUT", "/api/scheme/matching-coordinators/" + personId(r.lead(), matching.name), null);
    assertTrue(r.lead().ok("GET", "/api/scheme/privacy", null).getBoolean("onlyLeadKnows"));
    String mentee = r.mentee().name;
    String mentor = r.mentor().name;
    String first = claims.get(0);

    // The API: 403 as problem+json for the queue and the decisions, and no name in the answer.
    List<Executable> checks = new ArrayList<>();
    JsonObject reason = Json.createObjectBuilder().add("reason", "Wrong date").build();
    for (String[] call :
        List.of(
            new String[] {"GET", "/api/claims"},
            new String[] {"GET", "/api/claims?state=APPROVED"},
            new String[] {"POST", "/api/claims/" + first + "/approve"},
            new String[] {"POST", "/api/claims/" + first + "/return"})) {
      Step s = plain.call(call[0], call[1], call[0].equals("POST") ? reason : null);
      checks.add(
          () -> {
            assertEquals(403, s.status(), call[1] + ": " + s.describe());
            assertTrue(
                s.header("Content-Type").orElse("").startsWith("application/problem+json"),
                s.describe());
            assertEquals("FORBIDDEN", Participant.read(s.body()).asJsonObject().getString("code"));
            assertFalse(s.body().contains(mentee), call[1]);
            assertFalse(s.body().contains(mentor), call[1]);
          });
    }
    assertAll(checks);
    // The numbers stay theirs: the budget and how many claims wait.
    JsonObject budget = plain.ok("GET", "/api/claims/budget", null);
    assertEquals(3, budget.getInt("waiting"), budget.toString());
    assertEquals("750.00", budget.getString("committed"), budget.toString());

    // The page: how many wait, no claim and no name; a posted decision is a plain refusal.
    Step page = plain.browser.get("/app/coordinator/claims");
    assertEquals(200, page.status(), page.describe());
    assertTrue(page.body().contains("3 claims are waiting for approval"), page.body());
    assertFalse(page.body().contains(mentee), page.body());
    assertFalse(page.body().contains(mentor), page.body());
    assertFalse(page.body().contains("/approve"), page.body());
    Step refused =
        postForm(plain, "/app/coordinator/claims/" + first + "/approve", Map.of("page", "0"));
    assertEquals(403, refused.status(), refused.describe());
    assertFalse(refused.body().contains(mentee), refused.body());
    assertFalse(refused.body().contains(mentor), refused.body());
    Step refusedReturn =
        postForm(
            plain,
            "/app/coordinator/claims/" + first + "/return",
            Map.of("reason", "No", "page", "0"));
    assertEquals(403, refusedReturn.status(), refusedReturn.describe());
    assertEquals(3, r.lead().ok("GET", "/api/claims", null).getInt("total"), "nothing was decided");

    // Every refusal is in the lead's audit trail, the page's with the claim's id.
    String trail = r.lead().browser.get("/app/coordinator/audit/export.csv").body();
    List<String> denied =
        trail.lines().filter(l -> l.contains(plain.name) && l.contains("DENIED")).toList();
    assertTrue(denied.size() >= 6, trail);
    assertTrue(denied.stream().anyMatch(l -> l.contains(first)), trail);

    // The matching coordinator and the lead decide.
    assertEquals(
        "APPROVED",
        matching.ok("POST", "/api/claims/" + first + "/approve", null).getString("state"));
    assertTrue(matching.ok("GET", "/api/claims", null).toString().contains(mentor));
    assertEquals(
        "RETURNED",
        r.lead().ok("POST", "/api/claims/" + claims.get(1) + "/return", reason).getString("state"));
    Step matchingPage = matching.browser.get("/app/coordinator/claims");
    assertTrue(matchingPage.body().contains("/approve"), matchingPage.body());

    // For finance, every coordinator: the mentor and the date, never the mentee.
    Step csv = plain.browser.get("/api/claims/export.csv", Map.of("Accept", "text/csv"));
    assertEquals(200, csv.status(), csv::describe);
    assertTrue(csv.body().contains(mentor), csv.body());
    LocalDate sessionDay =
        LocalDate.ofInstant(
            Instant.now().minus(1, ChronoUnit.DAYS), java.time.ZoneId.of("Europe/London"));
    assertTrue(csv.body().contains(sessionDay.toString()), csv.body());
    assertFalse(csv.body().contains(mentee), csv.body());

    // Switched off, every coordinator decides again.
    r.lead()
        .ok(
            "PUT",
            "/api/scheme/privacy",
            Json.createObjectBuilder().add("onlyLeadKnows", false).build());
    assertEquals(1, plain.ok("GET", "/api/claims", null).getInt("total"));
    assertEquals(
        "APPROVED",
        plain.ok("POST", "/api/claims/" + claims.get(2) + "/approve", null).getString("state"));
  }

  /** A refused CSV export: 400 with its problem code. */
  private static void csvRefused(Participant who, String path, String code) {
    Step s = who.browser.get(path, Map.of("Accept", "text/csv"));
    assertEquals(400, s.status(), s::describe);
    assertTrue(s.body().contains("\"" + code + "\""), s::describe);
  }

  @Test
  void theBudgetWarnsWhenClaimsExceedItAndRefusesAnApprovalPastIt() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Budget scheme");
    r.lead().ok("PUT", "/api/claims/rules", rules("250", "0", "300"));
    String first = r.signedOffSession("2", 0);
    String second = r.signedOffSession("2", 1);
    r.mentor().refused(400, "NO_MILEAGE_RATE", "POST", claimPath(r, first), mileage("10"));
    JsonObject one = r.mentor().created("POST", claimPath(r, first), noTravel());
    assertFalse(one.getBoolean("overBudget"));
    JsonObject two =
        r.mentor()
            .created(
                "POST",
                claimPath(r, second),
                Json.createObjectBuilder()
                    .add("travel", "AMOUNT")
                    .add("amount", "12.40")
                    .add("note", "=HYPERLINK(\"x\") parking")
                    .build());
    assertTrue(two.getBoolean("overBudget"), "claims made now exceed the budget: " + two);
    assertEquals("-212.40", two.getString("budgetLeft"));
    JsonObject budget = r.lead().ok("GET", "/api/claims/budget", null);
    assertTrue(budget.getBoolean("overCommitted"));

    r.lead()
        .ok("POST", "/api/claims/" + one.getJsonObject("claim").getString("id") + "/approve", null);
    String secondId = two.getJsonObject("claim").getString("id");
    r.lead().refused(409, "BUDGET_EXCEEDED", "POST", "/api/claims/" + secondId + "/approve", null);
    assertEquals(
        "SUBMITTED",
        r.mentor().ok("GET", claimPath(r, second), null).getJsonObject("claim").getString("state"),
        "a refused approval changed nothing");
    r.lead().ok("PUT", "/api/claims/rules", rules("250", "0", "600"));
    r.lead().ok("POST", "/api/claims/" + secondId + "/approve", null);
    budget = r.lead().ok("GET", "/api/claims/budget", null);
    assertEquals("512.40", budget.getString("spent"));
    assertEquals("87.60", budget.getString("left"));
    assertFalse(budget.getBoolean("overCommitted"));

    // A text cell that a spreadsheet would run as a formula starts with '.
    Step csv = r.lead().browser.get("/api/claims/export.csv", Map.of("Accept", "text/csv"));
    assertTrue(csv.body().contains("'=HYPERLINK"), csv.body());
  }

  @Test
  void theSameClaimSentManyTimesAtOnceIsMadeOnceAndNeverFailsWithA500() throws Exception {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Double submit scheme");
    r.lead().ok("PUT", "/api/claims/rules", rules("250", "0.45", null));
    String signed = r.signedOffSession("2", 0);
    int n = 6;
    List<Integer> statuses =
        ConcurrentWritesIT.inParallel(
            n, i -> r.mentor().call("POST", claimPath(r, signed), mileage("20")).status());
    int created = 0;
    for (int status : statuses) {
      assertTrue(status == 201 || status == 409, "made, or a clean conflict: " + statuses);
      created += status == 201 ? 1 : 0;
    }
    assertEquals(1, created, "exactly one claim: " + statuses);
    assertEquals(1, r.mentor().list("/api/claims/mine").size());
    assertEquals(1, r.lead().ok("GET", "/api/claims", null).getInt("total"));

    // The same request with one Idempotency-Key is answered as the first time.
    String other = r.signedOffSession("1", 1);
    Map<String, String> keyed =
        Map.of("X-CSRF-Token", r.mentor().csrf, "Idempotency-Key", "claim-" + other);
    Step a = r.mentor().browser.json("POST", claimPath(r, other), noTravel().toString(), keyed);
    Step b = r.mentor().browser.json("POST", claimPath(r, other), noTravel().toString(), keyed);
    assertEquals(201, a.status(), a::describe);
    assertEquals(201, b.status(), b::describe);
    assertEquals("true", b.headers().firstValue("Idempotent-Replayed").orElse(""), b::describe);
    assertEquals(2, r.mentor().list("/api/claims/mine").size());
    for (JsonValue v : r.mentor().list("/api/claims/mine")) {
      assertFalse(v.toString().contains(r.mentee().name));
    }
  }
}
