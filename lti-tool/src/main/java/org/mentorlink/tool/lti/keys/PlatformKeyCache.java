package org.mentorlink.tool.lti.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platforms' key sets, cached per registration and key-set URL, that fail fast and honestly.
 *
 * <p>A launch uses the cached keys at once when it has them. Once the platform's cache lifetime
 * ({@code Cache-Control: max-age}, within bounds) has passed, the next launch starts a refresh in
 * the background and goes on with the keys it has (stale-while-revalidate); a key set that cannot
 * be fetched keeps the last good keys (for at most {@link #MAX_STALE} beyond their lifetime). There
 * is one fetch at a time per key set, on the executor, bounded by {@link #FETCH_TIMEOUT}; after a
 * failure the next attempt waits, doubling from {@link #BACKOFF_BASE} to {@link #BACKOFF_MAX}.
 *
 * <p>A launch waits — at most {@link #FETCH_TIMEOUT} — only when it has no key for its {@code kid}:
 * with no keys cached, or for a kid the cache lacks (LTI Security Framework §6.3: the platform may
 * have rotated its keys), which makes one re-fetch, rate-limited to one per {@link
 * #MIN_REFETCH_INTERVAL} so a flood of made-up kids cannot make the tool hammer the platform. The
 * answer is {@link KeyLookup#notPublished()} only when the platform answered with a key set that
 * lacks the kid, and {@link KeyLookup#unavailable()} when no usable key set could be had.
 */
public final class PlatformKeyCache {
  private static final Logger LOG = Logger.getLogger(PlatformKeyCache.class.getName());

  static final Duration FETCH_TIMEOUT = Duration.ofSeconds(3);
  static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
  static final Duration DEFAULT_MIN_TTL = Duration.ofSeconds(30);
  static final Duration MAX_TTL = Duration.ofHours(12);
  static final Duration MAX_STALE = Duration.ofHours(24);
  static final Duration MIN_REFETCH_INTERVAL = Duration.ofSeconds(10);
  static final Duration BACKOFF_BASE = Duration.ofSeconds(5);
  static final Duration BACKOFF_MAX = Duration.ofMinutes(1);

  /** A fetch still running after this long is given up (its thread may be stuck in the network). */
  static final Duration ABANDON_AFTER = FETCH_TIMEOUT.multipliedBy(2);

  private static final Pattern MAX_AGE = Pattern.compile("max-age\\s*=\\s*(\\d+)");

  private final KeySetFetcher fetcher;
  private final Clock clock;
  private final Executor executor;
  private final Duration minTtl;
  private final Duration waitBudget;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /**
   * @param minTtl the shortest lifetime of a fetched key set, whatever the platform says
   * @param waitBudget how long a launch waits for a fetch it needs ({@link #FETCH_TIMEOUT} in
   *     production)
   */
  public PlatformKeyCache(
      KeySetFetcher fetcher, Clock clock, Executor executor, Duration minTtl, Duration waitBudget) {
    this.fetcher = fetcher;
    this.clock = clock;
    this.executor = executor;
    this.minTtl = minTtl.compareTo(MAX_TTL) > 0 ? MAX_TTL : minTtl;
    this.waitBudget = waitBudget;
  }

  /** The registration's public key {@code kid}, from its key set at {@code keySetUrl}. */
  public KeyLookup lookup(String registrationId, String keySetUrl, String kid) {
    Entry e = entries.computeIfAbsent(registrationId + " " + keySetUrl, k -> new Entry());
    Attempt started = null;
    Attempt awaited = null;
    KeyLookup answer = null;
    synchronized (e) {
      Instant now = clock.instant();
      e.abandonStuck(now, registrationId);
      JWKSet keys = e.usableKeys(now);
      if (keys != null && now.isAfter(e.freshUntil)) {
        started = e.startIfAllowed(now); // stale: refresh in the background, use what we have
      }
      JWK key = keys == null ? null : keys.getKeyByKeyId(kid);
      if (key != null) {
        answer = KeyLookup.found(key);
      } else if (keys != null) {
        // SF §6.3: a kid we do not know may be a rotated key: look once more (rate-limited).
        if (e.inFlight == null && !e.lastForced.plus(MIN_REFETCH_INTERVAL).isAfter(now)) {
          started = e.startIfAllowed(now);
          e.lastForced = started == null ? e.lastForced : now;
        }
        awaited = e.inFlight;
        if (awaited == null) {
          answer = e.lastFailed ? KeyLookup.unavailable() : KeyLookup.notPublished();
        }
      } else {
        started = e.inFlight == null ? e.startIfAllowed(now) : null;
        awaited = e.inFlight;
        if (awaited == null) {
          answer = KeyLookup.unavailable(); // backing off after a failure: fail fast
        }
      }
    }
    run(started, registrationId, keySetUrl, e);
    if (answer != null) {
      return answer;
    }
    boolean answered = await(awaited);
    synchronized (e) {
      JWKSet keys = e.usableKeys(clock.instant());
      JWK key = keys == null ? null : keys.getKeyByKeyId(kid);
      if (key != null) {
        return KeyLookup.found(key);
      }
      return answered && keys != null ? KeyLookup.notPublished() : KeyLookup.unavailable();
    }
  }

  /** The cache lifetime the platform asked for, within [min, 12 h]; 5 min if it said nothing. */
  static Duration ttl(String cacheControl, Duration min) {
    String cc = cacheControl == null ? "" : cacheControl.toLowerCase(Locale.ROOT);
    if (cc.contains("no-store") || cc.contains("no-cache")) {
      return min;
    }
    Matcher m = MAX_AGE.matcher(cc);
    Duration d;
    try {
      d = m.find() ? Duration.ofSeconds(Long.parseLong(m.group(1))) : DEFAULT_TTL;
    } catch (NumberFormatException ex) {
      d = MAX_TTL; // digits beyond a long: "for ever"
    }
    return d.compareTo(min) < 0 ? min : d.compareTo(MAX_TTL) > 0 ? MAX_TTL : d;
  }

  /** The wait between attempts after {@code failures} failures in a row. */
  static Duration backoff(int failures) {
    Duration d = BACKOFF_BASE.multipliedBy(1L << Math.min(failures - 1, 16));
    return d.compareTo(BACKOFF_MAX) > 0 ? BACKOFF_MAX : d;
  }

  private void run(Attempt attempt, String registrationId, String url, Entry e) {
    if (attempt == null) {
      return;
    }
    try {
      executor.execute(() -> fetch(attempt, registrationId, url, e));
    } catch (RejectedExecutionException ex) {
      finish(e, attempt, null, null, registrationId, "the executor refused the fetch");
    }
  }

  private void fetch(Attempt attempt, String registrationId, String url, Entry e) {
    JWKSet parsed = null;
    String cacheControl = null;
    String failure;
    try {
      KeySetFetcher.Answer a = fetcher.fetch(url, FETCH_TIMEOUT);
      if (!a.ok()) {
        failure = "it answered " + a.status();
      } else {
        parsed = JWKSet.parse(a.body()).toPublicJWKSet();
        cacheControl = a.cacheControl();
        failure = parsed.getKeys().isEmpty() ? "it is empty" : null;
      }
    } catch (IOException | ParseException | RuntimeException ex) {
      failure = "it could not be read (" + ex.getClass().getSimpleName() + ")";
    }
    finish(e, attempt, failure == null ? parsed : null, cacheControl, registrationId, failure);
  }

  private void finish(
      Entry e,
      Attempt attempt,
      JWKSet keys,
      String cacheControl,
      String registrationId,
      String failure) {
    synchronized (e) {
      if (e.inFlight == attempt) {
        e.inFlight = null;
        Instant now = clock.instant();
        if (keys != null) {
          e.succeeded(keys, now.plus(ttl(cacheControl, minTtl)));
        } else {
          e.failed(now);
          LOG.warning(
              () ->
                  "Platform key set of registration "
                      + registrationId
                      + " not refreshed: "
                      + failure
                      + "; next attempt in "
                      + backoff(e.failures).toSeconds()
                      + " s");
        }
      }
    }
    attempt.done.complete(keys != null);
  }

  /** True if the attempt finished within the budget with a key set. */
  private boolean await(Attempt attempt) {
    try {
      return attempt.done.get(waitBudget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** One fetch of a key set. */
  private static final class Attempt {
    final Instant startedAt;
    final CompletableFuture<Boolean> done = new CompletableFuture<>();

    Attempt(Instant startedAt) {
      this.startedAt = startedAt;
    }
  }

  /** One key set's cache; guarded by its own monitor, never held during a fetch. */
  private static final class Entry {
    JWKSet keys;
    Instant freshUntil = Instant.EPOCH;
    Attempt inFlight;
    int failures;
    boolean lastFailed;
    Instant retryAt = Instant.EPOCH;
    Instant lastForced = Instant.EPOCH;

    JWKSet usableKeys(Instant now) {
      return keys != null && !now.isAfter(freshUntil.plus(MAX_STALE)) ? keys : null;
    }

    /** A new attempt, unless one is running or the last failure's back-off has not passed. */
    Attempt startIfAllowed(Instant now) {
      if (inFlight != null || now.isBefore(retryAt)) {
        return null;
      }
      inFlight = new Attempt(now);
      return inFlight;
    }

    void abandonStuck(Instant now, String registrationId) {
      if (inFlight != null && now.isAfter(inFlight.startedAt.plus(ABANDON_AFTER))) {
        Attempt stuck = inFlight;
        inFlight = null;
        failed(now);
        stuck.done.complete(false);
        LOG.warning(
            () ->
                "Platform key set of registration "
                    + registrationId
                    + " did not answer; fetch abandoned");
      }
    }

    void succeeded(JWKSet fetched, Instant until) {
      keys = fetched;
      freshUntil = until;
      failures = 0;
      lastFailed = false;
      retryAt = Instant.EPOCH;
    }

    void failed(Instant now) {
      failures++;
      lastFailed = true;
      retryAt = now.plus(backoff(failures));
    }
  }
}
