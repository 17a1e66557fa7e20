package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.it.lti.LtiFixture.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.Lti;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Flow;
import org.mentorlink.it.lti.sim.ToolBrowser.Pending;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/** Valid LTI 1.3 launches from a Moodle-like platform: login, launch, landing page, /api/me. */
@ExtendWith(DatabasePass.class)
class LaunchIT {
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

  // ------------------------------------------------------------------ who launches

  @Test
  void learnerLandsAsMentee() {
    LaunchClaims claims = lti.learner();
    JsonObject me = landsAs(claims, Set.of("mentee"), "Mentee");
    assertEquals(claims.name(), me.getString("name"));
  }

  @Test
  void instructorLandsAsInstructor() {
    landsAs(lti.instructor(), Set.of("instructor"), "Instructor");
  }

  @Test
  void siteAdministratorWithoutACourseRoleGetsNoCoursePowers() {
    // Moodle sends institution and system Administrator for every site administrator: they are
    // not course membership roles, so they open no lead or coordinator powers.
    LaunchClaims claims = lti.administrator();
    assertEquals(List.of(Lti.INSTITUTION_ADMINISTRATOR, Lti.SYSTEM_ADMINISTRATOR), claims.roles());
    landsAs(claims, Set.of(), "No role");
  }

  @Test
  void siteAdministratorTeachingTheCourseIsAnInstructor() {
    landsAs(
        lti.withRoles(Lti.INSTRUCTOR, Lti.INSTITUTION_ADMINISTRATOR).name("Ada Admin"),
        Set.of("instructor"),
        "Instructor");
  }

  @Test
  void membershipAdministratorAndTeachingAssistantAreInstructors() {
    landsAs(
        lti.withRoles(Lti.MEMBERSHIP_ADMINISTRATOR).name("Ida Admin"),
        Set.of("instructor"),
        "Instructor");
    landsAs(
        lti.withRoles(Lti.TEACHING_ASSISTANT).name("Tom Assistant"),
        Set.of("instructor"),
        "Instructor");
  }

  @Test
  void severalRolesAreAllShown() {
    LaunchClaims claims =
        lti.withRoles(Lti.LEARNER, Lti.MENTOR, Lti.TEACHING_ASSISTANT).name("Sam Several");
    landsAs(claims, Set.of("mentee", "mentor", "instructor"), "Mentee", "Mentor", "Instructor");
  }

  @Test
  void anUnknownRoleAloneGivesNoToolRole() {
    landsAs(lti.withRoles(Lti.UNKNOWN_ROLE).name("Una Known"), Set.of(), "No role");
  }

  @Test
  void anEmptyRolesArrayLaunchesWithNoToolRole() {
    LaunchClaims claims = lti.withRoles().name("Eno Roles");
    assertEquals(List.of(), claims.roles());
    landsAs(claims, Set.of(), "No role");
  }

  @Test
  void withoutNameOrEmailTheParticipantIsUnnamed() {
    LaunchClaims claims = lti.learner().withoutPersonalData();
    ToolBrowser browser = lti.browser();
    Step app = browser.launch(lti.platform, claims).requireLanded();
    assertTrue(app.body().contains("Unnamed participant"), app::describe);
    Step me = browser.me();
    assertEquals(200, me.status(), me::describe);
    JsonObject json = json(me);
    assertTrue(!json.containsKey("name") || json.isNull("name"), me.body());
    assertEquals(List.of(Lti.LEARNER), strings(json.getJsonArray("roles")));
  }

  @Test
  void nameAndContextTitleAreEscapedOnThePage() {
    String name = "Eve <script>alert(1)</script> Ng";
    String title = "Cardiology & <b>Registrars</b>";
    LaunchClaims claims = lti.learner().name(name).contextTitle(title);
    ToolBrowser browser = lti.browser();
    Step app = browser.launch(lti.platform, claims).requireLanded();
    assertTrue(
        app.body().contains("Eve &lt;script&gt;alert(1)&lt;/script&gt; Ng"),
        () -> "escaped name:\n" + app.describe());
    assertFalse(app.body().contains("<script>alert(1)"), () -> "no raw script:\n" + app.describe());
    assertTrue(
        app.body().contains("Cardiology &amp; &lt;b&gt;Registrars&lt;/b&gt;"),
        () -> "escaped title:\n" + app.describe());
    assertFalse(app.body().contains("<b>Registrars"), app::describe);

    JsonObject me = json(browser.me());
    assertEquals(name, me.getString("name"), "the API returns the name as sent");
    assertEquals(title, me.getJsonObject("context").getString("title"));
  }

