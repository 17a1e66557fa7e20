package org.mentorlink.tool.lti.launch;

import static org.mentorlink.tool.lti.launch.ClaimValues.asString;
import static org.mentorlink.tool.lti.launch.ClaimValues.object;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.lti.launch.LaunchStores.Lti11SecretStore;
import org.mentorlink.tool.lti.launch.LaunchStores.PlatformRegistration;

/**
 * Step 10, the LTI 1.1 migration claim — 1EdTech "LTI 1.1 to LTI 1.3 migration", §"LTI 1.1
 * migration claim" ({@code https://purl.imsglobal.org/spec/lti/claim/lti1p1}): a platform that
 * moved from LTI 1.1 names the person's 1.1 {@code user_id} and proves it knows the registration's
 * 1.1 shared secret with {@code oauth_consumer_key_sign} = base64(HMAC-SHA256(secret, {@code
 * oauth_consumer_key & deployment_id & iss & client_id & exp & nonce})). Only a claim for this
 * registration's own consumer key whose signature is right vouches for the {@code user_id}; any
 * other claim (absent, incomplete, another key, a forged signature) is ignored — it never refuses
 * the launch, which then simply makes no link (the guide: "the tool should not link the accounts").
 */
final class Lti1p1Step implements LaunchStep {
  static final String CLAIM = LtiClaims.PREFIX + "lti1p1";
  private static final int MAX_USER_ID = 255;

  private final Lti11SecretStore secrets;

  Lti1p1Step(Lti11SecretStore secrets) {
    this.secrets = secrets;
  }

  @Override
  public String name() {
    return "lti1p1 migration";
  }

  @Override
  public void check(LaunchFacts launch) {
    launch.lti11UserVouchedFor(vouchedUserId(launch).orElse(null));
  }

  private Optional<String> vouchedUserId(LaunchFacts launch) {
    JWTClaimsSet claims = launch.claims();
    Map<String, Object> claim = object(claims, CLAIM);
    if (claim == null) {
      return Optional.empty();
    }
    String userId = asString(claim.get("user_id"));
    String key = asString(claim.get("oauth_consumer_key"));
    String sign = asString(claim.get("oauth_consumer_key_sign"));
    String nonce = asString(claims.getClaim("nonce"));
    Date exp = claims.getExpirationTime();
    if (userId == null
        || userId.isBlank()
        || userId.length() > MAX_USER_ID
        || key == null
        || sign == null
        || nonce == null
        || exp == null) {
      return Optional.empty();
    }
    PlatformRegistration registration = launch.registration();
    Optional<String> secret = secrets.sharedSecret(registration.id(), key);
    if (secret.isEmpty()) {
      return Optional.empty();
    }
    String expected =
        sign(
            key,
            launch.deploymentId(),
            registration.issuer(),
            registration.clientId(),
            exp.getTime() / 1000,
            nonce,
            secret.get());
    return Secrets.constantTimeEquals(expected, sign) ? Optional.of(userId) : Optional.empty();
  }

  /** The migration guide's {@code oauth_consumer_key_sign} for these values. */
  static String sign(
      String consumerKey,
      String deploymentId,
      String issuer,
      String clientId,
      long exp,
      String nonce,
      String secret) {
    String base =
        String.join("&", consumerKey, deploymentId, issuer, clientId, Long.toString(exp), nonce);
    return Secrets.hmacSha256Base64(secret, base);
  }
}
