package org.mentorlink.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.support.DatabasePass;
import org.openqa.selenium.By;

/**
 * The main path of each role through the real pages, each person in their own Chromium with the
 * tool in the platform's cross-site iframe: a teacher sets up the scheme (and becomes its lead),
 * makes a learner a mentor from the course's people, a mentee asks for a mentor through the intake
 * form, the lead screens the request and proposes the mentor, the mentor sees and accepts the
 * proposal, and the mentee confirms. axe-core (WCAG 2.2 AA) checks every page reached, error states
 * included; each role's main page is saved as a screenshot ({@code target/screenshots}).
 */
@ExtendWith({DatabasePass.class, ChromiumAvailable.class})
class MentoringBrowserIT {
  private static final String LEAD = "Dr Lena Lead";
  private static final String MENTOR = "Dr Maya Mentor";
  private static final String MENTEE = "Dr Tim Trainee";

  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    if (lti != null) {
      lti.close();
    }
  }

  private Chromium launch(LaunchClaims claims, String name) {
    Chromium browser = Chromium.start();
    try {
      browser.openCoursePage(
          lti.platform.coursePage(lti.base() + "/lti/login", claims.name(name), false));
      browser.awaitPath("/app");
      assertEquals("Welcome, " + name, browser.heading());
      return browser;
    } catch (RuntimeException | Error e) {
      browser.close();
      throw e;
    }
  }

  @Test
  void eachRolesMainPathThroughThePagesInsideThePlatform() {
    try (Chromium lead = launch(lti.instructor(), LEAD);
        Chromium mentor = launch(lti.learner(), MENTOR);
        Chromium mentee = launch(lti.learner(), MENTEE)) {

      // The lead sets up the scheme from the landing page's form (first with a mistake).
      assertTrue(lead.bodyText().contains("Set up mentoring for this course"), lead::bodyText);
      Axe.assertNoViolations(lead, "landing, set-up form");
      lead.type("name", "");
      lead.press("Set up mentoring");
      assertTrue(lead.bodyText().contains("There is a problem"), lead::bodyText);
      Axe.assertNoViolations(lead, "landing, set-up form with an error");
      lead.type("name", "Cardiology mentoring")
          .type("signpost-name-0", "Practitioner Health")
          .type("signpost-description-0", "Confidential support for doctors")
          .type("signpost-link-0", "https://www.practitionerhealth.nhs.uk/");
      lead.press("Set up mentoring").awaitPath("/app");
      assertTrue(lead.bodyText().contains("Run the scheme"), lead::bodyText);
      Axe.assertNoViolations(lead, "landing, lead");
      saved(lead.screenshot("lead-landing"));

      // ... and makes a learner of the course a mentor.
      lead.follow("Run the scheme").awaitPath("/app/coordinator");
      assertEquals("Run the scheme: Cardiology mentoring", lead.heading());
      Axe.assertNoViolations(lead, "coordinator dashboard");
      lead.follow("people").awaitPath("/app/coordinator/roster");
      Axe.assertNoViolations(lead, "roster");
      lead.clickAndWait(
          lead.driver()
              .findElement(
                  By.xpath(
                      "//tr[th[normalize-space()='"
                          + MENTOR
                          + "']]//button[contains(normalize-space(.), 'Make mentor')]")));
      lead.awaitPath("/app/coordinator/roster");
      String row =
          lead.driver()
              .findElement(By.xpath("//tr[th[normalize-space()='" + MENTOR + "']]"))
              .getText();
      assertTrue(row.contains("Mentor"), row);
      Axe.assertNoViolations(lead, "roster after making a mentor");

      // The mentee, back on the start page, asks for a mentor (first sending the form empty).
      mentee.go("/app").awaitPath("/app");
      Axe.assertNoViolations(mentee, "landing, learner, with a scheme");
      mentee.follow("My mentoring").awaitPath("/app/mentee");
      Axe.assertNoViolations(mentee, "mentee, no request yet");
      mentee.follow("Ask for a mentor").awaitPath("/app/mentee/request");
      Axe.assertNoViolations(mentee, "intake form");
      mentee.press("Send my request");
      assertTrue(mentee.bodyText().contains("There is a problem"), mentee::bodyText);
      Axe.assertNoViolations(mentee, "intake form with an error");
      mentee
          .check("help", "CAREER_DECISION")
          .check("help", "WORK_LIFE_BALANCE")
          .type("preferred-area", "Leeds")
          .check("modes", "VIDEO");
      mentee.press("Send my request").awaitPath("/app/mentee");
      assertTrue(
          mentee.bodyText().contains("A coordinator will read your request soon"),
          mentee::bodyText);
      Axe.assertNoViolations(mentee, "mentee, request sent");
      saved(mentee.screenshot("mentee"));

      // The lead screens the request and proposes the mentor.
      lead.follow("Back to running the scheme").awaitPath("/app/coordinator");
      assertTrue(lead.bodyText().contains("1 request is waiting"), lead::bodyText);
      saved(lead.screenshot("coordinator"));
      lead.follow("Requests to read").awaitPath("/app/coordinator/requests");
      Axe.assertNoViolations(lead, "requests to read");
      lead.follow(MENTEE);
      assertEquals("Request from " + MENTEE, lead.heading());
      Axe.assertNoViolations(lead, "a request, to screen");
      lead.press("Accept for matching");
      assertEquals("Find a mentor for " + MENTEE, lead.heading());
      Axe.assertNoViolations(lead, "matching, candidates");
      lead.clickAndWait(
          lead.driver()
              .findElement(
                  By.xpath(
                      "//li[contains(@class, 'candidate')][.//*[normalize-space()='"
                          + MENTOR
                          + "']]//button")));
      assertTrue(lead.bodyText().contains("Proposals so far"), lead::bodyText);
      Axe.assertNoViolations(lead, "matching, after proposing");

      // The mentor sees the proposal and accepts it.
      mentor.go("/app").awaitPath("/app");
      mentor.follow("Mentoring as a mentor").awaitPath("/app/mentor");
      assertTrue(mentor.bodyText().contains("Would you mentor " + MENTEE + "?"), mentor::bodyText);
      Axe.assertNoViolations(mentor, "mentor, a proposal to answer");
      saved(mentor.screenshot("mentor"));
      mentor.press("Accept " + MENTEE).awaitPath("/app/mentor");
      Axe.assertNoViolations(mentor, "mentor, after accepting");

      // The mentee confirms: the relationship starts.
      mentee.go("/app/mentee").awaitPath("/app/mentee");
      assertTrue(
          mentee.bodyText().contains(MENTOR + " has agreed to mentor you"), mentee::bodyText);
      Axe.assertNoViolations(mentee, "mentee, a mentor to confirm");
      mentee.press("Confirm " + MENTOR + " as my mentor");
      assertTrue(mentee.path().startsWith("/app/relationships/"), mentee::path);
      Axe.assertNoViolations(mentee, "relationship");
      saved(mentee.screenshot("relationship"));
      String relationship = mentee.path();
      String api = relationship.replace("/app/", "/api/");

      // A session held yesterday, recorded and signed off (through the API, from the pages'
      // own origin), earns both of them a CPD entry.
      String when =
          Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
      Map<String, Object> scheduled =
          post(
              mentor,
              "POST",
              api + "/sessions",
              "{\"scheduledAt\":\"" + when + "\",\"durationHours\":\"1\",\"mode\":\"VIDEO\"}");
      assertEquals(201L, ((Number) scheduled.get("status")).longValue(), scheduled::toString);
      String sid =
          Json.createReader(new StringReader((String) scheduled.get("body")))
              .readObject()
              .getJsonArray("sessions")
              .getJsonObject(0)
              .getString("id");
      String session = api + "/sessions/" + sid;
      assertEquals(200L, status(post(mentee, "PUT", session + "/record", "{\"notes\":\"Notes\"}")));
      assertEquals(200L, status(post(mentee, "POST", session + "/submit", null)));
      assertEquals(200L, status(post(mentor, "POST", session + "/sign-off", null)));

      // The CPD pages: the mentee's log, the mentor's (with the training form, and its errors),
      // and the coordinator's approval queue and CPD settings (with an error).
      mentee.go("/app").awaitPath("/app");
      mentee.follow("My CPD").awaitPath("/app/cpd");
      assertEquals("My CPD", mentee.heading());
      Axe.assertNoViolations(mentee, "CPD log, mentee");
      mentee.press("Save my reflection");
      assertTrue(mentee.bodyText().contains("There is a problem"), mentee::bodyText);
      Axe.assertNoViolations(mentee, "CPD log, reflection with an error");
      mentee
          .type(
              mentee
                  .driver()
                  .findElement(By.cssSelector("textarea[name='reflection']"))
                  .getAttribute("id"),
              "I learned to listen before advising.")
          .check("share", "yes");
      mentee.press("Save my reflection").awaitPath("/app/cpd");
      assertTrue(mentee.bodyText().contains("Your reflection is saved"), mentee::bodyText);
      Axe.assertNoViolations(mentee, "CPD log, reflected");
      saved(mentee.screenshot("cpd-log"));
      mentor.go("/app/cpd").awaitPath("/app/cpd");
      assertTrue(mentor.bodyText().contains("Log training or supervision"), mentor::bodyText);
      Axe.assertNoViolations(mentor, "CPD log, mentor");
      mentor.press("Log it");
      assertTrue(mentor.bodyText().contains("There is a problem"), mentor::bodyText);
      Axe.assertNoViolations(mentor, "CPD log, training form with errors");
      lead.go("/app/coordinator").awaitPath("/app/coordinator");
      lead.follow("CPD approvals").awaitPath("/app/coordinator/cpd");
      assertTrue(lead.bodyText().contains("I learned to listen before advising."), lead::bodyText);
      Axe.assertNoViolations(lead, "CPD approvals and settings");
      saved(lead.screenshot("cpd-approvals"));
      lead.type("yearly-target", "0");
      lead.press("Save CPD settings");
      assertTrue(lead.bodyText().contains("There is a problem"), lead::bodyText);
      Axe.assertNoViolations(lead, "CPD settings with an error");
    }
  }

  /** A JSON API call from the page's own origin, with the session's CSRF token. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> post(Chromium b, String method, String path, String json) {
    String csrf =
        Json.createReader(new StringReader((String) b.fetch("/api/me").get("body")))
            .readObject()
            .getString("csrfToken");
    return (Map<String, Object>)
        b.driver()
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {method: arguments[1], credentials: 'same-origin',"
                    + " headers: {'Content-Type': 'application/json', 'X-CSRF-Token': arguments[2],"
                    + " Accept: 'application/json'}, body: arguments[3]})"
                    + ".then(function (r) { return r.text().then(function (t) {"
                    + " done({status: r.status, body: t}); }); })"
                    + ".catch(function (e) { done({status: -1, body: String(e)}); });",
                path,
                method,
                csrf,
                json);
  }

  private static long status(Map<String, Object> answer) {
    return ((Number) answer.get("status")).longValue();
  }

  private static void saved(Path screenshot) {
    assertTrue(Files.isRegularFile(screenshot), screenshot::toString);
    System.out.println("[screenshot] " + screenshot);
  }
}
