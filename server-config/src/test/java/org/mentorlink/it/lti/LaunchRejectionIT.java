package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.it.lti.LtiFixture.assertErrorOneOf;
import static org.mentorlink.it.lti.LtiFixture.assertNoSession;
import static org.mentorlink.it.lti.LtiFixture.assertRefused;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.Lti;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.TokenSigner;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Flow;
import org.mentorlink.it.lti.sim.ToolBrowser.LaunchForm;
import org.mentorlink.it.lti.sim.ToolBrowser.Pending;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * Every refusal of the contract's error table, each with its exact status and stable code; none of
 * them leaves a session behind.
 */
@ExtendWith(DatabasePass.class)
class LaunchRejectionIT {
  private LtiFixture lti;
  private ToolBrowser browser;
  private TestInfo test;

  @BeforeEach
  void start(TestInfo test) {
    this.test = test;
    lti = LtiFixture.start(test);
    browser = lti.browser();
  }

  @AfterEach
  void stop() {
    if (lti != null) {
      lti.close();
    }
  }

  // ================================================================== login

  @Test
  void unknownIssuerAtLogin() {
    LaunchClaims claims = lti.learner();
    Map<String, String> params = browser.loginParams(lti.platform, claims);
    params.put("iss", "http://127.0.0.1:1/no-such-platform");
    loginRefused(params, "UNKNOWN_REGISTRATION");
  }

  @Test
  void unknownClientIdAtLogin() {
    Map<String, String> params = browser.loginParams(lti.platform, lti.learner());
    params.put("client_id", "not-our-client-" + UUID.randomUUID());
    loginRefused(params, "UNKNOWN_REGISTRATION");
  }

  @ParameterizedTest
  @ValueSource(strings = {"iss", "login_hint", "target_link_uri"})
  void loginWithoutARequiredParameter(String parameter) {
    Map<String, String> params = browser.loginParams(lti.platform, lti.learner());
    params.remove(parameter);
    loginRefused(params, "LOGIN_PARAMETER_MISSING");
  }

  @Test
  void offSiteTargetLinkUriAtLogin() {
    Map<String, String> params = browser.loginParams(lti.platform, lti.learner());
    params.put("target_link_uri", "https://evil.example/lti/launch");
    loginRefused(params, "TARGET_OFF_SITE");
  }

  @Test
  void offSiteTargetLinkUriLookingLikeOursAtLogin() {
    Map<String, String> params = browser.loginParams(lti.platform, lti.learner());
    // A prefix check would take this for ours: its host is evil.example.
    params.put(
        "target_link_uri",
        "http://" + URI.create(lti.base()).getRawAuthority() + "@evil.example/lti/launch");
    loginRefused(params, "TARGET_OFF_SITE");
  }

  private void loginRefused(Map<String, String> params, String code) {
    int before = lti.platform.authRequests().size();
    Step login = browser.login(params);
    assertRefused(browser, login, 400, code);
    assertFalse(
        login.setsCookie(n -> n.startsWith(ToolBrowser.STATE_COOKIE_PREFIX)),
        () -> "no state cookie for a refused login:\n" + login.describe());
    assertEquals(before, lti.platform.authRequests().size(), "the platform was never asked");
  }

  // ================================================================== state

  @Test
  void missingState() {
    Pending p = begin(lti.learner());
    assertRefused(browser, browser.post(p.form().withoutState()), 400, "STATE_MISSING");
  }

  @Test
  void missingIdToken() {
    Pending p = begin(lti.learner());
    assertRefused(browser, browser.post(p.form().withoutIdToken()), 400, "TOKEN_MISSING");
  }

  @Test
  void unknownState() {
    Pending p = begin(lti.learner());
    Step s = browser.post(p.form().withState("made-up-" + UUID.randomUUID()));
    assertRefused(browser, s, 401, "STATE_UNKNOWN");
  }

