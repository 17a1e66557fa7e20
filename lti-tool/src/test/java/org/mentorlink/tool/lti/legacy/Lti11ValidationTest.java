package org.mentorlink.tool.lti.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.lti.launch.LaunchError;
import org.mentorlink.tool.lti.launch.LaunchException;
import org.mentorlink.tool.lti.launch.LaunchMessage;

/**
 * Every rule of an LTI 1.1 launch, without a server: each test signs a launch the validation
 * accepts (with an OAuth signer written from RFC 5849, not the library) and changes one thing. The
 * signature is checked by the IMS library itself, as in production.
 */
class Lti11ValidationTest {
  static final String URL = "https://mentorlink.example.org/lti/launch11";
  static final String KEY = "moodle-legacy-key";
  static final String SECRET = "s3cret-shared-with-the-1.1-platform";
  static final String REGISTRATION_ID = "5d0c1f1e-legacy-registration";

  // The library checks the timestamp against the real clock: the tests' clock is the real now.
  final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  Duration window = Duration.ofSeconds(120);
  boolean enabled = true;
  final AtomicInteger secretsOpened = new AtomicInteger();
  final Map<String, Instant> usedNonces = new HashMap<>();

  Lti11Validation validation() {
    return new Lti11Validation(
        key ->
            KEY.equals(key)
                ? Optional.of(
                    new Lti11Validation.Consumer(
                        REGISTRATION_ID,
                        null,
                        enabled,
                        () -> {
                          secretsOpened.incrementAndGet();
                          return SECRET;
                        }))
                : Optional.empty(),
        (registrationId, consumerKey, nonceHash, keepUntil) ->
            usedNonces.putIfAbsent(registrationId + " " + consumerKey + " " + nonceHash, keepUntil)
                == null,
        new OAuthSignatures(),
        Clock.fixed(now, ZoneOffset.UTC),
        () -> window);
  }

