package org.mentorlink.it.audit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.OperatorClient;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.mentoring.Participant;
import org.mentorlink.it.mentoring.Scenarios;
import org.mentorlink.it.support.DatabasePass;

/**
 * The audit trail through real launches: each audited action (a confidential read, a sign-off, a
 * signature, an approval, an export, a refused record and a refused power, an operator call) is an
 * entry with who, what, when, registration and scheme; only the lead reads their scheme's trail
 * (page and CSV, itself recorded), a coordinator who is not the lead does not; the operator reads
 * every entry; and neither the trail nor the server log holds note text, tokens or keys.
 */
@ExtendWith(DatabasePass.class)
class AuditTrailIT {
  private static final String NOTES = "SESSION-NOTES";
  private static final String SECRET_PHRASE = "Audit-secret-phrase-7Q";

  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private static JsonObject terms() {
    return Json.createObjectBuilder()
        .add("groundRules", "Ground rules " + SECRET_PHRASE)
        .add("confidentiality", "Confidential within limits")
        .add("objectives", "Objectives")
        .add("meetingFrequency", "Monthly")
        .add("mode", "PHONE")
        .add("startDate", LocalDate.now().toString())
        .add("reviewDate", LocalDate.now().plusMonths(3).toString())
        .add("allowance", "4 in 12 months")
        .build();
  }

