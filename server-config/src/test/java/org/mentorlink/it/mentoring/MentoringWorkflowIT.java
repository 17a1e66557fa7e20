package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.support.DatabasePass;

/**
 * A whole mentoring relationship through real launches and the JSON API: a teacher sets up the
 * scheme and becomes its lead, designates mentors, a mentee asks for mentoring, a match with a
 * conflict of interest is refused, a clean match is accepted and confirmed, both sign the contract,
 * two sessions are recorded and signed off (one after being returned), and the relationship is
 * closed. And a request that is signposted elsewhere.
 */
@ExtendWith(DatabasePass.class)
class MentoringWorkflowIT {
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

  private Participant lead;

  private void setUpScheme() {
    lead = Participant.launch(lti, lti.instructor(), "Dr Lena Lead");
    lead.refused(404, "NOT_FOUND", "GET", "/api/scheme", null);
    JsonObject scheme =
        lead.created(
            "POST",
            "/api/scheme",
            Json.createObjectBuilder()
                .add("name", "Cardiology mentoring")
                .add("allowanceSessions", 4)
                .add("allowancePeriodMonths", 12)
                .add("defaultSessionHours", "2")
                .add(
                    "signposts",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("name", "Practitioner Health")
                                .add("description", "Confidential support for doctors")
                                .add("link", "https://www.practitionerhealth.nhs.uk/")))
                .build());
    assertTrue(scheme.getJsonObject("me").getBoolean("lead"));
    lead.refused(
        409,
        "SCHEME_EXISTS",
        "POST",
        "/api/scheme",
        Json.createObjectBuilder().add("name", "Again").build());
  }

  private String personId(String name) {
    JsonArray roster = lead.ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items");
    return roster.stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getJsonObject("person").getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in roster " + roster))
        .getJsonObject("person")
        .getString("id");
  }

  private String designate(Participant mentor) {
    JsonObject profile =
        lead.created(
            "POST",
            "/api/mentors",
            Json.createObjectBuilder().add("personId", personId(mentor.name)).build());
    return profile.getString("profileId");
  }

  @Test
  void aWholeRelationshipFromRequestToClosure() {
    setUpScheme();
    Participant mentor = Participant.launch(lti, lti.learner(), "Dr Maya Mentor");
    Participant lineManager = Participant.launch(lti, lti.learner(), "Dr Larry Boss");
    Participant mentee = Participant.launch(lti, lti.learner(), "Dr Tim Trainee");

    // A teacher who is not the lead sees nothing about who is mentored.
    Participant otherTeacher = Participant.launch(lti, lti.instructor(), "Dr Other Teacher");
    otherTeacher.refused(403, "FORBIDDEN", "GET", "/api/scheme/roster", null);
    otherTeacher.refused(403, "FORBIDDEN", "GET", "/api/requests", null);

    String mentorProfile = designate(mentor);
    lead.refused(
        409,
        "ALREADY_MENTOR",
        "POST",
        "/api/mentors",
        Json.createObjectBuilder().add("personId", personId(mentor.name)).build());
    String bossProfile = designate(lineManager);
    mentor.ok(
        "PUT",
        "/api/mentor-profile",
        Json.createObjectBuilder()
            .add("areas", Json.createArrayBuilder().add("Leeds"))
            .add("modes", Json.createArrayBuilder().add("VIDEO").add("IN_PERSON"))
            .add("capacity", 3)
            .add("trainingStatus", "TRAINED")
            .add("trainedOn", LocalDate.now().minusMonths(6).toString())
            .add("practice", "Riverside Surgery")
            .build());

    JsonObject request =
        mentee.created(
            "POST",
            "/api/requests",
            Json.createObjectBuilder()
                .add(
                    "helpWith",
                    Json.createArrayBuilder().add("CAREER_DECISION").add("WORK_LIFE_BALANCE"))
                .add("preferredArea", "Leeds")
                .add("preferredModes", Json.createArrayBuilder().add("VIDEO"))
                .add("lineManager", "Dr Larry Boss")
                .add("practice", "Hillside Practice")
                .build());
    String requestId = request.getString("id");
    assertEquals("SUBMITTED", request.getString("state"));
    mentee.refused(
        409,
        "REQUEST_ALREADY_OPEN",
        "POST",
        "/api/requests",
        Json.createObjectBuilder()
            .add("helpWith", Json.createArrayBuilder().add("OTHER"))
            .add("otherDetails", "x")
            .build());

    // Only coordinators screen; the mentor sees no request before a match.
    mentor.refused(403, "FORBIDDEN", "POST", "/api/requests/" + requestId + "/accept", null);
    mentor.refused(404, "NOT_FOUND", "GET", "/api/requests/" + requestId, null);
    lead.ok("POST", "/api/requests/" + requestId + "/accept", null);

    // Candidates: the line manager is blocked, the mentor ranks first with reasons.
    JsonArray candidates = lead.list("/api/requests/" + requestId + "/candidates");
    JsonObject first = candidates.getJsonObject(0);
    assertEquals(mentorProfile, first.getString("profileId"));
    assertTrue(first.getJsonArray("conflicts").isEmpty());
    assertTrue(first.getJsonArray("reasons").toString().contains("Same area: covers Leeds"));
    JsonObject boss =
        candidates.stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("profileId").equals(bossProfile))
            .findFirst()
            .orElseThrow();
    assertTrue(boss.getJsonArray("conflicts").toString().contains("LINE_MANAGER"));

    // A match with a conflict is refused; the clean one is proposed.
    lead.refused(
        409,
        "MATCH_CONFLICT",
        "POST",
        "/api/requests/" + requestId + "/proposals",
        Json.createObjectBuilder().add("mentorProfileId", bossProfile).build());
    JsonObject proposal =
        lead.created(
            "POST",
            "/api/requests/" + requestId + "/proposals",
            Json.createObjectBuilder().add("mentorProfileId", mentorProfile).build());
    String proposalId = proposal.getString("id");

    // The mentee cannot confirm before the mentor accepts; another mentor cannot answer.
    mentee.refused(
        409, "PROPOSAL_STATE", "POST", "/api/proposals/" + proposalId + "/confirm", null);
    lineManager.refused(404, "NOT_FOUND", "POST", "/api/proposals/" + proposalId + "/accept", null);
    JsonObject mine = mentor.list("/api/proposals/mine").getJsonObject(0);
    assertTrue(
        mine.getJsonObject("requestSummary")
            .getJsonArray("helpWith")
            .toString()
            .contains("CAREER_DECISION"));
    mentor.ok("POST", "/api/proposals/" + proposalId + "/accept", null);
    String relationshipId =
        mentee
            .created("POST", "/api/proposals/" + proposalId + "/confirm", null)
            .getString("relationshipId");
    String rel = "/api/relationships/" + relationshipId;

    // Contract: drafted, signed by both; an amendment needs both signatures again.
    JsonObject terms = terms("Monthly");
    JsonObject afterDraft = mentee.created("POST", rel + "/contract", terms);
    String v1 = afterDraft.getJsonArray("contracts").getJsonObject(0).getString("id");
    mentee.ok("POST", rel + "/contract/" + v1 + "/sign", null);
    mentee.refused(409, "ALREADY_SIGNED", "POST", rel + "/contract/" + v1 + "/sign", null);
    JsonObject signed = mentor.ok("POST", rel + "/contract/" + v1 + "/sign", null);
    JsonObject c1 = signed.getJsonArray("contracts").getJsonObject(0);
    assertTrue(c1.getBoolean("fullySigned"));
    assertEquals(
        c1.getString("sha256"), c1.getJsonArray("signatures").getJsonObject(0).getString("sha256"));
    JsonObject amended = mentor.created("POST", rel + "/contract", terms("Every six weeks"));
    JsonObject c2 = amended.getJsonArray("contracts").getJsonObject(1);
    assertEquals(2, c2.getInt("version"));
    assertFalse(c2.getBoolean("fullySigned"));
    assertEquals(
        c1.getString("text"), amended.getJsonArray("contracts").getJsonObject(0).getString("text"));
    mentee.refused(409, "CONTRACT_SUPERSEDED", "POST", rel + "/contract/" + v1 + "/sign", null);
    mentee.ok("POST", rel + "/contract/" + c2.getString("id") + "/sign", null);
    mentor.ok("POST", rel + "/contract/" + c2.getString("id") + "/sign", null);

    // Two sessions, the second returned once and resubmitted; both signed off.
    for (int i = 0; i < 2; i++) {
      JsonObject scheduled =
          mentor.created(
              "POST",
              rel + "/sessions",
              Json.createObjectBuilder()
                  .add(
                      "scheduledAt",
                      Instant.now()
                          .plus(7 * (i + 1), ChronoUnit.DAYS)
                          .truncatedTo(ChronoUnit.SECONDS)
                          .toString())
                  .add("durationHours", "2")
                  .add("mode", "VIDEO")
                  .build());
      String sid = scheduled.getJsonArray("sessions").getJsonObject(i).getString("id");
      String s = rel + "/sessions/" + sid;
      mentor.refused(
          403,
          "FORBIDDEN",
          "PUT",
          s + "/agenda",
          Json.createObjectBuilder().add("agenda", "x").build());
      mentee.ok(
          "PUT",
          s + "/agenda",
          Json.createObjectBuilder().add("agenda", "Career options " + i).build());
      mentee.ok("PUT", s + "/record", record("My reflections " + i));
      mentor.ok("PUT", s + "/record", record("Mentor's notes " + i));
      mentor.refused(409, "SESSION_NOT_SUBMITTED", "POST", s + "/sign-off", null);
      mentee.ok("POST", s + "/submit", null);
      lineManager.refused(404, "NOT_FOUND", "POST", s + "/sign-off", null);
      mentee.refused(403, "FORBIDDEN", "POST", s + "/sign-off", null);
      if (i == 1) {
        mentor.ok(
            "POST",
            s + "/return",
            Json.createObjectBuilder().add("reason", "Please add the actions").build());
        mentee.ok("PUT", s + "/record", record("My reflections, with actions"));
        mentee.ok("POST", s + "/submit", null);
      }
      JsonObject after = mentor.ok("POST", s + "/sign-off", null);
      JsonObject session = after.getJsonArray("sessions").getJsonObject(i);
      assertEquals("SIGNED_OFF", session.getString("state"));
      mentee.refused(
          409,
          "SESSION_LOCKED",
          "PUT",
          s + "/agenda",
          Json.createObjectBuilder().add("agenda", "late").build());
      mentee.created(
          "POST",
          s + "/addenda",
          Json.createObjectBuilder().add("text", "Booked the course").build());
    }

    // The coordinator sees dates, counts and states — never content.
    String overview = lead.ok("GET", "/api/scheme/relationships", null).toString();
    assertTrue(overview.contains("\"sessionsSignedOff\":2"), overview);
    assertFalse(overview.contains("reflections"), "no notes in the overview");
    assertFalse(overview.contains("Career options"), "no agenda in the overview");
    lead.refused(404, "NOT_FOUND", "GET", rel, null);

    // Closure by the mentee; the record stays readable to both.
    JsonObject closed =
        mentee.ok(
            "POST",
            rel + "/close",
            Json.createObjectBuilder()
                .add("reason", "NATURAL_END")
                .add("summary", "Decided on a portfolio career")
                .build());
    assertFalse(closed.getBoolean("active"));
    assertEquals(2, mentor.ok("GET", rel, null).getJsonArray("sessions").size());
    mentee.refused(
        409,
        "RELATIONSHIP_CLOSED",
        "POST",
        rel + "/sessions",
        Json.createObjectBuilder()
            .add("scheduledAt", Instant.now().toString())
            .add("durationHours", "1")
            .add("mode", "PHONE")
            .build());
  }

  @Test
  void aRequestSignpostedElsewhereIsClosedKindlyWithTheReasonShown() {
    setUpScheme();
    Participant mentee = Participant.launch(lti, lti.learner(), "Dr Sam Struggling");
    String id =
        mentee
            .created(
                "POST",
                "/api/requests",
                Json.createObjectBuilder()
                    .add("helpWith", Json.createArrayBuilder().add("PERFORMANCE_WORRIES"))
                    .build())
            .getString("id");
    lead.refused(
        400,
        "REASON_REQUIRED",
        "POST",
        "/api/requests/" + id + "/signpost",
        Json.createObjectBuilder()
            .add("service", "Practitioner Health")
            .add("reason", " ")
            .build());
    lead.ok(
        "POST",
        "/api/requests/" + id + "/signpost",
        Json.createObjectBuilder()
            .add("service", "Practitioner Health")
            .add(
                "reason",
                "What you describe is best helped by Practitioner Health, who are confidential and free.")
            .build());
    JsonObject seen = mentee.list("/api/requests/mine").getJsonObject(0);
    assertEquals("SIGNPOSTED", seen.getString("state"));
    assertEquals("Practitioner Health", seen.getString("signpostName"));
    assertTrue(seen.getString("closingReason").contains("confidential and free"));
    lead.refused(
        409,
        "REQUEST_CLOSED",
        "POST",
        "/api/requests/" + id + "/signpost",
        Json.createObjectBuilder()
            .add("service", "Practitioner Health")
            .add("reason", "again")
            .build());
  }

  @Test
  void aMentorJoinsByInvitationThroughTheirOwnLaunch() {
    setUpScheme();
    Participant invited = Participant.launch(lti, lti.learner(), "Dr Ivy Invited");
    invited.refused(404, "NOT_FOUND", "GET", "/api/mentor-profile", null);
    invited.refused(403, "FORBIDDEN", "POST", "/api/mentor-invitations", null);
    JsonObject invitation = lead.created("POST", "/api/mentor-invitations", null);
    String code = invitation.getString("code");
    assertTrue(invitation.getString("url").endsWith("/app/invitations/" + code));

    var page = invited.browser.get("/app/invitations/" + code);
    assertEquals(200, page.status(), page.describe());
    assertTrue(page.body().contains("Become a mentor of Cardiology mentoring"), page.body());
    assertEquals(404, invited.browser.get("/app/invitations/made-up-code").status());

    invited.ok("POST", "/api/mentor-invitations/" + code + "/accept", null);
    assertEquals(
        "Dr Ivy Invited",
        invited.ok("GET", "/api/mentor-profile", null).getJsonObject("person").getString("name"));
    invited.refused(
        409, "INVITATION_INVALID", "POST", "/api/mentor-invitations/" + code + "/accept", null);
  }

  private static JsonObject terms(String frequency) {
    return Json.createObjectBuilder()
        .add("groundRules", "We start and finish on time; either of us may pause a session.")
        .add("confidentiality", "What is said stays between us, within the scheme's limits.")
        .add("objectives", "Decide on the next career step.")
        .add("meetingFrequency", frequency)
        .add("mode", "VIDEO")
        .add("startDate", LocalDate.now().toString())
        .add("reviewDate", LocalDate.now().plusMonths(6).toString())
        .add("allowance", "4 sessions in 12 months")
        .build();
  }

  private static JsonObject record(String notes) {
    return Json.createObjectBuilder()
        .add("notes", notes)
        .add("themes", Json.createArrayBuilder().add("PROFESSIONAL_DEVELOPMENT"))
        .add("topics", Json.createArrayBuilder().add("career"))
        .add(
            "actions",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("what", "Read the portfolio guide")
                        .add("owner", "MENTEE")
                        .add("dueOn", LocalDate.now().plusDays(14).toString())))
        .build();
  }
}
