package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.it.lti.LtiFixture.assertProblem;
import static org.mentorlink.it.lti.LtiFixture.assertRefused;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.OAuth1;
import org.mentorlink.it.lti.sim.OperatorClient;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;
import org.mentorlink.it.support.Server;

/**
 * LTI 1.1 (legacy) against the running server, black-box: launches signed as a platform signs them
 * (OAuth 1.0a HMAC-SHA1 written from RFC 5849, not the library the tool verifies with) are accepted
 * and land as the right person and role, each kind of bad launch is refused with its 4xx and code
 * and leaves no session, and the LTI 1.3 migration claim links a 1.1 person's records to their 1.3
 * identity only when it is signed with the 1.1 secret. The servers run with a 120 s timestamp
 * window, narrower than the IMS library's own five minutes, so the tool's own check is what refuses
 * a launch 200 s old.
 */
@ExtendWith(DatabasePass.class)
class Lti11LaunchIT {
  static final String SECRET = "it-lti11-shared-secret-" + UUID.randomUUID();
  static final Duration WINDOW = Duration.ofSeconds(120);
  static final String LIS_V2 = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

  private Server server;
  private OperatorClient operator;
  private String consumerKey;
  private JsonObject registration;
  private PlatformSimulator platform;
  private final List<PlatformSimulator> platforms = new ArrayList<>();
  private final List<String> signatures = new ArrayList<>();

  @BeforeEach
  void registerAnLti11Platform(TestInfo test) {
    server = Server.current();
    server.awaitReadiness(200, Duration.ofSeconds(240));
    operator = LtiFixture.operator(server);
    consumerKey =
        "it"
            + LtiFixture.pathFor(test).replace('/', '-')
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> r =
        operator.post(
            "/api/operator/registrations/lti11",
            Json.createObjectBuilder()
                .add("consumerKey", consumerKey)
                .add("sharedSecret", SECRET)
                .add("platformUrl", "http://127.0.0.1:9/moodle")
                .add("platformName", "Legacy Moodle")
                .build()
                .toString());
    assertEquals(201, r.statusCode(), r.body());
    assertFalse(r.body().contains(SECRET), "the secret is never answered: " + r.body());
    registration = OperatorClient.parseObject(r.body());
  }

  @AfterEach
  void stop() {
    platforms.forEach(PlatformSimulator::close);
  }

  // ================================================================== accepted launches

  @Test
  void aSignedInstructorLaunchLandsOnTheStartPageAsAnInstructor() {
    ToolBrowser browser = browser();
    Map<String, String> form = signed(launch("u-1001", "Instructor", "Grace Hopper"));
    Step first = browser.postForm("/lti/launch11", form, Map.of());
    assertEquals(303, first.status(), first::describe);
    assertTrue(first.location().orElseThrow().getPath().endsWith("/lti/launch11/check"));
    assertTrue(first.setsCookie("mentorlink_probe"), first::describe);
    assertFalse(first.setsCookie(ToolBrowser.SESSION_COOKIE), "no session before the probe");
    Step check = browser.follow(first);
    assertEquals(303, check.status(), check::describe);
    assertEquals("/lti/continue", check.location().orElseThrow().getPath());
    Step cont = browser.follow(check);
    assertEquals(303, cont.status(), cont::describe);
    String session = cont.setCookie(ToolBrowser.SESSION_COOKIE).orElseThrow();
    assertTrue(session.contains("Partitioned") && session.contains("SameSite=None"), session);
    Step app = browser.follow(cont);
    assertEquals(200, app.status(), app::describe);
    assertEquals("/app", app.uri().getPath());
    assertTrue(app.body().contains("Grace Hopper"), app::describe);
    JsonObject me = me(browser);
    assertEquals("Grace Hopper", me.getString("name"));
    assertEquals(List.of(LIS_V2 + "Instructor"), strings(me.getJsonArray("roles")));
    assertEquals(List.of("instructor"), strings(me.getJsonArray("toolRoles")));
    assertEquals("2", me.getJsonObject("context").getString("id"));
    assertEquals("Cardiology registrars", me.getJsonObject("context").getString("title"));
    assertTrue(me.getJsonObject("registration").isNull("issuer"), me.toString());
  }

