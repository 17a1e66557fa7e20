package org.mentorlink.tool.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.mentorlink.tool.lti.keys.KeyLookup;
import org.mentorlink.tool.lti.launch.LaunchStores.PlatformKeyStore;

/**
 * Step 4, signature — SF §5.1.3 step 1 and §6.3: verified with the platform key named by {@code
 * kid}, taken only from the registration's own key set (never from the token's {@code jwk}, {@code
 * jku} or {@code x5u} headers); the key must be for signing, and its type and any algorithm it
 * declares must match the token's. A key set that cannot be fetched just now is told apart from one
 * that lacks the kid: the first may work in a moment, the second will not.
 */
final class SignatureStep implements LaunchStep {
  private final PlatformKeyStore keys;

  SignatureStep(PlatformKeyStore keys) {
    this.keys = keys;
  }

  @Override
  public String name() {
    return "signature";
  }

  @Override
  public void check(LaunchFacts launch) {
    SignedJWT jwt = launch.token();
    String kid = jwt.getHeader().getKeyID();
    if (kid == null || kid.isBlank()) {
      throw LaunchError.KID_MISSING.refused();
    }
    KeyLookup lookup = keys.find(launch.registration(), kid);
    switch (lookup.outcome()) {
      case FOUND -> verify(jwt, lookup.key());
      case NOT_PUBLISHED -> throw LaunchError.KID_UNKNOWN.refused();
      case UNAVAILABLE -> throw LaunchError.PLATFORM_KEYS_UNAVAILABLE.refused();
      default -> throw new IllegalStateException(lookup.outcome().name());
    }
  }

  private static void verify(SignedJWT jwt, JWK key) {
    JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
    if (key.getKeyUse() != null && key.getKeyUse() != KeyUse.SIGNATURE) {
      throw LaunchError.ALG_KEY_MISMATCH.refused("The platform key is not for signing.");
    }
    if (key.getAlgorithm() != null && !key.getAlgorithm().equals(alg)) {
      throw LaunchError.ALG_KEY_MISMATCH.refused();
    }
    try {
      if (!jwt.verify(verifier(alg, key))) {
        throw LaunchError.SIGNATURE_INVALID.refused();
      }
    } catch (JOSEException e) {
      throw LaunchError.SIGNATURE_INVALID.refused();
    }
  }

  private static JWSVerifier verifier(JWSAlgorithm alg, JWK key) throws JOSEException {
    if (JWSAlgorithm.Family.RSA.contains(alg) && key instanceof RSAKey rsa) {
      return new RSASSAVerifier(rsa.toRSAPublicKey());
    }
    if (JWSAlgorithm.Family.EC.contains(alg) && key instanceof ECKey ec) {
      ECDSAVerifier verifier = new ECDSAVerifier(ec.toECPublicKey());
      if (verifier.supportedJWSAlgorithms().contains(alg)) {
        return verifier;
      }
    }
    throw LaunchError.ALG_KEY_MISMATCH.refused();
  }
}
