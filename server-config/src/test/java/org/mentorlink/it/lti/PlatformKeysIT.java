package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.it.lti.LtiFixture.assertRefused;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.sim.PlatformSimulator.JwksMode;
import org.mentorlink.it.lti.sim.TokenSigner;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Pending;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;
import org.mentorlink.it.support.Server;

/**
 * The tool and the platform's key set: rotation, outages, and no fetch storm on unknown kids; a key
 * set that hangs or is down with a warm cache (launches answer from the cache at once) and with
 * none (a 503 "try again shortly", within seconds, not {@code KID_UNKNOWN}).
 *
 * <p>The tool may rate-limit re-fetches of a key set (the contract names no interval). Where a test
 * needs the tool to be free to fetch again, it first waits {@link #REFETCH_WINDOW_MS} (system
 * property {@code it.jwks.refetch.window.seconds}, default 0: the tool limits only re-fetches for
 * unknown kids, counted from the last such re-fetch, so a rotation right after a scheduled fetch is
 * seen at once).
 */
@ExtendWith(DatabasePass.class)
class PlatformKeysIT {
  static final long REFETCH_WINDOW_MS = Long.getLong("it.jwks.refetch.window.seconds", 0) * 1000;

  /**
   * The lifetime a short-lived key set asks for; the IT servers run with {@code
   * mentorlink.platform.keys.min.ttl.seconds=1} so that it is honoured.
   */
  static final long KEY_SET_LIFETIME_MS = 1000;

