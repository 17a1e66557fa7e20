package org.mentorlink.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.PlatformSimulator.Storage;
import org.mentorlink.it.support.DatabasePass;
import org.openqa.selenium.By;

/**
 * Platform storage (1EdTech "LTI Client Side postMessages") in a real browser: the simulator's
 * course page on {@code http://127.0.0.1:<port>} offers {@code lti_storage_target=_parent} and
 * answers {@code lti.put_data} / {@code lti.get_data} itself, as Canvas does; the tool is framed
 * from {@code http://localhost:<port>}. The browser's cookies are cleared (ChromeDriver's CDP)
 * after the login page has put its secret, so the state cookie is gone when the platform posts the
 * launch: the launch must still complete inside the frame, bound by the secret the tool's page read
 * back. A platform that answers with another value gets a refusal; one that never answers, the
 * new-window hand-off; and a browser that refuses the tool's session cookie in the frame too, the
 * new window after a launch bound by storage.
 */
@ExtendWith({DatabasePass.class, ChromiumAvailable.class})
class PlatformStorageBrowserIT {
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

  @Test
  void withTheStateCookieGoneTheLaunchCompletesInsideTheFrameThroughPlatformStorage() {
    LaunchClaims claims = lti.learner();
    try (Chromium browser = Chromium.start()) {
      openAndClearCookiesAfterThePut(browser, claims, Storage.ANSWER);

      browser.enterToolFrame();
      browser.awaitPath("/app");
      assertEquals("Welcome, " + claims.name(), browser.heading());
      JsonObject me = me(browser);
      assertEquals(claims.name(), me.getString("name"));

      List<Map<String, Object>> received = received(browser);
      assertEquals(
          List.of("lti.put_data", "lti.get_data"),
          received.stream().map(m -> m.get("subject")).toList(),
          received::toString);
      Map<String, Object> put = received.get(0);
      Map<String, Object> get = received.get(1);
      for (Map<String, Object> m : received) {
        assertEquals(lti.base(), m.get("origin"), "from the tool's origin: " + m);
        assertTrue(String.valueOf(m.get("key")).startsWith("mentorlink_state_"), m::toString);
        assertNotNull(m.get("message_id"), m::toString);
      }
      assertEquals(put.get("key"), get.get("key"), "read back under the key it was put");
      assertTrue(String.valueOf(put.get("value")).length() >= 40, put::toString);
      assertFalse(get.containsKey("value") && get.get("value") != null, get::toString);
      Axe.assertNoViolations(browser, "landing page after a launch bound by platform storage");
    }
  }

  /**
   * The tool reads only the answer to its own message from the platform's origin: forged answers
   * from another origin, or for another message, arrive first and are ignored.
   */
  @Test
  void forgedAnswersFromAnotherOriginOrForAnotherMessageAreIgnored() {
    LaunchClaims claims = lti.learner();
    try (Chromium browser = Chromium.start()) {
      openAndClearCookiesAfterThePut(browser, claims, Storage.FORGED_FIRST);
      browser.enterToolFrame();
      browser.awaitPath("/app");
      assertEquals("Welcome, " + claims.name(), browser.heading());
      assertEquals(claims.name(), me(browser).getString("name"));
      assertEquals(Boolean.TRUE, atTop(browser, "return window.ltiStorage.forgeriesSent === true"));
    }
  }

  @Test
  void aPlatformThatAnswersAnotherValueGetsARefusalAndNoSession() {
    try (Chromium browser = Chromium.start()) {
      openAndClearCookiesAfterThePut(browser, lti.learner(), Storage.WRONG_VALUE);

      browser.enterToolFrame();
      browser.awaitPath("/lti/launch");
      browser.awaitHeading("Unauthorized");
      assertTrue(browser.bodyText().contains("STATE_NOT_BOUND"), browser::bodyText);
      assertFalse(browser.bodyText().contains("Open in a new window"), browser::bodyText);
      assertEquals(401, browser.fetchStatus("/api/me"), "no session inside the frame");
      assertEquals(
          List.of("lti.put_data", "lti.get_data"),
          received(browser).stream().map(m -> m.get("subject")).toList());
    }
  }

