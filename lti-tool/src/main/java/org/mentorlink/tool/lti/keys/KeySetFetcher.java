package org.mentorlink.tool.lti.keys;

import java.io.IOException;
import java.time.Duration;

/** Fetches a platform's key set (JWKS) over HTTP, giving up after {@code timeout} in all. */
public interface KeySetFetcher {
  /** What the platform answered. */
  record Answer(int status, String cacheControl, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** Throws on a timeout, a refused connection or a URL the tool may not call. */
  Answer fetch(String url, Duration timeout) throws IOException;
}
