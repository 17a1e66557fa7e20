package org.mentorlink.tool.lti.legacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.lti.launch.LaunchError;
import org.mentorlink.tool.lti.launch.LaunchMessage;

/**
 * The validation of an LTI 1.1 launch (LTI 1.1 Implementation Guide §4 and §B; OAuth Core 1.0a §9
 * signatures, §8 timestamps and nonces) as ordered steps, each refusing with its {@link
 * LaunchError}: the form ({@link #form}), the consumer key ({@link #consumer}), the signature
 * method, the timestamp window, the signature (checked by the IMS library), the nonce (recorded,
 * once per consumer key, only for a launch that is signed and in date), the message type and
 * version, and the launch's parameters. The output is the same {@link LaunchMessage} an LTI 1.3
 * launch gives; nothing but the nonce has been written.
 *
 * <p>LTI 1.1 is less secure than 1.3: the platform and the tool share one secret, the launch is a
 * form any page can post (so a signed launch is only as good as its single-use nonce and short
 * window), and nothing signs who the person is beyond that form.
 */
public final class Lti11Validation {
  /** The deployment id a 1.1 launch is recorded with (LTI 1.1 has none). */
  public static final String DEPLOYMENT_ID = "lti1.1";

  static final String MESSAGE_TYPE = "basic-lti-launch-request";
  static final String VERSION = "LTI-1p0";
  static final String SIGNATURE_METHOD = "HMAC-SHA1";

  /** Kept a little beyond the window, so a clock step on another node cannot reopen a nonce. */
  static final Duration NONCE_MARGIN = Duration.ofMinutes(1);

  /** The largest {@code user_id} kept (the person's subject is {@code lti11:} + it). */
  static final int MAX_USER_ID = 249;

  static final List<String> REQUIRED_OAUTH =
      List.of(
          "oauth_consumer_key",
          "oauth_signature_method",
          "oauth_timestamp",
          "oauth_nonce",
          "oauth_signature");

  /** The LTI 1.1 consumers (registrations with a consumer key), read only. */
  public interface Consumers {
    Optional<Consumer> find(String consumerKey);
  }

  /**
   * A registration as an LTI 1.1 launch needs it; the secret is opened only once the launch has
   * passed the checks that need none.
   */
  public record Consumer(
      String registrationId, String issuer, boolean enabled, Supplier<String> secret) {}

  /** The nonces already used. */
  public interface Nonces {
    /** Records the nonce as used, atomically across nodes; false if it was used before. */
    boolean markUsed(
        String registrationId, String consumerKey, String nonceHash, Instant keepUntil);
  }

  private final Consumers consumers;
  private final Nonces nonces;
  private final OAuthSignatures signatures;
  private final Clock clock;
  private final Supplier<Duration> window;

  public Lti11Validation(
      Consumers consumers,
      Nonces nonces,
      OAuthSignatures signatures,
      Clock clock,
      Supplier<Duration> window) {
    this.consumers = Objects.requireNonNull(consumers);
    this.nonces = Objects.requireNonNull(nonces);
    this.signatures = Objects.requireNonNull(signatures);
    this.clock = Objects.requireNonNull(clock);
    this.window = Objects.requireNonNull(window);
  }

  /** The validated launch; throws the {@code LaunchException} of the first step that refuses. */
  public LaunchMessage validate(Lti11Request request) {
    Map<String, String> form = form(request);
    Consumer consumer = consumer(form);
    signatureMethod(form);
    Instant timestamp = timestamp(form);
    signature(form, request.launchUrl(), consumer);
    nonce(form, consumer, timestamp);
    message(form);
    return Lti11Messages.of(form, consumer, request);
  }

  /**
   * Step 1, the form: one value per parameter (a repeated one would be signed as several, and read
   * as one), the OAuth parameters a signed launch carries (OAuth Core 1.0a §7), and OAuth 1.0.
   */
  static Map<String, String> form(Lti11Request request) {
    Map<String, String> form = new HashMap<>();
    for (Map.Entry<String, List<String>> p : request.parameters().entrySet()) {
      List<String> values = p.getValue();
      if (values == null || values.isEmpty()) {
        continue;
      }
      if (values.size() > 1) {
        throw LaunchError.LTI11_PARAMETER_REPEATED.refused();
      }
      form.put(p.getKey(), values.get(0) == null ? "" : values.get(0));
    }
    for (String name : REQUIRED_OAUTH) {
      String v = form.get(name);
      if (v == null || v.isEmpty()) {
        throw LaunchError.LTI11_PARAMETER_MISSING.refused(
            "The LTI 1.1 launch lacks the " + name + " parameter.");
      }
    }
    String version = form.get("oauth_version");
    if (version != null && !version.equals("1.0")) {
      throw LaunchError.LTI11_OAUTH_VERSION_UNSUPPORTED.refused();
    }
    return form;
  }

