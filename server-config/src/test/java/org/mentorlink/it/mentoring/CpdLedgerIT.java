package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * The CPD ledger through real launches: a signed-off session earns an entry for mentee and mentor,
 * credit needs a reflection and the educator's approval (who sees a reflection only if shared and
 * never session notes), reversal cancels credit, and the owner's CSV and JSON exports agree.
 */
@ExtendWith(DatabasePass.class)
class CpdLedgerIT {
  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private static JsonObject currentYear(Participant p) {
    return p.ok("GET", "/api/cpd", null).getJsonArray("years").getJsonObject(0);
  }

  private static JsonObject onlyEntry(Participant p) {
    JsonArray entries = currentYear(p).getJsonArray("entries");
    assertEquals(1, entries.size(), entries.toString());
    return entries.getJsonObject(0);
  }

  @Test
  void aSignedOffSessionBecomesCreditOnlyAfterReflectionAndApproval() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "CPD scheme");
    r.signedOffSession("1.5", 0);

    JsonObject menteeEntry = onlyEntry(r.mentee());
    JsonObject mentorEntry = onlyEntry(r.mentor());
    assertEquals("MENTEE", menteeEntry.getString("role"));
    assertEquals("MENTOR", mentorEntry.getString("role"));
    assertEquals("1.5", menteeEntry.getString("hours"));
    assertEquals("AWAITING_REFLECTION", menteeEntry.getString("state"));
    assertEquals("0", currentYear(r.mentee()).getString("credit"));

    // The mentee reflects privately; the educator sees the amount, not the reflection.
    String menteeId = menteeEntry.getString("id");
    r.mentee()
        .refused(
            400,
            "REFLECTION_REQUIRED",
            "POST",
            "/api/cpd/entries/" + menteeId + "/reflection",
            Json.createObjectBuilder().add("reflection", " ").build());
    r.mentor()
        .refused(
            404,
            "NOT_FOUND",
            "POST",
            "/api/cpd/entries/" + menteeId + "/reflection",
            Json.createObjectBuilder().add("reflection", "not mine").build());
    r.mentee()
        .ok(
            "POST",
            "/api/cpd/entries/" + menteeId + "/reflection",
            Json.createObjectBuilder()
                .add("reflection", "PRIVATE-REFLECTION on my options")
                .add("share", false)
                .build());
    r.mentor()
        .ok(
            "POST",
            "/api/cpd/entries/" + mentorEntry.getString("id") + "/reflection",
            Json.createObjectBuilder()
                .add("reflection", "SHARED-REFLECTION on listening")
                .add("share", true)
                .build());

    r.mentee().refused(403, "FORBIDDEN", "GET", "/api/cpd/approvals", null);
    String queue = r.lead().ok("GET", "/api/cpd/approvals", null).toString();
    assertTrue(queue.contains("\"total\":2"), queue);
    assertFalse(queue.contains("PRIVATE-REFLECTION"), "an unshared reflection stays private");
    assertTrue(queue.contains("SHARED-REFLECTION"), "a shared reflection is shown");
    assertFalse(queue.contains("SESSION-NOTES"), "never session notes");

    r.lead().expect(204, "POST", "/api/cpd/approvals/" + menteeId + "/approve", null);
    assertEquals("1.5", currentYear(r.mentee()).getString("credit"));
    r.lead().refused(409, "CPD_STATE", "POST", "/api/cpd/approvals/" + menteeId + "/approve", null);

    // Returned with a reason, reflected again, approved.
    String mentorId = mentorEntry.getString("id");
    r.lead()
        .expect(
            204,
            "POST",
            "/api/cpd/approvals/" + mentorId + "/return",
            Json.createObjectBuilder().add("reason", "Say what you will change").build());
    assertEquals("Say what you will change", onlyEntry(r.mentor()).getString("returnReason"));
    r.mentor()
        .ok(
            "POST",
            "/api/cpd/entries/" + mentorId + "/reflection",
            Json.createObjectBuilder()
                .add("reflection", "I will summarise more")
                .add("share", true)
                .build());
    r.lead().expect(204, "POST", "/api/cpd/approvals/" + mentorId + "/approve", null);
    assertEquals("1.5", currentYear(r.mentor()).getString("credit"));
    assertEquals("1.5", currentYear(r.mentor()).getString("cycleCredit"));

    // A reversal cancels the credit and leaves the original untouched.
    r.mentee()
        .created(
            "POST",
            "/api/cpd/entries/" + menteeId + "/reverse",
            Json.createObjectBuilder().add("reason", "Counted in another portfolio").build());
    JsonObject year = currentYear(r.mentee());
    assertEquals("0", year.getString("credit"));
    assertEquals(2, year.getJsonArray("entries").size());
    r.mentee()
        .refused(
            409,
            "CPD_ALREADY_REVERSED",
            "POST",
            "/api/cpd/entries/" + menteeId + "/reverse",
            Json.createObjectBuilder().add("reason", "again").build());
  }

  @Test
  void automaticApprovalAndTheImpactMultiplierAreSchemeSettings() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Auto scheme");
    r.lead()
        .ok(
            "PUT",
            "/api/scheme/settings",
            Json.createObjectBuilder()
                .add("name", "Auto scheme")
                .add("cpdApproval", "AUTOMATIC")
                .build());
    r.mentee()
        .refused(
            403,
            "FORBIDDEN",
            "PUT",
            "/api/cpd/settings",
            Json.createObjectBuilder().add("impactMultiplier", true).build());
    assertFalse(
        r.lead().ok("GET", "/api/cpd/settings", null).getBoolean("impactMultiplier"),
        "off by default");
    assertFalse(
        r.lead().ok("GET", "/api/cpd/settings", null).getBoolean("gradebookPassback"),
        "off by default");
    r.lead()
        .ok(
            "PUT",
            "/api/cpd/settings",
            Json.createObjectBuilder().add("impactMultiplier", true).build());
    r.signedOffSession("2", 0);
    String id = onlyEntry(r.mentee()).getString("id");
    r.mentee()
        .ok(
            "POST",
            "/api/cpd/entries/" + id + "/reflection",
            Json.createObjectBuilder()
                .add("reflection", "Changed how I run my list")
                .add("impact", true)
                .build());
    assertEquals("4", currentYear(r.mentee()).getString("credit"));
  }

  @Test
  void aMentorLogsTrainingAndTheExportsRoundTrip() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Export scheme");
    r.signedOffSession("2", 0);
    r.mentor()
        .created(
            "POST",
            "/api/cpd/activities",
            Json.createObjectBuilder()
                .add("activity", "MENTOR_TRAINING")
                .add("description", "Mentoring skills, \"advanced\", day 1")
                .add("date", Scenarios.today().toString())
                .add("hours", "6")
                .add("kind", "EXTERNAL")
                .build());
    r.mentee()
        .refused(
            403,
            "FORBIDDEN",
            "POST",
            "/api/cpd/activities",
            Json.createObjectBuilder()
                .add("activity", "SUPERVISION")
                .add("description", "x")
                .add("date", Scenarios.today().toString())
                .add("hours", "1")
                .build());

    Step json =
        r.mentor().browser.get("/api/cpd/export.json", Map.of("Accept", "application/json"));
    assertEquals(200, json.status(), json.describe());
    JsonArray entries =
        Json.createReader(new StringReader(json.body()))
            .readObject()
            .getJsonArray("years")
            .getJsonObject(0)
            .getJsonArray("entries");
    Step csv = r.mentor().browser.get("/api/cpd/export.csv", Map.of("Accept", "text/csv"));
    assertEquals(200, csv.status(), csv.describe());
    assertTrue(csv.header("Content-Disposition").orElse("").contains("attachment"));
    List<CSVRecord> rows;
    try {
      rows =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new StringReader(csv.body()))
              .getRecords();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(entries.size(), rows.size());
    assertEquals(2, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonObject e = entries.getJsonObject(i);
      CSVRecord row = rows.get(i);
      assertEquals(e.getString("id"), row.get("id"));
      assertEquals(e.getString("hours"), row.get("hours"));
      assertEquals(e.getString("date"), row.get("date"));
      assertEquals(
          e.containsKey("description") ? e.getString("description") : "", row.get("description"));
    }
    assertTrue(
        rows.stream()
            .anyMatch(x -> x.get("description").equals("Mentoring skills, \"advanced\", day 1")));
    assertEquals(
        400,
        r.mentor()
            .browser
            .get("/api/cpd/export.csv?year=1999/00", Map.of("Accept", "text/csv"))
            .status());
    String label = entries.isEmpty() ? "" : currentYear(r.mentor()).getString("label");
    assertEquals(
        200,
        r.mentor()
            .browser
            .get("/api/cpd/export.csv?year=" + label, Map.of("Accept", "text/csv"))
            .status());
  }
}
