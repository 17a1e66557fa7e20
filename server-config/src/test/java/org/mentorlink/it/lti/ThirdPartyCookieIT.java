package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.it.lti.LtiFixture.assertNoSession;
import static org.mentorlink.it.lti.LtiFixture.assertRefused;
import static org.mentorlink.it.lti.LtiFixture.json;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Flow;
import org.mentorlink.it.lti.sim.ToolBrowser.Pending;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * A browser that blocks third-party cookies in the platform's frame: the state cookie does not come
 * back, and the tool offers to continue in a new window with a single-use code. And a refresh of
 * the launch page after a successful launch.
 */
@ExtendWith(DatabasePass.class)
class ThirdPartyCookieIT {
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

  @Test
  void withoutTheStateCookieTheToolOffersANewWindowThatCompletesTheLaunch() {
    ToolBrowser browser = lti.browser();
    LaunchClaims claims = lti.learner();
    Pending pending = browser.begin(lti.platform, claims);
    pending.requireForm();
    assertTrue(browser.dropStateCookies() >= 1, "the state cookie was set, and is now blocked");

    Step handOff = browser.post(pending.form());
    assertEquals(200, handOff.status(), handOff::describe);
    assertTrue(handOff.body().contains("Open in a new window"), handOff::describe);
    assertTrue(handOff.body().contains("target=\"_blank\""), handOff::describe);
    assertTrue(
        handOff.body().contains("You will continue as")
            && handOff.body().contains("<strong>" + claims.name() + "</strong>"),
        () -> "the hand-off names whose account continues:\n" + handOff.describe());
    assertNoSession(browser, handOff);
    String link = continueLink(handOff);

    // The new window is first-party: its cookies work.
    Step cont = browser.get(link);
    assertEquals(303, cont.status(), cont::describe);
    URI location = cont.location().orElseThrow();
    assertEquals("/app", location.getPath(), cont::describe);
    assertTrue(location.getRawQuery().matches("launch=[A-Za-z0-9]{16}"), cont::describe);
    assertTrue(cont.setsCookie(ToolBrowser.SESSION_COOKIE), cont::describe);

    Step app = browser.follow(cont);
    assertEquals(200, app.status(), app::describe);
    assertTrue(app.body().contains(claims.name()), app::describe);
    Step me = browser.me();
    assertEquals(200, me.status(), me::describe);
    assertEquals(claims.name(), json(me).getString("name"));
  }

  @Test
  void withoutANameTheHandOffSaysTheAccountYouLaunchedWith() {
    ToolBrowser browser = lti.browser();
    Pending pending = browser.begin(lti.platform, lti.learner().withoutPersonalData());
    pending.requireForm();
    browser.dropStateCookies();
    Step handOff = browser.post(pending.form());
    assertEquals(200, handOff.status(), handOff::describe);
    assertTrue(handOff.body().contains("the account you launched with"), handOff::describe);
    assertFalse(handOff.body().contains("You will continue as"), handOff::describe);
  }

  @Test
  void theNameOnTheHandOffIsEscaped() {
    ToolBrowser browser = lti.browser();
    Pending pending = browser.begin(lti.platform, lti.learner().name("<b>Eve</b> O'Neill"));
    pending.requireForm();
    browser.dropStateCookies();
    Step handOff = browser.post(pending.form());
    assertFalse(handOff.body().contains("<b>Eve</b>"), handOff::describe);
    assertTrue(handOff.body().contains("&lt;b&gt;Eve&lt;/b&gt;"), handOff::describe);
  }

  @Test
  void theContinueCodeWorksOnce() {
    ToolBrowser browser = lti.browser();
    Pending pending = browser.begin(lti.platform, lti.learner());
    pending.requireForm();
    browser.dropStateCookies();
    String link = continueLink(browser.post(pending.form()));

    Step first = browser.get(link);
    assertEquals(303, first.status(), first::describe);

    ToolBrowser thief = lti.browser();
    assertRefused(thief, thief.get(link), 401, "HANDOFF_INVALID");
  }

  @Test
  void aMadeUpContinueCodeIsRefused() {
    ToolBrowser browser = lti.browser();
    assertRefused(
        browser, browser.get("/lti/continue?code=made-up-code-0123456789"), 401, "HANDOFF_INVALID");
  }

  @Test
  void refreshingTheLaunchAfterSuccessGoesBackToTheApp() {
    ToolBrowser browser = lti.browser();
    LaunchClaims claims = lti.instructor();
    Flow first = browser.launch(lti.platform, claims);
    first.requireLanded();

    // The browser re-POSTs the same form (F5 on the launch response).
    Step again = browser.post(first.pending().form());
    assertEquals(303, again.status(), again::describe);
    assertEquals("/app", again.location().orElseThrow().getPath(), again::describe);
    assertFalse(again.body().contains("STATE_UNKNOWN"), again::describe);
    Step app = browser.follow(again);
    assertEquals(200, app.status(), app::describe);
    assertEquals(200, browser.me().status());
    assertEquals(claims.name(), json(browser.me()).getString("name"));
  }

  private static String continueLink(Step handOff) {
    List<String> links = ToolBrowser.links(handOff.body());
    return links.stream()
        .filter(l -> l.startsWith("/lti/continue?code=") || l.contains("/lti/continue?code="))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("a /lti/continue?code= link:\n" + handOff.describe()));
  }
}