  @Test
  void aPlatformWhoseClockIs45SecondsAheadIsAccepted() {
    // Moodle dates its id_tokens 60 s; real platforms' clocks drift. The default leeway is 60 s.
    Instant platformNow = Instant.now().plusSeconds(45);
    lti.browser()
        .launch(
            lti.platform,
            lti.learner().issuedAt(platformNow).expiresAt(platformNow.plusSeconds(60)))
        .requireLanded();
  }

  @Test
  void aTokenThatExpired45SecondsAgoByOurClockIsAccepted() {
    // A platform clock 105 s behind: its 60 s lifetime ran out 45 s ago by ours.
    Instant platformNow = Instant.now().minusSeconds(105);
    lti.browser()
        .launch(
            lti.platform,
            lti.learner().issuedAt(platformNow).expiresAt(platformNow.plusSeconds(60)))
        .requireLanded();
  }

  @Test
  void relaunchingAsTheSamePersonWorks() {
    LaunchClaims claims = lti.instructor();
    landsAs(claims, Set.of("instructor"), "Instructor");
    LaunchClaims again = claims.copy().loginHint(claims.loginHint() + "-again");
    landsAs(again, Set.of("instructor"), "Instructor");
  }

  // ------------------------------------------------------------------ the protocol

  @Test
  void loginRedirectsToThePlatformWithTheOidcParametersAndAStateCookie() {
    LaunchClaims claims = lti.learner();
    ToolBrowser browser = lti.browser();
    Pending pending = browser.begin(lti.platform, claims);
    Step login = pending.login();
    assertEquals(302, login.status(), login::describe);
    URI location = login.location().orElseThrow();
    assertEquals(
        lti.platform.authUrl(),
        location.getScheme() + "://" + location.getRawAuthority() + location.getRawPath(),
        "redirected to the registration's authLoginUrl");

    Map<String, String> auth = pending.authParams();
    assertEquals("openid", auth.get("scope"));
    assertEquals("id_token", auth.get("response_type"));
    assertEquals("form_post", auth.get("response_mode"));
    assertEquals("none", auth.get("prompt"));
    assertEquals(lti.platform.clientId(), auth.get("client_id"));
    assertEquals(lti.base() + "/lti/launch", auth.get("redirect_uri"));
    assertEquals(claims.loginHint(), auth.get("login_hint"));
    assertEquals(
        claims.messageHint(), auth.get("lti_message_hint"), "lti_message_hint byte for byte");
    String state = pending.state();
    assertNotNull(state, "state");
    assertTrue(state.length() >= 16, "a long state: " + state);
    assertNotNull(pending.nonce(), "nonce");
    assertTrue(pending.nonce().length() >= 16, "a long nonce");

    String cookieName = ToolBrowser.STATE_COOKIE_PREFIX + state.substring(0, 12);
    String setCookie =
        login
            .setCookie(cookieName)
            .orElseThrow(
                () -> new AssertionError("state cookie " + cookieName + ":\n" + login.describe()));
    Map<String, String> attrs = cookieAttributes(setCookie);
    assertEquals("/lti", attrs.get("path"), setCookie);
    assertEquals("600", attrs.get("max-age"), setCookie);
    assertTrue(attrs.containsKey("secure"), setCookie);
    assertTrue(attrs.containsKey("httponly"), setCookie);
    assertEquals("none", attrs.getOrDefault("samesite", "").toLowerCase(Locale.ROOT), setCookie);
    assertTrue(attrs.containsKey("partitioned"), setCookie);
    String secret = browser.cookie(cookieName).orElseThrow();
    assertFalse(location.toString().contains(secret), "the cookie secret is not in the URL");

    PlatformSimulator.AuthRequest recorded = lti.platform.authRequestWithState(state).orElseThrow();
    assertTrue(recorded.valid(), () -> "the platform accepted: " + recorded.problems());
    assertEquals("GET", recorded.method());

    browser.complete(pending).requireLanded();
  }

  @Test
  void loginByPostWorksToo() {
    LaunchClaims claims = lti.learner();
    ToolBrowser browser = lti.browser();
    lti.platform.prepareLaunch(claims);
    Map<String, String> params = browser.loginParams(lti.platform, claims);
    Step login = browser.loginByPost(params);
    assertEquals(302, login.status(), login::describe);
    Pending pending = browser.continueLogin(params, login);
    browser.complete(pending).requireLanded();
  }

