package org.mentorlink.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Flow;
import org.mentorlink.it.support.DatabasePass;
import org.mentorlink.it.support.Server;

/**
 * What an operator reads on {@code /metrics} (Prometheus text): launches counted by outcome (a
 * refusal by its stable code), the gauges of active sessions and of the gradebook outbox, the
 * platform key-set fetches, and — from Liberty's own monitoring — the database pool's waits.
 */
@ExtendWith(DatabasePass.class)
public class MetricsIT {
  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    if (lti != null) {
      lti.close();
    }
  }

  @Test
  void launchesAreCountedByOutcome() {
    double okBefore = launches("OK");
    double replayedBefore = launches("STATE_UNKNOWN");

    ToolBrowser browser = lti.browser();
    Flow first = browser.launch(lti.platform, lti.learner());
    first.requireLanded();
    ToolBrowser attacker = lti.browser();
    LtiFixture.assertRefused(attacker, attacker.post(first.pending().form()), 401, "STATE_UNKNOWN");

    assertEquals(okBefore + 1, launches("OK"), "the accepted launch counted as OK");
    assertEquals(
        replayedBefore + 1, launches("STATE_UNKNOWN"), "the replay counted by its refusal code");
  }

  @Test
  void aLaunchFetchesThePlatformsKeysAndCountsIt() {
    double before =
        Math.max(0, value(metrics(), "mentorlink_platform_keys_fetches_total", "result", "OK"));
    lti.browser().launch(lti.platform, lti.learner()).requireLanded();
    assertTrue(
        value(metrics(), "mentorlink_platform_keys_fetches_total", "result", "OK") >= before + 1,
        "the key set fetched for this new registration's first launch is counted");
  }

  @Test
  void gaugesShowActiveSessionsAndTheOutbox() {
    lti.browser().launch(lti.platform, lti.learner()).requireLanded();
    // The gauges are measured in the background every 15 s: wait for a measurement after the
    // launch.
    double sessions = -1;
    for (int i = 0; i < 40 && sessions < 1; i++) {
      Server.sleep(1000);
      sessions = value(metrics(), "mentorlink_sessions_active", null, null);
    }
    assertTrue(sessions >= 1, "at least the session just started: " + sessions);
    String text = metrics();
    assertTrue(value(text, "mentorlink_outbox_depth", null, null) >= 0, "outbox depth measured");
    assertTrue(
        value(text, "mentorlink_outbox_oldest_pending_age_seconds", null, null) >= 0,
        "oldest pending score's age measured");
  }

  @Test
  void theDatabasePoolsWaitsAreShown() {
    String text = metrics();
    assertTrue(
        text.contains("connectionpool_queuedRequests_total")
            && text.contains("connectionpool_waitTime_total_seconds"),
        "Liberty's connection-pool metrics (requests that waited for a connection, and how long)");
  }

  // ------------------------------------------------------------------ reading /metrics

  private double launches(String outcome) {
    double v = value(metrics(), "mentorlink_launches_total", "outcome", outcome);
    return v < 0 ? 0 : v;
  }

  private String metrics() {
    HttpResponse<String> r = lti.server.get("/metrics?scope=application");
    if (r.statusCode() == 200 && r.body().contains("mentorlink_")) {
      return r.body() + "\n" + lti.server.get("/metrics?scope=vendor").body();
    }
    return r.body() + "\n" + lti.server.get("/metrics").body();
  }

  /** The value of a sample with the given label (or any, if null); -1 if there is none. */
  public static double value(String text, String name, String label, String labelValue) {
    Pattern line =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})?\\s+([-+0-9.eE]+|NaN)\\s*$");
    Matcher m = line.matcher(text);
    while (m.find()) {
      String labels = m.group(1) == null ? "" : m.group(1);
      if (label == null || labels.contains(label + "=\"" + labelValue + "\"")) {
        return Double.parseDouble(m.group(2));
      }
    }
    return -1;
  }
}
