package org.mentorlink.tool.lti.launch;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Set;

/**
 * Step 2, JWT format — SF §5.1.3 and RFC 7519 §7.2: a compact JWS of reasonable size with a JSON
 * claims set; never unsecured ({@code alg=none}), and signed with an asymmetric algorithm only
 * (RS256 is required by SF §6.1; HS* would let a public key serve as the secret).
 */
final class FormatStep implements LaunchStep {
  static final int MAX_TOKEN_LENGTH = 64 * 1024;

  static final Set<JWSAlgorithm> ALLOWED_ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512);

  @Override
  public String name() {
    return "format";
  }

  @Override
  public void check(LaunchFacts launch) {
    String token = launch.request().idToken();
    if (token == null || token.isBlank()) {
      throw LaunchError.TOKEN_MISSING.refused();
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw LaunchError.TOKEN_MALFORMED.refused();
    }
    SignedJWT jwt = signed(token);
    if (!ALLOWED_ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
      throw LaunchError.ALG_NOT_ALLOWED.refused();
    }
    try {
      launch.parsed(jwt, jwt.getJWTClaimsSet());
    } catch (ParseException e) {
      throw LaunchError.TOKEN_MALFORMED.refused();
    }
  }

  private static SignedJWT signed(String token) {
    try {
      JWT parsed = JWTParser.parse(token);
      if (parsed instanceof SignedJWT signed) {
        return signed;
      }
    } catch (ParseException e) {
      // not a JWT at all
    }
    throw LaunchError.TOKEN_MALFORMED.refused();
  }
}