  /** The lead's CSV of the trail, parsed. */
  private static List<CSVRecord> csv(Participant lead) throws IOException {
    Step s = lead.browser.get("/app/coordinator/audit/export.csv");
    assertEquals(200, s.status(), s.describe());
    assertTrue(s.header("Content-Type").orElse("").startsWith("text/csv"), s.describe());
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(s.body()))
        .getRecords();
  }

  private static boolean any(List<CSVRecord> rows, Predicate<CSVRecord> which) {
    return rows.stream().anyMatch(which);
  }

  private static Predicate<CSVRecord> entry(String who, String action, String type, String id) {
    return r ->
        r.get("actor_name").equals(who)
            && r.get("action").equals(action)
            && (type == null || r.get("record_type").equals(type))
            && (id == null || r.get("record_id").equals(id));
  }

  @Test
  void everyAuditedActionIsAnEntryTheLeadReadsAndExports() throws IOException {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Audit");
    String rel = r.path();
    r.mentee().ok("GET", rel, null);
    String session = r.signedOffSession("1", 0);
    String contract =
        r.mentee()
            .created("POST", rel + "/contract", terms())
            .getJsonArray("contracts")
            .getJsonObject(0)
            .getString("id");
    r.mentee().ok("POST", rel + "/contract/" + contract + "/sign", null);
    String entry =
        r.mentee()
            .ok("GET", "/api/cpd", null)
            .getJsonArray("years")
            .getJsonObject(0)
            .getJsonArray("entries")
            .getJsonObject(0)
            .getString("id");
    r.mentee()
        .ok(
            "POST",
            "/api/cpd/entries/" + entry + "/reflection",
            Json.createObjectBuilder()
                .add("reflection", "What I learnt " + SECRET_PHRASE)
                .add("share", false)
                .build());
    r.lead().expect(204, "POST", "/api/cpd/approvals/" + entry + "/approve", null);
    assertEquals(200, r.mentee().browser.get("/api/cpd/export.csv").status());
    assertEquals(
        200, r.mentor().browser.get(rel + "/sessions/" + session + "/record.pdf").status());

    // Refusals: another learner reaches for the relationship (404), the mentee for the roster
    // (403).
    Participant stranger = Participant.launch(lti, lti.learner(), "Dr Stranger Audit");
    stranger.refused(404, "NOT_FOUND", "GET", rel, null);
    r.mentee().refused(403, "FORBIDDEN", "GET", "/api/scheme/roster", null);

    Step page = r.lead().browser.get("/app/coordinator/audit");
    assertEquals(200, page.status(), page.describe());
    assertTrue(page.body().contains("SIGN_OFF"), page.body());

    List<CSVRecord> rows = csv(r.lead());
    String mentee = r.mentee().name;
    String mentor = r.mentor().name;
    String lead = r.lead().name;
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertTrue(any(rows, entry(mentee, "READ", "RELATIONSHIP", r.id())), "read"));
    checks.add(
        () -> assertTrue(any(rows, entry(mentor, "SIGN_OFF", "SESSION", session)), "sign-off"));
    checks.add(
        () -> assertTrue(any(rows, entry(mentee, "SIGNATURE", "CONTRACT", contract)), "signature"));
    checks.add(
        () -> assertTrue(any(rows, entry(lead, "APPROVAL", "CPD_ENTRY", entry)), "approval"));
    checks.add(() -> assertTrue(any(rows, entry(mentee, "EXPORT", "CPD_LEDGER", null)), "CSV"));
    checks.add(
        () -> assertTrue(any(rows, entry(mentor, "EXPORT", "SESSION", session)), "PDF export"));
    checks.add(
        () ->
            assertTrue(
                any(rows, entry(stranger.name, "DENIED", "RELATIONSHIP", r.id())),
                "refused record"));
    checks.add(
        () ->
            assertTrue(
                any(
                    rows,
                    entry(mentee, "DENIED", "OPERATION", null)
                        .and(x -> x.get("detail").startsWith("SchemeService."))),
                "refused power"));
    checks.add(
        () -> assertTrue(any(rows, entry(lead, "READ", "AUDIT_TRAIL", null)), "lead's reading"));
    // Who, when (UTC), registration and scheme on every line; never content.
    checks.add(
        () ->
            assertTrue(
                rows.stream()
                    .allMatch(
                        x ->
                            x.get("registration_id").equals(lti.registrationId())
                                && !x.get("scheme_id").isEmpty()
                                && !x.get("actor_id").isEmpty()
                                && x.get("at_utc").endsWith("Z"))));
    String all = String.join("\n", rows.stream().map(CSVRecord::toString).toList());
    checks.add(() -> assertFalse(all.contains(NOTES), "note text in the trail"));
    checks.add(() -> assertFalse(all.contains(SECRET_PHRASE), "free text in the trail"));
    assertAll(checks);

    // The export itself is recorded.
    assertTrue(any(csv(r.lead()), entry(lead, "EXPORT", "AUDIT_TRAIL", null)));
  }

  @Test
  void onlyTheLeadReadsTheSchemesTrail() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Audit lead only");
    Participant coordinator = Participant.launch(lti, lti.instructor(), "Dr Coordinator Audit");
    String personId =
        r.lead().ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonObject("person").getString("name").equals(coordinator.name))
            .findFirst()
            .orElseThrow()
            .getJsonObject("person")
            .getString("id");
    r.lead()
        .ok(
            "POST",
            "/api/scheme/coordinators",
            Json.createObjectBuilder().add("personId", personId).build());
    for (Participant p : List.of(coordinator, r.mentor(), r.mentee())) {
      assertEquals(403, p.browser.get("/app/coordinator/audit").status(), p.name);
      assertEquals(403, p.browser.get("/app/coordinator/audit/export.csv").status(), p.name);
    }
    // The lead relaunched as a learner holds no lead powers.
    Participant leadAsLearner =
        Participant.launch(lti, lti.learner().subject(r.lead().sub), r.lead().name);
    assertEquals(403, leadAsLearner.browser.get("/app/coordinator/audit").status());
    Step dashboard = coordinator.browser.get("/app/coordinator");
    assertFalse(dashboard.body().contains("Audit trail"), "a coordinator is offered the trail");
  }

  @Test
  void theOperatorReadsEveryEntryAndEveryOperatorCallIsOne() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Audit operator");
    r.mentee().ok("GET", r.path(), null);
    OperatorClient wrong = lti.operator.withToken("not-the-token");
    assertEquals(401, wrong.get("/api/operator/audit").statusCode());
    HttpResponse<String> answer =
        lti.operator.get("/api/operator/audit?registration=" + lti.registrationId() + "&size=100");
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject page = Json.createReader(new StringReader(answer.body())).readObject();
    List<JsonObject> items =
        page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    assertTrue(
        items.stream()
            .anyMatch(
                i ->
                    i.getString("action").equals("READ")
                        && i.getString("recordId", "").equals(r.id())),
        answer.body());

    HttpResponse<String> everything = lti.operator.get("/api/operator/audit?size=100");
    JsonObject all = Json.createReader(new StringReader(everything.body())).readObject();
    List<JsonObject> calls =
        all.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    assertTrue(
        calls.stream()
            .anyMatch(
                i ->
                    i.getString("action").equals("DENIED")
                        && i.getString("actorId").equals("anonymous")
                        && i.getString("detail").equals("GET:/api/operator/audit")),
        everything.body());
    assertTrue(
        calls.stream()
            .anyMatch(
                i ->
                    i.getString("action").equals("OPERATOR")
                        && i.getString("detail").equals("GET:/api/operator/audit")),
        everything.body());
    assertFalse(everything.body().contains(OperatorClient.IT_TOKEN));
    assertEquals(400, lti.operator.get("/api/operator/audit?size=0").statusCode());
  }

  @Test
  void theServerLogHoldsNoTokenKeyOrNoteText() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Audit log scan");
    r.signedOffSession("1", 0);
    r.mentee().created("POST", r.path() + "/contract", terms());
    // Refusals are logged (one line each): make some.
    Participant stranger = Participant.launch(lti, lti.learner(), "Dr Log Stranger");
    stranger.refused(404, "NOT_FOUND", "GET", r.path(), null);
    lti.operator.withToken("not-the-token").get("/api/operator/audit");
    String log = lti.server.messagesLog();
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertFalse(log.contains(NOTES), "note text in messages.log"));
    checks.add(() -> assertFalse(log.contains(SECRET_PHRASE), "contract text in messages.log"));
    checks.add(
        () -> assertFalse(log.contains(OperatorClient.IT_TOKEN), "operator token in the log"));
    checks.add(() -> assertFalse(log.contains("not-the-token"), "a given token in the log"));
    checks.add(
        () ->
            assertFalse(
                log.matches("(?s).*eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}.*"),
                "a JWT in the log"));
    checks.add(() -> assertFalse(log.contains("PRIVATE KEY"), "a private key in the log"));
    checks.add(() -> assertFalse(log.contains("\"d\":\""), "a JWK private part in the log"));
    checks.add(() -> assertFalse(log.contains(r.mentee().csrf), "a CSRF token in the log"));
    assertAll(checks);
  }
}