  @Test
  void aLearnerByFullUrnLandsAsAMenteeAndTheirNextLaunchGoesStraightToThePage() {
    ToolBrowser browser = browser();
    Step app =
        land(browser, signed(launch("u-1002", "urn:lti:role:ims/lis/Learner", "Ada Lovelace")));
    assertEquals("/app", app.uri().getPath(), app::describe);
    JsonObject me = me(browser);
    assertEquals(List.of("mentee"), strings(me.getJsonArray("toolRoles")));
    // The browser now holds a live session: the next launch lands at once, in one redirect.
    Step again =
        browser.postForm(
            "/lti/launch11", signed(launch("u-1002", "Learner", "Ada Lovelace")), Map.of());
    assertEquals(303, again.status(), again::describe);
    assertEquals("/app", again.location().orElseThrow().getPath(), again::describe);
    assertEquals(200, browser.follow(again).status());
  }

  @Test
  void institutionAndSystemRolesGiveNothing() {
    ToolBrowser browser = browser();
    land(
        browser,
        signed(
            launch(
                "u-1003",
                "urn:lti:instrole:ims/lis/Administrator,urn:lti:sysrole:ims/lis/SysAdmin",
                "Site Admin")));
    assertEquals(List.of(), strings(me(browser).getJsonArray("toolRoles")));
  }

