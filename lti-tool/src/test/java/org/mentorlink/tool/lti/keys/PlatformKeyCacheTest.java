package org.mentorlink.tool.lti.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorlink.tool.lti.keys.KeyLookup.Outcome.FOUND;
import static org.mentorlink.tool.lti.keys.KeyLookup.Outcome.NOT_PUBLISHED;
import static org.mentorlink.tool.lti.keys.KeyLookup.Outcome.UNAVAILABLE;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * The platform key cache against a fake key-set endpoint, a clock the test moves and an executor
 * the test runs: a fetch that "hangs" is one the test never lets finish. Nothing here sleeps.
 */
class PlatformKeyCacheTest {
  static final String REG = "registration-1";
  static final String URL = "https://moodle.example.ac.uk/mod/lti/certs.php";
  // EC keys: quick to make, and the cache does not care about the key type.
  static final ECKey KEY_A = ec("key-a");
  static final ECKey KEY_B = ec("key-b");

  private final FakeKeySet platform = new FakeKeySet();
  private final TestClock clock = new TestClock(Instant.parse("2026-11-23T10:00:00Z"));
  private final ManualExecutor background = new ManualExecutor();

  /** Fetches run when the test says so; a launch that must wait gives up at once. */
  private final PlatformKeyCache cache =
      new PlatformKeyCache(
          platform, clock, background, PlatformKeyCache.DEFAULT_MIN_TTL, Duration.ZERO);

  /** Fetches run inline: the platform answers before the launch's wait begins. */
  private final PlatformKeyCache inline =
      new PlatformKeyCache(
          platform,
          clock,
          Runnable::run,
          PlatformKeyCache.DEFAULT_MIN_TTL,
          PlatformKeyCache.FETCH_TIMEOUT);

  // ------------------------------------------------------------------ a platform that answers

  @Test
  void aColdCacheFetchesTheKeySetOnceWithTheShortTimeout() {
    platform.serves(KEY_A);
    assertEquals(KEY_A.toPublicJWK(), inline.lookup(REG, URL, "key-a").key());
    assertEquals(FOUND, inline.lookup(REG, URL, "key-a").outcome());
    assertEquals(List.of(URL), platform.fetchedUrls);
    assertEquals(List.of(Duration.ofSeconds(3)), platform.timeouts, "3 s, not the general 10 s");
  }

  @Test
  void onlyPublicKeysAreKept() {
    platform.servesPrivate(KEY_A);
    JWK key = inline.lookup(REG, URL, "key-a").key();
    assertEquals(false, key.isPrivate());
  }

  @Test
  void eachRegistrationHasItsOwnCache() {
    platform.serves(KEY_A);
    inline.lookup(REG, URL, "key-a");
    inline.lookup("registration-2", URL, "key-a");
    assertEquals(2, platform.fetchedUrls.size());
  }

  @Test
  void aKeySetLackingTheKidIsNotPublished() {
    platform.serves(KEY_A);
    assertEquals(NOT_PUBLISHED, inline.lookup(REG, URL, "key-z").outcome());
  }

  @Test
  void anUnknownKidMakesOneRefetchAndFindsARotatedKey() {
    platform.serves(KEY_A);
    inline.lookup(REG, URL, "key-a");
    platform.serves(KEY_A, KEY_B);
    assertEquals(FOUND, inline.lookup(REG, URL, "key-b").outcome());
    assertEquals(2, platform.fetchedUrls.size());
  }

  @Test
  void unknownKidRefetchesAreRateLimited() {
    platform.serves(KEY_A);
    inline.lookup(REG, URL, "key-a");
    assertEquals(NOT_PUBLISHED, inline.lookup(REG, URL, "made-up-1").outcome());
    assertEquals(NOT_PUBLISHED, inline.lookup(REG, URL, "made-up-2").outcome());
    assertEquals(NOT_PUBLISHED, inline.lookup(REG, URL, "made-up-3").outcome());
    assertEquals(2, platform.fetchedUrls.size(), "one re-fetch for the unknown kids");

    clock.advance(PlatformKeyCache.MIN_REFETCH_INTERVAL);
    inline.lookup(REG, URL, "made-up-4");
    assertEquals(3, platform.fetchedUrls.size());
  }

  @Test
  void theCacheLifetimeIsThePlatformsWithinBounds() {
    Duration min = PlatformKeyCache.DEFAULT_MIN_TTL;
    assertEquals(Duration.ofSeconds(600), PlatformKeyCache.ttl("public, max-age=600", min));
    assertEquals(min, PlatformKeyCache.ttl("max-age=1", min));
    assertEquals(PlatformKeyCache.MAX_TTL, PlatformKeyCache.ttl("max-age=999999999", min));
    assertEquals(
        PlatformKeyCache.MAX_TTL, PlatformKeyCache.ttl("max-age=99999999999999999999", min));
    assertEquals(min, PlatformKeyCache.ttl("no-cache", min));
    assertEquals(min, PlatformKeyCache.ttl("no-store, max-age=3600", min));
    assertEquals(PlatformKeyCache.DEFAULT_TTL, PlatformKeyCache.ttl("", min));
    assertEquals(PlatformKeyCache.DEFAULT_TTL, PlatformKeyCache.ttl(null, min));
    assertEquals(Duration.ofSeconds(2), PlatformKeyCache.ttl("max-age=2", Duration.ofSeconds(1)));
  }

