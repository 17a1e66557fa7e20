package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
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
 * Documents where they belong, through real launches: the contract page links the signed contract's
 * PDF, a signed-off session's page its record, the CPD page each year's certificate — each with the
 * verification code the PDF carries. The links answer a PDF to the parties and "not found" to
 * anyone else; a CPD year without credit has no certificate link, says why, and the certificate
 * endpoint refuses it.
 */
@ExtendWith(DatabasePass.class)
class DocumentPagesIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private static final String CODE = "[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}";

  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private static String page(Participant p, String path) {
    Step s = p.browser.get(path);
    assertEquals(200, s.status(), s.describe());
    return s.body();
  }

  /** The page's link to a PDF ending in {@code suffix} (as a browser would follow it). */
  private static String link(String html, String suffix) {
    Matcher m =
        Pattern.compile("href=\"(/api[^\"]*" + Pattern.quote(suffix) + "[^\"]*)\"").matcher(html);
    assertTrue(m.find(), "a link to " + suffix + " in:\n" + html);
    return m.group(1).replace("&amp;", "&");
  }

  /** The verification code shown on the page beside the link. */
  private static String shownCode(String html) {
    Matcher m =
        Pattern.compile("Verification code:\\s*<code[^>]*>(" + CODE + ")</code>").matcher(html);
    assertTrue(m.find(), "a verification code on the page:\n" + html);
    return m.group(1);
  }

  /** GET {@code path} with {@code p}'s session cookie, as a browser following a link. */
  private HttpResponse<byte[]> follow(Participant p, String path) {
    String session = p.browser.cookie(ToolBrowser.SESSION_COOKIE).orElseThrow();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(lti.base() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Cookie", ToolBrowser.SESSION_COOKIE + "=" + session)
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .GET()
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The link answers {@code p} a PDF that carries {@code code}; returns the PDF's text. */
  private String pdfWithCode(Participant p, String path, String code) {
    HttpResponse<byte[]> r = follow(p, path);
    String type = r.headers().firstValue("Content-Type").orElse("");
    assertEquals(200, r.statusCode(), path + " as " + p.name + ": " + body(r));
    assertTrue(type.startsWith("application/pdf"), type);
    try (PDDocument doc = Loader.loadPDF(r.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Verification code " + code), "the code shown:\n" + text);
      return text;
    } catch (IOException e) {
      throw new AssertionError("not a readable PDF", e);
    }
  }

  /** {@code path} without the launch handle of the page it came from (another person's tab). */
  private static String withoutLaunch(String path) {
    return path.replaceAll("[?&]launch=[^&#]*", "").replaceFirst("^([^?]*)&", "$1?");
  }

  /** Someone else, with their own session, asks for the document: refused with {@code status}. */
  private void refused(Participant p, String path, int status) {
    HttpResponse<byte[]> r = follow(p, withoutLaunch(path));
    assertEquals(status, r.statusCode(), path + " as " + p.name + ": " + body(r));
    assertFalse(r.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
  }

  private static String body(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  void eachPageLinksItsPdfWithTheCodeItCarriesForThePartiesOnly() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Document pages scheme");
    Participant stranger = Participant.launch(lti, lti.learner(), "Dr Stranger Pages");
    String rel = r.path();
    String base = "/app/relationships/" + r.id();

    // The contract, signed by both: its page links the PDF with the code.
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
    String contractId = drafted.getJsonArray("contracts").getJsonObject(0).getString("id");
    r.mentee().ok("POST", rel + "/contract/" + contractId + "/sign", null);
    assertFalse(page(r.mentee(), base + "/contract").contains("contract.pdf"), "not yet signed");
    r.mentor().ok("POST", rel + "/contract/" + contractId + "/sign", null);

    String contractLink = null;
    for (Participant party : new Participant[] {r.mentee(), r.mentor()}) {
      String html = page(party, base + "/contract");
      contractLink = link(html, "/contract.pdf");
      String code = shownCode(html);
      pdfWithCode(party, contractLink, code);
      assertEquals(code, shownCode(page(party, base + "/contract")), "the same code again");
      pdfWithCode(party, contractLink, code);
    }
    refused(stranger, contractLink, 404);
    refused(r.lead(), contractLink, 404);
    assertEquals(404, stranger.browser.get(base + "/contract").status());

    // A signed-off session: its page links the record; a session not signed off does not.
    String sid = r.signedOffSession("1.5", 0);
    String recordLink = null;
    for (Participant party : new Participant[] {r.mentee(), r.mentor()}) {
      String html = page(party, base + "/sessions/" + sid);
      recordLink = link(html, "/record.pdf");
      assertTrue(recordLink.contains("/sessions/" + sid + "/record.pdf"), recordLink);
      assertTrue(
          pdfWithCode(party, recordLink, shownCode(html)).contains("SESSION-NOTES"),
          "the parties' own record");
    }
    refused(stranger, recordLink, 404);
    refused(r.lead(), recordLink, 404);
    assertEquals(404, stranger.browser.get(base + "/sessions/" + sid).status());

    // The CPD page: no credit yet, so no certificate, and it says why; the endpoint refuses.
    String noCredit = page(r.mentee(), "/app/cpd");
    assertFalse(noCredit.contains("/api/cpd/certificate.pdf"), noCredit);
    assertTrue(noCredit.contains("No certificate for"), noCredit);
    HttpResponse<byte[]> refusedCertificate = follow(r.mentee(), "/api/cpd/certificate.pdf");
    assertEquals(409, refusedCertificate.statusCode(), body(refusedCertificate));
    assertTrue(
        refusedCertificate
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        refusedCertificate.headers().toString());
    assertEquals(
        "NO_CPD_CREDIT",
        Participant.read(body(refusedCertificate)).asJsonObject().getString("code"));

    // Reflected and approved: the year's certificate is linked with its code.
    Scenarios.credit(r, r.mentee());
    String credited = page(r.mentee(), "/app/cpd");
    String certificateLink = link(credited, "/cpd/certificate.pdf");
    assertTrue(
        pdfWithCode(r.mentee(), certificateLink, shownCode(credited)).contains(r.mentee().name));
    // The mentor's own year still has no credit (no reflection): no certificate for them.
    assertTrue(page(r.mentor(), "/app/cpd").contains("No certificate for"));
    assertEquals(
        409, follow(r.mentor(), withoutLaunch(certificateLink)).statusCode(), "theirs, not hers");
  }
}
