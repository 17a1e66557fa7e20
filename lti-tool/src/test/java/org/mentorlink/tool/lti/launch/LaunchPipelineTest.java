package org.mentorlink.tool.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.tool.lti.launch.LaunchError.*;
import static org.mentorlink.tool.lti.launch.LaunchFixture.REGISTRATION_ID;
import static org.mentorlink.tool.lti.launch.LaunchFixture.STATE;
import static org.mentorlink.tool.lti.launch.LaunchTokens.CLIENT_ID;
import static org.mentorlink.tool.lti.launch.LaunchTokens.ISSUER;
import static org.mentorlink.tool.lti.launch.LaunchTokens.KID;
import static org.mentorlink.tool.lti.launch.LaunchTokens.NOW;
import static org.mentorlink.tool.lti.launch.LaunchTokens.PLATFORM_KEY;
import static org.mentorlink.tool.lti.launch.LaunchTokens.TOOL;
import static org.mentorlink.tool.lti.launch.LaunchTokens.aDeepLinkingRequest;
import static org.mentorlink.tool.lti.launch.LaunchTokens.aLaunch;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.lti.launch.LaunchTokens.LaunchToken;
import org.mentorlink.tool.lti.login.StateCookie;

/**
 * Every rule of the launch pipeline, one claim at a time, without a server: each test starts from a
 * launch the pipeline accepts and changes one thing.
 */
class LaunchPipelineTest {
  private final LaunchFixture launch = new LaunchFixture();

