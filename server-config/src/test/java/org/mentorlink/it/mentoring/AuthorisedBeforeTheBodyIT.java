package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * Issue 8.1: who may call an operation is decided before its body is read — a mentee calling a
 * coordinator's operation, or an outsider a relationship's, gets the refusal (403, 404) whatever
 * the body holds, not an answer about a body they had no right to send.
 */
@ExtendWith(DatabasePass.class)
class AuthorisedBeforeTheBodyIT {
  private static final String BROKEN = "{\"reason\":";

  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  @Test
  void aMenteeWithABrokenBodyOnCoordinatorOperationsIsRefusedAsAMentee() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Guarded scheme");
    refused(r.mentee(), 403, "PUT", "/api/scheme/settings", BROKEN);
    refused(r.mentee(), 403, "POST", "/api/mentors", BROKEN);
    refused(r.mentee(), 403, "POST", "/api/requests/any-id/signpost", BROKEN);
    refused(r.mentee(), 403, "POST", "/api/requests/any-id/proposals", BROKEN);
    refused(r.mentee(), 403, "POST", "/api/cpd/approvals/any-id/return", BROKEN);
    refused(r.mentee(), 403, "PUT", "/api/cpd/settings", BROKEN);
    refused(r.mentor(), 403, "POST", "/api/scheme/coordinators", BROKEN);
    // The lead passes the guard and meets the body's problem instead.
    Step lead = r.lead().browser.json("PUT", "/api/scheme/settings", BROKEN, headers(r.lead()));
    assertEquals(400, lead.status(), lead::describe);
  }

  @Test
  void anOutsiderWithABrokenBodyOnARelationshipFindsNothing() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Guarded relationship scheme");
    Participant outsider = Participant.launch(lti, lti.learner(), "Dr Outsider");
    refused(outsider, 404, "POST", r.path() + "/sessions", BROKEN);
    refused(outsider, 404, "POST", r.path() + "/goals", BROKEN);
    refused(outsider, 404, "POST", r.path() + "/close", BROKEN);
    // The lead is no party either: coordinators never reach a relationship's content.
    refused(r.lead(), 404, "POST", r.path() + "/sessions", BROKEN);
  }

  private static void refused(
      Participant who, int status, String method, String path, String body) {
    Step s = who.browser.json(method, path, body, headers(who));
    assertEquals(
        status, s.status(), () -> method + " " + path + " as " + who.name + ":\n" + s.describe());
  }

  private static Map<String, String> headers(Participant who) {
    return Map.of("X-CSRF-Token", who.csrf, "Accept", "application/json");
  }
}