  /** Step 2, the consumer key: a registration has it, and is enabled. */
  private Consumer consumer(Map<String, String> form) {
    Consumer c =
        consumers
            .find(form.get("oauth_consumer_key"))
            .orElseThrow(LaunchError.LTI11_UNKNOWN_CONSUMER::refused);
    if (!c.enabled()) {
      throw LaunchError.REGISTRATION_DISABLED.refused();
    }
    return c;
  }

  /**
   * Step 3, the signature method — LTI 1.1 Implementation Guide §4.2: HMAC-SHA1 only (PLAINTEXT
   * would send the secret itself; RSA-SHA1 is not used by LTI).
   */
  static void signatureMethod(Map<String, String> form) {
    if (!SIGNATURE_METHOD.equals(form.get("oauth_signature_method"))) {
      throw LaunchError.LTI11_SIGNATURE_METHOD_UNSUPPORTED.refused();
    }
  }

  /**
   * Step 4, the timestamp — OAuth Core 1.0a §8: seconds since the epoch, within the configured
   * window of now either way (platforms' clocks drift; the nonce is kept for as long).
   */
  Instant timestamp(Map<String, String> form) {
    Instant at;
    try {
      at = Instant.ofEpochSecond(Long.parseLong(form.get("oauth_timestamp")));
    } catch (RuntimeException e) {
      throw LaunchError.LTI11_TIMESTAMP_REFUSED.refused(
          "The launch's timestamp is not a number of seconds.");
    }
    Instant now = clock.instant();
    Duration w = window.get();
    if (at.isBefore(now.minus(w)) || at.isAfter(now.plus(w))) {
      throw LaunchError.LTI11_TIMESTAMP_REFUSED.refused();
    }
    return at;
  }

  /**
   * Step 5, the signature — OAuth Core 1.0a §9.2 over the URL the platform posted to (this tool's
   * public URL, with any query string) and every parameter, with the consumer's shared secret.
   */
  private void signature(Map<String, String> form, String url, Consumer consumer) {
    switch (signatures.verify(form, url, consumer.secret().get())) {
      case VALID -> {}
      case TIMESTAMP_REFUSED -> throw LaunchError.LTI11_TIMESTAMP_REFUSED.refused();
      case INVALID -> throw LaunchError.LTI11_SIGNATURE_INVALID.refused();
    }
  }

  /**
   * Step 6, the nonce — OAuth Core 1.0a §8: used once per consumer key (recorded in the database,
   * for every node), and kept until its timestamp leaves the window.
   */
  private void nonce(Map<String, String> form, Consumer consumer, Instant timestamp) {
    Instant keepUntil = timestamp.plus(window.get()).plus(NONCE_MARGIN);
    if (!nonces.markUsed(
        consumer.registrationId(),
        form.get("oauth_consumer_key"),
        Secrets.sha256(form.get("oauth_nonce")),
        keepUntil)) {
      throw LaunchError.LTI11_NONCE_ALREADY_USED.refused();
    }
  }

  /**
   * Step 7, the message — LTI 1.1 Implementation Guide §B.1: a basic launch request of LTI 1.0/1.1
   * ({@code LTI-1p0}); content-item and other messages are not supported.
   */
  static void message(Map<String, String> form) {
    String type = form.get("lti_message_type");
    String version = form.get("lti_version");
    if (type == null || type.isBlank() || version == null || version.isBlank()) {
      throw LaunchError.LTI11_PARAMETER_MISSING.refused(
          "The LTI 1.1 launch lacks lti_message_type or lti_version.");
    }
    if (!MESSAGE_TYPE.equals(type.strip())) {
      throw LaunchError.LTI11_MESSAGE_UNSUPPORTED.refused();
    }
    if (!VERSION.equals(version.strip())) {
      throw LaunchError.LTI11_VERSION_UNSUPPORTED.refused();
    }
  }
}