  @Test
  void aBrowserThatRefusesTheCookieIsOfferedTheNewWindowNamingTheAccount() {
    ToolBrowser browser = browser();
    Step first =
        browser.postForm(
            "/lti/launch11", signed(launch("u-1004", "Learner", "Mary Seacole")), Map.of());
    assertEquals(303, first.status(), first::describe);
    browser.dropCookie("mentorlink_probe"); // as a browser that blocks cookies in the frame
    Step offer = browser.follow(first);
    assertEquals(200, offer.status(), offer::describe);
    assertTrue(offer.body().contains("Open in a new window"), offer::describe);
    assertTrue(offer.body().contains("Mary Seacole"), offer::describe);
    assertFalse(offer.setsCookie(ToolBrowser.SESSION_COOKIE), offer::describe);
    String link =
        ToolBrowser.links(offer.body()).stream()
            .filter(l -> l.contains("/lti/continue"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(offer.describe()));
    ToolBrowser window = browser(); // the new, first-party window
    Step cont = window.get(ToolBrowser.unescape(link));
    assertEquals(303, cont.status(), cont::describe);
    assertEquals(200, window.follow(cont).status());
    assertEquals("Mary Seacole", me(window).getString("name"));
  }

  @Test
  void behindATrustedProxyTheSignedUrlIsThePublicOneAsFor13() {
    // The home page shows the tool's own URLs as the 1.3 launch works them out; a TLS-terminating
    // proxy (loopback is trusted) says the browser used https.
    Map<String, String> proxy =
        Map.of("X-Forwarded-For", "203.0.113.7", "X-Forwarded-Proto", "https");
    Map<String, String> proxied = new LinkedHashMap<>(proxy);
    proxied.put("Accept", "text/html");
    Step home = browser().get("/", proxied);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(https?://[^<\"\\s]+)/lti/launch<").matcher(home.body());
    assertTrue(m.find(), home::describe);
    String publicBase = m.group(1);
    assertTrue(publicBase.startsWith("https://"), "the proxy's scheme is used: " + publicBase);
    Map<String, String> form =
        OAuth1.sign(
            publicBase + "/lti/launch11",
            launch("u-1005", "Learner", "Behind Proxy"),
            consumerKey,
            SECRET,
            now(),
            nonce());
    ToolBrowser browser = browser();
    Step s = browser.postForm("/lti/launch11", form, proxy);
    assertEquals(303, s.status(), s::describe);
    // Signed for the address the tool saw, not the public one: refused.
    Map<String, String> internal = signed(launch("u-1005", "Learner", "Behind Proxy"));
    ToolBrowser other = browser();
    Step refused = other.postForm("/lti/launch11", internal, proxy);
    assertRefused(other, refused, 401, "LTI11_SIGNATURE_INVALID");
  }

  // ================================================================== refusals

  @Test
  void aLaunchSignedWithAnotherSecretIsRefused() {
    Map<String, String> form =
        signed(launch("u-2001", "Learner", "Eve"), "not-the-shared-secret-at-all", now(), nonce());
    refused(form, 401, "LTI11_SIGNATURE_INVALID");
  }

  @Test
  void aLaunchChangedAfterSigningIsRefused() {
    Map<String, String> form = signed(launch("u-2002", "Learner", "Eve"));
    form.put("roles", "Instructor");
    refused(form, 401, "LTI11_SIGNATURE_INVALID");
  }

  @Test
  void aTimestampOutsideTheConfiguredWindowIsRefusedEvenWhereTheLibraryWouldAcceptIt() {
    long stale = now() - WINDOW.toSeconds() - 80; // 200 s: inside the library's five minutes
    refused(
        signed(launch("u-2003", "Learner", "Eve"), SECRET, stale, nonce()),
        401,
        "LTI11_TIMESTAMP_REFUSED");
    long old = now() - 600;
    refused(
        signed(launch("u-2003", "Learner", "Eve"), SECRET, old, nonce()),
        401,
        "LTI11_TIMESTAMP_REFUSED");
    long future = now() + WINDOW.toSeconds() + 80;
    refused(
        signed(launch("u-2003", "Learner", "Eve"), SECRET, future, nonce()),
        401,
        "LTI11_TIMESTAMP_REFUSED");
  }

  @Test
  void aReplayedLaunchIsRefusedInAnotherBrowser() {
    Map<String, String> form = signed(launch("u-2004", "Learner", "Eve"));
    land(browser(), form);
    refused(form, 401, "LTI11_NONCE_ALREADY_USED");
  }

  @Test
  void anUnknownConsumerKeyIsRefused() {
    Map<String, String> form =
        OAuth1.sign(
            launchUrl(),
            launch("u-2005", "Learner", "Eve"),
            "no-such-key-" + UUID.randomUUID(),
            SECRET,
            now(),
            nonce());
    refused(form, 401, "LTI11_UNKNOWN_CONSUMER");
  }

  @Test
  void launchesMissingParametersAreRefused() {
    for (String oauth : List.of("oauth_signature", "oauth_nonce", "oauth_timestamp")) {
      Map<String, String> form = signed(launch("u-2006", "Learner", "Eve"));
      form.remove(oauth);
      refused(form, 400, "LTI11_PARAMETER_MISSING");
    }
    Map<String, String> noUser = launch("u-2006", "Learner", "Eve");
    noUser.remove("user_id");
    refused(signed(noUser), 401, "SUBJECT_MISSING");
    Map<String, String> noLink = launch("u-2006", "Learner", "Eve");
    noLink.remove("resource_link_id");
    refused(signed(noLink), 400, "CLAIM_MISSING");
    Map<String, String> noType = launch("u-2006", "Learner", "Eve");
    noType.remove("lti_message_type");
    refused(signed(noType), 400, "LTI11_PARAMETER_MISSING");
    refused(Map.of(), 400, "LTI11_PARAMETER_MISSING");
  }

  @Test
  void otherMalformedLaunchesAreRefusedNever500() {
    Map<String, String> plaintext = signed(launch("u-2007", "Learner", "Eve"));
    plaintext.put("oauth_signature_method", "PLAINTEXT");
    plaintext.put("oauth_signature", OAuth1.encode(SECRET) + "&");
    refused(plaintext, 400, "LTI11_SIGNATURE_METHOD_UNSUPPORTED");

    Map<String, String> contentItem = launch("u-2007", "Learner", "Eve");
    contentItem.put("lti_message_type", "ContentItemSelectionRequest");
    refused(signed(contentItem), 400, "LTI11_MESSAGE_UNSUPPORTED");

    // The same parameter twice: signed as two values, read as one.
    Map<String, String> form = signed(launch("u-2007", "Learner", "Eve"));
    String body = ToolBrowser.encode(form) + "&roles=Instructor";
    ToolBrowser browser = browser();
    Step twice =
        browser.raw(
            "POST",
            "/lti/launch11",
            body.getBytes(StandardCharsets.UTF_8),
            Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"));
    assertRefused(browser, twice, 400, "LTI11_PARAMETER_REPEATED");
  }

  @Test
  void aDisabledRegistrationIsRefused() {
    operator.disable(OperatorClient.id(registration));
    refused(signed(launch("u-2008", "Learner", "Eve")), 403, "REGISTRATION_DISABLED");
  }

  @Test
  void theSecretIsNeverAnsweredNorLoggedNorAreSignatures() {
    refused(
        signed(launch("u-2009", "Learner", "Eve"), "a-wrong-secret-for-the-log", now(), nonce()),
        401,
        "LTI11_SIGNATURE_INVALID");
    land(browser(), signed(launch("u-2009", "Learner", "Eve")));
    HttpResponse<String> list = operator.get("/api/operator/registrations");
    assertEquals(200, list.statusCode());
    assertFalse(list.body().contains(SECRET), list.body());
    JsonObject mine =
        OperatorClient.parse(list.body()).asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> OperatorClient.id(r).equals(OperatorClient.id(registration)))
            .findFirst()
            .orElseThrow();
    assertEquals(consumerKey, mine.getJsonObject("lti11").getString("consumerKey"));
    assertTrue(
        mine.getJsonObject("lti11").getString("launchUrl").endsWith("/lti/launch11"),
        mine.toString());
    assertFalse(mine.getJsonObject("lti11").containsKey("sharedSecret"), mine.toString());
    HttpResponse<String> rotated =
        operator.post(
            "/api/operator/registrations/" + OperatorClient.id(registration) + "/lti11-secret",
            Json.createObjectBuilder().add("sharedSecret", SECRET + "-2").build().toString());
    assertEquals(200, rotated.statusCode(), rotated.body());
    assertFalse(rotated.body().contains(SECRET), rotated.body());
    // The old secret stops at once; the new one works.
    refused(signed(launch("u-2009", "Learner", "Eve")), 401, "LTI11_SIGNATURE_INVALID");
    land(browser(), signed(launch("u-2009", "Learner", "Eve"), SECRET + "-2", now(), nonce()));
    String log = server.messagesLog();
    assertFalse(log.contains(SECRET), "the shared secret is in messages.log");
    assertFalse(log.contains("a-wrong-secret-for-the-log"), "a given secret is in messages.log");
    for (String s : signatures) {
      assertFalse(log.contains(s), "an OAuth signature is in messages.log: " + s);
    }
  }

  @Test
  void theSharedSecretIsStoredSealedNeverInPlainText() throws Exception {
    if ("postgresql".equals(System.getProperty("it.db"))) {
      try (java.sql.Connection c =
              java.sql.DriverManager.getConnection(
                  System.getProperty("it.pg.url"), "postgres", "unused");
          java.sql.PreparedStatement ps =
              c.prepareStatement(
                  "SELECT lti11_secret FROM lti_registration WHERE lti11_consumer_key = ?")) {
        ps.setString(1, consumerKey);
        try (java.sql.ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next(), "the registration is stored");
          String stored = rs.getString(1);
          assertTrue(stored.startsWith("ml1:"), "a sealed envelope: " + stored);
          assertFalse(stored.contains(SECRET), stored);
        }
      }
    } else {
      // The embedded database's file, once the server has written the registration to it (its
      // consumer key is there): the secret's text is not.
      java.nio.file.Path file = java.nio.file.Path.of("target/it-data/embedded/mentorlink.mv.db");
      String raw = "";
      for (int i = 0; i < 40 && !raw.contains(consumerKey); i++) {
        Server.sleep(i == 0 ? 0 : 500);
        raw = new String(java.nio.file.Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      }
      assertTrue(raw.contains(consumerKey), "the registration reached the database file");
      assertFalse(raw.contains(SECRET), "the shared secret is in the database file in plain text");
    }
    // And the tool opens it to verify a launch.
    land(browser(), signed(launch("u-2010", "Learner", "Eve")));
  }

  @Test
  void badLti11RegistrationsAreRefusedByTheOperatorApi() {
    String body =
        Json.createObjectBuilder()
            .add("consumerKey", consumerKey)
            .add("sharedSecret", SECRET)
            .add("platformUrl", "http://127.0.0.1:9/moodle")
            .build()
            .toString();
    assertProblem(
        operator.post("/api/operator/registrations/lti11", body), 409, "REGISTRATION_EXISTS");
    String shortSecret =
        Json.createObjectBuilder()
            .add("consumerKey", consumerKey + "-x")
            .add("sharedSecret", "secret")
            .add("platformUrl", "http://127.0.0.1:9/moodle")
            .build()
            .toString();
    assertProblem(
        operator.post("/api/operator/registrations/lti11", shortSecret), 400, "VALIDATION_FAILED");
    assertEquals(
        401,
        operator
            .withToken("not-the-token")
            .post("/api/operator/registrations/lti11", body)
            .statusCode());
  }

  // ================================================================== migration to LTI 1.3

  @Test
  void aLearnerMovedTo13WithAValidMigrationClaimKeepsTheirRecords() {
    String learnerId = "u-3001-" + UUID.randomUUID();
    String requestId = learnerWithARequest(learnerId, "Florence Nightingale");
    joinLti13();
    // The 1.3 sub is not the 1.1 user_id: only the claim says who they were.
    LaunchClaims claims =
        LaunchClaims.learner(platform, server.baseUrl())
            .subject("sub-" + UUID.randomUUID())
            .name("Florence Nightingale")
            .lti1p1(learnerId, consumerKey, SECRET);
    ToolBrowser browser13 = browser();
    browser13.launch(platform, claims).requireLanded();
    assertEquals(Set.of(requestId), myRequests(browser13), "the 1.1 records carried over");
    // A later 1.1 launch of the same user_id is still the same person.
    ToolBrowser browser11 = browser();
    land(browser11, signed(launch(learnerId, "Learner", "Florence Nightingale")));
    assertEquals(Set.of(requestId), myRequests(browser11));
  }

  @Test
  void aForgedMigrationClaimLinksNothingAndDoesNotFailTheLaunch() {
    String learnerId = "u-3002-" + UUID.randomUUID();
    String requestId = learnerWithARequest(learnerId, "Elizabeth Blackwell");
    joinLti13();
    LaunchClaims forged =
        LaunchClaims.learner(platform, server.baseUrl())
            .subject("sub-" + UUID.randomUUID())
            .lti1p1(learnerId, consumerKey, "a-guessed-secret-of-the-platform");
    ToolBrowser browser13 = browser();
    browser13.launch(platform, forged).requireLanded();
    assertEquals(Set.of(), myRequests(browser13), "a forged claim is a new person");
    // Nor is a 1.3 sub that happens to be the 1.1 user_id taken for them.
    ToolBrowser sameText = browser();
    sameText
        .launch(platform, LaunchClaims.learner(platform, server.baseUrl()).subject(learnerId))
        .requireLanded();
    assertEquals(Set.of(), myRequests(sameText));
    // The 1.1 person still has their request.
    ToolBrowser browser11 = browser();
    land(browser11, signed(launch(learnerId, "Learner", "Elizabeth Blackwell")));
    assertEquals(Set.of(requestId), myRequests(browser11));
  }

  @Test
  void aMigrationClaimForAnotherConsumerKeyLinksNothing() {
    String learnerId = "u-3003-" + UUID.randomUUID();
    learnerWithARequest(learnerId, "James Barry");
    joinLti13();
    LaunchClaims otherKey =
        LaunchClaims.learner(platform, server.baseUrl())
            .subject("sub-" + UUID.randomUUID())
            .lti1p1(learnerId, consumerKey + "-other", SECRET);
    ToolBrowser browser13 = browser();
    browser13.launch(platform, otherKey).requireLanded();
    assertEquals(Set.of(), myRequests(browser13));
  }

  @Test
  void theLti13RegistrationJoinsTheLti11OneOnce() {
    joinLti13();
    JsonObject body =
        Json.createObjectBuilder(OperatorClient.registrationBody(startPlatform("again")))
            .add("replacesLti11ConsumerKey", consumerKey)
            .build();
    assertProblem(operator.registerRaw(body.toString()), 409, "LTI11_KEY_REPLACED");
    JsonObject unknown =
        Json.createObjectBuilder(OperatorClient.registrationBody(platform))
            .add("clientId", "other-client-" + UUID.randomUUID())
            .add("replacesLti11ConsumerKey", "no-such-key-" + UUID.randomUUID())
            .build();
    assertProblem(operator.registerRaw(unknown.toString()), 400, "LTI11_KEY_UNKNOWN");
    assertProblem(
        operator.post(
            "/api/operator/registration-links?replacesLti11ConsumerKey=" + consumerKey, null),
        409,
        "LTI11_KEY_REPLACED");
  }

  // ================================================================== helpers

  /** A 1.1 instructor sets up the course's scheme; a 1.1 learner asks for mentoring. */
  private String learnerWithARequest(String learnerId, String name) {
    ToolBrowser lead = browser();
    land(lead, signed(launch("lead-" + UUID.randomUUID(), "Instructor", "Dr Lead")));
    call(
        lead,
        "POST",
        "/api/scheme",
        Json.createObjectBuilder().add("name", "Legacy scheme").build(),
        201);
    ToolBrowser learner = browser();
    land(learner, signed(launch(learnerId, "Learner", name)));
    JsonObject created =
        call(
                learner,
                "POST",
                "/api/requests",
                Json.createObjectBuilder()
                    .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
                    .build(),
                201)
            .asJsonObject();
    assertEquals(Set.of(created.getString("id")), myRequests(learner));
    return created.getString("id");
  }

  /** The platform's LTI 1.3 registration, made on the LTI 1.1 one: the same tenant. */
  private void joinLti13() {
    platform = startPlatform("lti13");
    JsonObject body =
        Json.createObjectBuilder(OperatorClient.registrationBody(platform))
            .add("replacesLti11ConsumerKey", consumerKey)
            .build();
    HttpResponse<String> r = operator.registerRaw(body.toString());
    assertEquals(201, r.statusCode(), r.body());
    JsonObject joined = OperatorClient.parseObject(r.body());
    assertEquals(OperatorClient.id(registration), OperatorClient.id(joined), r.body());
    assertEquals(platform.issuer(), joined.getString("issuer"));
    assertEquals(consumerKey, joined.getJsonObject("lti11").getString("consumerKey"));
    assertFalse(r.body().contains(SECRET));
  }

  private PlatformSimulator startPlatform(String what) {
    PlatformSimulator p =
        PlatformSimulator.builder()
            .path("/lti11-" + what + "-" + UUID.randomUUID())
            .redirectUri(server.baseUrl() + "/lti/launch")
            .toolJwksUrl(server.baseUrl() + "/lti/jwks")
            .start();
    platforms.add(p);
    return p;
  }

  private Set<String> myRequests(ToolBrowser b) {
    Step s = b.json("GET", "/api/requests/mine", null, Map.of());
    assertEquals(200, s.status(), s::describe);
    return OperatorClient.parse(s.body()).asJsonArray().stream()
        .map(v -> v.asJsonObject().getString("id"))
        .collect(Collectors.toSet());
  }

  private JsonValue call(ToolBrowser b, String method, String path, JsonObject body, int status) {
    String csrf = me(b).getString("csrfToken");
    Step s = b.json(method, path, body.toString(), Map.of("X-CSRF-Token", csrf));
    assertEquals(status, s.status(), s::describe);
    return OperatorClient.parse(s.body());
  }

  /** An LTI 1.1 basic launch from course 2, as Moodle sends it (before signing). */
  private static Map<String, String> launch(String userId, String roles, String name) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("lti_message_type", "basic-lti-launch-request");
    p.put("lti_version", "LTI-1p0");
    p.put("resource_link_id", "17");
    p.put("resource_link_title", "Mentoring");
    p.put("user_id", userId);
    p.put("roles", roles);
    p.put("context_id", "2");
    p.put("context_label", "CARD-REG");
    p.put("context_title", "Cardiology registrars");
    p.put("lis_person_name_full", name);
    p.put("lis_person_contact_email_primary", userId + "@example.org");
    p.put("launch_presentation_document_target", "iframe");
    p.put("tool_consumer_info_product_family_code", "moodle");
    return p;
  }

  private Map<String, String> signed(Map<String, String> params) {
    return signed(params, SECRET, now(), nonce());
  }

  private Map<String, String> signed(
      Map<String, String> params, String secret, long timestamp, String nonce) {
    Map<String, String> form =
        OAuth1.sign(launchUrl(), params, consumerKey, secret, timestamp, nonce);
    signatures.add(form.get("oauth_signature"));
    return form;
  }

  private String launchUrl() {
    return server.baseUrl() + "/lti/launch11";
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  private static String nonce() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private ToolBrowser browser() {
    return new ToolBrowser(server.baseUrl());
  }

  /** Posts the launch and follows its redirects to the page it lands on (200). */
  private Step land(ToolBrowser browser, Map<String, String> form) {
    Step s = browser.postForm("/lti/launch11", form, Map.of());
    for (int hops = 0; s.isRedirect() && hops < 5; hops++) {
      s = browser.follow(s);
    }
    assertEquals(200, s.status(), s::describe);
    return s;
  }

  /** The launch is refused with {@code status} and {@code code}, and leaves no session. */
  private void refused(Map<String, String> form, int status, String code) {
    ToolBrowser browser = browser();
    Step s = browser.postForm("/lti/launch11", form, Map.of());
    assertRefused(browser, s, status, code);
    assertFalse(s.body().contains(SECRET), s::describe);
    String signature = form.get("oauth_signature");
    if (signature != null) {
      assertFalse(s.body().contains(signature), s::describe);
    }
    assertNotEquals(500, s.status());
  }

  private static JsonObject me(ToolBrowser b) {
    Step me = b.me();
    assertEquals(200, me.status(), me::describe);
    return OperatorClient.parseObject(me.body());
  }

  private static List<String> strings(JsonArray a) {
    return a.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