  // ------------------------------------------------------------------ stale-while-revalidate

  @Test
  void aWarmCacheAnswersWithoutFetching() {
    warm();
    clock.advance(Duration.ofMinutes(4));
    assertEquals(FOUND, cache.lookup(REG, URL, "key-a").outcome());
    assertEquals(0, background.pending());
  }

  @Test
  void afterItsLifetimeTheCachedKeyIsUsedAtOnceAndRefreshedInTheBackground() {
    warm();
    clock.advance(PlatformKeyCache.DEFAULT_TTL.plusSeconds(1));
    assertEquals(FOUND, cache.lookup(REG, URL, "key-a").outcome(), "no waiting");
    assertEquals(FOUND, cache.lookup(REG, URL, "key-a").outcome());
    assertEquals(1, background.pending(), "one fetch at a time");

    platform.serves(KEY_A, KEY_B);
    background.runAll();
    assertEquals(2, platform.fetchedUrls.size());
    assertEquals(FOUND, cache.lookup(REG, URL, "key-b").outcome(), "the refreshed set");
    assertEquals(0, background.pending(), "fresh again");
  }

  @Test
  void aHangingKeySetDoesNotHoldLaunchesThatHaveTheirKey() {
    warm();
    clock.advance(PlatformKeyCache.DEFAULT_TTL.plusSeconds(1));
    for (int i = 0; i < 3; i++) {
      assertEquals(FOUND, cache.lookup(REG, URL, "key-a").outcome());
    }
    assertEquals(1, background.pending(), "the hanging fetch is the only one");

    // Still hanging after ABANDON_AFTER: given up, counted as a failure, retried after back-off.
    clock.advance(PlatformKeyCache.ABANDON_AFTER.plusSeconds(1));
    assertEquals(FOUND, cache.lookup(REG, URL, "key-a").outcome());
    assertEquals(1, background.pending(), "backing off: no new fetch yet");
    clock.advance(PlatformKeyCache.BACKOFF_BASE);
    assertEquals(FOUND, cache.lookup(REG, URL, "key-a").outcome());
    assertEquals(2, background.pending(), "a new attempt after the back-off");
  }

  @Test
  void failedRefreshesKeepTheLastGoodKeysAndBackOff() {
    warm();
    clock.advance(PlatformKeyCache.DEFAULT_TTL.plusSeconds(1));
    platform.answers(500);
    cache.lookup(REG, URL, "key-a");
    background.runAll();
    assertEquals(FOUND, cache.lookup(REG, URL, "key-a").outcome(), "last good keys kept");
    assertEquals(0, background.pending());

    clock.advance(Duration.ofSeconds(5));
    cache.lookup(REG, URL, "key-a");
    assertEquals(1, background.pending(), "retried after 5 s");
    platform.fails(new ConnectException("Connection refused"));
    background.runAll();

    clock.advance(Duration.ofSeconds(5));
    cache.lookup(REG, URL, "key-a");
    assertEquals(0, background.pending(), "then after 10 s");
    clock.advance(Duration.ofSeconds(5));
    cache.lookup(REG, URL, "key-a");
    assertEquals(1, background.pending());
  }

  @Test
  void theBackOffDoublesUpToAMinute() {
    assertEquals(Duration.ofSeconds(5), PlatformKeyCache.backoff(1));
    assertEquals(Duration.ofSeconds(10), PlatformKeyCache.backoff(2));
    assertEquals(Duration.ofSeconds(40), PlatformKeyCache.backoff(4));
    assertEquals(Duration.ofMinutes(1), PlatformKeyCache.backoff(5));
    assertEquals(Duration.ofMinutes(1), PlatformKeyCache.backoff(500));
  }

  @Test
  void keysAreNotUsedForeverWhileTheKeySetStaysDown() {
    warm();
    platform.answers(503);
    clock.advance(PlatformKeyCache.DEFAULT_TTL.plus(PlatformKeyCache.MAX_STALE).plusSeconds(1));
    KeyLookup lookup = cache.lookup(REG, URL, "key-a");
    background.runAll();
    assertEquals(UNAVAILABLE, lookup.outcome());
  }

  // ------------------------------------------------------------------ no usable keys