  @Test
  void aValidLaunchIsAccepted() {
    LaunchMessage m = launch.accept(aLaunch());
    assertEquals(REGISTRATION_ID, m.registrationId());
    assertEquals(ISSUER, m.issuer());
    assertEquals(CLIENT_ID, m.clientId());
    assertEquals("1", m.deploymentId());
    assertFalse(m.newDeployment());
    assertEquals("42", m.subject());
    assertEquals("Zoë Ashworth", m.name());
    assertEquals("zoe.ashworth@example.nhs.uk", m.email());
    assertEquals(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"), m.roles());
    assertEquals(LtiClaims.RESOURCE_LINK_REQUEST, m.messageType());
    assertEquals(TOOL + "/lti/launch", m.targetLinkUri());
    assertEquals(new LaunchMessage.Context("course-3", "GP registrars 2026", "GPVTS"), m.context());
    assertEquals(new LaunchMessage.ResourceLink("link-7", "Mentoring", null), m.resourceLink());
    assertNull(m.services());
    assertNull(m.deepLinking());
    assertTrue(m.boundToBrowser());
  }

  @Test
  void theStepsRunInTheirOrder() {
    assertEquals(
        List.of(
            "state",
            "format",
            "registration",
            "signature",
            "times",
            "nonce",
            "deployment",
            "version",
            "message type",
            "lti1p1 migration",
            "claims"),
        launch.pipeline().stepNames());
  }

  @Nested
  class State {
    @Test
    void aMissingBlankOrOversizedStateIsRefused() {
      String token = aLaunch().signed();
      for (String state : new String[] {null, "", "   ", "s".repeat(201)}) {
        LaunchRequest r = new LaunchRequest(token, state, launch.cookies, TOOL);
        assertEquals(STATE_MISSING, launch.refusal(r), "state " + state);
      }
    }

    @Test
    void aStateWeNeverIssuedIsRefused() {
      LaunchRequest r = new LaunchRequest(aLaunch().signed(), "made-up", launch.cookies, TOOL);
      assertEquals(STATE_UNKNOWN, launch.refusal(r));
    }

    @Test
    void theStateIsSpentWhateverFollows() {
      assertEquals(TOKEN_MALFORMED, launch.refusal(launch.request("not a token")));
      assertEquals(STATE_UNKNOWN, launch.refusal(aLaunch()), "a state is used once");
    }

    @Test
    void theStateIsSpentBeforeTheTokenIsRead() {
      launch.logins.clear();
      assertEquals(STATE_UNKNOWN, launch.refusal(launch.request("not a token")));
    }

    @Test
    void aStateCookieWithAnotherValueIsRefused() {
      launch.cookies.put(StateCookie.nameFor(STATE), "someone-elses-secret");
      assertEquals(STATE_NOT_BOUND, launch.refusal(aLaunch()));
    }

    @Test
    void aBrowserWithAnotherLoginOfOursInFlightButNotThisOneIsRefused() {
      launch.cookies.clear();
      launch.cookies.put(StateCookie.nameFor("state-of-its-own-login"), "its-own-secret");
      assertEquals(STATE_NOT_BOUND, launch.refusal(aLaunch()), "no hand-off: login CSRF");
    }

    @Test
    void aBrowserThatSentNoStateCookieAtAllGoesOnUnbound() {
      launch.cookies.clear();
      launch.cookies.put("mentorlink_session", "unrelated");
      launch.cookies.put("MoodleSession", "unrelated");
      LaunchMessage m = launch.accept(aLaunch());
      assertFalse(m.boundToBrowser(), "to the new-window hand-off");
      assertEquals(BrowserBinding.NONE, m.binding());
    }

    @Test
    void theStateCookieBindsTheLaunch() {
      assertEquals(BrowserBinding.COOKIE, launch.accept(aLaunch()).binding());
    }
  }

  /**
   * Platform storage (LTI Client Side postMessages): the state cookie did not come back, and the
   * tool's launch page posts the secret it read back from the platform's storage.
   */
  @Nested
  class StoredSecret {
    /**
     * A login that offered platform storage, from a browser that sent none of the tool's cookies.
     */
    private LaunchFixture storing() {
      LaunchFixture f = new LaunchFixture();
      f.offerPlatformStorage();
      f.cookies.clear();
      return f;
    }

    private LaunchRequest posted(LaunchFixture f, String secret, String origin) {
      return new LaunchRequest(aLaunch().signed(), STATE, f.cookies, TOOL, secret, origin);
    }

    @Test
    void theLoginsSecretPostedByTheToolsOwnPageBindsTheLaunch() {
      LaunchFixture f = storing();
      LaunchMessage m = f.pipeline().validate(posted(f, LaunchFixture.BROWSER_SECRET, TOOL));
      assertEquals(BrowserBinding.PLATFORM_STORAGE, m.binding());
      assertTrue(m.boundToBrowser());
    }

    @Test
    void aWrongSecretIsRefusedNotHandedOff() {
      for (String secret :
          new String[] {
            "someone-elses-secret", LaunchFixture.BROWSER_SECRET + "x", "s".repeat(201)
          }) {
        LaunchFixture f = storing();
        assertEquals(STATE_NOT_BOUND, f.refusal(posted(f, secret, TOOL)), secret);
      }
    }

    @Test
    void aRefusedSecretSpendsTheState() {
      LaunchFixture f = storing();
      assertEquals(STATE_NOT_BOUND, f.refusal(posted(f, "someone-elses-secret", TOOL)));
      assertEquals(
          STATE_UNKNOWN, f.refusal(posted(f, LaunchFixture.BROWSER_SECRET, TOOL)), "no second try");
    }

    @Test
    void anAbsentOrBlankSecretGoesOnUnbound() {
      for (String secret : new String[] {null, "", "  "}) {
        LaunchFixture f = storing();
        assertEquals(
            BrowserBinding.NONE,
            f.pipeline().validate(posted(f, secret, TOOL)).binding(),
            "secret '" + secret + "'");
      }
    }

    @Test
    void theSecretCountsOnlyWhenPostedFromTheToolsOwnOrigin() {
      for (String origin :
          new String[] {null, "null", ISSUER, TOOL + "/", "https://evil.example", ""}) {
        LaunchFixture f = storing();
        assertEquals(
            STATE_NOT_BOUND,
            f.refusal(posted(f, LaunchFixture.BROWSER_SECRET, origin)),
            "posted from " + origin);
      }
    }

    @Test
    void aSecretForALoginThatStoredNoneIsRefused() {
      LaunchFixture f = new LaunchFixture();
      f.cookies.clear();
      assertEquals(STATE_NOT_BOUND, f.refusal(posted(f, LaunchFixture.BROWSER_SECRET, TOOL)));
    }

    @Test
    void aStateCookieOfAnotherLoginIsRefusedEvenWithTheRightSecret() {
      LaunchFixture f = storing();
      f.cookies.put(StateCookie.nameFor("state-of-its-own-login"), "its-own-secret");
      assertEquals(
          STATE_NOT_BOUND, f.refusal(posted(f, LaunchFixture.BROWSER_SECRET, TOOL)), "login CSRF");
    }

    @Test
    void theStateCookieBindsWhenItCameBackWhateverIsPosted() {
      LaunchFixture f = new LaunchFixture();
      f.offerPlatformStorage();
      assertEquals(
          BrowserBinding.COOKIE, f.pipeline().validate(posted(f, "ignored", TOOL)).binding());
    }
  }

  @Nested
  class Format {
    @Test
    void aMissingTokenIsRefused() {
      assertEquals(TOKEN_MISSING, launch.refusal(launch.request(null)));
      assertEquals(TOKEN_MISSING, new LaunchFixture().refusal(new LaunchFixture().request(" ")));
    }

    @Test
    void somethingThatIsNotASignedJwtIsRefused() {
      assertEquals(TOKEN_MALFORMED, launch.refusal(launch.request("a.b.c")));
    }

    @Test
    void anOversizedTokenIsRefused() {
      LaunchToken big = aLaunch().with("padding", "x".repeat(FormatStep.MAX_TOKEN_LENGTH));
      assertEquals(TOKEN_MALFORMED, launch.refusal(big));
    }

    @Test
    void anUnsecuredTokenIsRefused() {
      assertEquals(TOKEN_MALFORMED, launch.refusal(launch.request(aLaunch().unsecured())));
    }

    @Test
    void anHmacTokenIsRefusedEvenWithThePlatformsPublicKeyAsSecret() {
      byte[] secret = PLATFORM_KEY.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
      String token = aLaunch().signedHs256(secret);
      assertEquals(ALG_NOT_ALLOWED, launch.refusal(launch.request(token)));
    }

    @Test
    void aSignedPayloadThatIsNotAClaimsSetIsRefused() throws Exception {
      JWSObject jws =
          new JWSObject(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KID).build(),
              new Payload("[\"not\", \"claims\"]"));
      jws.sign(new RSASSASigner(PLATFORM_KEY));
      assertEquals(TOKEN_MALFORMED, launch.refusal(launch.request(jws.serialize())));
    }
  }