  static Map<String, String> launchParameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("lti_message_type", "basic-lti-launch-request");
    p.put("lti_version", "LTI-1p0");
    p.put("resource_link_id", "429785226");
    p.put("resource_link_title", "Mentoring");
    p.put("user_id", "292832126");
    p.put("roles", "Instructor,urn:lti:instrole:ims/lis/Administrator");
    p.put("context_id", "456434513");
    p.put("context_title", "GP registrars 2026");
    p.put("context_label", "GPVTS");
    p.put("lis_person_name_full", "Zoë Ashworth");
    p.put("lis_person_contact_email_primary", "zoe.ashworth@example.nhs.uk");
    p.put("tool_consumer_instance_guid", "moodle.example.ac.uk");
    return p;
  }

  Map<String, String> signed(Map<String, String> params) {
    return signed(params, URL, SECRET, now.getEpochSecond(), "nonce-" + UUID.randomUUID());
  }

  static Map<String, String> signed(
      Map<String, String> params, String url, String secret, long timestamp, String nonce) {
    return OAuth1Signer.signedForm(url, params, KEY, secret, timestamp, nonce);
  }

  static Lti11Request request(Map<String, String> form, String url) {
    Map<String, List<String>> multi = new LinkedHashMap<>();
    form.forEach((k, v) -> multi.put(k, List.of(v)));
    return new Lti11Request(multi, url, true);
  }

  LaunchMessage accept(Map<String, String> form) {
    return validation().validate(request(form, URL));
  }

  LaunchError refusal(Map<String, String> form) {
    return refusal(request(form, URL));
  }

  LaunchError refusal(Lti11Request request) {
    try {
      LaunchMessage m = validation().validate(request);
      return fail("expected a refusal, but the launch was accepted for " + m.subject());
    } catch (LaunchException e) {
      return e.error();
    }
  }

  @Test
  void aSignedLaunchIsAcceptedAsTheSameMessageAnLti13LaunchGives() {
    Map<String, String> p = launchParameters();
    p.put("custom_mentorlink_view", "cpd");
    LaunchMessage m = accept(signed(p));
    assertEquals(LaunchMessage.Protocol.LTI_1_1, m.protocol());
    assertEquals(REGISTRATION_ID, m.registrationId());
    assertEquals("292832126", m.subject());
    assertEquals("292832126", m.lti11UserId());
    assertEquals(Lti11Validation.DEPLOYMENT_ID, m.deploymentId());
    assertEquals("Zoë Ashworth", m.name());
    assertEquals("zoe.ashworth@example.nhs.uk", m.email());
    assertEquals(
        List.of(
            "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
            "urn:lti:instrole:ims/lis/Administrator"),
        m.roles());
    assertEquals(
        new LaunchMessage.Context("456434513", "GP registrars 2026", "GPVTS"), m.context());
    assertEquals(new LaunchMessage.ResourceLink("429785226", "Mentoring", "cpd"), m.resourceLink());
    assertNull(m.services());
    assertNull(m.deepLinking());
    assertTrue(m.boundToBrowser());
    assertEquals(1, usedNonces.size());
  }

  @Nested
  class Signature {
    @Test
    void theIndependentSignerAgreesWithOAuthCoresWorkedExample() {
      // OAuth Core 1.0 Appendix A.5: GET photos.example.net with a token.
      List<Map.Entry<String, String>> params = new ArrayList<>();
      params.add(Map.entry("oauth_consumer_key", "dpf43f3p2l4k3l03"));
      params.add(Map.entry("oauth_token", "nnch734d00sl2jdk"));
      params.add(Map.entry("oauth_signature_method", "HMAC-SHA1"));
      params.add(Map.entry("oauth_timestamp", "1191242096"));
      params.add(Map.entry("oauth_nonce", "kllo9940pd9333jh"));
      params.add(Map.entry("oauth_version", "1.0"));
      String base =
          OAuth1Signer.baseString(
              "GET", "http://photos.example.net/photos?file=vacation.jpg&size=original", params);
      assertEquals(
          "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key"
              + "%3Ddpf43f3p2l4k3l03%26oauth_nonce%3Dkllo9940pd9333jh%26oauth_signature_method%3DHMAC-SHA1"
              + "%26oauth_timestamp%3D1191242096%26oauth_token%3Dnnch734d00sl2jdk%26oauth_version%3D1.0"
              + "%26size%3Doriginal",
          base);
      assertEquals(
          "tR3+Ty81lMeYAr/Fid0kMTYa/WM=",
          OAuth1Signer.hmacSha1(base, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00"));
    }

    @Test
    void aWrongSecretIsRefused() {
      Map<String, String> form =
          signed(launchParameters(), URL, "not-the-secret-at-all", now.getEpochSecond(), "n-1");
      assertEquals(LaunchError.LTI11_SIGNATURE_INVALID, refusal(form));
    }

    @Test
    void aParameterChangedAfterSigningIsRefused() {
      Map<String, String> form = signed(launchParameters());
      form.put("roles", "Instructor");
      form.put("user_id", "1");
      assertEquals(LaunchError.LTI11_SIGNATURE_INVALID, refusal(form));
    }

    @Test
    void aParameterAddedAfterSigningIsRefused() {
      Map<String, String> form = signed(launchParameters());
      form.put("custom_mentorlink_view", "cpd");
      assertEquals(LaunchError.LTI11_SIGNATURE_INVALID, refusal(form));
    }

    @Test
    void aLaunchSignedForAnotherAddressIsRefused() {
      for (String other :
          List.of(
              "https://evil.example/lti/launch11",
              "http://mentorlink.example.org/lti/launch11",
              "https://mentorlink.example.org:8443/lti/launch11",
              "https://mentorlink.example.org/lti/launch")) {
        Map<String, String> form =
            signed(launchParameters(), other, SECRET, now.getEpochSecond(), "n-" + other);
        assertEquals(LaunchError.LTI11_SIGNATURE_INVALID, refusal(form), other);
      }
    }

    @Test
    void theBaseStringNormalisesTheAddressAndEncodesEveryParameter() {
      // The platform signed https://HOST:443/… (a default port, upper case) and a query string;
      // the values hold spaces, plus signs, reserved and non-ASCII characters.
      String posted = URL + "?placement=cpd&x=a%20b";
      String signedFor = "https://MENTORLINK.example.org:443/lti/launch11?placement=cpd&x=a%20b";
      Map<String, String> p = launchParameters();
      p.put("lis_person_name_full", "Siân O'Neill-Smith + ñ & 漢字 ~*");
      p.put("custom_notes", "a=b&c=d; 100% /?#[]@!$'()*,");
      Map<String, String> form = signed(p, signedFor, SECRET, now.getEpochSecond(), "n-encode");
      LaunchMessage m = validation().validate(request(form, posted));
      assertEquals("Siân O'Neill-Smith + ñ & 漢字 ~*", m.name());
    }

    @Test
    void theQueryStringIsSigned() {
      Map<String, String> form =
          signed(launchParameters(), URL + "?a=1", SECRET, now.getEpochSecond(), "n-q");
      assertEquals(LaunchError.LTI11_SIGNATURE_INVALID, refusal(request(form, URL + "?a=2")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLAINTEXT", "RSA-SHA1", "HMAC-SHA256", "hmac-sha1"})
    void anotherSignatureMethodIsRefused(String method) {
      // PLAINTEXT: the "signature" is the secret itself, which the library would accept.
      Map<String, String> form = signed(launchParameters());
      form.put("oauth_signature_method", method);
      form.put("oauth_signature", OAuth1Signer.encode(SECRET) + "&");
      assertEquals(LaunchError.LTI11_SIGNATURE_METHOD_UNSUPPORTED, refusal(form));
    }
  }

  @Nested
  class Timestamp {
    @Test
    void aTimestampJustInsideTheWindowIsAccepted() {
      long ts = now.minus(window).plusSeconds(5).getEpochSecond();
      accept(signed(launchParameters(), URL, SECRET, ts, "n-old-ok"));
      long future = now.plus(window).minusSeconds(5).getEpochSecond();
      accept(signed(launchParameters(), URL, SECRET, future, "n-future-ok"));
    }

    @Test
    void aStaleTimestampIsRefusedByTheConfiguredWindowNotOnlyTheLibrarys() {
      // 100 s outside a 120 s window, well inside the library's own five minutes.
      long ts = now.minus(window).minusSeconds(100).getEpochSecond();
      assertEquals(
          LaunchError.LTI11_TIMESTAMP_REFUSED,
          refusal(signed(launchParameters(), URL, SECRET, ts, "n-stale")));
      assertTrue(usedNonces.isEmpty(), "a refused launch does not spend its nonce");
    }

    @Test
    void aTimestampInTheFutureIsRefused() {
      long ts = now.plus(window).plusSeconds(100).getEpochSecond();
      assertEquals(
          LaunchError.LTI11_TIMESTAMP_REFUSED,
          refusal(signed(launchParameters(), URL, SECRET, ts, "n-future")));
    }

    @Test
    void aTimestampThatIsNoNumberIsRefused() {
      Map<String, String> p = launchParameters();
      Map<String, String> form = OAuth1Signer.signedForm(URL, p, KEY, SECRET, 0, "n-nan");
      form.put("oauth_timestamp", "yesterday");
      assertEquals(LaunchError.LTI11_TIMESTAMP_REFUSED, refusal(form));
    }
  }

  @Nested
  class Nonce {
    @Test
    void aReplayedLaunchIsRefused() {
      Map<String, String> form = signed(launchParameters());
      accept(form);
      assertEquals(LaunchError.LTI11_NONCE_ALREADY_USED, refusal(form));
    }

    @Test
    void theSameNonceWithAnotherTimestampIsStillRefused() {
      accept(signed(launchParameters(), URL, SECRET, now.getEpochSecond(), "n-same"));
      assertEquals(
          LaunchError.LTI11_NONCE_ALREADY_USED,
          refusal(signed(launchParameters(), URL, SECRET, now.getEpochSecond() - 1, "n-same")));
    }

    @Test
    void theNonceIsKeptHashedUntilItsTimestampLeavesTheWindow() {
      long ts = now.getEpochSecond() - 30;
      accept(signed(launchParameters(), URL, SECRET, ts, "n-kept"));
      String key = REGISTRATION_ID + " " + KEY + " " + Secrets.sha256("n-kept");
      assertEquals(
          Instant.ofEpochSecond(ts).plus(window).plus(Lti11Validation.NONCE_MARGIN),
          usedNonces.get(key));
    }

    @Test
    void aBadlySignedLaunchDoesNotSpendTheNonce() {
      refusal(signed(launchParameters(), URL, "a-guessed-secret-value", now.getEpochSecond(), "n"));
      assertTrue(usedNonces.isEmpty());
      accept(signed(launchParameters(), URL, SECRET, now.getEpochSecond(), "n"));
    }
  }

  @Nested
  class Form {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "oauth_consumer_key",
          "oauth_signature_method",
          "oauth_timestamp",
          "oauth_nonce",
          "oauth_signature"
        })
    void aMissingOAuthParameterIsRefused(String name) {
      Map<String, String> form = signed(launchParameters());
      form.remove(name);
      assertEquals(LaunchError.LTI11_PARAMETER_MISSING, refusal(form));
    }

    @Test
    void aRepeatedParameterIsRefused() {
      Map<String, String> form = signed(launchParameters());
      Map<String, List<String>> multi = new LinkedHashMap<>();
      form.forEach((k, v) -> multi.put(k, List.of(v)));
      multi.put("roles", List.of("Learner", "Instructor"));
      assertEquals(
          LaunchError.LTI11_PARAMETER_REPEATED, refusal(new Lti11Request(multi, URL, true)));
    }

    @Test
    void anEmptyFormIsRefused() {
      assertEquals(
          LaunchError.LTI11_PARAMETER_MISSING, refusal(new Lti11Request(Map.of(), URL, true)));
    }

    @Test
    void anotherOAuthVersionIsRefused() {
      Map<String, String> form = signed(launchParameters());
      form.put("oauth_version", "2.0");
      assertEquals(LaunchError.LTI11_OAUTH_VERSION_UNSUPPORTED, refusal(form));
    }

    @Test
    void anUnknownConsumerKeyIsRefusedWithoutOpeningASecret() {
      Map<String, String> form =
          OAuth1Signer.signedForm(
              URL, launchParameters(), "someone-else", SECRET, now.getEpochSecond(), "n-u");
      assertEquals(LaunchError.LTI11_UNKNOWN_CONSUMER, refusal(form));
      assertEquals(0, secretsOpened.get());
    }

    @Test
    void aDisabledRegistrationIsRefusedWithoutOpeningItsSecret() {
      enabled = false;
      assertEquals(LaunchError.REGISTRATION_DISABLED, refusal(signed(launchParameters())));
      assertEquals(0, secretsOpened.get());
    }
  }

  @Nested
  class Message {
    @Test
    void anotherMessageTypeIsRefused() {
      Map<String, String> p = launchParameters();
      p.put("lti_message_type", "ContentItemSelectionRequest");
      assertEquals(LaunchError.LTI11_MESSAGE_UNSUPPORTED, refusal(signed(p)));
    }

    @Test
    void anotherLtiVersionIsRefused() {
      Map<String, String> p = launchParameters();
      p.put("lti_version", "LTI-2p0");
      assertEquals(LaunchError.LTI11_VERSION_UNSUPPORTED, refusal(signed(p)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lti_message_type", "lti_version"})
    void aMissingMessageParameterIsRefused(String name) {
      Map<String, String> p = launchParameters();
      p.remove(name);
      assertEquals(LaunchError.LTI11_PARAMETER_MISSING, refusal(signed(p)));
    }

    @Test
    void anAnonymousLaunchIsRefused() {
      Map<String, String> p = launchParameters();
      p.remove("user_id");
      assertEquals(LaunchError.SUBJECT_MISSING, refusal(signed(p)));
      p.put("user_id", " ");
      assertEquals(LaunchError.SUBJECT_MISSING, refusal(signed(p)));
    }

    @Test
    void anOversizedUserIdIsRefused() {
      Map<String, String> p = launchParameters();
      p.put("user_id", "u".repeat(Lti11Validation.MAX_USER_ID + 1));
      assertEquals(LaunchError.SUBJECT_MISSING, refusal(signed(p)));
    }

    @Test
    void aLaunchWithoutAResourceLinkIsRefused() {
      Map<String, String> p = launchParameters();
      p.remove("resource_link_id");
      assertEquals(LaunchError.CLAIM_MISSING, refusal(signed(p)));
    }

    @Test
    void theNameIsMadeOfGivenAndFamilyNamesWhenNoFullNameIsSent() {
      Map<String, String> p = launchParameters();
      p.remove("lis_person_name_full");
      p.put("lis_person_name_given", "Zoë");
      p.put("lis_person_name_family", "Ashworth");
      assertEquals("Zoë Ashworth", accept(signed(p)).name());
    }

    @Test
    void aLaunchWithoutContextOrPersonalDataIsAccepted() {
      Map<String, String> p = launchParameters();
      p.remove("context_id");
      p.remove("lis_person_name_full");
      p.remove("lis_person_contact_email_primary");
      p.remove("roles");
      LaunchMessage m = accept(signed(p));
      assertNull(m.context());
      assertNull(m.name());
      assertNull(m.email());
      assertEquals(List.of(), m.roles());
    }
  }
}