  @Test
  void foreignStateWithAWrongCookie() {
    // The attacker's launch (state A) ...
    ToolBrowser attacker = lti.browser();
    Pending theirs = attacker.begin(lti.platform, lti.learner().name("Mallory Attacker"));
    theirs.requireForm();
    // ... is posted from the victim's browser, which holds a state cookie of its own; the victim's
    // cookie value is offered under the attacker state's cookie name.
    Pending mine = browser.begin(lti.platform, lti.learner());
    mine.requireForm();
    String myCookie = ToolBrowser.STATE_COOKIE_PREFIX + mine.state().substring(0, 12);
    String theirCookie = ToolBrowser.STATE_COOKIE_PREFIX + theirs.state().substring(0, 12);
    String myValue = browser.cookie(myCookie).orElseThrow();
    browser.putCookie(URI.create(lti.base()).getHost(), theirCookie, myValue, "/lti");
    Step s = browser.post(theirs.form());
    assertRefused(browser, s, 401, "STATE_NOT_BOUND");
  }

  @Test
  void foreignStateWithItsCookieAlteredIsNotBound() {
    Pending p = begin(lti.learner());
    String cookie = ToolBrowser.STATE_COOKIE_PREFIX + p.state().substring(0, 12);
    assertEquals(1, browser.alterCookie(cookie, "tampered-" + UUID.randomUUID()));
    assertRefused(browser, browser.post(p.form()), 401, "STATE_NOT_BOUND");
  }

  @Test
  void foreignStateInABrowserWithALoginOfItsOwnInFlightIsRefusedWithoutHandOff() {
    // Login CSRF: the attacker's launch (their id_token and state) ...
    ToolBrowser attacker = lti.browser();
    Pending theirs = attacker.begin(lti.platform, lti.learner().name("Mallory Attacker"));
    theirs.requireForm();
    // ... posted from the victim's browser, which has a login of its own in flight (its state
    // cookie), but none for the attacker's state: refused, not offered the new-window hand-off.
    Pending mine = browser.begin(lti.platform, lti.learner());
    mine.requireForm();
    Step s = browser.post(theirs.form());
    assertRefused(browser, s, 401, "STATE_NOT_BOUND");
    assertFalse(s.body().contains("Open in a new window"), s::describe);
    assertFalse(s.body().contains("Mallory"), s::describe);
  }

  @Test
  void foreignStateWithoutAnyCookieNeverGivesASession() {
    ToolBrowser attacker = lti.browser();
    Pending theirs = attacker.begin(lti.platform, lti.learner().name("Mallory Attacker"));
    theirs.requireForm();
    // The victim's browser has none of the attacker's cookies: at most the hand-off page.
    Step s = browser.post(theirs.form());
    assertEquals(200, s.status(), s::describe);
    assertTrue(s.body().contains("Open in a new window"), s::describe);
    assertNoSession(browser, s);
  }

  // ================================================================== token form and signature

  @Test
  void notAJwt() {
    refused(lti.learner(), TokenSigner.fixed("not-a-jwt"), 401, "TOKEN_MALFORMED");
  }

  @Test
  void garbageWithThreeParts() {
    refused(lti.learner(), TokenSigner.fixed("e30.e30.e30"), 401, "TOKEN_MALFORMED");
  }

  @Test
  void algNone() {
    // The contract lists alg=none under TOKEN_MALFORMED and under ALG_NOT_ALLOWED: either will do.
    Step s = launchWith(lti.learner(), TokenSigner.unsigned());
    assertErrorOneOf(s, 401, "TOKEN_MALFORMED", "ALG_NOT_ALLOWED");
    assertNoSession(browser, s);
  }

  @Test
  void hs256WithThePlatformsPublicKeyAsSecret() {
    refused(
        lti.learner(),
        TokenSigner.hs256WithPublicKey(lti.platform.currentKey()),
        401,
        "ALG_NOT_ALLOWED");
  }

  @Test
  void noKid() {
    refused(lti.learner(), TokenSigner.withoutKid(lti.platform.currentKey()), 401, "KID_MISSING");
  }

  @Test
  void wrongKid() {
    refused(
        lti.learner(),
        TokenSigner.rs256(lti.platform.currentKey(), "no-such-kid-" + UUID.randomUUID()),
        401,
        "KID_UNKNOWN");
  }

  @Test
  void ecSignatureAnnouncingTheRsaKid() {
    refused(lti.learner(), TokenSigner.es256(lti.platform.currentKid()), 401, "ALG_KEY_MISMATCH");
  }