  @Nested
  class Registration {
    @Test
    void aLoginWhoseRegistrationIsGoneIsRefused() {
      launch.registrations.clear();
      assertEquals(UNKNOWN_REGISTRATION, launch.refusal(aLaunch()));
    }

    @Test
    void aDisabledRegistrationIsRefused() {
      launch.registrations.put(REGISTRATION_ID, LaunchFixture.registration(false, false));
      assertEquals(REGISTRATION_DISABLED, launch.refusal(aLaunch()));
      assertEquals(403, REGISTRATION_DISABLED.status());
    }

    @Test
    void anotherIssuerThanTheLoginsIsRefused() {
      assertEquals(
          UNKNOWN_REGISTRATION, launch.refusal(aLaunch().with("iss", "https://evil.example")));
      assertEquals(UNKNOWN_REGISTRATION, new LaunchFixture().refusal(aLaunch().without("iss")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
      assertEquals(AUDIENCE_MISMATCH, launch.refusal(aLaunch().audience("someone-else")));
      assertEquals(AUDIENCE_MISMATCH, new LaunchFixture().refusal(aLaunch().without("aud")));
    }

    @Test
    void anAudienceListWithOurClientIdIsAcceptedWithOurAzp() {
      assertEquals(
          "42",
          launch.accept(aLaunch().audience(CLIENT_ID, CLIENT_ID).with("azp", CLIENT_ID)).subject());
    }

    @Test
    void anExtraUntrustedAudienceIsRefusedEvenWithOurAzp() {
      // SF §5.1.3: "or if it contains additional audiences not trusted by the Tool".
      assertEquals(
          AUDIENCE_MISMATCH,
          launch.refusal(aLaunch().audience(CLIENT_ID, "another-tool").with("azp", CLIENT_ID)));
    }

    @Test
    void severalAudiencesWithoutAzpAreRefused() {
      assertEquals(AUDIENCE_MISMATCH, launch.refusal(aLaunch().audience(CLIENT_ID, CLIENT_ID)));
    }

    @Test
    void anAzpThatIsNotOurClientIdIsRefused() {
      assertEquals(AUDIENCE_MISMATCH, launch.refusal(aLaunch().with("azp", "another-tool")));
    }
  }

  @Nested
  class Signature {
    @Test
    void aTokenWithoutKidIsRefused() {
      assertEquals(KID_MISSING, launch.refusal(aLaunch().withoutKid()));
    }

    @Test
    void aKidThePlatformDoesNotPublishIsRefused() {
      assertEquals(KID_UNKNOWN, launch.refusal(aLaunch().kid("not-published")));
      assertEquals(401, KID_UNKNOWN.status());
    }

    @Test
    void whenThePlatformsKeysCannotBeFetchedTheLaunchMayBeTriedAgain() {
      launch.keySetDown = true;
      assertEquals(PLATFORM_KEYS_UNAVAILABLE, launch.refusal(aLaunch()));
      assertEquals(503, PLATFORM_KEYS_UNAVAILABLE.status());
    }

    @Test
    void theKeyIsLookedUpInTheLoginsRegistrationOnly() {
      launch.accept(aLaunch());
      assertEquals(
          List.of(REGISTRATION_ID + " " + LaunchFixture.KEY_SET_URL + " " + KID),
          launch.keyLookups);
    }

    @Test
    void aTokenSignedByAnotherKeyUnderThePublishedKidIsRefused() {
      RSAKey other = LaunchTokens.IMPOSTOR_KEY;
      assertEquals(
          SIGNATURE_INVALID, launch.refusal(aLaunch().signedWith(other, JWSAlgorithm.RS256)));
    }

    @Test
    void aTamperedPayloadIsRefused() {
      String[] parts = aLaunch().signed().split("\\.");
      String forged = aLaunch().with("sub", "1").claimsSet().toString().replace(" ", "");
      String token = parts[0] + "." + Base64URL.encode(forged) + "." + parts[2];
      assertEquals(SIGNATURE_INVALID, launch.refusal(launch.request(token)));
    }

    @Test
    void aKeyForEncryptionIsRefused() throws Exception {
      launch.publishedKeys.put(
          KID,
          new RSAKey.Builder(PLATFORM_KEY.toRSAPublicKey())
              .keyID(KID)
              .keyUse(KeyUse.ENCRYPTION)
              .build());
      assertEquals(ALG_KEY_MISMATCH, launch.refusal(aLaunch()));
    }

    @Test
    void aKeyThatDeclaresAnotherAlgorithmIsRefused() throws Exception {
      launch.publishedKeys.put(
          KID,
          new RSAKey.Builder(PLATFORM_KEY.toRSAPublicKey())
              .keyID(KID)
              .algorithm(JWSAlgorithm.RS512)
              .build());
      assertEquals(ALG_KEY_MISMATCH, launch.refusal(aLaunch()));
    }

    @Test
    void anEcSignatureAnnouncingAnRsaKeyIsRefused() {
      ECKey ec = LaunchTokens.ec(Curve.P_256, KID);
      assertEquals(ALG_KEY_MISMATCH, launch.refusal(aLaunch().signedWith(ec, JWSAlgorithm.ES256)));
    }

    @Test
    void anEcKeyOfAnotherCurveThanTheAlgorithmIsRefused() {
      ECKey p384 = LaunchTokens.ec(Curve.P_384, "ec-384");
      launch.publishedKeys.put("ec-384", p384.toPublicJWK());
      ECKey p256 = LaunchTokens.ec(Curve.P_256, "ec-384");
      assertEquals(
          ALG_KEY_MISMATCH,
          launch.refusal(aLaunch().kid("ec-384").signedWith(p256, JWSAlgorithm.ES256)));
    }

    @Test
    void anEcSignedLaunchIsAccepted() {
      ECKey ec = LaunchTokens.ec(Curve.P_256, "ec-1");
      launch.publishedKeys.put("ec-1", ec.toPublicJWK());
      assertEquals(
          "42", launch.accept(aLaunch().kid("ec-1").signedWith(ec, JWSAlgorithm.ES256)).subject());
    }

    @Test
    void theSignatureIsCheckedBeforeTheTimes() {
      RSAKey other = LaunchTokens.IMPOSTOR_KEY;
      LaunchToken expiredAndForged =
          aLaunch().expiresAt(NOW.minusSeconds(3600)).signedWith(other, JWSAlgorithm.RS256);
      assertEquals(SIGNATURE_INVALID, launch.refusal(expiredAndForged));
    }
  }

  @Nested
  class Times {
    @Test
    void anExpiredTokenIsRefused() {
      assertEquals(TOKEN_EXPIRED, launch.refusal(aLaunch().expiresAt(NOW.minusSeconds(61))));
      assertEquals(TOKEN_EXPIRED, new LaunchFixture().refusal(aLaunch().without("exp")));
    }

    @Test
    void aTokenExpiredWithinTheLeewayIsAccepted() {
      assertEquals("42", launch.accept(aLaunch().expiresAt(NOW.minusSeconds(59))).subject());
    }

    @Test
    void aTokenFromAPlatformClockAMinuteAheadIsAccepted() {
      LaunchToken ahead = aLaunch().issuedAt(NOW.plusSeconds(59)).expiresAt(NOW.plusSeconds(119));
      assertEquals("42", launch.accept(ahead).subject());
    }

    @Test
    void aTokenIssuedInTheFutureBeyondTheLeewayIsRefused() {
      LaunchToken ahead = aLaunch().issuedAt(NOW.plusSeconds(61)).expiresAt(NOW.plusSeconds(121));
      assertEquals(TOKEN_ISSUED_IN_FUTURE, launch.refusal(ahead));
      assertEquals(TOKEN_ISSUED_IN_FUTURE, new LaunchFixture().refusal(aLaunch().without("iat")));
    }

    @Test
    void aTokenIssuedTooLongAgoIsRefused() {
      LaunchToken old = aLaunch().issuedAt(NOW.minusSeconds(10 * 60 + 1));
      assertEquals(TOKEN_TOO_OLD, launch.refusal(old));
      assertEquals(
          "42", new LaunchFixture().accept(aLaunch().issuedAt(NOW.minusSeconds(599))).subject());
    }

    @Test
    void theLeewayIsTheConfiguredOne() {
      launch.leeway = Duration.ZERO;
      assertEquals(TOKEN_EXPIRED, launch.refusal(aLaunch().expiresAt(NOW)));
      LaunchFixture lenient = new LaunchFixture();
      lenient.leeway = Duration.ofSeconds(300);
      assertEquals("42", lenient.accept(aLaunch().expiresAt(NOW.minusSeconds(299))).subject());
    }
  }

  @Nested
  class Nonce {
    @Test
    void aMissingWrongOrMistypedNonceIsRefused() {
      assertEquals(NONCE_MISMATCH, new LaunchFixture().refusal(aLaunch().without("nonce")));
      assertEquals(NONCE_MISMATCH, new LaunchFixture().refusal(aLaunch().with("nonce", "other")));
      assertEquals(NONCE_MISMATCH, new LaunchFixture().refusal(aLaunch().with("nonce", 12)));
    }

    @Test
    void aNonceUsedBeforeIsRefused() {
      launch.usedNonces.put(REGISTRATION_ID + " " + Secrets.sha256(LaunchTokens.NONCE), NOW);
      assertEquals(NONCE_ALREADY_USED, launch.refusal(aLaunch()));
    }

    @Test
    void theNonceIsRecordedUntilTheTokenCouldNoLongerPassItsTimes() {
      launch.accept(aLaunch());
      assertEquals(
          Map.of(
              REGISTRATION_ID + " " + Secrets.sha256(LaunchTokens.NONCE),
              NOW.plusSeconds(60).plus(launch.leeway).plus(TimesStep.MAX_TOKEN_AGE)),
          launch.usedNonces);
    }

    @Test
    void theNonceIsNotRecordedForATokenThatIsOutOfDate() {
      launch.refusal(aLaunch().expiresAt(NOW.minusSeconds(3600)));
      assertTrue(launch.usedNonces.isEmpty());
    }

    @Test
    void theNonceIsRecordedBeforeTheDeploymentIsChecked() {
      assertEquals(DEPLOYMENT_UNKNOWN, launch.refusal(aLaunch().lti("deployment_id", "99")));
      assertEquals(1, launch.usedNonces.size(), "the nonce is spent by a refused launch too");
    }
  }

  @Nested
  class Deployment {
    @Test
    void aMissingBlankOrOversizedDeploymentIsRefusedEvenWhereNewOnesAreAccepted() {
      for (Object deployment : new Object[] {null, " ", "d".repeat(256), 7}) {
        LaunchFixture accepting = new LaunchFixture();
        accepting.registrations.put(REGISTRATION_ID, LaunchFixture.registration(true, true));
        LaunchToken token =
            deployment == null
                ? aLaunch().withoutLti("deployment_id")
                : aLaunch().lti("deployment_id", deployment);
        assertEquals(DEPLOYMENT_UNKNOWN, accepting.refusal(token), "deployment " + deployment);
      }
    }

    @Test
    void anUnknownDeploymentIsRefusedUnlessTheRegistrationAcceptsNewOnes() {
      assertEquals(DEPLOYMENT_UNKNOWN, launch.refusal(aLaunch().lti("deployment_id", "2")));
    }

    @Test
    void aNewDeploymentTheRegistrationAcceptsIsReportedNotRecorded() {
      launch.registrations.put(REGISTRATION_ID, LaunchFixture.registration(true, true));
      LaunchMessage m = launch.accept(aLaunch().lti("deployment_id", "2"));
      assertEquals("2", m.deploymentId());
      assertTrue(m.newDeployment(), "the launch handler records it");
      assertFalse(launch.deployments.contains(REGISTRATION_ID + " 2"));
    }

    @Test
    void aKnownDeploymentIsNotNew() {
      launch.registrations.put(REGISTRATION_ID, LaunchFixture.registration(true, true));
      assertFalse(launch.accept(aLaunch()).newDeployment());
    }
  }

  @Nested
  class Version {
    @Test
    void aMissingOrOtherVersionIsRefused() {
      assertEquals(
          VERSION_UNSUPPORTED, new LaunchFixture().refusal(aLaunch().withoutLti("version")));
      assertEquals(
          VERSION_UNSUPPORTED, new LaunchFixture().refusal(aLaunch().lti("version", "1.1")));
    }
  }

  @Nested
  class MessageType {
    @Test
    void aMissingOrOtherMessageTypeIsRefused() {
      assertEquals(
          MESSAGE_TYPE_UNSUPPORTED,
          new LaunchFixture().refusal(aLaunch().withoutLti("message_type")));
      assertEquals(
          MESSAGE_TYPE_UNSUPPORTED,
          new LaunchFixture().refusal(aLaunch().lti("message_type", "LtiSubmissionReviewRequest")));
    }

    @Test
    void aDeepLinkingRequestIsAcceptedWithItsSettings() {
      LaunchMessage m = launch.accept(aDeepLinkingRequest());
      assertTrue(m.isDeepLinking());
      assertEquals(
          new LaunchMessage.DeepLinking(ISSUER + "/mod/lti/contentitem_return.php", "opaque-data"),
          m.deepLinking());
      assertNull(m.resourceLink());
    }
  }

  @Nested
  class Claims {
    @Test
    void aLaunchWithoutSubjectIsRefused() {
      assertEquals(SUBJECT_MISSING, new LaunchFixture().refusal(aLaunch().without("sub")));
      assertEquals(SUBJECT_MISSING, new LaunchFixture().refusal(aLaunch().with("sub", " ")));
      assertEquals(
          SUBJECT_MISSING, new LaunchFixture().refusal(aLaunch().with("sub", "s".repeat(256))));
    }

    @Test
    void aLaunchWithoutARolesArrayIsRefused() {
      assertEquals(CLAIM_MISSING, new LaunchFixture().refusal(aLaunch().withoutLti("roles")));
      assertEquals(CLAIM_MISSING, new LaunchFixture().refusal(aLaunch().lti("roles", "Learner")));
    }

    @Test
    void emptyRolesAreAcceptedAndOddOnesDropped() {
      assertEquals(
          List.of(), new LaunchFixture().accept(aLaunch().lti("roles", List.of())).roles());
      List<Object> odd = List.of("", 7, "r".repeat(501), "Instructor");
      assertEquals(List.of("Instructor"), launch.accept(aLaunch().lti("roles", odd)).roles());
    }

    @Test
    void aResourceLinkLaunchWithoutItsLinkIdIsRefused() {
      assertEquals(
          CLAIM_MISSING, new LaunchFixture().refusal(aLaunch().withoutLti("resource_link")));
      assertEquals(
          CLAIM_MISSING,
          new LaunchFixture().refusal(aLaunch().lti("resource_link", Map.of("title", "no id"))));
      assertEquals(
          CLAIM_MISSING,
          new LaunchFixture().refusal(aLaunch().lti("resource_link", Map.of("id", " "))));
    }

    @Test
    void aResourceLinkLaunchWithoutTargetLinkUriIsRefused() {
      assertEquals(CLAIM_MISSING, launch.refusal(aLaunch().withoutLti("target_link_uri")));
    }

    @Test
    void aTargetOnAnotherSiteIsRefused() {
      assertEquals(
          TARGET_OFF_SITE,
          launch.refusal(aLaunch().lti("target_link_uri", "https://evil.example/lti/launch")));
    }

    @Test
    void aDeepLinkingRequestWithoutAValidReturnUrlIsRefused() {
      assertEquals(
          CLAIM_MISSING,
          new LaunchFixture()
              .refusal(aDeepLinkingRequest().without(LtiClaims.DEEP_LINKING_SETTINGS)));
      assertEquals(
          CLAIM_MISSING,
          new LaunchFixture()
              .refusal(
                  aDeepLinkingRequest()
                      .with(
                          LtiClaims.DEEP_LINKING_SETTINGS,
                          Map.of("deep_link_return_url", "not-a-url"))));
    }

    @Test
    void aDeepLinkingRequestWithoutTargetGoesWhereTheLoginSaid() {
      LaunchMessage m = launch.accept(aDeepLinkingRequest().withoutLti("target_link_uri"));
      assertEquals(LaunchFixture.LOGIN_TARGET, m.targetLinkUri());
    }

    @Test
    void oversizedDeepLinkingDataIsDropped() {
      LaunchToken big =
          aDeepLinkingRequest()
              .with(
                  LtiClaims.DEEP_LINKING_SETTINGS,
                  Map.of("deep_link_return_url", ISSUER + "/return", "data", "d".repeat(4001)));
      assertNull(launch.accept(big).deepLinking().data());
    }

    @Test
    void theNameIsMadeFromGivenAndFamilyNamesWhenThereIsNoName() {
      LaunchMessage m =
          launch.accept(
              aLaunch().without("name").with("given_name", "Priya").with("family_name", "Shah"));
      assertEquals("Priya Shah", m.name());
    }

    @Test
    void withoutPersonalDataThereIsNoNameOrEmail() {
      LaunchMessage m = launch.accept(aLaunch().without("name").without("email"));
      assertNull(m.name());
      assertNull(m.email());
    }

    @Test
    void theServicesOfferedAreKept() {
      LaunchMessage m =
          launch.accept(
              aLaunch()
                  .with(
                      LtiClaims.AGS_ENDPOINT,
                      Map.of(
                          "lineitems",
                          ISSUER + "/mod/lti/services.php/3/lineitems?type_id=1",
                          "scope",
                          List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score")))
                  .with(
                      LtiClaims.NRPS, Map.of("context_memberships_url", ISSUER + "/memberships")));
      assertNotNull(m.services());
      assertEquals(
          ISSUER + "/mod/lti/services.php/3/lineitems?type_id=1", m.services().lineItemsUrl());
      assertEquals(
          List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"), m.services().agsScopes());
      assertEquals(ISSUER + "/memberships", m.services().membershipsUrl());
    }

    @Test
    void thePlacementCustomParameterIsKeptAsSentForTheBridgeToJudge() {
      assertEquals(
          "cpd",
          new LaunchFixture()
              .accept(aLaunch().lti("custom", Map.of("mentorlink_view", " cpd ", "other", "x")))
              .resourceLink()
              .placement());
      assertEquals(
          "scheme:123",
          new LaunchFixture()
              .accept(aLaunch().lti("custom", Map.of("mentorlink_view", "scheme:123")))
              .resourceLink()
              .placement());
      assertNull(
          new LaunchFixture()
              .accept(aLaunch().lti("custom", Map.of("x", "y")))
              .resourceLink()
              .placement());
      assertNull(
          new LaunchFixture()
              .accept(aLaunch().lti("custom", "not an object"))
              .resourceLink()
              .placement());
    }

    @Test
    void aLaunchWithoutContextHasNone() {
      assertNull(launch.accept(aLaunch().withoutLti("context")).context());
    }
  }
}
