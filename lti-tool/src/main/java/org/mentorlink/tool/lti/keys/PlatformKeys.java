package org.mentorlink.tool.lti.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorlink.tool.infrastructure.http.OutboundHttp;
import org.mentorlink.tool.infrastructure.http.UnsafeUrlException;
import org.mentorlink.tool.lti.registration.Registration;

/**
 * The platforms' public keys, cached per registration (and key-set URL). The cache honours the
 * platform's {@code Cache-Control: max-age} (within bounds); an unknown {@code kid} triggers one
 * re-fetch, rate-limited and coalesced so a flood of bad tokens cannot make the tool hammer the
 * platform; when the platform's JWKS is down or returns garbage, the last good keys are kept. Only
 * keys from the registration's own key-set URL are ever used — never keys named in a token.
 */
@ApplicationScoped
public class PlatformKeys {
  private static final Logger LOG = Logger.getLogger(PlatformKeys.class.getName());
  static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
  static final Duration MIN_TTL = Duration.ofSeconds(30);
  static final Duration MAX_TTL = Duration.ofHours(12);
  static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(10);
  private static final Pattern MAX_AGE = Pattern.compile("max-age\\s*=\\s*(\\d+)");

  @Inject OutboundHttp http;
  @Inject Clock clock;

  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  private static final class Entry {
    final ReentrantLock lock = new ReentrantLock();
    volatile JWKSet keys;
    volatile Instant expiresAt = Instant.EPOCH;
    volatile Instant lastAttempt = Instant.EPOCH;
    volatile Instant lastForced = Instant.EPOCH;
  }

  /** The registration's public key with {@code kid}, if the platform publishes one. */
  public Optional<JWK> key(Registration registration, String kid) {
    Entry e =
        cache.computeIfAbsent(registration.id() + " " + registration.keySetUrl(), k -> new Entry());
    Instant now = clock.instant();
    if (e.keys == null || now.isAfter(e.expiresAt)) {
      refresh(e, registration, now, false);
    }
    JWK key = e.keys == null ? null : e.keys.getKeyByKeyId(kid);
    if (key == null) {
      // LTI Security Framework 6.3: a platform may rotate keys; fetch again once for a new kid.
      refresh(e, registration, now, true);
      key = e.keys == null ? null : e.keys.getKeyByKeyId(kid);
    }
    return Optional.ofNullable(key);
  }

  private void refresh(
      Entry e, Registration registration, Instant requestedAt, boolean unknownKid) {
    e.lock.lock();
    try {
      // Coalesce: another thread fetched while this one waited for the lock.
      if (e.lastAttempt.isAfter(requestedAt) || e.lastAttempt.equals(requestedAt)) {
        return;
      }
      Instant now = clock.instant();
      if (unknownKid) {
        // Rate limit: at most one re-fetch for unknown kids per interval, counted from the last
        // such re-fetch (a scheduled fetch just before a rotation does not delay the new key).
        if (e.lastForced.plus(MIN_REFETCH_INTERVAL).isAfter(now)) {
          return;
        }
        e.lastForced = now;
      } else if (e.keys != null && now.isBefore(e.expiresAt)) {
        return;
      }
      e.lastAttempt = now;
      fetch(e, registration, now);
    } finally {
      e.lock.unlock();
    }
  }

  private void fetch(Entry e, Registration registration, Instant now) {
    try {
      OutboundHttp.Answer a =
          http.get(registration.keySetUrl(), Map.of("Accept", "application/json"));
      if (!a.ok()) {
        LOG.warning(
            () ->
                "Platform key set answered "
                    + a.status()
                    + " for registration "
                    + registration.id()
                    + "; keeping the last good keys");
        return;
      }
      JWKSet parsed = JWKSet.parse(a.body()).toPublicJWKSet();
      if (parsed.getKeys().isEmpty()) {
        LOG.warning(() -> "Platform key set of registration " + registration.id() + " is empty");
        return;
      }
      e.keys = parsed;
      e.expiresAt = now.plus(ttl(a.headers().firstValue("Cache-Control").orElse("")));
    } catch (IOException | ParseException | UnsafeUrlException ex) {
      LOG.warning(
          () ->
              "Platform key set of registration "
                  + registration.id()
                  + " could not be read ("
                  + ex.getClass().getSimpleName()
                  + "); keeping the last good keys");
    }
  }

  /** The cache lifetime the platform asked for, within [30 s, 12 h]; 5 min if it said nothing. */
  static Duration ttl(String cacheControl) {
    String cc = cacheControl.toLowerCase(Locale.ROOT);
    if (cc.contains("no-store") || cc.contains("no-cache")) {
      return MIN_TTL;
    }
    Matcher m = MAX_AGE.matcher(cc);
    if (!m.find()) {
      return DEFAULT_TTL;
    }
    try {
      Duration d = Duration.ofSeconds(Long.parseLong(m.group(1)));
      return d.compareTo(MIN_TTL) < 0 ? MIN_TTL : d.compareTo(MAX_TTL) > 0 ? MAX_TTL : d;
    } catch (NumberFormatException ex) {
      return DEFAULT_TTL;
    }
  }
}