  @Test
  void aPlatformThatNeverAnswersLeavesTheNewWindowHandOff() {
    LaunchClaims claims = lti.learner();
    try (Chromium browser = Chromium.start()) {
      openAndClearCookiesAfterThePut(browser, claims, Storage.SILENT_GET);

      browser.enterToolFrame();
      browser.awaitPath("/lti/launch");
      assertEquals("Open Mentorlink in a new window", browser.awaitHeading("new window"));
      assertTrue(browser.bodyText().contains(claims.name()), browser::bodyText);
      assertEquals(401, browser.fetchStatus("/api/me"), "no session inside the frame");

      Set<String> before = browser.driver().getWindowHandles();
      browser.driver().findElement(By.linkText("Open in a new window")).click();
      browser.switchToNewWindow(before);
      browser.awaitPath("/app");
      assertEquals("Welcome, " + claims.name(), browser.heading());
    }
  }

  /**
   * Every cookie of the tool refused in the frame, Partitioned ones too: the state cookie never
   * comes back, platform storage binds the launch, but the session cookie does not come back either
   * — the check offers the new window, whose link continues the session there.
   */
  @Test
  void whenTheSessionCookieIsRefusedTooTheLaunchBoundByStorageContinuesInANewWindow() {
    LaunchClaims claims = lti.learner();
    Chromium.Options options = Chromium.options().blockCookiesOf(lti.base(), lti.platform.origin());
    try (Chromium browser = Chromium.start(options)) {
      browser.openCoursePage(lti.platform.coursePage(loginUrl(), claims, Storage.ANSWER, false));
      browser.awaitPath("/lti/check");
      assertEquals("Open Mentorlink in a new window", browser.awaitHeading("new window"));
      assertEquals(401, browser.fetchStatus("/api/me"), "no session inside the frame");
      assertEquals(
          List.of("lti.put_data", "lti.get_data"),
          received(browser).stream().map(m -> m.get("subject")).toList());
      Axe.assertNoViolations(browser, "new-window page after the session-cookie check");

      Set<String> before = browser.driver().getWindowHandles();
      browser.driver().findElement(By.linkText("Open in a new window")).click();
      browser.switchToNewWindow(before);
      browser.awaitPath("/app");
      assertEquals("Welcome, " + claims.name(), browser.heading());
      assertEquals(claims.name(), me(browser).getString("name"));
    }
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Opens the course page offering storage (its put_data answer held), waits until the tool's login
   * page has put its secret, clears every cookie of the browser — the state cookie with them —
   * while the page still waits for the answer, and lets the platform answer.
   */
  private void openAndClearCookiesAfterThePut(
      Chromium browser, LaunchClaims claims, Storage storage) {
    browser.openCoursePage(lti.platform.coursePage(loginUrl(), claims, storage, true));
    browser.await(
        d -> received(browser).stream().anyMatch(m -> "lti.put_data".equals(m.get("subject"))),
        "the tool's lti.put_data at the course page");
    assertTrue(stateCookies(browser) >= 1, "the login set its state cookie");

    browser.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
    assertEquals(0, stateCookies(browser), "the state cookie is gone");

    // The login page is still waiting for the answer: nothing has reached the launch yet.
    assertEquals("/lti/login", browser.path(), "the put_data answer was still held");
    assertTrue(lti.platform.authRequests().isEmpty(), "no authentication request yet");
    atTop(browser, "window.ltiStorage.release()");
  }

  /** The tool's state cookies in the whole browser (partitioned or not), by CDP. */
  @SuppressWarnings("unchecked")
  private static long stateCookies(Chromium browser) {
    Map<String, Object> all = browser.driver().executeCdpCommand("Storage.getCookies", Map.of());
    List<Map<String, Object>> cookies = (List<Map<String, Object>>) all.get("cookies");
    return cookies.stream().filter(c -> String.valueOf(c.get("name")).startsWith("mlst_")).count();
  }

  /** What the course page's platform storage received, oldest first. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> received(Chromium browser) {
    Object r = atTop(browser, "return window.ltiStorage ? window.ltiStorage.received : null");
    return r == null ? List.of() : (List<Map<String, Object>>) r;
  }

  /**
   * Runs {@code script} in the course page (the top document); the browser is put back into the
   * tool's frame if it was.
   */
  private static Object atTop(Chromium browser, String script) {
    boolean inFrame = browser.inToolFrame();
    browser.driver().switchTo().defaultContent();
    try {
      return browser.driver().executeScript(script);
    } finally {
      if (inFrame) {
        browser.enterToolFrame();
      }
    }
  }

  private static JsonObject me(Chromium browser) {
    Map<String, Object> r = browser.fetch("/api/me");
    assertEquals(200, ((Number) r.get("status")).intValue(), () -> "/api/me: " + r);
    return Json.createReader(new StringReader((String) r.get("body"))).readObject();
  }
}
