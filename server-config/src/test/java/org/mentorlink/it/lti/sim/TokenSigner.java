package org.mentorlink.it.lti.sim;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Turns a claim set into an {@code id_token}: properly (RS256 with the platform's key) or in one of
 * the ways an attacker or a broken platform would.
 */
@FunctionalInterface
public interface TokenSigner {
  String sign(JWTClaimsSet claims) throws JOSEException;

  /** RS256 with {@code key}, its own {@code kid} in the header. */
  static TokenSigner rs256(RSAKey key) {
    return rs256(key, key.getKeyID());
  }

  /** RS256 with {@code key} and the given {@code kid} in the header ({@code null}: no kid). */
  static TokenSigner rs256(RSAKey key, String kid) {
    return claims -> {
      JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT);
      if (kid != null) {
        header.keyID(kid);
      }
      SignedJWT jwt = new SignedJWT(header.build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    };
  }

  /** RS256 with {@code key}, no {@code kid} in the header. */
  static TokenSigner withoutKid(RSAKey key) {
    return rs256(key, null);
  }

  /** {@code alg=none}: an unsecured (plain) JWT. */
  static TokenSigner unsigned() {
    return claims -> new PlainJWT(claims).serialize();
  }

  /**
   * The algorithm-confusion attack: HS256 with the platform's <em>public</em> key (its X.509 DER
   * encoding) as the HMAC secret, and that key's {@code kid}.
   */
  static TokenSigner hs256WithPublicKey(RSAKey key) {
    return claims -> {
      byte[] secret = key.toRSAPublicKey().getEncoded();
      JWSHeader header =
          new JWSHeader.Builder(JWSAlgorithm.HS256)
              .type(JOSEObjectType.JWT)
              .keyID(key.getKeyID())
              .build();
      SignedJWT jwt = new SignedJWT(header, claims);
      jwt.sign(new MACSigner(secret));
      return jwt.serialize();
    };
  }

  /** ES256 with a fresh EC key, announcing {@code kid} (e.g. the platform's RSA key id). */
  static TokenSigner es256(String kid) {
    return claims -> {
      ECKey ec = new ECKeyGenerator(Curve.P_256).generate();
      JWSHeader header =
          new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).keyID(kid).build();
      SignedJWT jwt = new SignedJWT(header, claims);
      jwt.sign(new ECDSASigner(ec));
      return jwt.serialize();
    };
  }

  /** Always the given text, whatever the claims (e.g. {@code "not-a-jwt"}). */
  static TokenSigner fixed(String token) {
    return claims -> token;
  }

  /** This signer, then {@code after} applied to the compact token. */
  default TokenSigner then(UnaryOperator<String> after) {
    return claims -> after.apply(sign(claims));
  }

  /**
   * A signed token whose payload was changed after signing (the roles become system administrator)
   * and re-encoded; header and signature are kept, so the token still parses but its signature no
   * longer matches.
   */
  static String tamper(String compactJws) {
    return tamper(compactJws, payload -> payload.put(Lti.ROLES, List.of(Lti.SYSTEM_ADMINISTRATOR)));
  }

  /** A signed token whose payload {@code change} edited; header and signature kept. */
  static String tamper(String compactJws, Consumer<Map<String, Object>> change) {
    String[] parts = compactJws.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a compact JWS");
    }
    try {
      Map<String, Object> payload = JSONObjectUtils.parse(new Base64URL(parts[1]).decodeToString());
      change.accept(payload);
      String changed = Base64URL.encode(JSONObjectUtils.toJSONString(payload)).toString();
      if (changed.equals(parts[1])) {
        throw new IllegalArgumentException("the change left the payload as it was");
      }
      return parts[0] + "." + changed + "." + parts[2];
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
