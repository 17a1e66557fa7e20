package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.it.lti.LtiFixture.assertNoSession;
import static org.mentorlink.it.lti.LtiFixture.assertRefused;
import static org.mentorlink.it.lti.LtiFixture.json;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.LaunchForm;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * Platform storage (1EdTech "LTI Client Side postMessages") over HTTP, with no browser: what the
 * login page carries when the platform offers {@code lti_storage_target}, that the launch's first
 * post without a state cookie spends nothing and answers the page that reads the secret back, and
 * which re-posts of that page bind the launch — the login's own secret, from the tool's own origin
 * — and which are refused. The browser side is {@code PlatformStorageBrowserIT}.
 */
@ExtendWith(DatabasePass.class)
class PlatformStorageIT {
  private static final Pattern DATA =
      Pattern.compile("\\bdata-([a-z-]+)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

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

  /** A login that offered storage: the tool's page, its data, and the platform's form after it. */
  private record StoringLogin(Step page, Map<String, String> data, String cookieSecret, Step auth) {
    String state() {
      return param("state");
    }

    String param(String name) {
      return PlatformSimulator.parseForm(URI.create(data.get("auth-url")).getRawQuery()).get(name);
    }

    LaunchForm form() {
      return ToolBrowser.parseForm(auth.body(), auth.uri());
    }
  }

  private StoringLogin loginOfferingStorage(
      ToolBrowser browser, LaunchClaims claims, boolean byPost) {
    lti.platform.prepareLaunch(claims);
    Map<String, String> params = browser.loginParams(lti.platform, claims);
    params.put("lti_storage_target", "_parent");
    Step page = byPost ? browser.loginByPost(params) : browser.login(params);
    assertEquals(200, page.status(), page::describe);
    Map<String, String> data = data(page.body());
    String cookie =
        browser.cookies().stream()
            .filter(c -> c.name().startsWith(ToolBrowser.STATE_COOKIE_PREFIX))
            .reduce((a, b) -> b)
            .orElseThrow(
                () -> new AssertionError("the state cookie is set too:\n" + page.describe()))
            .value();
    Step auth = browser.get(data.get("auth-url"));
    assertEquals(200, auth.status(), auth::describe);
    return new StoringLogin(page, data, cookie, auth);
  }

  // ------------------------------------------------------------------ the login

  @Test
  void aLoginOfferingStorageAnswersAPageThatPutsTheBrowserSecretAndGoesOnToThePlatform() {
    for (boolean byPost : new boolean[] {false, true}) {
      ToolBrowser browser = lti.browser();
      StoringLogin login = loginOfferingStorage(browser, lti.learner(), byPost);
      Step page = login.page();
      String how = byPost ? "POST" : "GET";

      assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"), how);
      assertTrue(page.header("Cache-Control").orElse("").startsWith("no-store"), how);
      assertTrue(
          page.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'self' *"),
          () -> how + ": framed by any platform, like the new-window page:\n" + page.describe());
      assertTrue(page.body().contains("<script src=\"/static/lti-storage.js\"></script>"), how);

      Map<String, String> data = login.data();
      assertEquals("put", data.get("lti-storage"), how);
      assertEquals("_parent", data.get("target"), how);
      assertEquals(lti.platform.origin(), data.get("platform-origin"), how);
      assertEquals("mentorlink_state_" + login.state().substring(0, 12), data.get("key"), how);
      assertEquals(login.cookieSecret(), data.get("value"), how + ": the secret of the cookie");

      // The secret is in the page once, as the value put; the state and nonce are only in the
      // authentication URL, as in the redirect without storage.
      String secret = login.cookieSecret();
      assertEquals(1, occurrences(page.body(), secret), () -> how + ":\n" + page.body());
      assertNotEquals(secret, login.state());
      assertNotEquals(secret, login.param("nonce"));
      assertTrue(
          data.get("auth-url").startsWith(lti.platform.authUrl() + "?"), () -> data.toString());
      assertEquals(lti.base() + "/lti/launch", login.param("redirect_uri"), how);

      // The platform accepts the authentication request the page goes on to.
      assertTrue(lti.platform.authRequestWithState(login.state()).orElseThrow().valid(), how);
      assertEquals(login.state(), login.form().state(), how);
    }
  }

  @Test
  void aStorageTargetThatIsNoFrameNameIsIgnored() {
    for (String target :
        new String[] {"_top", "_self", "_blank", "two words", "f".repeat(65), "<b>", ""}) {
      ToolBrowser browser = lti.browser();
      LaunchClaims claims = lti.learner();
      Map<String, String> params = browser.loginParams(lti.platform, claims);
      params.put("lti_storage_target", target);
      Step login = browser.login(params);
      assertEquals(302, login.status(), () -> "'" + target + "':\n" + login.describe());
      assertFalse(login.body().contains("lti-storage"), login::describe);
    }
  }

  @Test
  void aLoginWithoutStorageStillRedirects() {
    ToolBrowser browser = lti.browser();
    Step login = browser.login(browser.loginParams(lti.platform, lti.learner()));
    assertEquals(302, login.status(), login::describe);
    assertTrue(login.setsCookie(c -> c.startsWith(ToolBrowser.STATE_COOKIE_PREFIX)));
  }

  // ------------------------------------------------------------------ the launch

  @Test
  void theFirstPostWithoutTheStateCookieSpendsNothingAndAsksForTheStoredSecret() {
    ToolBrowser browser = lti.browser();
    LaunchClaims claims = lti.learner();
    StoringLogin login = loginOfferingStorage(browser, claims, true);
    browser.dropStateCookies();

    for (int post = 1; post <= 2; post++) {
      int n = post;
      Step check = browser.post(login.form());
      assertEquals(200, check.status(), check::describe);
      Map<String, String> data = data(check.body());
      assertEquals("get", data.get("lti-storage"), () -> "post " + n + ":\n" + check.describe());
      assertEquals("_parent", data.get("target"));
      assertEquals(lti.platform.origin(), data.get("platform-origin"));
      assertEquals(login.data().get("key"), data.get("key"), "the key the login put");
      assertFalse(check.body().contains(login.cookieSecret()), "the page does not know the secret");
      assertTrue(check.header("Cache-Control").orElse("").startsWith("no-store"));
      Map<String, String> fields = fields(check.body());
      assertEquals(login.form().idToken(), fields.get("id_token"));
      assertEquals(login.state(), fields.get("state"));
      assertEquals("1", fields.get("lti_storage_checked"));
      assertEquals("", fields.get("lti_storage_secret"));
      assertNoSession(browser, check);
    }

    // Neither post spent the state nor the nonce: the page's re-post is the launch.
    Step launch = repost(browser, login, login.cookieSecret(), lti.base());
    assertEquals(303, launch.status(), launch::describe);
    URI checkUri = launch.location().orElseThrow();
    assertEquals("/lti/check", checkUri.getPath(), launch::describe);
    assertTrue(launch.setsCookie(ToolBrowser.SESSION_COOKIE), launch::describe);

    Step onward = browser.follow(launch);
    assertEquals(303, onward.status(), onward::describe);
    assertEquals("/app", onward.location().orElseThrow().getPath(), onward::describe);
    assertTrue(onward.location().orElseThrow().getRawQuery().matches("launch=[A-Za-z0-9]{16}"));
    Step app = browser.follow(onward);
    assertEquals(200, app.status(), app::describe);
    assertEquals(claims.name(), json(browser.me()).getString("name"));

    // The check's code is single use.
    assertRefused(lti.browser(), lti.browser().get(checkUri.toString()), 401, "HANDOFF_INVALID");
  }

  @Test
  void aForgedStoredSecretIsRefusedAndSpendsTheLaunch() {
    ToolBrowser browser = lti.browser();
    StoringLogin login = loginOfferingStorage(browser, lti.learner(), false);
    browser.dropStateCookies();

    Step forged = repost(browser, login, "forged-" + login.cookieSecret(), lti.base());
    assertRefused(browser, forged, 401, "STATE_NOT_BOUND");
    assertFalse(forged.body().contains("Open in a new window"), "refused, not handed off");

    Step again = repost(browser, login, login.cookieSecret(), lti.base());
    assertRefused(browser, again, 401, "STATE_UNKNOWN");
  }

  @Test
  void theRightSecretPostedFromAnotherPageThanTheToolsIsRefused() {
    // A page elsewhere that got the secret of a login of its own cannot post it as the tool's
    // page does: the browser sends the page's origin.
    for (String origin : new String[] {null, "null", "https://attacker.example", "platform"}) {
      ToolBrowser browser = lti.browser();
      StoringLogin login = loginOfferingStorage(browser, lti.learner(), false);
      browser.dropStateCookies();
      String from = "platform".equals(origin) ? lti.platform.origin() : origin;
      Step posted = repost(browser, login, login.cookieSecret(), from);
      assertRefused(browser, posted, 401, "STATE_NOT_BOUND");
    }
  }

  @Test
  void aSecretForALoginThatStoredNoneIsRefused() {
    ToolBrowser browser = lti.browser();
    var pending = browser.begin(lti.platform, lti.learner());
    String secret =
        browser.cookies().stream()
            .filter(c -> c.name().startsWith(ToolBrowser.STATE_COOKIE_PREFIX))
            .findFirst()
            .orElseThrow()
            .value();
    browser.dropStateCookies();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("id_token", pending.requireForm().idToken());
    form.put("state", pending.state());
    form.put("lti_storage_checked", "1");
    form.put("lti_storage_secret", secret);
    Step posted = browser.postForm("/lti/launch", form, Map.of("Origin", lti.base()));
    assertRefused(browser, posted, 401, "STATE_NOT_BOUND");
  }

  @Test
  void withoutTheSecretTheLaunchIsHandedOffToANewWindow() {
    ToolBrowser browser = lti.browser();
    LaunchClaims claims = lti.learner();
    StoringLogin login = loginOfferingStorage(browser, claims, false);
    browser.dropStateCookies();
    Step handOff = repost(browser, login, "", lti.base());
    assertEquals(200, handOff.status(), handOff::describe);
    assertTrue(handOff.body().contains("Open in a new window"), handOff::describe);
    assertTrue(handOff.body().contains("<strong>" + claims.name() + "</strong>"));
    assertNoSession(browser, handOff);
  }

  @Test
  void aBrowserHoldingAnotherLoginsStateCookieIsRefusedNotAskedForStorage() {
    ToolBrowser victim = lti.browser();
    victim.login(victim.loginParams(lti.platform, lti.learner())); // a login of its own
    ToolBrowser attacker = lti.browser();
    StoringLogin theirs = loginOfferingStorage(attacker, lti.learner(), false);

    Step post = victim.post(theirs.form());
    assertRefused(victim, post, 401, "STATE_NOT_BOUND");

    StoringLogin other = loginOfferingStorage(attacker, lti.learner(), false);
    Step withSecret = repost(victim, other, other.cookieSecret(), lti.base());
    assertRefused(victim, withSecret, 401, "STATE_NOT_BOUND");
  }

  @Test
  void whenTheSessionCookieDoesNotComeBackTheCheckOffersTheNewWindow() {
    ToolBrowser browser = lti.browser();
    LaunchClaims claims = lti.learner();
    StoringLogin login = loginOfferingStorage(browser, claims, false);
    browser.dropStateCookies();
    Step launch = repost(browser, login, login.cookieSecret(), lti.base());
    assertEquals(303, launch.status(), launch::describe);
    assertEquals(1, browser.dropCookie(ToolBrowser.SESSION_COOKIE), "the frame refuses it too");

    Step check = browser.follow(launch);
    assertEquals(200, check.status(), check::describe);
    assertTrue(check.body().contains("Open in a new window"), check::describe);
    assertTrue(
        check.body().contains("You will continue as")
            && check.body().contains("<strong>" + claims.name() + "</strong>"),
        check::describe);
    assertTrue(
        check.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'self' *"));
    assertNoSession(browser, check);

    String link =
        ToolBrowser.links(check.body()).stream()
            .filter(l -> l.startsWith("/lti/continue?code="))
            .findFirst()
            .orElseThrow(() -> new AssertionError(check.describe()));
    ToolBrowser window = lti.browser(); // a new, first-party window
    Step cont = window.get(link);
    assertEquals(303, cont.status(), cont::describe);
    assertTrue(cont.setsCookie(ToolBrowser.SESSION_COOKIE), cont::describe);
    assertEquals(200, window.follow(cont).status());
    assertEquals(claims.name(), json(window.me()).getString("name"));

    // The code is spent for the check too, and the frame's session (never held) is gone.
    assertRefused(
        browser, browser.get(launch.location().orElseThrow().toString()), 401, "HANDOFF_INVALID");
  }

  @Test
  void aMadeUpCheckCodeIsRefused() {
    ToolBrowser browser = lti.browser();
    assertRefused(
        browser, browser.get("/lti/check?code=made-up-0123456789"), 401, "HANDOFF_INVALID");
    assertRefused(browser, browser.get("/lti/check"), 401, "HANDOFF_INVALID");
  }

  // ------------------------------------------------------------------ helpers

  /**
   * The launch page's re-post: {@code secret} ("" as a page that got none), from {@code origin}.
   */
  private static Step repost(
      ToolBrowser browser, StoringLogin login, String secret, String origin) {
    LaunchForm f = login.form();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("id_token", f.idToken());
    form.put("state", f.state());
    form.put("lti_storage_checked", "1");
    form.put("lti_storage_secret", secret);
    return browser.postForm(f.action(), form, origin == null ? Map.of() : Map.of("Origin", origin));
  }

  private static Map<String, String> data(String html) {
    Matcher el = Pattern.compile("<p id=\"lti-storage\"[^>]*>").matcher(html);
    assertTrue(el.find(), () -> "the platform-storage element:\n" + html);
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = DATA.matcher(el.group());
    while (m.find()) {
      out.put(m.group(1), ToolBrowser.unescape(m.group(2)));
    }
    return out;
  }

  private static Map<String, String> fields(String html) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\"")
            .matcher(html);
    while (m.find()) {
      out.put(m.group(1), ToolBrowser.unescape(m.group(2)));
    }
    return out;
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