  @Test
  void aColdCacheWithTheKeySetDownIsUnavailableNotAnUnknownKid() {
    List<Runnable> outages =
        List.of(
            () -> platform.answers(500),
            () -> platform.answers(503),
            () -> platform.answers(404),
            () -> platform.fails(new ConnectException("Connection refused")),
            () -> platform.fails(new HttpTimeoutException("timed out")),
            () -> platform.answersBody("{\"keys\": [ not json"),
            () -> platform.answersBody("{\"keys\": []}"),
            () -> platform.answersBody("<html>maintenance</html>"));
    int i = 0;
    for (Runnable outage : outages) {
      outage.run();
      assertEquals(
          UNAVAILABLE, inline.lookup("registration-" + i++, URL, "key-a").outcome(), "" + i);
    }
  }

  @Test
  void aColdCacheWithAHangingKeySetGivesUpWithinItsBudget() {
    KeyLookup first = cache.lookup(REG, URL, "key-a");
    assertEquals(UNAVAILABLE, first.outcome());
    assertEquals(UNAVAILABLE, cache.lookup(REG, URL, "key-a").outcome());
    assertEquals(1, background.pending(), "the second launch joins the same fetch");
    assertEquals(Duration.ofSeconds(3), PlatformKeyCache.FETCH_TIMEOUT, "the production budget");
  }

  @Test
  void aSlowKeySetThatAnswersAfterALaunchGaveUpServesTheNext() {
    assertEquals(UNAVAILABLE, cache.lookup(REG, URL, "key-a").outcome());
    platform.serves(KEY_A);
    background.runAll();
    assertEquals(FOUND, cache.lookup(REG, URL, "key-a").outcome());
    assertEquals(1, platform.fetchedUrls.size());
  }

  @Test
  void duringTheBackOffAColdCacheFailsFastWithoutFetching() {
    platform.answers(500);
    assertEquals(UNAVAILABLE, inline.lookup(REG, URL, "key-a").outcome());
    platform.serves(KEY_A);
    assertEquals(UNAVAILABLE, inline.lookup(REG, URL, "key-a").outcome());
    assertEquals(1, platform.fetchedUrls.size());

    clock.advance(PlatformKeyCache.BACKOFF_BASE);
    assertEquals(FOUND, inline.lookup(REG, URL, "key-a").outcome(), "recovered");
  }

  @Test
  void anUnknownKidWhileTheKeySetIsDownIsUnavailableAndKnownKidsStillWork() {
    platform.serves(KEY_A);
    inline.lookup(REG, URL, "key-a");
    platform.answers(500);
    assertEquals(UNAVAILABLE, inline.lookup(REG, URL, "key-b").outcome(), "could not check");
    assertEquals(UNAVAILABLE, inline.lookup(REG, URL, "key-c").outcome(), "still backing off");
    assertEquals(FOUND, inline.lookup(REG, URL, "key-a").outcome());
    assertEquals(2, platform.fetchedUrls.size());
  }

  @Test
  void aRefusedBackgroundTaskCountsAsAFailedFetch() {
    PlatformKeyCache refusing =
        new PlatformKeyCache(
            platform,
            clock,
            r -> {
              throw new java.util.concurrent.RejectedExecutionException("shutting down");
            },
            PlatformKeyCache.DEFAULT_MIN_TTL,
            PlatformKeyCache.FETCH_TIMEOUT);
    assertEquals(UNAVAILABLE, refusing.lookup(REG, URL, "key-a").outcome());
  }

  // ------------------------------------------------------------------ helpers

  private void warm() {
    platform.serves(KEY_A);
    assertEquals(UNAVAILABLE, cache.lookup(REG, URL, "key-a").outcome(), "cold, not waiting");
    background.runAll();
    assertEquals(FOUND, cache.lookup(REG, URL, "key-a").outcome());
    platform.fetchedUrls.clear();
    platform.fetchedUrls.add(URL);
  }

  private static ECKey ec(String kid) {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The platform's JWKS endpoint: answers what the test last told it to. */
  static final class FakeKeySet implements KeySetFetcher {
    final List<String> fetchedUrls = new ArrayList<>();
    final List<Duration> timeouts = new ArrayList<>();
    private Answer answer = new Answer(404, "", "");
    private IOException failure;

    void serves(ECKey... keys) {
      List<JWK> published = new ArrayList<>();
      for (ECKey k : keys) {
        published.add(k.toPublicJWK());
      }
      answersBody(new JWKSet(published).toString());
    }

    void servesPrivate(ECKey key) {
      answersBody(new JWKSet(key).toString(false));
    }

    void answersBody(String body) {
      answer = new Answer(200, "public, max-age=300", body);
      failure = null;
    }

    void answers(int status) {
      answer = new Answer(status, "", "<h1>Error</h1>");
      failure = null;
    }

    void fails(IOException e) {
      failure = e;
    }

    @Override
    public Answer fetch(String url, Duration timeout) throws IOException {
      fetchedUrls.add(url);
      timeouts.add(timeout);
      if (failure != null) {
        throw failure;
      }
      return answer;
    }
  }

  /** Background work that runs only when the test runs it. */
  static final class ManualExecutor implements Executor {
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    int pending() {
      return tasks.size();
    }

    void runAll() {
      while (!tasks.isEmpty()) {
        tasks.poll().run();
      }
    }
  }

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    private Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