  @Test
  void nonAsciiHintsSentByGetAreEchoedToThePlatformByteForByte() {
    nonAsciiHintsAreEchoed(false);
  }

  @Test
  void nonAsciiHintsSentByPostAreEchoedToThePlatformByteForByte() {
    // A urlencoded body without a charset: Liberty would decode it as ISO-8859-1.
    nonAsciiHintsAreEchoed(true);
  }

  private void nonAsciiHintsAreEchoed(boolean byPost) {
    LaunchClaims claims = lti.learner();
    claims
        .loginHint("zoë-ßøñ-日本-🙂-" + claims.loginHint())
        .messageHint("{\"cmid\":7,\"title\":\"Mentoría — café ☕\",\"who\":\"Zoë Ashworth\"}");
    ToolBrowser browser = lti.browser();
    lti.platform.prepareLaunch(claims);
    Map<String, String> params = browser.loginParams(lti.platform, claims);
    Step login = byPost ? browser.loginByPost(params) : browser.login(params);
    assertEquals(302, login.status(), login::describe);
    Pending pending = browser.continueLogin(params, login);
    PlatformSimulator.AuthRequest recorded =
        lti.platform.authRequestWithState(pending.state()).orElseThrow();
    assertEquals(claims.loginHint(), recorded.param("login_hint"), "login_hint byte for byte");
    assertEquals(
        claims.messageHint(), recorded.param("lti_message_hint"), "lti_message_hint byte for byte");
    assertTrue(recorded.valid(), () -> "the platform accepted: " + recorded.problems());
    browser.complete(pending).requireLanded();
  }

  @Test
  void loginWithoutOptionalParametersWorks() {
    LaunchClaims claims = lti.learner().messageHint(null);
    ToolBrowser browser = lti.browser();
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("client_id", null);
    overrides.put("lti_deployment_id", null);
    Pending pending = browser.begin(lti.platform, claims, null, overrides);
    assertEquals(302, pending.login().status(), pending::describe);
    assertEquals(null, pending.authParams().get("lti_message_hint"));
    browser.complete(pending).requireLanded();
  }

  @Test
  void theSessionCookieIsSecureAndNoTokenTravelsInAUrl() {
    ToolBrowser browser = lti.browser();
    Flow flow = browser.launch(lti.platform, lti.learner());
    flow.requireLanded();
    Step launch = flow.launch();
    URI location = launch.location().orElseThrow();
    assertEquals("/app", location.getPath(), launch::describe);
    // Only the launch's handle, which is no secret (useless without the session cookie).
    assertTrue(
        location.getRawQuery().matches("launch=[A-Za-z0-9]{16}"),
        () -> "nothing but the launch handle in the query:\n" + launch.describe());
    assertNull(location.getRawFragment(), launch::describe);

    String setCookie = launch.setCookie(ToolBrowser.SESSION_COOKIE).orElseThrow();
    Map<String, String> attrs = cookieAttributes(setCookie);
    assertEquals("/", attrs.get("path"), setCookie);
    assertTrue(attrs.containsKey("secure"), setCookie);
    assertTrue(attrs.containsKey("httponly"), setCookie);
    assertEquals("none", attrs.getOrDefault("samesite", "").toLowerCase(Locale.ROOT), setCookie);
    assertTrue(attrs.containsKey("partitioned"), setCookie);

    String session = browser.cookie(ToolBrowser.SESSION_COOKIE).orElseThrow();
    assertTrue(session.length() >= 20, "a long session secret");
    assertFalse(session.equals(flow.pending().state()), "the session is not the state");
    for (Step s : List.of(flow.pending().login(), launch, flow.app())) {
      String loc = s.header("Location").orElse("");
      assertFalse(loc.contains(session), "no session in a Location: " + loc);
      assertFalse(loc.contains(flow.pending().form().idToken()), "no id_token in a Location");
    }
    assertFalse(flow.app().uri().toString().contains(session));
  }

  @Test
  void theLandingPageMayBeFramedByThePlatformOnlyAndIsNotCached() {
    Step app = lti.browser().launch(lti.platform, lti.learner()).requireLanded();
    assertTrue(app.header("Content-Type").orElse("").startsWith("text/html"), app::describe);
    String csp = app.header("Content-Security-Policy").orElse("");
    String ancestors = directive(csp, "frame-ancestors");
    assertTrue(ancestors.contains("'self'"), csp);
    assertTrue(
        ancestors.contains(lti.platform.origin()), () -> lti.platform.origin() + " in " + csp);
    assertFalse(ancestors.contains("*"), csp);
    assertEquals("nosniff", app.header("X-Content-Type-Options").orElse(""));
    assertTrue(app.header("Referrer-Policy").isPresent(), app::describe);
    assertTrue(app.header("Cache-Control").orElse("").contains("no-store"), app::describe);
  }

