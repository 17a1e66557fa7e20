package org.mentorlink.tool.lti.keys;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;
import org.mentorlink.tool.infrastructure.http.OutboundHttp;
import org.mentorlink.tool.infrastructure.metrics.ToolMetrics;

/**
 * The platforms' public keys for launch validation: a {@link PlatformKeyCache} that fetches each
 * registration's key-set URL through {@link OutboundHttp} (never a URL named in a token) on the
 * server's managed executor.
 */
@ApplicationScoped
public class PlatformKeys {
  @Inject OutboundHttp http;
  @Inject Clock clock;
  @Inject MentorlinkConfig config;
  @Inject ToolMetrics metrics;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private PlatformKeyCache cache;

  @PostConstruct
  void start() {
    KeySetFetcher fetcher =
        (url, timeout) -> {
          OutboundHttp.Answer a;
          try {
            a = http.get(url, Map.of("Accept", "application/json"), timeout);
          } catch (IOException | RuntimeException e) {
            metrics.keysFetch("FAILED");
            throw e;
          }
          metrics.keysFetch(a.status() / 100 == 2 ? "OK" : "FAILED");
          return new KeySetFetcher.Answer(
              a.status(), a.headers().firstValue("Cache-Control").orElse(""), a.body());
        };
    cache =
        new PlatformKeyCache(
            fetcher, clock, executor, config.platformKeysMinTtl(), PlatformKeyCache.FETCH_TIMEOUT);
  }

  /** The registration's public key {@code kid}, or why there is none. */
  public KeyLookup lookup(String registrationId, String keySetUrl, String kid) {
    return cache.lookup(registrationId, keySetUrl, kid);
  }
}
