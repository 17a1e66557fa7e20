package org.mentorlink.tool.lti.launch;

import java.time.Instant;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.lti.launch.LaunchStores.LaunchConfig;
import org.mentorlink.tool.lti.launch.LaunchStores.NonceStore;

/**
 * Step 6, nonce — SF §5.1.3 step 9 (OIDC Core §3.1.3.7 step 11): the nonce we issued for this
 * state, used once. It is recorded here, atomically, so that a replay is refused on every node; it
 * is kept until the token could no longer pass the times step anyway.
 */
final class NonceStep implements LaunchStep {
  private final NonceStore nonces;
  private final LaunchConfig config;

  NonceStep(NonceStore nonces, LaunchConfig config) {
    this.nonces = nonces;
    this.config = config;
  }

  @Override
  public String name() {
    return "nonce";
  }

  @Override
  public void check(LaunchFacts launch) {
    String expected = launch.login().nonceHash();
    if (!(launch.claims().getClaim("nonce") instanceof String nonce)
        || !Secrets.constantTimeEquals(Secrets.sha256(nonce), expected)) {
      throw LaunchError.NONCE_MISMATCH.refused();
    }
    Instant keepUntil =
        launch
            .claims()
            .getExpirationTime()
            .toInstant()
            .plus(config.leeway())
            .plus(TimesStep.MAX_TOKEN_AGE);
    if (!nonces.markUsed(launch.registration().id(), expected, keepUntil)) {
      throw LaunchError.NONCE_ALREADY_USED.refused();
    }
  }
}
