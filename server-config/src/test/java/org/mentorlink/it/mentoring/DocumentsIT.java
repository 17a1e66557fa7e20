package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
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
 * Portable, verifiable documents through real launches: the CPD certificate, the signed session
 * record and the signed contract download as PDFs for their owners only (the PDF's text is read
 * back here), and {@code /verify/{code}} — public, without a session — confirms a real code with
 * initials only, refuses a made-up one, and shows a certificate whose entry was reversed as
 * reversed; a year without credit has no certificate.
 */
@ExtendWith(DatabasePass.class)
class DocumentsIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final Pattern VERIFY_URL =
      Pattern.compile("(https?://\\S+/verify/([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}))");

  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  /** A PDF download: status, headers and the bytes. */
  private record Download(int status, HttpResponse<byte[]> response) {
    String header(String name) {
      return response.headers().firstValue(name).orElse("");
    }

    String body() {
      return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The text of the PDF, as PDFBox extracts it. */
    String text() {
      assertEquals(200, status, body());
      assertTrue(header("Content-Type").startsWith("application/pdf"), header("Content-Type"));
      try (PDDocument doc = Loader.loadPDF(response.body())) {
        return new PDFTextStripper().getText(doc);
      } catch (IOException e) {
        throw new AssertionError("not a readable PDF", e);
      }
    }
  }

  /** GET {@code path} with the participant's session cookie, as a browser downloading a file. */
  private Download download(Participant p, String path) {
    String session = p.browser.cookie(ToolBrowser.SESSION_COOKIE).orElseThrow();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(lti.base() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Cookie", ToolBrowser.SESSION_COOKIE + "=" + session)
            .header("Accept", "application/pdf")
            .GET()
            .build();
    try {
      HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Download(r.statusCode(), r);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Asserts a refusal of a download with {@code status} and {@code code} (problem JSON). */
  private void refused(Participant p, String path, int status, String code) {
    Download d = download(p, path);
    assertEquals(status, d.status(), path + " as " + p.name + ": " + d.body());
    assertEquals(code, Participant.read(d.body()).asJsonObject().getString("code"), d.body());
    assertFalse(d.header("Content-Type").startsWith("application/pdf"));
  }

  /** The verification URL printed in a PDF's text: group 1 the URL, group 2 the code. */
  private Matcher verifyUrl(String text) {
    Matcher m = VERIFY_URL.matcher(text);
    assertTrue(m.find(), "a verification URL in:\n" + text);
    assertEquals(lti.base() + "/verify/" + m.group(2), m.group(1), "the server's own address");
    return m;
  }

  /** {@code /verify/...} as a stranger's browser with no session at all. */
  private Step verifyPage(String code) {
    return new ToolBrowser(lti.base()).get("/verify/" + code);
  }

  private JsonObject verifyJson(String code, int status) {
    Step s =
        new ToolBrowser(lti.base()).get("/verify/" + code, Map.of("Accept", "application/json"));
    assertEquals(status, s.status(), s.describe());
    assertTrue(s.header("Content-Type").orElse("").contains("json"), s.describe());
    assertEquals("no-store", s.header("Cache-Control").orElse(""), s.describe());
    return Json.createReader(new StringReader(s.body())).readObject();
  }

  private static JsonObject currentYear(Participant p) {
    return p.ok("GET", "/api/cpd", null).getJsonArray("years").getJsonObject(0);
  }

  @Test
  void aCertificateCarriesACodeThatAnyoneCanCheckUntilItsEntryIsReversed() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Documents scheme");
    String fullName = r.mentee().name; // "Dr Mentee Documents scheme": initials "M. S."
    r.signedOffSession("1.5", 0);
    JsonObject year = currentYear(r.mentee());
    String label = year.getString("label");
    String entryId = year.getJsonArray("entries").getJsonObject(0).getString("id");
    r.mentee()
        .ok(
            "POST",
            "/api/cpd/entries/" + entryId + "/reflection",
            Json.createObjectBuilder().add("reflection", "PRIVATE-REFLECTION").build());
    r.lead().expect(204, "POST", "/api/cpd/approvals/" + entryId + "/approve", null);

    Download pdf =
        download(
            r.mentee(),
            "/api/cpd/certificate.pdf?year=" + URLEncoder.encode(label, StandardCharsets.UTF_8));
    String text = pdf.text();
    assertTrue(
        pdf.header("Content-Disposition").startsWith("attachment"),
        pdf.header("Content-Disposition"));
    assertTrue(pdf.header("Cache-Control").contains("no-store"), pdf.header("Cache-Control"));
    assertTrue(text.contains(fullName), text);
    assertTrue(text.contains("Documents scheme"), text);
    LocalDate start = LocalDate.parse(year.getString("start"));
    assertTrue(
        text.contains(
            label + ": 1 April " + start.getYear() + " to 31 March " + (start.getYear() + 1)),
        text);
    assertTrue(text.contains("1.5 credits approved"), text);
    assertTrue(text.contains("Mentoring session 1"), text);
    assertTrue(text.contains("Approved"), text);
    assertFalse(text.contains("PRIVATE-REFLECTION"), "never a reflection");
    assertFalse(text.contains("SESSION-NOTES"), "never session notes");
    Matcher url = verifyUrl(text);
    String code = url.group(2);
    assertEquals(
        code,
        verifyUrl(
                download(
                        r.mentee(),
                        "/api/cpd/certificate.pdf?year="
                            + URLEncoder.encode(label, StandardCharsets.UTF_8))
                    .text())
            .group(2),
        "the same certificate, downloaded again, is the same document");

    // Anyone, without a launch: the page confirms it, with initials and not the name.
    Step page = verifyPage(code);
    assertEquals(200, page.status(), page.describe());
    assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"), page.describe());
    assertEquals("no-store", page.header("Cache-Control").orElse(""));
    String csp = page.header("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("frame-ancestors 'self'") && !csp.contains("*"), csp);
    assertTrue(page.body().contains("Document verified"), page.describe());
    assertTrue(page.body().contains("CPD certificate"), page.describe());
    assertTrue(page.body().contains("M. S."), page.describe());
    assertTrue(page.body().contains("CPD year " + label), page.describe());
    assertTrue(page.body().contains("1.5 credits approved"), page.describe());
    assertTrue(
        page.body().contains("None of the entries it lists has been reversed"), page.describe());
    assertFalse(page.body().contains("Mentee Documents"), "initials only, never the name");
    assertFalse(page.body().contains("Documents scheme"), "nothing else: not even the scheme");
    assertFalse(page.body().contains(entryId), "nothing else: no record ids");
    assertFalse(page.setsCookie(ToolBrowser.SESSION_COOKIE), "no session");
    // Lower case and without hyphens is the same code.
    assertEquals(200, verifyPage(code.replace("-", "").toLowerCase()).status());

    JsonObject json = verifyJson(code, 200);
    assertTrue(json.getBoolean("issuedHere"));
    assertEquals("CPD_CERTIFICATE", json.getString("kind"));
    assertEquals("M. S.", json.getString("issuedTo"));
    assertEquals(label, json.getJsonObject("period").getString("label"));
    assertEquals(year.getString("start"), json.getJsonObject("period").getString("start"));
    assertEquals("1.5", json.getString("credit"));
    assertEquals(1, json.getInt("itemsCovered"));
    assertFalse(json.getBoolean("reversed"));
    assertFalse(json.toString().contains("Mentee"), json.toString());

    // A made-up code (well formed, or not a code at all) was not issued here.
    StringBuilder madeUp = new StringBuilder();
    SecureRandom random = new SecureRandom();
    for (int i = 0; i < 32; i++) {
      madeUp.append("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".charAt(random.nextInt(32)));
    }
    for (String bad : new String[] {madeUp.toString(), "not-a-code", "x".repeat(300)}) {
      Step unknown = verifyPage(bad);
      assertEquals(404, unknown.status(), unknown.describe());
      assertTrue(unknown.body().contains("Not a document issued here"), unknown.describe());
      assertEquals("no-store", unknown.header("Cache-Control").orElse(""));
      assertTrue(
          unknown.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));
    }
    assertEquals("NOT_ISSUED_HERE", verifyJson(madeUp.toString(), 404).getString("code"));

    // The entry is reversed: the certificate no longer stands, and /verify says so.
    r.mentee()
        .created(
            "POST",
            "/api/cpd/entries/" + entryId + "/reverse",
            Json.createObjectBuilder().add("reason", "Counted in another portfolio").build());
    Step reversed = verifyPage(code);
    assertEquals(200, reversed.status(), reversed.describe());
    assertTrue(reversed.body().contains("has since been reversed"), reversed.describe());
    JsonObject after = verifyJson(code, 200);
    assertTrue(after.getBoolean("reversed"));
    assertEquals(1, after.getInt("itemsReversed"));

    // The same certificate again carries the same code; with its credit reversed there is none.
    refused(r.mentee(), "/api/cpd/certificate.pdf", 409, "NO_CPD_CREDIT");

    // Only one's own ledger: an unknown year is refused, and the mentor (no credit) has none.
    refused(r.mentee(), "/api/cpd/certificate.pdf?year=1999/00", 400, "UNKNOWN_CPD_YEAR");
    refused(r.mentor(), "/api/cpd/certificate.pdf", 409, "NO_CPD_CREDIT");
  }

  @Test
  void sessionRecordsAndContractsAreForTheirPartiesOnly() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Records scheme");
    Participant stranger = Participant.launch(lti, lti.learner(), "Dr Stranger Records");
    String rel = r.path();

    // The contract: downloadable once both have signed, by both, by nobody else.
    JsonObject drafted =
        r.mentee()
            .created(
                "POST",
                rel + "/contract",
                Json.createObjectBuilder()
                    .add("groundRules", "We start and finish on time.")
                    .add("confidentiality", "What is said stays between us, within the limits.")
                    .add("objectives", "Decide on the next career step.")
                    .add("meetingFrequency", "Every six weeks")
                    .add("mode", "VIDEO")
                    .add("startDate", LocalDate.now().toString())
                    .add("reviewDate", LocalDate.now().plusMonths(6).toString())
                    .add("allowance", "4 sessions in 12 months")
                    .build());
    JsonObject contract = drafted.getJsonArray("contracts").getJsonObject(0);
    String contractPdf = rel + "/contract/" + contract.getString("id") + "/contract.pdf";
    r.mentee().ok("POST", rel + "/contract/" + contract.getString("id") + "/sign", null);
    refused(r.mentee(), contractPdf, 409, "CONTRACT_NOT_SIGNED");
    r.mentor().ok("POST", rel + "/contract/" + contract.getString("id") + "/sign", null);

    String contractText = download(r.mentee(), contractPdf).text();
    for (String line : contract.getString("text").split("\n")) {
      assertTrue(
          contractText.contains(line), "the exact text signed: " + line + "\n" + contractText);
    }
    assertTrue(contractText.contains(contract.getString("sha256")), contractText);
    assertTrue(
        contractText.contains("Signed by the mentee " + r.mentee().name + " on "), contractText);
    assertTrue(
        contractText.contains("Signed by the mentor " + r.mentor().name + " on "), contractText);
    String contractCode = verifyUrl(contractText).group(2);
    JsonObject contractCheck = verifyJson(contractCode, 200);
    assertEquals("CONTRACT", contractCheck.getString("kind"));
    assertEquals("M. S.", contractCheck.getString("issuedTo"), "Dr Mentee Records scheme");
    assertEquals(1, contractCheck.getJsonObject("period").getInt("contractVersion"));
    assertEquals(200, download(r.mentor(), contractPdf).status());
    refused(r.lead(), contractPdf, 404, "NOT_FOUND");
    refused(stranger, contractPdf, 404, "NOT_FOUND");
    refused(r.mentee(), rel + "/contract/no-such-contract/contract.pdf", 404, "NOT_FOUND");

    // The session record: signed off only, for both parties, with notes and addenda.
    String sid = r.signedOffSession("2", 0);
    r.mentor()
        .created(
            "POST",
            rel + "/sessions/" + sid + "/addenda",
            Json.createObjectBuilder().add("text", "ADDENDUM-TEXT after the session").build());
    String recordPdf = rel + "/sessions/" + sid + "/record.pdf";
    String record = download(r.mentor(), recordPdf).text();
    assertTrue(record.contains("Mentoring session record"), record);
    assertTrue(record.contains("SESSION-NOTES"), "the parties' notes are theirs: " + record);
    assertTrue(record.contains("ADDENDUM-TEXT after the session"), record);
    assertTrue(record.contains("2 hours"), record);
    assertTrue(record.contains("In person"), record);
    assertTrue(record.contains("By the mentor on "), record);
    assertTrue(record.contains(r.mentee().name) && record.contains(r.mentor().name), record);
    JsonObject recordCheck = verifyJson(verifyUrl(record).group(2), 200);
    assertEquals("SESSION_RECORD", recordCheck.getString("kind"));
    assertEquals("2", recordCheck.getString("hours"));
    assertFalse(recordCheck.toString().contains("SESSION-NOTES"));
    Step recordPage = verifyPage(verifyUrl(record).group(2));
    assertFalse(recordPage.body().contains("SESSION-NOTES"), "nothing else on the check");
    assertFalse(recordPage.body().contains("ADDENDUM-TEXT"), "nothing else on the check");

    assertTrue(download(r.mentee(), recordPdf).text().contains("SESSION-NOTES"));
    refused(r.lead(), recordPdf, 404, "NOT_FOUND");
    refused(stranger, recordPdf, 404, "NOT_FOUND");

    // A session that is not signed off has no record to issue yet.
    JsonObject scheduled =
        r.mentor()
            .created(
                "POST",
                rel + "/sessions",
                Json.createObjectBuilder()
                    .add(
                        "scheduledAt",
                        java.time.Instant.now()
                            .plusSeconds(86_400)
                            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            .toString())
                    .add("durationHours", "1")
                    .add("mode", "VIDEO")
                    .build());
    String draft = scheduled.getJsonArray("sessions").getJsonObject(1).getString("id");
    refused(r.mentee(), rel + "/sessions/" + draft + "/record.pdf", 409, "SESSION_NOT_SIGNED_OFF");
    refused(stranger, rel + "/sessions/" + draft + "/record.pdf", 404, "NOT_FOUND");
  }

  @Test
  void theDocumentEndpointsAreInTheOpenApiDocument() {
    Step doc = new ToolBrowser(lti.base()).get("/openapi", Map.of("Accept", "application/json"));
    assertEquals(200, doc.status(), doc.describe());
    JsonObject paths =
        Json.createReader(new StringReader(doc.body())).readObject().getJsonObject("paths");
    for (String path :
        new String[] {
          "/api/cpd/certificate.pdf",
          "/api/relationships/{id}/sessions/{sessionId}/record.pdf",
          "/api/relationships/{id}/contract/{contractId}/contract.pdf",
          "/verify/{code}"
        }) {
      assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
      JsonObject get = paths.getJsonObject(path).getJsonObject("get");
      assertTrue(get.getString("summary").length() > 10, path);
      assertTrue(get.getJsonArray("tags").toString().contains("Documents"), path + ": " + get);
    }
  }
}
