package org.mentorlink.tool.lti.launch;

import static org.junit.jupiter.api.Assertions.fail;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.lti.keys.KeyLookup;
import org.mentorlink.tool.lti.launch.LaunchStores.IssuedLogin;
import org.mentorlink.tool.lti.launch.LaunchStores.PlatformRegistration;
import org.mentorlink.tool.lti.launch.LaunchTokens.LaunchToken;
import org.mentorlink.tool.lti.login.StateCookie;

/**
 * The launch pipeline over in-memory stores: one registration of {@link LaunchTokens#ISSUER} with
 * deployment {@link LaunchTokens#DEPLOYMENT_ID}, its key published, one login in flight ({@link
 * #STATE}, bound to this browser by its cookie) and a clock at {@link LaunchTokens#NOW}. Each test
 * makes its own, then changes one thing.
 */
final class LaunchFixture {
  static final String STATE = "state-Qm9vdHN0cmFwcGVkLXN0YXRl";
  static final String BROWSER_SECRET = "browser-secret-c2VjcmV0";
  static final String REGISTRATION_ID = "0b7e6a52-registration";
  static final String KEY_SET_URL = LaunchTokens.ISSUER + "/mod/lti/certs.php";
  static final String LOGIN_TARGET = LaunchTokens.TOOL + "/lti/launch";

  /** Logins in flight by state; spending one removes it. */
  final Map<String, IssuedLogin> logins = new HashMap<>();

  final Map<String, PlatformRegistration> registrations = new HashMap<>();
  final Set<String> deployments = new HashSet<>();

  /** The platform's published keys by kid; {@code keySetDown} makes every lookup unavailable. */
  final Map<String, JWK> publishedKeys = new HashMap<>();

  boolean keySetDown;
  final List<String> keyLookups = new ArrayList<>();

  /** Used nonces: registration id + hash → kept until. */
  final Map<String, Instant> usedNonces = new LinkedHashMap<>();

  /** LTI 1.1 shared secrets: registration id + consumer key → secret. */
  final Map<String, String> lti11Secrets = new HashMap<>();

  final Map<String, String> cookies = new HashMap<>();
  Instant now = LaunchTokens.NOW;
  Duration leeway = Duration.ofSeconds(60);

  LaunchFixture() {
    logins.put(
        STATE,
        new IssuedLogin(
            REGISTRATION_ID,
            Secrets.sha256(LaunchTokens.NONCE),
            Secrets.sha256(BROWSER_SECRET),
            LOGIN_TARGET));
    registrations.put(REGISTRATION_ID, registration(true, false));
    deployments.add(REGISTRATION_ID + " " + LaunchTokens.DEPLOYMENT_ID);
    publishedKeys.put(LaunchTokens.KID, LaunchTokens.PLATFORM_KEY.toPublicJWK());
    cookies.put(StateCookie.nameFor(STATE), BROWSER_SECRET);
  }

  /** The login in flight stored its browser secret in the platform's storage frame too. */
  void offerPlatformStorage() {
    IssuedLogin l = logins.get(STATE);
    logins.put(
        STATE,
        new IssuedLogin(
            l.registrationId(), l.nonceHash(), l.browserHash(), l.targetLinkUri(), "_parent"));
  }

  static PlatformRegistration registration(boolean enabled, boolean acceptsNewDeployments) {
    return new PlatformRegistration(
        REGISTRATION_ID,
        LaunchTokens.ISSUER,
        LaunchTokens.CLIENT_ID,
        KEY_SET_URL,
        enabled,
        acceptsNewDeployments);
  }

  LaunchPipeline pipeline() {
    return LaunchPipeline.over(
        new LaunchStores(
            state -> Optional.ofNullable(logins.remove(state)),
            new LaunchStores.RegistrationStore() {
              @Override
              public Optional<PlatformRegistration> find(String id) {
                return Optional.ofNullable(registrations.get(id));
              }

              @Override
              public boolean knowsDeployment(String registrationId, String deploymentId) {
                return deployments.contains(registrationId + " " + deploymentId);
              }
            },
            (registration, kid) -> {
              keyLookups.add(registration.id() + " " + registration.keySetUrl() + " " + kid);
              if (keySetDown) {
                return KeyLookup.unavailable();
              }
              JWK key = publishedKeys.get(kid);
              return key == null ? KeyLookup.notPublished() : KeyLookup.found(key);
            },
            (registrationId, nonceHash, keepUntil) ->
                usedNonces.putIfAbsent(registrationId + " " + nonceHash, keepUntil) == null,
            new Clock() {
              @Override
              public Instant instant() {
                return now;
              }

              @Override
              public ZoneId getZone() {
                return ZoneOffset.UTC;
              }

              @Override
              public Clock withZone(ZoneId zone) {
                return this;
              }
            },
            () -> leeway,
            (registrationId, consumerKey) ->
                Optional.ofNullable(lti11Secrets.get(registrationId + " " + consumerKey))));
  }

  /** The request the platform's form posts for {@code token}, from this browser. */
  LaunchRequest request(String idToken) {
    return new LaunchRequest(idToken, STATE, cookies, LaunchTokens.TOOL);
  }

  LaunchMessage accept(LaunchToken token) {
    return pipeline().validate(request(token.signed()));
  }

  LaunchError refusal(LaunchToken token) {
    return refusal(request(token.signed()));
  }

  LaunchError refusal(LaunchRequest request) {
    try {
      LaunchMessage accepted = pipeline().validate(request);
      return fail("expected a refusal, but the launch was accepted for " + accepted.subject());
    } catch (LaunchException e) {
      return e.error();
    }
  }
}
