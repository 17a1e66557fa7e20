package org.mentorlink.tool.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mentorlink.tool.lti.launch.LaunchFixture.REGISTRATION_ID;
import static org.mentorlink.tool.lti.launch.LaunchTokens.CLIENT_ID;
import static org.mentorlink.tool.lti.launch.LaunchTokens.DEPLOYMENT_ID;
import static org.mentorlink.tool.lti.launch.LaunchTokens.ISSUER;
import static org.mentorlink.tool.lti.launch.LaunchTokens.NONCE;
import static org.mentorlink.tool.lti.launch.LaunchTokens.NOW;
import static org.mentorlink.tool.lti.launch.LaunchTokens.aLaunch;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlink.tool.lti.launch.LaunchTokens.LaunchToken;

/**
 * The LTI 1.1 migration claim (1EdTech LTI 1.1 to 1.3 migration guide): only a claim signed with
 * the registration's own 1.1 secret vouches for the 1.1 user_id; nothing about the claim ever
 * refuses the launch.
 */
class Lti1p1MigrationClaimTest {
  static final String KEY = "moodle-legacy-key";
  static final String SECRET = "s3cret-shared-with-moodle-1.1";
  static final long EXP = NOW.plusSeconds(60).getEpochSecond();

  private final LaunchFixture launch = new LaunchFixture();

  @BeforeEach
  void theRegistrationHasAnLti11Key() {
    launch.lti11Secrets.put(REGISTRATION_ID + " " + KEY, SECRET);
  }

  @Test
  void theSignatureIsTheGuidesExample() {
    // The guide's worked example: key 179248902, deployment 689302, iss https://lmsvendor.com,
    // client_id PM48OJSfGDTAzAo, exp 1551290856, nonce 172we8671fd8z, secret my-lti11-secret.
    assertEquals(
        "lWd54kFo5qU7xshAna6v8BwoBm6tmUjc6GTax6+12ps=",
        Lti1p1Step.sign(
            "179248902",
            "689302",
            "https://lmsvendor.com",
            "PM48OJSfGDTAzAo",
            1551290856L,
            "172we8671fd8z",
            "my-lti11-secret"));
  }

  @Test
  void aValidlySignedClaimVouchesForTheUserId() {
    LaunchMessage m = launch.accept(aLaunch().lti("lti1p1", claim("34212", KEY, validSign(KEY))));
    assertEquals("34212", m.lti11UserId());
    assertEquals(LaunchMessage.Protocol.LTI_1_3, m.protocol());
    assertEquals("42", m.subject());
  }

  @Test
  void noClaimVouchesForNothing() {
    assertNull(launch.accept(aLaunch()).lti11UserId());
  }

  @Test
  void aForgedSignatureVouchesForNothingButTheLaunchIsAccepted() {
    String forged = Lti1p1Step.sign(KEY, DEPLOYMENT_ID, ISSUER, CLIENT_ID, EXP, NONCE, "guessed");
    LaunchMessage m = launch.accept(aLaunch().lti("lti1p1", claim("34212", KEY, forged)));
    assertNull(m.lti11UserId());
    assertEquals("42", m.subject());
  }

  @Test
  void aSignatureOverOtherValuesVouchesForNothing() {
    // Signed for another deployment, another exp, another nonce: each must be in the string.
    for (String sign :
        new String[] {
          Lti1p1Step.sign(KEY, "2", ISSUER, CLIENT_ID, EXP, NONCE, SECRET),
          Lti1p1Step.sign(KEY, DEPLOYMENT_ID, ISSUER, CLIENT_ID, EXP + 1, NONCE, SECRET),
          Lti1p1Step.sign(KEY, DEPLOYMENT_ID, ISSUER, CLIENT_ID, EXP, "other-nonce", SECRET),
          Lti1p1Step.sign(KEY, DEPLOYMENT_ID, ISSUER, "other-client", EXP, NONCE, SECRET),
          Lti1p1Step.sign(
              KEY, DEPLOYMENT_ID, "https://other.example", CLIENT_ID, EXP, NONCE, SECRET)
        }) {
      LaunchFixture fresh = new LaunchFixture();
      fresh.lti11Secrets.put(REGISTRATION_ID + " " + KEY, SECRET);
      assertNull(fresh.accept(aLaunch().lti("lti1p1", claim("34212", KEY, sign))).lti11UserId());
    }
  }

  @Test
  void aKeyThatIsNotTheRegistrationsVouchesForNothing() {
    // Validly signed with a secret, but for a consumer key this registration does not have.
    String sign =
        Lti1p1Step.sign("other-key", DEPLOYMENT_ID, ISSUER, CLIENT_ID, EXP, NONCE, SECRET);
    assertNull(
        launch.accept(aLaunch().lti("lti1p1", claim("34212", "other-key", sign))).lti11UserId());
  }

  @Test
  void anIncompleteClaimVouchesForNothing() {
    Map<String, Object> noSign = claim("34212", KEY, null);
    Map<String, Object> noUser = claim(null, KEY, validSign(KEY));
    Map<String, Object> blankUser = claim(" ", KEY, validSign(KEY));
    for (Map<String, Object> c : java.util.List.of(noSign, noUser, blankUser)) {
      LaunchFixture fresh = new LaunchFixture();
      fresh.lti11Secrets.put(REGISTRATION_ID + " " + KEY, SECRET);
      assertNull(fresh.accept(aLaunch().lti("lti1p1", c)).lti11UserId());
    }
    LaunchFixture notAnObject = new LaunchFixture();
    assertNull(notAnObject.accept(aLaunch().lti("lti1p1", "34212")).lti11UserId());
  }

  @Test
  void aRegistrationWithoutAnLti11KeyNeverLinks() {
    LaunchFixture noKey = new LaunchFixture();
    LaunchToken t = aLaunch().lti("lti1p1", claim("34212", KEY, validSign(KEY)));
    assertNull(noKey.accept(t).lti11UserId());
  }

  private static String validSign(String key) {
    return Lti1p1Step.sign(key, DEPLOYMENT_ID, ISSUER, CLIENT_ID, EXP, NONCE, SECRET);
  }

  private static Map<String, Object> claim(String userId, String key, String sign) {
    Map<String, Object> c = new HashMap<>();
    if (userId != null) {
      c.put("user_id", userId);
    }
    c.put("oauth_consumer_key", key);
    if (sign != null) {
      c.put("oauth_consumer_key_sign", sign);
    }
    return c;
  }
}
