package org.mentorlink.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentorlink.it.browser.Chromium.ThirdPartyCookies;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.support.DatabasePass;
import org.openqa.selenium.By;

/**
 * The LTI launch in a real browser: the simulator's course page on {@code http://127.0.0.1:<port>}
 * frames the tool on {@code http://localhost:<port>} — another site — and Chromium performs the
 * whole OIDC login, the platform's auto-submitting form, the launch and the landing page inside
 * that cross-site iframe, with the tool's {@code Partitioned} cookies. Also a launch in a window of
 * its own, the hand-off to a new window when the browser keeps the tool's cookies out of the frame,
 * and the error page a platform that never registered gets. Every tool page reached is checked with
 * axe-core at WCAG 2.2 AA.
 */
@ExtendWith({DatabasePass.class, ChromiumAvailable.class})
class LaunchBrowserIT {
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

  private String loginUrl() {
    return lti.base() + "/lti/login";
  }

  /**
   * DEFAULT: headless Chromium as installed, which blocks third-party cookies; BLOCKED: blocking
   * forced; ALLOWED: a browser set to allow them. The Partitioned cookies work in all three.
   */
  @ParameterizedTest(name = "third-party cookies {0}")
  @EnumSource(ThirdPartyCookies.class)
  void aLearnerAndAnInstructorLaunchInsideThePlatformsIframe(ThirdPartyCookies mode) {
    for (LaunchClaims claims : new LaunchClaims[] {lti.learner(), lti.instructor()}) {
      try (Chromium browser = Chromium.start(Chromium.options().thirdPartyCookies(mode))) {
        browser.openCoursePage(lti.platform.coursePage(loginUrl(), claims, false));
        browser.awaitPath("/app");
        assertEquals("Welcome, " + claims.name(), browser.heading());
        assertTrue(browser.bodyText().contains("Cardiology registrars"), browser::bodyText);

        // The browser is what the mode says: an ordinary (unpartitioned) cookie set in the frame
        // sticks only when third-party cookies are allowed.
        Object ordinaryCookieSticks =
            browser
                .driver()
                .executeScript(
                    "document.cookie = 'it_probe=1; Path=/; SameSite=None; Secure';"
                        + " return document.cookie.indexOf('it_probe=1') >= 0;");
        assertEquals(
            mode == ThirdPartyCookies.ALLOWED,
            ordinaryCookieSticks,
            "third-party cookies work in the frame only when allowed");

        // The session holds inside the frame: the page's own requests carry the cookie.
        JsonObject me = me(browser);
        assertEquals(claims.name(), me.getString("name"));
        assertEquals(claims.roles().get(0), me.getJsonArray("roles").getString(0));

        String role = claims.roles().get(0).endsWith("#Learner") ? "learner" : "instructor";
        Axe.assertNoViolations(browser, "landing page, " + role + ", 3p cookies " + mode);

        // The session cookie is partitioned by the platform's site: a window of the tool's own
        // does not see it.
        browser.driver().switchTo().defaultContent();
        browser.driver().get(lti.base() + "/");
        assertEquals(401, browser.fetchStatus("/api/me"), "no session outside the frame");
      }
    }
  }

  @Test
  void aLaunchInANewWindowIsFirstParty() {
    LaunchClaims claims = lti.instructor();
    try (Chromium browser = Chromium.start()) {
      browser.driver().get(lti.platform.coursePage(loginUrl(), claims, true));
      Set<String> before = browser.driver().getWindowHandles();
      browser.driver().findElement(By.id("tool-link")).click();
      browser.switchToNewWindow(before);
      browser.awaitPath("/app");
      assertEquals("Welcome, " + claims.name(), browser.heading());
      assertEquals(claims.name(), me(browser).getString("name"));
      Axe.assertNoViolations(browser, "landing page, new window");
    }
  }

  /**
   * A browser that keeps every cookie of the tool out of the platform's frame — Partitioned ones
   * too, as a user's or an administrator's setting can: the state cookie does not come back, the
   * tool offers a new window, and its link continues the session there.
   */
  @Test
  void whenTheToolsCookiesAreBlockedInTheFrameTheLaunchContinuesInANewWindow() {
    LaunchClaims claims = lti.learner();
    Chromium.Options options = Chromium.options().blockCookiesOf(lti.base(), lti.platform.origin());
    try (Chromium browser = Chromium.start(options)) {
      browser.openCoursePage(lti.platform.coursePage(loginUrl(), claims, false));
      browser.awaitPath("/lti/launch");
      assertEquals("Open Mentorlink in a new window", browser.heading());
      assertEquals(401, browser.fetchStatus("/api/me"), "no session inside the frame");
      Axe.assertNoViolations(browser, "new-window page (in the frame)");

      Set<String> before = browser.driver().getWindowHandles();
      browser.driver().findElement(By.linkText("Open in a new window")).click();
      browser.switchToNewWindow(before);
      browser.awaitPath("/app");
      assertEquals("Welcome, " + claims.name(), browser.heading());
      assertEquals(claims.name(), me(browser).getString("name"));
      Axe.assertNoViolations(browser, "landing page after the hand-off");
    }
  }

  @Test
  void aPlatformThatNeverRegisteredGetsAnErrorPageInItsFrame(TestInfo test) {
    try (PlatformSimulator stranger =
            PlatformSimulator.builder().path(LtiFixture.pathFor(test) + "-stranger").start();
        Chromium browser = Chromium.start()) {
      LaunchClaims claims = LaunchClaims.learner(stranger, lti.base());
      browser.openCoursePage(stranger.coursePage(loginUrl(), claims, false));
      browser.awaitPath("/lti/login").awaitHeading("Bad Request");
      assertTrue(browser.bodyText().contains("UNKNOWN_REGISTRATION"), browser::bodyText);
      assertTrue(stranger.authRequests().isEmpty(), "the tool sent no one to the stranger");
      Axe.assertNoViolations(browser, "LTI error page (in the frame)");
    }
  }

  /** The harness itself: axe sees into the cross-site frame, and a violation there fails. */
  @Test
  void axeReportsAViolationInsideTheCrossSiteFrame() {
    try (Chromium browser = Chromium.start()) {
      browser.openCoursePage(lti.platform.coursePage(loginUrl(), lti.learner(), false));
      browser.awaitPath("/app");
      browser
          .driver()
          .executeScript(
              "document.querySelector('main').insertAdjacentHTML('beforeend',"
                  + " '<img id=\"it-no-alt\" src=\"/static/logo.svg\">')");
      Results r = Axe.analyze(browser);
      Rule imageAlt =
          r.getViolations().stream()
              .filter(v -> v.getId().equals("image-alt"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("axe missed the image without alt text"));
      String target = String.valueOf(imageAlt.getNodes().get(0).getTarget());
      assertTrue(target.contains("#tool") && target.contains("#it-no-alt"), target);
      AssertionError failure =
          assertThrows(AssertionError.class, () -> Axe.assertNoViolations(browser, "self-test"));
      assertTrue(failure.getMessage().contains("image-alt"), failure::getMessage);
    }
  }

  private static JsonObject me(Chromium browser) {
    Map<String, Object> r = browser.fetch("/api/me");
    assertEquals(200, ((Number) r.get("status")).intValue(), () -> "/api/me: " + r);
    return Json.createReader(new StringReader((String) r.get("body"))).readObject();
  }
}