  /** A launch that needs no key-set fetch answers well within this, even on a busy machine. */
  static final long FAST_MS = 2500;

  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    // A long cache lifetime: only an unknown kid makes the tool look again.
    lti = LtiFixture.start(Server.current(), test, b -> b.jwksCacheControl("public, max-age=3600"));
  }

  @AfterEach
  void stop() {
    if (lti != null) {
      lti.close();
    }
  }

  @Test
  void afterThePlatformRotatesItsKeysTheNewKidIsFetchedAndWorks() {
    launches();
    int fetches = lti.platform.jwksFetches();
    assertTrue(fetches >= 1, "the tool fetched the platform's keys");
    String oldKid = lti.platform.currentKid();

    Server.sleep(REFETCH_WINDOW_MS);
    lti.platform.rotateKeys();
    assertNotEquals(oldKid, lti.platform.currentKid());
    launches();
    assertTrue(
        lti.platform.jwksFetches() > fetches,
        "the unknown kid made the tool fetch again despite max-age=3600");

    // A token still signed with the previous key (still published) works too.
    RSAKey previous = lti.platform.previousKey().orElseThrow();
    ToolBrowser browser = lti.browser();
    Pending p = browser.begin(lti.platform, lti.learner(), TokenSigner.rs256(previous));
    browser.complete(p).requireLanded();
  }

  @Test
  void whenTheKeySetAnswers500TheKnownKidStillWorks() {
    keySetBreaks(JwksMode.ERROR_500);
  }

  @Test
  void whenTheKeySetAnswersGarbageTheKnownKidStillWorks() {
    keySetBreaks(JwksMode.GARBAGE);
  }

  /**
   * A good launch; the key set breaks; an unknown kid makes the tool try the broken key set (and is
   * refused as "try again shortly"); the kid the tool already knows still launches.
   */
  private void keySetBreaks(JwksMode mode) {
    launches();
    lti.platform.jwksMode(mode);
    launches(); // straight away: from the cache

    Server.sleep(REFETCH_WINDOW_MS);
    int before = lti.platform.jwksFetches();
    ToolBrowser browser = lti.browser();
    Pending p =
        browser.begin(
            lti.platform,
            lti.learner(),
            TokenSigner.rs256(lti.platform.currentKey(), "unknown-" + UUID.randomUUID()));
    // The tool could not check whether the platform rotated its keys: try again shortly (503),
    // not "the platform does not publish this key" (401 KID_UNKNOWN).
    assertRefused(browser, browser.post(p.requireForm()), 503, "PLATFORM_KEYS_UNAVAILABLE");
    assertTrue(
        lti.platform.jwksFetches() > before, "the unknown kid made the tool try the key set");

    // The failed fetch did not make the tool forget the keys it had.
    launches();
    launches();
  }

  @Test
  void unknownKidsDoNotMakeTheToolFetchTheKeySetEachTime() {
    launches();
    Server.sleep(REFETCH_WINDOW_MS);
    int before = lti.platform.jwksFetches();
    for (int i = 0; i < 3; i++) {
      ToolBrowser browser = lti.browser();
      Pending p =
          browser.begin(
              lti.platform,
              lti.learner(),
              TokenSigner.rs256(
                  lti.platform.currentKey(), "unknown-" + i + "-" + UUID.randomUUID()));
      assertRefused(browser, browser.post(p.requireForm()), 401, "KID_UNKNOWN");
    }
    int extra = lti.platform.jwksFetches() - before;
    assertTrue(extra >= 1, "an unknown kid makes the tool look again once");
    assertTrue(extra <= 2, "at most one re-fetch (rate limited), loosely <= 2; was " + extra);
    // And a good launch still works.
    launches();
  }

  // ------------------------------------------------------------------ slow and down key sets

  @Test
  void withAnExpiredCacheAHangingKeySetDoesNotSlowLaunches() {
    // A key set cached for 1 s (the IT servers allow a 1 s minimum lifetime), then hanging.
    lti.platform.jwksCacheControl("max-age=" + KEY_SET_LIFETIME_MS / 1000);
    launches();
    lti.platform.jwksMode(JwksMode.HANG);
    Server.sleep(KEY_SET_LIFETIME_MS + 500);
    int before = lti.platform.jwksFetches();
    for (int i = 0; i < 3; i++) {
      ToolBrowser browser = lti.browser();
      Pending p = browser.begin(lti.platform, lti.learner());
      long start = System.nanoTime();
      Step launch = browser.post(p.requireForm());
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertEquals(303, launch.status(), launch::describe);
      assertTrue(ms < FAST_MS, "launch " + i + " answered in " + ms + " ms, from the cache");
    }
    int extra = lti.platform.jwksFetches() - before;
    assertTrue(extra <= 1, "one background refresh at a time; was " + extra);
  }

  @Test
  void withNoCachedKeysADownKeySetIsServiceUnavailableNotAnUnknownKid() {
    lti.platform.jwksMode(JwksMode.DOWN);
    ToolBrowser browser = lti.browser();
    Pending p = browser.begin(lti.platform, lti.learner());
    long start = System.nanoTime();
    Step refused = browser.post(p.requireForm());
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertRefused(browser, refused, 503, "PLATFORM_KEYS_UNAVAILABLE");
    assertTrue(ms < FAST_MS, "a refused connection fails fast: " + ms + " ms");
    assertTrue(refused.header("Retry-After").isPresent(), refused::describe);

    // When the platform is back, launches work again (after the tool's back-off).
    lti.platform.jwksMode(JwksMode.NORMAL);
    long deadline = System.currentTimeMillis() + 20_000;
    while (!lti.browser().launch(lti.platform, lti.learner()).landed()) {
      assertTrue(System.currentTimeMillis() < deadline, "launches recover within 20 s");
      Server.sleep(1000);
    }
  }

  @Test
  void withNoCachedKeysAHangingKeySetIsServiceUnavailableWithinSeconds() {
    lti.platform.jwksMode(JwksMode.HANG);
    ToolBrowser browser = lti.browser();
    Pending p = browser.begin(lti.platform, lti.learner());
    long start = System.nanoTime();
    Step refused = browser.post(p.requireForm());
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertRefused(browser, refused, 503, "PLATFORM_KEYS_UNAVAILABLE");
    assertTrue(ms < 6_000, "bounded by the 3 s key-set timeout, not 10 s: " + ms + " ms");
  }

  private void launches() {
    lti.browser().launch(lti.platform, lti.learner()).requireLanded();
  }
}
