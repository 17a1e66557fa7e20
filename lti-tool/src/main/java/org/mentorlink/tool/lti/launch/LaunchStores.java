package org.mentorlink.tool.lti.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mentorlink.tool.lti.keys.KeyLookup;

/**
 * Everything the launch pipeline reads or writes besides the request itself, as small interfaces:
 * the database-backed beans in production (wired by {@link LaunchValidator}), fakes in unit tests.
 * Only two of them write, and both only to make a launch single use: the login state is spent and
 * the nonce recorded. Nothing else is written before every step has passed.
 */
public record LaunchStores(
    LoginStateStore logins,
    RegistrationStore registrations,
    PlatformKeyStore keys,
    NonceStore nonces,
    Clock clock,
    LaunchConfig config,
    Lti11SecretStore lti11Secrets) {

  public LaunchStores {
    Objects.requireNonNull(logins, "logins");
    Objects.requireNonNull(registrations, "registrations");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(nonces, "nonces");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(lti11Secrets, "lti11Secrets");
  }

  /** The LTI 1.1 shared secrets (read only), for the LTI 1.1 migration claim. */
  public interface Lti11SecretStore {
    /**
     * The shared secret of the registration's LTI 1.1 consumer key, if {@code consumerKey} is that
     * key; empty otherwise (another registration's key, or none).
     */
    Optional<String> sharedSecret(String registrationId, String consumerKey);
  }

  /** The logins in flight. */
  public interface LoginStateStore {
    /**
     * Spends {@code state} at once and atomically (on every node), whatever happens to the launch
     * afterwards; empty if it was never issued, is already spent or has expired.
     */
    Optional<IssuedLogin> spend(String state);
  }

  /**
   * What the login kept for its state: hashes only, never the secrets themselves; {@code
   * storageTarget} is the platform's storage frame the login offered (null: none).
   */
  public record IssuedLogin(
      String registrationId,
      String nonceHash,
      String browserHash,
      String targetLinkUri,
      String storageTarget) {
    /** A login whose platform offered no storage. */
    public IssuedLogin(
        String registrationId, String nonceHash, String browserHash, String targetLinkUri) {
      this(registrationId, nonceHash, browserHash, targetLinkUri, null);
    }

    /** Whether the login stored its browser secret in the platform's storage too. */
    public boolean offeredPlatformStorage() {
      return storageTarget != null;
    }
  }

  /** The platform registrations and their known deployments (read only). */
  public interface RegistrationStore {
    Optional<PlatformRegistration> find(String registrationId);

    boolean knowsDeployment(String registrationId, String deploymentId);
  }

  /** What the launch needs to know of a registration. */
  public record PlatformRegistration(
      String id,
      String issuer,
      String clientId,
      String keySetUrl,
      boolean enabled,
      boolean acceptsNewDeployments) {}

  /** The platforms' public keys (from each registration's own key-set URL only). */
  public interface PlatformKeyStore {
    KeyLookup find(PlatformRegistration registration, String kid);
  }

  /** The nonces already used. */
  public interface NonceStore {
    /**
     * Records the nonce as used, atomically across nodes; false if it was used before. Kept until
     * {@code keepUntil}, after which a replay fails on its times anyway.
     */
    boolean markUsed(String registrationId, String nonceHash, Instant keepUntil);
  }

  /** The launch's settings. */
  public interface LaunchConfig {
    /** Clock-skew leeway for {@code exp} and {@code iat}. */
    Duration leeway();
  }
}