  @Test
  void apiMeWithoutASessionIs401() {
    ToolBrowser stranger = lti.browser();
    Step me = stranger.me();
    assertEquals(401, me.status(), me::describe);
    assertTrue(
        me.header("Content-Type").orElse("").startsWith("application/problem+json"), me::describe);
    assertEquals("NOT_AUTHENTICATED", json(me).getString("code"));

    ToolBrowser forged = lti.browser();
    forged.putCookie(
        "localhost", ToolBrowser.SESSION_COOKIE, "forged-session-value-0123456789", "/");
    assertEquals(401, forged.me().status(), "a made-up session cookie is no session");
  }

  @Test
  void sessionsBelongToTheirBrowser() {
    ToolBrowser ada = lti.browser();
    ToolBrowser grace = lti.browser();
    LaunchClaims learner = lti.learner();
    LaunchClaims instructor = lti.instructor();
    ada.launch(lti.platform, learner).requireLanded();
    grace.launch(lti.platform, instructor).requireLanded();
    assertEquals(learner.name(), json(ada.me()).getString("name"));
    assertEquals(instructor.name(), json(grace.me()).getString("name"));
  }

  // ------------------------------------------------------------------ helpers

  /** Launches, checks the landing page and /api/me against the claims; returns /api/me. */
  private JsonObject landsAs(LaunchClaims claims, Set<String> toolRoles, String... words) {
    ToolBrowser browser = lti.browser();
    Flow flow = browser.launch(lti.platform, claims);
    Step app = flow.requireLanded();
    for (String word : words) {
      assertTrue(
          app.body().contains(word), () -> "the page shows " + word + ":\n" + app.describe());
    }
    if (!toolRoles.isEmpty()) {
      assertFalse(app.body().contains("No role"), app::describe);
    }
    String title = (String) claims.member(Lti.CONTEXT, "title");
    assertTrue(
        app.body().contains(title), () -> "the page shows the context title:\n" + app.describe());
    if (claims.name() != null) {
      assertTrue(
          app.body().contains(claims.name()), () -> "the page shows the name:\n" + app.describe());
    }

    Step meStep = browser.me();
    assertEquals(200, meStep.status(), meStep::describe);
    assertTrue(
        meStep.header("Content-Type").orElse("").startsWith("application/json"), meStep::describe);
    JsonObject me = json(meStep);
    if (claims.name() != null) {
      assertEquals(claims.name(), me.getString("name"), meStep.body());
    }
    assertEquals(claims.roles(), strings(me.getJsonArray("roles")), "roles as sent");
    assertEquals(toolRoles, new HashSet<>(strings(me.getJsonArray("toolRoles"))), meStep.body());
    JsonObject context = me.getJsonObject("context");
    assertEquals(claims.member(Lti.CONTEXT, "id"), context.getString("id"));
    assertEquals(title, context.getString("title"));
    assertEquals(claims.member(Lti.CONTEXT, "label"), context.getString("label"));
    JsonObject registration = me.getJsonObject("registration");
    assertEquals(lti.platform.issuer(), registration.getString("issuer"));
    assertEquals(lti.platform.clientId(), registration.getString("clientId"));
    return me;
  }

  static List<String> strings(JsonArray array) {
    return array.stream()
        .map(
            v ->
                v.getValueType() == JsonValue.ValueType.STRING
                    ? ((JsonString) v).getString()
                    : v.toString())
        .collect(Collectors.toList());
  }

  /** A Set-Cookie header's attributes, lower-case names; flags map to "". */
  static Map<String, String> cookieAttributes(String setCookie) {
    Map<String, String> out = new LinkedHashMap<>();
    String[] parts = setCookie.split(";");
    for (int i = 1; i < parts.length; i++) {
      String a = parts[i].strip();
      int eq = a.indexOf('=');
      out.put(
          (eq < 0 ? a : a.substring(0, eq)).strip().toLowerCase(Locale.ROOT),
          eq < 0 ? "" : a.substring(eq + 1).strip());
    }
    return out;
  }

  /** The value of one CSP directive ("" when absent). */
  static String directive(String csp, String name) {
    for (String d : csp.split(";")) {
      String t = d.strip();
      if (t.startsWith(name + " ") || t.equals(name)) {
        return t.substring(name.length()).strip();
      }
    }
    return "";
  }
}
