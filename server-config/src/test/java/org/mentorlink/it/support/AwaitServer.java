package org.mentorlink.it.support;

import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before the first test of a pass, waits until the pass's server answers ready: on a busy machine
 * Liberty may report the server started while the application is still starting, and the first
 * tests would then meet "context root not found".
 */
public class AwaitServer implements LauncherSessionListener {
  private static final Duration MAX_WAIT = Duration.ofSeconds(240);

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("it.http.port") == null) {
      return; // not a pass with a server (e.g. a plain run of one class from an IDE)
    }
    Server server = Server.current();
    try {
      Duration waited = server.awaitReadiness(200, MAX_WAIT);
      if (waited.toSeconds() > 5) {
        System.err.println(
            "[mentorlink] waited "
                + waited.toSeconds()
                + " s for "
                + server.name()
                + " to be ready");
      }
    } catch (AssertionError e) {
      System.err.println("[mentorlink] " + server.name() + " is not ready: " + e.getMessage());
    }
  }
}