  @Test
  void tamperedPayloadKeepingTheSignature() {
    refused(
        lti.learner(),
        lti.platform.currentKeySigner().then(TokenSigner::tamper),
        401,
        "SIGNATURE_INVALID");
  }

  @Test
  void tamperedSubjectKeepingTheSignature() {
    refused(
        lti.learner(),
        lti.platform
            .currentKeySigner()
            .then(jwt -> TokenSigner.tamper(jwt, p -> p.put("sub", "someone-else"))),
        401,
        "SIGNATURE_INVALID");
  }

  @Test
  void signedByAnotherPlatformsKeyUnderOurKid() {
    try (PlatformSimulator stranger = PlatformSimulator.start()) {
      refused(
          lti.learner(),
          TokenSigner.rs256(stranger.currentKey(), lti.platform.currentKid()),
          401,
          "SIGNATURE_INVALID");
    }
  }

  @Test
  void signedByAnotherRegistrationsPlatformWithItsKid() {
    try (LtiFixture other = LtiFixture.start(lti.server, test, b -> {})) {
      refused(lti.learner(), other.platform.currentKeySigner(), 401, "KID_UNKNOWN");
    }
  }

  @Test
  void aValidTokenOfAnotherRegistration() {
    try (LtiFixture other = LtiFixture.start(lti.server, test, b -> {})) {
      // Login begun with our registration; the token is another platform's, valid there.
      LaunchClaims theirs =
          lti.learner()
              .issuer(other.platform.issuer())
              .audience(other.platform.clientId())
              .deploymentId(other.platform.deploymentIds().get(0));
      refused(theirs, other.platform.currentKeySigner(), 401, "UNKNOWN_REGISTRATION");
    }
  }

  // ================================================================== claims

  @Test
  void wrongIssuer() {
    refused(lti.learner().issuer("http://127.0.0.1:1/elsewhere"), 401, "UNKNOWN_REGISTRATION");
  }

  @Test
  void wrongAudience() {
    refused(lti.learner().audience("someone-else"), 401, "AUDIENCE_MISMATCH");
  }

  @Test
  void audienceListWithAnotherAuthorizedParty() {
    refused(
        lti.learner()
            .audience(List.of(lti.platform.clientId(), "someone-else"))
            .set("azp", "someone-else"),
        401,
        "AUDIENCE_MISMATCH");
  }

  @Test
  void audienceListWithAnExtraUntrustedAudienceIsRefusedEvenWithOurAzp() {
    // SF §5.1.3: reject an ID Token "if it contains additional audiences not trusted by the Tool".
    refused(
        lti.learner()
            .audience(List.of(lti.platform.clientId(), "another-tool"))
            .set("azp", lti.platform.clientId()),
        401,
        "AUDIENCE_MISMATCH");
  }

  @Test
  void expired() {
    Instant now = Instant.now();
    refused(
        lti.learner().issuedAt(now.minusSeconds(240)).expiresAt(now.minusSeconds(180)),
        401,
        "TOKEN_EXPIRED");
  }

  @Test
  void issuedInTheFuture() {
    Instant now = Instant.now();
    refused(
        lti.learner().issuedAt(now.plusSeconds(300)).expiresAt(now.plusSeconds(360)),
        401,
        "TOKEN_ISSUED_IN_FUTURE");
  }

  @Test
  void issuedTooLongAgo() {
    Instant now = Instant.now();
    refused(
        lti.learner().issuedAt(now.minusSeconds(11 * 60)).expiresAt(now.plusSeconds(60)),
        401,
        "TOKEN_TOO_OLD");
  }

  @Test
  void missingNonce() {
    refused(lti.learner().remove("nonce"), 401, "NONCE_MISMATCH");
  }

  @Test
  void wrongNonce() {
    refused(lti.learner().nonce("not-the-nonce-" + UUID.randomUUID()), 401, "NONCE_MISMATCH");
  }

  @Test
  void missingVersion() {
    refused(lti.learner().remove(Lti.VERSION), 400, "VERSION_UNSUPPORTED");
  }

  @Test
  void wrongVersion() {
    refused(lti.learner().version("1.1.0"), 400, "VERSION_UNSUPPORTED");
  }

  @Test
  void missingMessageType() {
    refused(lti.learner().remove(Lti.MESSAGE_TYPE), 400, "MESSAGE_TYPE_UNSUPPORTED");
  }

