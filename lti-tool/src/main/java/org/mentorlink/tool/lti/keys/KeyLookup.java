package org.mentorlink.tool.lti.keys;

import com.nimbusds.jose.jwk.JWK;
import java.util.Objects;

/**
 * The answer to "which of the platform's keys is {@code kid}?": the key; or the platform answered
 * with a key set that does not hold it; or no usable key set can be had just now (the platform's
 * JWKS timed out, refused the connection, answered 5xx or garbage), so the launch may work shortly.
 *
 * @param key the key when {@code outcome} is {@link Outcome#FOUND}, else null
 */
public record KeyLookup(Outcome outcome, JWK key) {
  /** The three answers. */
  public enum Outcome {
    FOUND,
    NOT_PUBLISHED,
    UNAVAILABLE
  }

  public KeyLookup {
    Objects.requireNonNull(outcome);
    if ((outcome == Outcome.FOUND) != (key != null)) {
      throw new IllegalArgumentException("a key exactly when found");
    }
  }

  public static KeyLookup found(JWK key) {
    return new KeyLookup(Outcome.FOUND, Objects.requireNonNull(key));
  }

  public static KeyLookup notPublished() {
    return new KeyLookup(Outcome.NOT_PUBLISHED, null);
  }

  public static KeyLookup unavailable() {
    return new KeyLookup(Outcome.UNAVAILABLE, null);
  }
}
