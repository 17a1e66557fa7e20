package org.mentorlink.tool.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Launch tokens for unit tests: a valid launch from {@link #ISSUER}, changed one claim at a time
 * ({@code aLaunch().without("sub")}, {@code aLaunch().audience(CLIENT_ID, "other")}).
 */
final class LaunchTokens {
  static final String ISSUER = "https://moodle.example.ac.uk";
  static final String CLIENT_ID = "mentorlink-client";
  static final String DEPLOYMENT_ID = "1";
  static final String TOOL = "https://mentorlink.example.org";
  static final String KID = "platform-key-1";
  static final String NONCE = "nonce-5f2c9a0e7d1b4c3a8e6f";
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  /**
   * Two RSA key pairs made once for these tests (test-only secrets, in {@code
   * lti/launch-test-keys.json}): generating 2048-bit keys on every run costs more than the tests.
   */
  private static final List<JWK> TEST_KEYS = testKeys();

  /** The platform's signing key, published under {@link #KID}. */
  static final RSAKey PLATFORM_KEY = TEST_KEYS.get(0).toRSAKey();

  /** Another RSA key under the same kid: not the platform's. */
  static final RSAKey IMPOSTOR_KEY = TEST_KEYS.get(1).toRSAKey();

  private LaunchTokens() {}

  /** A learner's resource-link launch, as Moodle 4.5 sends it, issued at {@link #NOW}. */
  static LaunchToken aLaunch() {
    LaunchToken t = new LaunchToken();
    t.with("iss", ISSUER)
        .with("aud", CLIENT_ID)
        .with("sub", "42")
        .with("iat", NOW.getEpochSecond())
        .with("exp", NOW.plusSeconds(60).getEpochSecond())
        .with("nonce", NONCE)
        .with("name", "Zoë Ashworth")
        .with("email", "zoe.ashworth@example.nhs.uk")
        .lti("message_type", LtiClaims.RESOURCE_LINK_REQUEST)
        .lti("version", LtiClaims.VERSION_1_3_0)
        .lti("deployment_id", DEPLOYMENT_ID)
        .lti("target_link_uri", TOOL + "/lti/launch")
        .lti("resource_link", Map.of("id", "link-7", "title", "Mentoring"))
        .lti("roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))
        .lti("context", Map.of("id", "course-3", "label", "GPVTS", "title", "GP registrars 2026"));
    return t;
  }

  /** A teacher's deep-linking request (Deep Linking 2.0 §4.4). */
  static LaunchToken aDeepLinkingRequest() {
    return aLaunch()
        .lti("message_type", LtiClaims.DEEP_LINKING_REQUEST)
        .withoutLti("resource_link")
        .with(
            LtiClaims.DEEP_LINKING_SETTINGS,
            Map.of(
                "deep_link_return_url",
                ISSUER + "/mod/lti/contentitem_return.php",
                "accept_types",
                List.of("ltiResourceLink"),
                "data",
                "opaque-data"));
  }

  private static List<JWK> testKeys() {
    try (InputStream in = LaunchTokens.class.getResourceAsStream("/lti/launch-test-keys.json")) {
      return JWKSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getKeys();
    } catch (IOException | ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  static ECKey ec(Curve curve, String kid) {
    try {
      return new ECKeyGenerator(curve).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One token's claims and header, signed when asked. */
  static final class LaunchToken {
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private JWK key = PLATFORM_KEY;
    private JWSAlgorithm algorithm = JWSAlgorithm.RS256;
    private String kid = KID;

    LaunchToken with(String claim, Object value) {
      claims.put(claim, value);
      return this;
    }

    LaunchToken without(String claim) {
      claims.remove(claim);
      return this;
    }

    /** An LTI claim by its short name ({@code "roles"} for {@code …/claim/roles}). */
    LaunchToken lti(String shortName, Object value) {
      return with(LtiClaims.PREFIX + shortName, value);
    }

    LaunchToken withoutLti(String shortName) {
      return without(LtiClaims.PREFIX + shortName);
    }

    /** One audience as a string, several as an array. */
    LaunchToken audience(String... audiences) {
      return with("aud", audiences.length == 1 ? audiences[0] : List.of(audiences));
    }

    LaunchToken issuedAt(Instant iat) {
      return with("iat", iat.getEpochSecond());
    }

    LaunchToken expiresAt(Instant exp) {
      return with("exp", exp.getEpochSecond());
    }

    LaunchToken kid(String kid) {
      this.kid = kid;
      return this;
    }

    LaunchToken withoutKid() {
      return kid(null);
    }

    /** Signed with {@code key} under {@code algorithm}; the kid stays as set. */
    LaunchToken signedWith(JWK key, JWSAlgorithm algorithm) {
      this.key = key;
      this.algorithm = algorithm;
      return this;
    }

    JWTClaimsSet claimsSet() {
      try {
        return JWTClaimsSet.parse(claims);
      } catch (ParseException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The compact JWS. */
    String signed() {
      try {
        SignedJWT jwt =
            new SignedJWT(
                new JWSHeader.Builder(algorithm).keyID(kid).type(JOSEObjectType.JWT).build(),
                claimsSet());
        jwt.sign(signer());
        return jwt.serialize();
      } catch (JOSEException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The same claims as an unsecured JWT ({@code alg: none}). */
    String unsecured() {
      return new PlainJWT(claimsSet()).serialize();
    }

    /** HMAC-signed with {@code secret} (algorithm confusion: a public key as the secret). */
    String signedHs256(byte[] secret) {
      try {
        SignedJWT jwt =
            new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claimsSet());
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
      } catch (JOSEException e) {
        throw new IllegalStateException(e);
      }
    }

    private JWSSigner signer() throws JOSEException {
      if (key instanceof RSAKey rsa) {
        return new RSASSASigner(rsa);
      }
      if (key instanceof ECKey ec) {
        return new ECDSASigner(ec);
      }
      throw new IllegalStateException("no signer for " + key.getKeyType());
    }
  }
}
