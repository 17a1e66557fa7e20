package org.mentorlink.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * No typed work lost: a form refused because its token went stale (as after a lunch break) keeps
 * what was typed in the browser tab, and the same form offers it back after the next launch; a form
 * that was saved forgets it. Pages carry their session's end, and warn before it.
 */
@ExtendWith({DatabasePass.class, ChromiumAvailable.class})
class TypedWorkBrowserIT {
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

  private Chromium launch(Chromium browser, LaunchClaims claims, String name) {
    browser.openCoursePage(
        lti.platform.coursePage(lti.base() + "/lti/login", claims.name(name), false));
    browser.awaitPath("/app");
    return browser;
  }

  @Test
  void aRefusedFormKeepsWhatWasTypedAndOffersItBackAfterTheNextLaunch() {
    try (Chromium lead = launch(Chromium.start(), lti.instructor(), "Dr Lena Lead");
        Chromium mentee = Chromium.start()) {
      lead.type("name", "Typed work scheme").press("Set up mentoring").awaitPath("/app");
      launch(mentee, lti.learner(), "Dr Tim Trainee");
      long expires =
          Long.parseLong(
              mentee.driver().findElement(By.tagName("body")).getAttribute("data-session-expires"));
      assertTrue(expires > System.currentTimeMillis(), "the page knows when its session ends");

      mentee.go("/app/mentee/request").awaitPath("/app/mentee/request");
      String notes = "A long note written before lunch,\nwith two lines.";
      mentee.type("other-details", notes).type("preferred-area", "Leeds");
      // The token goes stale (the session behind it is gone): the post is refused.
      mentee
          .driver()
          .executeScript("document.querySelector('input[name=csrf]').value = 'stale-token';");
      mentee.press("Send my request");
      assertTrue(mentee.bodyText().contains("CSRF_TOKEN_INVALID"), mentee::bodyText);

      // The next launch, then the same form: it offers the text back, only on request.
      launch(mentee, lti.learner(), "Dr Tim Trainee");
      mentee.go("/app/mentee/request").awaitPath("/app/mentee/request");
      mentee.await(d -> !d.findElements(By.className("app-draft")).isEmpty(), "the offer");
      assertEquals("", mentee.driver().findElement(By.id("other-details")).getAttribute("value"));
      Axe.assertNoViolations(mentee, "intake form, offering typed work back");
      mentee
          .driver()
          .findElement(By.xpath("//button[normalize-space()='Put back what I typed']"))
          .click();
      assertEquals(
          notes.replace("\n", ""),
          mentee
              .driver()
              .findElement(By.id("other-details"))
              .getAttribute("value")
              .replace("\n", ""));
      assertEquals(
          "Leeds", mentee.driver().findElement(By.id("preferred-area")).getAttribute("value"));

      // Saved now: the draft is forgotten, and the form offers nothing next time.
      mentee.check("help", "CAREER_DECISION").press("Send my request").awaitPath("/app/mentee");
      assertTrue(mentee.bodyText().contains("Your request is sent"), mentee::bodyText);
      Object drafts =
          mentee
              .driver()
              .executeScript(
                  "return Object.keys(sessionStorage)"
                      + ".filter(function (k) { return k.indexOf('mentorlink.draft:') === 0; }).length;");
      assertEquals(0L, ((Number) drafts).longValue(), "a saved form keeps no draft");
    }
  }
}