  @Test
  void wrongMessageType() {
    refused(lti.learner().messageType("LtiNoSuchRequest"), 400, "MESSAGE_TYPE_UNSUPPORTED");
  }

  @Test
  void missingRolesClaim() {
    refused(lti.learner().remove(Lti.ROLES), 400, "CLAIM_MISSING");
  }

  @Test
  void missingResourceLinkId() {
    refused(lti.learner().member(Lti.RESOURCE_LINK, "id", null), 400, "CLAIM_MISSING");
  }

  @Test
  void missingResourceLinkClaim() {
    refused(lti.learner().remove(Lti.RESOURCE_LINK), 400, "CLAIM_MISSING");
  }

  @Test
  void missingTargetLinkUriClaim() {
    refused(lti.learner().remove(Lti.TARGET_LINK_URI), 400, "CLAIM_MISSING");
  }

  @Test
  void offSiteTargetLinkUriInTheToken() {
    refused(lti.learner().targetLinkUri("https://evil.example/lti/launch"), 400, "TARGET_OFF_SITE");
  }

  @Test
  void missingDeploymentId() {
    refused(lti.learner().remove(Lti.DEPLOYMENT_ID), 401, "DEPLOYMENT_UNKNOWN");
  }

  @Test
  void unknownDeploymentId() {
    refused(lti.learner().deploymentId("999-unknown"), 401, "DEPLOYMENT_UNKNOWN");
  }

  @Test
  void missingSubject() {
    refused(lti.learner().remove("sub"), 401, "SUBJECT_MISSING");
  }

  @Test
  void blankSubject() {
    refused(lti.learner().subject("  "), 401, "SUBJECT_MISSING");
  }

  // ================================================================== replay

  @Test
  void replayedTokenAndStateFromAnotherBrowser() {
    Flow first = browser.launch(lti.platform, lti.learner());
    first.requireLanded();
    LaunchForm used = first.pending().form();

    ToolBrowser attacker = lti.browser();
    assertRefused(attacker, attacker.post(used), 401, "STATE_UNKNOWN");
  }

  @Test
  void replayedTokenAndStateFromTheSameBrowserWithoutItsSession() {
    Flow first = browser.launch(lti.platform, lti.learner());
    first.requireLanded();
    browser.dropCookie(ToolBrowser.SESSION_COOKIE);
    assertRefused(browser, browser.post(first.pending().form()), 401, "STATE_UNKNOWN");
  }

  @Test
  void replayedTokenWithAFreshState() {
    Flow first = browser.launch(lti.platform, lti.learner());
    first.requireLanded();
    String usedToken = first.pending().form().idToken();

    ToolBrowser attacker = lti.browser();
    Pending fresh = attacker.begin(lti.platform, lti.learner());
    Step s = attacker.post(fresh.requireForm().withIdToken(usedToken));
    // Its nonce belongs to the first state: a mismatch, or a nonce already used.
    assertErrorOneOf(s, 401, "NONCE_MISMATCH", "NONCE_ALREADY_USED");
    assertNoSession(attacker, s);
  }

  @Test
  void reusedStateWithANewToken() {
    LaunchClaims claims = lti.learner();
    Flow first = browser.launch(lti.platform, claims);
    first.requireLanded();
    // A freshly signed token for the same state and nonce.
    String again = claims.signedBy(lti.platform, first.pending().nonce());
    ToolBrowser other = lti.browser();
    assertRefused(
        other, other.post(first.pending().form().withIdToken(again)), 401, "STATE_UNKNOWN");
  }

  // ================================================================== helpers

  private Pending begin(LaunchClaims claims) {
    Pending p = browser.begin(lti.platform, claims);
    p.requireForm();
    return p;
  }

  private Step launchWith(LaunchClaims claims, TokenSigner signer) {
    Pending p = browser.begin(lti.platform, claims, signer);
    return browser.post(p.requireForm());
  }

  private void refused(LaunchClaims claims, int status, String code) {
    refused(claims, null, status, code);
  }

  private void refused(LaunchClaims claims, TokenSigner signer, int status, String code) {
    assertRefused(browser, launchWith(claims, signer), status, code);
  }
}
