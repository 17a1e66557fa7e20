package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mentorlink.it.lti.LtiFixture.assertRefused;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.OperatorClient;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.support.DatabasePass;

/**
 * A new deployment of a registration that accepts new ones is recorded with the launch that passed
 * every check — and not by a launch that a later check refuses (version, message type, subject).
 *
 * <p>Nothing in the tool's API lets an administrator accept new deployments yet, so the test sets
 * the registration's flag in the database: it runs on the PostgreSQL pass only (the embedded
 * database is held by the server).
 */
@ExtendWith(DatabasePass.class)
class LaunchDeploymentIT {
  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) throws SQLException {
    assumeTrue(
        "postgresql".equals(System.getProperty("it.db")),
        "needs the database: PostgreSQL pass only");
    lti = LtiFixture.start(test);
    try (Connection c =
            DriverManager.getConnection(System.getProperty("it.pg.url"), "postgres", "unused");
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE lti_registration SET accept_new_deployments = TRUE WHERE id = ?")) {
      s.setString(1, lti.registrationId());
      assertEquals(1, s.executeUpdate());
    }
  }

  @AfterEach
  void stop() {
    if (lti != null) {
      lti.close();
    }
  }

  @Test
  void aNewDeploymentIsRecordedByTheLaunchThatPassedEveryCheck() {
    lti.browser().launch(lti.platform, lti.learner().deploymentId("new-1")).requireLanded();
    assertEquals(List.of("1", "new-1"), deployments());
    lti.browser().launch(lti.platform, lti.learner().deploymentId("new-1")).requireLanded();
    assertEquals(List.of("1", "new-1"), deployments(), "recorded once");
  }

  @Test
  void aLaunchOnANewDeploymentThatALaterCheckRefusesRecordsNothing() {
    refused(lti.learner().deploymentId("new-2").version("1.1.0"), 400, "VERSION_UNSUPPORTED");
    refused(
        lti.learner().deploymentId("new-3").messageType("LtiSubmissionReviewRequest"),
        400,
        "MESSAGE_TYPE_UNSUPPORTED");
    refused(lti.learner().deploymentId("new-4").remove("sub"), 401, "SUBJECT_MISSING");
    assertEquals(List.of("1"), deployments());
  }

  @Test
  void concurrentFirstLaunchesOfANewDeploymentAllLand() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> launches = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        LaunchClaims claims = lti.learner().deploymentId("new-5");
        Callable<Boolean> launch = () -> lti.browser().launch(lti.platform, claims).landed();
        launches.add(pool.submit(launch));
      }
      for (Future<Boolean> f : launches) {
        assertTrue(f.get(), "every first launch of the deployment lands");
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of("1", "new-5"), deployments());
  }

  private void refused(LaunchClaims claims, int status, String code) {
    ToolBrowser browser = lti.browser();
    assertRefused(
        browser, browser.post(browser.begin(lti.platform, claims).requireForm()), status, code);
  }

  private List<String> deployments() {
    for (JsonValue v : lti.operator.registrations()) {
      JsonObject r = v.asJsonObject();
      if (lti.registrationId().equals(OperatorClient.id(r))) {
        return r.getJsonArray("deploymentIds").stream().map(OperatorClient::text).toList();
      }
    }
    assertFalse(true, "the registration is listed");
    return List.of();
  }
}
