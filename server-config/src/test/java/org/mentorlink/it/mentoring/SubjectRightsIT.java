package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * Subject rights through real launches: a person's export (JSON and PDF) holds their records and
 * nobody else's; the lead's erasure and the operator's leave counts and verified documents standing
 * and a relaunch of the same person empty; retention deletes only expired content; a registration
 * leaves with its export.
 */
@ExtendWith(DatabasePass.class)
class SubjectRightsIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Pattern VERIFY_URL =
      Pattern.compile("https?://\\S+/verify/([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})");

  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private byte[] download(Participant p, String path) {
    String session = p.browser.cookie(ToolBrowser.SESSION_COOKIE).orElseThrow();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(lti.base() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Cookie", ToolBrowser.SESSION_COOKIE + "=" + session)
            .GET()
            .build();
    try {
      HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
      return r.body();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new AssertionError("not a readable PDF", e);
    }
  }

  private JsonObject verify(String code) {
    Step s =
        new ToolBrowser(lti.base()).get("/verify/" + code, Map.of("Accept", "application/json"));
    assertEquals(200, s.status(), s.describe());
    return Participant.read(s.body()).asJsonObject();
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

  private HttpResponse<String> operator(String path, JsonObject body) {
    return lti.operator.post(path, body == null ? "{}" : body.toString());
  }

  @Test
  void aPersonDownloadsTheirOwnRecordsAndNobodyElses() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Export scheme");
    r.signedOffSession("1", 0);
    Participant other = Participant.launch(lti, lti.learner(), "Dr Other Asker");
    other.created(
        "POST",
        "/api/requests",
        Json.createObjectBuilder()
            .add("helpWith", Json.createArrayBuilder().add("WORK_LIFE_BALANCE"))
            .add("otherDetails", "OTHER-PERSONS-SECRET")
            .build());

    JsonObject export = r.mentee().ok("GET", "/api/my-data", null);
    assertEquals(r.mentee().name, export.getJsonObject("person").getString("name"));
    JsonObject scheme = export.getJsonArray("schemes").getJsonObject(0);
    assertTrue(scheme.getJsonArray("roles").toString().contains("MENTEE"), scheme.toString());
    assertEquals(1, scheme.getJsonArray("requests").size());
    assertEquals(1, scheme.getJsonArray("relationships").size());
    assertTrue(export.toString().contains("SESSION-NOTES"), "the session's notes are theirs");
    assertFalse(export.toString().contains("OTHER-PERSONS-SECRET"));
    assertFalse(export.toString().contains("Dr Other Asker"));

    String pdf = pdfText(download(r.mentee(), "/api/my-data/pdf"));
    assertTrue(pdf.contains("Everything Mentorlink holds about you"), pdf);
    assertTrue(pdf.contains("SESSION-NOTES"), pdf);
    assertFalse(pdf.contains("OTHER-PERSONS-SECRET"), pdf);

    Step page = r.mentee().browser.get("/app/my-data");
    assertEquals(200, page.status(), page.describe());
    assertTrue(page.body().contains("/api/my-data/pdf?launch="), page.body());
  }

  @Test
  void anErasedPersonsRelaunchStartsEmptyAndVerifiedDocumentsStillAnswer() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Erasure scheme");
    r.signedOffSession("1", 0);
    Scenarios.credit(r, r.mentee());
    String certificate = pdfText(download(r.mentee(), "/api/cpd/certificate.pdf"));
    Matcher m = VERIFY_URL.matcher(certificate);
    assertTrue(m.find(), certificate);
    String code = m.group(1);
    JsonObject verifiedBefore = verify(code);
    String mentee = personId(r.lead(), r.mentee().name);
    JsonObject before = r.lead().ok("GET", "/api/scheme/numbers", null);

    // Nobody but the lead erases; the lead not themself.
    r.mentor().refused(403, "FORBIDDEN", "POST", "/api/scheme/erasures", body(mentee));
    r.lead()
        .refused(
            400,
            "CANNOT_ERASE_THE_LEAD",
            "POST",
            "/api/scheme/erasures",
            body(personId(r.lead(), r.lead().name)));
    assertEquals(1, r.mentee().ok("GET", "/api/my-data", null).getJsonArray("schemes").size());

    JsonObject erased = r.lead().ok("POST", "/api/scheme/erasures", body(mentee));
    assertEquals(1, erased.getJsonObject("counts").getInt("relationships"), erased.toString());
    assertEquals(1, erased.getJsonObject("counts").getInt("requests"), erased.toString());

    // The same person launches again: nothing of theirs comes back.
    Participant again =
        Participant.launch(lti, lti.learner().subject(r.mentee().sub), r.mentee().name);
    assertEquals(0, again.list("/api/relationships").size());
    assertEquals(0, again.list("/api/requests/mine").size());
    JsonObject log = again.ok("GET", "/api/cpd", null);
    assertFalse(log.toString().contains("\"entries\":[{"), log.toString());
    JsonArray schemes = again.ok("GET", "/api/my-data", null).getJsonArray("schemes");
    assertTrue(
        schemes.isEmpty() || schemes.getJsonObject(0).getJsonArray("requests").isEmpty(),
        schemes.toString());
    // The mentor's side of the relationship holds no content any more.
    JsonObject rel = r.mentor().ok("GET", r.path(), null);
    assertEquals(0, rel.getJsonArray("sessions").size(), rel.toString());
    assertFalse(r.mentor().ok("GET", "/api/my-data", null).toString().contains("SESSION-NOTES"));

    // Counts and the verification answer stand.
    JsonObject after = r.lead().ok("GET", "/api/scheme/numbers", null);
    assertEquals(before.getInt("relationships"), after.getInt("relationships"));
    assertEquals(before.getInt("requestsInAll"), after.getInt("requestsInAll"));
    assertEquals(verifiedBefore, verify(code));
  }

  @Test
  void theOperatorErasesAPersonEverywhereAndTheirOpenSessionEnds() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Operator erasure");
    HttpResponse<String> unknown =
        operator(
            "/api/operator/subject-rights/erasures",
            Json.createObjectBuilder()
                .add("registrationId", lti.registrationId())
                .add("subject", "nobody-here")
                .build());
    assertEquals(404, unknown.statusCode(), unknown.body());
    HttpResponse<String> lead =
        operator(
            "/api/operator/subject-rights/erasures",
            Json.createObjectBuilder()
                .add("registrationId", lti.registrationId())
                .add("subject", r.lead().sub)
                .build());
    assertEquals(400, lead.statusCode(), lead.body());
    assertTrue(lead.body().contains("CANNOT_ERASE_THE_LEAD"), lead.body());
    HttpResponse<String> notOperator =
        lti.operator
            .withToken("wrong-token")
            .post(
                "/api/operator/subject-rights/erasures",
                Json.createObjectBuilder()
                    .add("registrationId", lti.registrationId())
                    .add("subject", r.mentee().sub)
                    .build()
                    .toString());
    assertEquals(401, notOperator.statusCode(), notOperator.body());

    HttpResponse<String> done =
        operator(
            "/api/operator/subject-rights/erasures",
            Json.createObjectBuilder()
                .add("registrationId", lti.registrationId())
                .add("subject", r.mentee().sub)
                .build());
    assertEquals(200, done.statusCode(), done.body());
    assertTrue(done.body().contains("\"wholeTenant\":true"), done.body());

    // The old session is gone; a new launch is a new, empty person.
    assertEquals(401, r.mentee().call("GET", "/api/relationships", null).status());
    Participant again =
        Participant.launch(lti, lti.learner().subject(r.mentee().sub), "Dr Back Again");
    assertEquals(0, again.list("/api/relationships").size());
    JsonObject export = again.ok("GET", "/api/my-data", null);
    assertEquals("Dr Back Again", export.getJsonObject("person").getString("name"));
    assertFalse(export.toString().contains("CAREER_DECISION"), export.toString());
    assertFalse(
        r.lead()
            .ok("GET", "/api/scheme/roster?size=100", null)
            .toString()
            .contains(r.mentee().name));
  }

  @Test
  void retentionDeletesOnlyExpiredContent() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Retention scheme");
    String claimed = r.signedOffSession("1", 0);
    assertEquals("TRAVEL-NOTE-TO-EXPIRE", claimFor(r, claimed).getString("travelNote"));
    r.lead()
        .ok(
            "PUT",
            "/api/scheme/privacy",
            Json.createObjectBuilder().add("retentionYears", 1).build());
    r.mentee()
        .ok(
            "POST",
            r.path() + "/close",
            Json.createObjectBuilder()
                .add("reason", "NATURAL_END")
                .add("summary", "CLOSING-SUMMARY-TO-EXPIRE")
                .build());
    // A second, open relationship with the same mentor.
    Participant mentee2 = Participant.launch(lti, lti.learner(), "Dr Still Open");
    String request =
        mentee2
            .created(
                "POST",
                "/api/requests",
                Json.createObjectBuilder()
                    .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
                    .build())
            .getString("id");
    r.lead().ok("POST", "/api/requests/" + request + "/accept", null);
    String profile =
        r.lead()
            .list("/api/requests/" + request + "/candidates")
            .getJsonObject(0)
            .getString("profileId");
    String proposal =
        r.lead()
            .created(
                "POST",
                "/api/requests/" + request + "/proposals",
                Json.createObjectBuilder().add("mentorProfileId", profile).build())
            .getString("id");
    r.mentor().ok("POST", "/api/proposals/" + proposal + "/accept", null);
    String open =
        mentee2
            .created("POST", "/api/proposals/" + proposal + "/confirm", null)
            .getString("relationshipId");
    mentee2.created(
        "POST",
        "/api/relationships/" + open + "/goals",
        Json.createObjectBuilder().add("goal", "OPEN-GOAL-KEPT").build());

    // Now: nothing has expired yet.
    HttpResponse<String> now = operator("/api/operator/subject-rights/retention/run", null);
    assertEquals(200, now.statusCode(), now.body());
    assertFalse(now.body().contains(r.id()), now.body());
    assertTrue(
        r.mentee().ok("GET", r.path(), null).toString().contains("CLOSING-SUMMARY-TO-EXPIRE"));

    HttpResponse<String> bad =
        operator(
            "/api/operator/subject-rights/retention/run",
            Json.createObjectBuilder().add("asOf", "next year").build());
    assertEquals(400, bad.statusCode(), bad.body());

    // Thirteen months on: the closed relationship's content goes, the open one's stays.
    String later = Instant.now().plus(400, ChronoUnit.DAYS).toString();
    HttpResponse<String> run =
        operator(
            "/api/operator/subject-rights/retention/run",
            Json.createObjectBuilder().add("asOf", later).build());
    assertEquals(200, run.statusCode(), run.body());
    assertTrue(run.body().contains(r.id()), run.body());
    assertFalse(run.body().contains(open), run.body());
    JsonObject closed = r.mentee().ok("GET", r.path(), null);
    assertFalse(closed.toString().contains("CLOSING-SUMMARY-TO-EXPIRE"), closed.toString());
    assertEquals(0, closed.getJsonArray("sessions").size(), closed.toString());
    assertTrue(
        mentee2
            .ok("GET", "/api/relationships/" + open, null)
            .toString()
            .contains("OPEN-GOAL-KEPT"));
    assertEquals(2, r.lead().ok("GET", "/api/scheme/numbers", null).getInt("relationships"));
    // The fee claim is a finance record: it stays, with its amounts and without its text.
    JsonObject claims = r.lead().ok("GET", "/api/claims?state=SUBMITTED", null);
    assertEquals(1, claims.getInt("total"), claims.toString());
    assertTrue(claims.toString().contains("262.40"), claims.toString());
    assertFalse(claims.toString().contains("TRAVEL-NOTE-TO-EXPIRE"), claims.toString());
    assertTrue(claims.toString().contains("Removed with the session's records"), claims.toString());
  }

  @Test
  void aRegistrationLeavesWithItsExport() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Leaving scheme");
    claimFor(r, r.signedOffSession("1", 0));
    r.mentee()
        .expect(
            204,
            "POST",
            "/api/feedback/answers",
            Json.createObjectBuilder()
                .add("role", "MENTEE")
                .add("expectations", 4)
                .add("useAgain", true)
                .add("recommend", true)
                .add("outcomes", "A plan")
                .add("mayQuote", false)
                .build());
    String id = lti.registrationId();
    HttpResponse<String> export =
        lti.operator.get("/api/operator/subject-rights/registrations/" + id + "/export");
    assertEquals(200, export.statusCode(), export.body());
    assertTrue(export.body().contains(r.mentee().name), "the export holds the people");

    HttpResponse<String> unconfirmed =
        operator(
            "/api/operator/subject-rights/registrations/" + id + "/leave",
            Json.createObjectBuilder().add("confirmIssuer", "https://wrong.example").build());
    assertEquals(400, unconfirmed.statusCode(), unconfirmed.body());
    assertEquals(200, r.mentee().call("GET", "/api/relationships", null).status());

    String issuer = lti.registration.getString("issuer");
    HttpResponse<String> left =
        operator(
            "/api/operator/subject-rights/registrations/" + id + "/leave",
            Json.createObjectBuilder().add("confirmIssuer", issuer).build());
    assertEquals(200, left.statusCode(), left.body());
    assertTrue(left.body().contains(r.mentee().name), left.body());
    assertTrue(left.body().contains("Leaving scheme"), left.body());
    assertFalse(lti.operator.registrations().toString().contains(id));
    assertEquals(401, r.mentee().call("GET", "/api/relationships", null).status());
    HttpResponse<String> again =
        lti.operator.get("/api/operator/subject-rights/registrations/" + id + "/export");
    assertEquals(404, again.statusCode(), again.body());
  }

  /**
   * The lead sets the claim rules and the mentor claims the fee, with a travel note, for {@code
   * session}; returns the claim.
   */
  private static JsonObject claimFor(Scenarios.Relationship r, String session) {
    r.lead()
        .ok(
            "PUT",
            "/api/claims/rules",
            Json.createObjectBuilder().add("sessionFee", "250").add("mileageRate", "0.45").build());
    return r.mentor()
        .created(
            "POST",
            r.path() + "/sessions/" + session + "/claim",
            Json.createObjectBuilder()
                .add("travel", "AMOUNT")
                .add("amount", "12.40")
                .add("note", "TRAVEL-NOTE-TO-EXPIRE")
                .build())
        .getJsonObject("claim");
  }

  private static JsonObject body(String personId) {
    return Json.createObjectBuilder().add("personId", personId).build();
  }
}
