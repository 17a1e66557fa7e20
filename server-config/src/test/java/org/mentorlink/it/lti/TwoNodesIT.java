package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.it.lti.LtiFixture.assertErrorOneOf;
import static org.mentorlink.it.lti.LtiFixture.assertNoSession;
import static org.mentorlink.it.lti.LtiFixture.json;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Flow;
import org.mentorlink.it.lti.sim.ToolBrowser.Pending;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;
import org.mentorlink.it.support.Server;

/**
 * Two servers on one PostgreSQL database, as behind a load balancer without sticky sessions: the
 * state, the nonce and the session live in the database, not in one node's memory.
 *
 * <p>The nodes listen on different ports of localhost: browsers send localhost cookies to both
 * (cookies ignore ports), as they would to one public host name behind a balancer.
 */
@ExtendWith(DatabasePass.class)
class TwoNodesIT {
  private Server node1;
  private Server node2;
  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    Assumptions.assumeTrue(
        "postgresql".equals(System.getProperty("it.db")), "two nodes only in the PostgreSQL pass");
    Integer port2 = Integer.getInteger("it.pg2.http.port");
    Assumptions.assumeTrue(port2 != null, "it.pg2.http.port is not set");
    node1 = Server.current();
    node2 = new Server("it-postgresql-2", port2);
    node2.awaitReadiness(200, Duration.ofSeconds(120));
    lti = LtiFixture.start(node1, test, b -> {});
  }

  @AfterEach
  void stop() {
    if (lti != null) {
      lti.close();
    }
  }

  @Test
  void loginOnOneNodeLaunchOnTheOther() {
    ToolBrowser browser = new ToolBrowser(node1.baseUrl());
    // The token is meant for node 2's origin, where the browser will post it.
    LaunchClaims claims = lti.learner().targetLinkUri(node2.baseUrl() + "/lti/launch");
    Pending pending = browser.begin(lti.platform, claims);
    Step launch = browser.post(pending.requireForm().withAction(node2.baseUrl() + "/lti/launch"));
    assertEquals(303, launch.status(), launch::describe);
    assertTrue(launch.setsCookie(ToolBrowser.SESSION_COOKIE), launch::describe);
    Step app = browser.follow(launch);
    assertEquals(200, app.status(), app::describe);
    assertEquals(node2.port(), app.uri().getPort(), "landed on node 2");

    for (Server node : new Server[] {node1, node2}) {
      Step me = browser.me(node.baseUrl());
      assertEquals(200, me.status(), () -> node.name() + ":\n" + me.describe());
      assertEquals(claims.name(), json(me).getString("name"), node.name());
    }
  }

  @Test
  void aLaunchUsedOnOneNodeCannotBeReplayedOnTheOther() {
    ToolBrowser browser = new ToolBrowser(node1.baseUrl());
    Flow first = browser.launch(lti.platform, lti.learner());
    first.requireLanded();

    ToolBrowser attacker = new ToolBrowser(node2.baseUrl());
    Step replay = attacker.post(first.pending().form().withAction(node2.baseUrl() + "/lti/launch"));
    assertErrorOneOf(replay, 401, "STATE_UNKNOWN", "NONCE_ALREADY_USED");
    assertNoSession(attacker, replay);
  }

  @Test
  void aSessionEndsOnNeitherNodeWhenUsedOnBoth() {
    ToolBrowser browser = new ToolBrowser(node1.baseUrl());
    LaunchClaims claims = lti.instructor();
    browser.launch(lti.platform, claims).requireLanded();
    for (int i = 0; i < 3; i++) {
      assertEquals(200, browser.me(node1.baseUrl()).status());
      assertEquals(200, browser.me(node2.baseUrl()).status());
    }
    Step app2 = browser.get(node2.baseUrl() + "/app");
    assertEquals(200, app2.status(), app2::describe);
    assertTrue(app2.body().contains(claims.name()), app2::describe);
  }
}
