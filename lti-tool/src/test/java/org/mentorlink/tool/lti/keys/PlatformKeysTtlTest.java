package org.mentorlink.tool.lti.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlatformKeysTtlTest {
  @Test
  void honoursMaxAgeWithinBounds() {
    assertEquals(Duration.ofSeconds(600), PlatformKeys.ttl("public, max-age=600"));
    assertEquals(PlatformKeys.MIN_TTL, PlatformKeys.ttl("max-age=1"));
    assertEquals(PlatformKeys.MAX_TTL, PlatformKeys.ttl("max-age=999999999"));
  }

  @Test
  void noCacheMeansTheShortestLifetimeAndSilenceTheDefault() {
    assertEquals(PlatformKeys.MIN_TTL, PlatformKeys.ttl("no-cache"));
    assertEquals(PlatformKeys.MIN_TTL, PlatformKeys.ttl("no-store, max-age=3600"));
    assertEquals(PlatformKeys.DEFAULT_TTL, PlatformKeys.ttl(""));
    assertEquals(PlatformKeys.DEFAULT_TTL, PlatformKeys.ttl("private"));
  }
}
