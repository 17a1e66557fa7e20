package org.mentorlink.tool.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every application setting, typed. Defaults live in {@code
 * META-INF/microprofile-config.properties}; each can be overridden by an environment variable
 * ({@code mentorlink.public.url} by {@code MENTORLINK_PUBLIC_URL}). The README lists them all in
 * one table.
 */
@ApplicationScoped
public class MentorlinkConfig {

  @Inject
  @ConfigProperty(name = "mentorlink.public.url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "mentorlink.operator.token")
  Optional<String> operatorToken;

  @Inject
  @ConfigProperty(name = "mentorlink.allow.private.network", defaultValue = "false")
  boolean allowPrivateNetwork;

  @Inject
  @ConfigProperty(name = "mentorlink.retention.sweep.hours", defaultValue = "24")
  int retentionSweepHours;

  @Inject
  @ConfigProperty(name = "mentorlink.retention.as.of.allowed", defaultValue = "false")
  boolean retentionAsOfAllowed;

  @Inject
  @ConfigProperty(name = "mentorlink.claim.link.seconds", defaultValue = "1209600")
  long claimLinkSeconds;

  @Inject
  @ConfigProperty(name = "mentorlink.db.migrate.on.start", defaultValue = "true")
  boolean migrateOnStart;

  @Inject
  @ConfigProperty(name = "mentorlink.health.db.timeout.seconds", defaultValue = "3")
  int healthDbTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "mentorlink.time.zone", defaultValue = "Europe/London")
  String timeZone;

  @Inject
  @ConfigProperty(name = "mentorlink.keys.overlap.hours", defaultValue = "24")
  int keyOverlapHours;

  @Inject
  @ConfigProperty(name = "mentorlink.launch.leeway.seconds", defaultValue = "60")
  int launchLeewaySeconds;

  @Inject
  @ConfigProperty(name = "mentorlink.lti11.timestamp.window.seconds", defaultValue = "300")
  int lti11TimestampWindowSeconds;

  @Inject
  @ConfigProperty(name = "mentorlink.platform.keys.min.ttl.seconds", defaultValue = "30")
  int platformKeysMinTtlSeconds;

  @Inject
  @ConfigProperty(name = "mentorlink.session.hours", defaultValue = "8")
  int sessionHours;

  /**
   * The public base URL of the tool ({@code https://mentorlink.example.org}), without a trailing
   * slash; empty if not configured, in which case it is taken from each request.
   */
  public Optional<URI> publicUrl() {
    return publicUrl
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
        .map(URI::create);
  }

  /** The bearer token of the operator API; the API is disabled while this is empty. */
  public Optional<String> operatorToken() {
    return operatorToken.map(String::strip).filter(s -> !s.isEmpty());
  }

  /** Allow outbound calls to loopback and private addresses, and plain http (tests only). */
  /**
   * How long the lead's link for a caller to claim a request stays valid (10 seconds to 28 days; 14
   * days by default).
   */
  public Duration claimLinkValidity() {
    return Duration.ofSeconds(Math.max(10, Math.min(28L * 24 * 3600, claimLinkSeconds)));
  }

  /** How often each server tries to claim and run the retention sweep (1 to 168 hours). */
  public Duration retentionSweepEvery() {
    return Duration.ofHours(Math.max(1, Math.min(168, retentionSweepHours)));
  }

  /**
   * Whether the operator's retention run may count expiry as of a later date ({@code asOf}): for
   * trying a retention setting out on test data, never in production.
   */
  public boolean retentionAsOfAllowed() {
    return retentionAsOfAllowed;
  }

  public boolean allowPrivateNetwork() {
    return allowPrivateNetwork;
  }

  /** Apply schema migrations when the application starts. */
  public boolean migrateOnStart() {
    return migrateOnStart;
  }

  /** How long the readiness check waits for the database. */
  public Duration healthDbTimeout() {
    return Duration.ofSeconds(Math.max(1, healthDbTimeoutSeconds));
  }

  /** How long a retired tool key stays published after rotation. */
  public Duration keyOverlap() {
    return Duration.ofHours(Math.max(1, keyOverlapHours));
  }

  /** Clock-skew leeway for the exp and iat of launch tokens (0 to 300 seconds). */
  public Duration launchLeeway() {
    return Duration.ofSeconds(Math.max(0, Math.min(300, launchLeewaySeconds)));
  }

  /**
   * How far an LTI 1.1 launch's {@code oauth_timestamp} may be from now, either way (1 to 300
   * seconds: the IMS library's own verifier never accepts more than five minutes).
   */
  public Duration lti11TimestampWindow() {
    return Duration.ofSeconds(Math.max(1, Math.min(300, lti11TimestampWindowSeconds)));
  }

  /**
   * The shortest time a platform's key set is cached, whatever its {@code Cache-Control} says (1 s
   * to 1 h).
   */
  public Duration platformKeysMinTtl() {
    return Duration.ofSeconds(Math.max(1, Math.min(3600, platformKeysMinTtlSeconds)));
  }

  /** How long a browser session lasts after a launch. */
  public Duration sessionLifetime() {
    return Duration.ofHours(Math.max(1, Math.min(24, sessionHours)));
  }

  /** The time zone dates are shown in. */
  public String timeZone() {
    return timeZone;
  }
}
