package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * The anonymous questionnaire through real launches: answered once per person and round, refused to
 * people who had no mentoring, nothing reported while the round is open, a figure only with k
 * answers behind it, quotes only with permission — and no answer stored with anything that leads
 * back to its writer (checked on the schema).
 */
@ExtendWith(DatabasePass.class)
class FeedbackIT {
  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private static JsonObject answers(String role, int expectations, boolean again, String text) {
    return Json.createObjectBuilder()
        .add("role", role)
        .add("expectations", expectations)
        .add("useAgain", again)
        .add("recommend", true)
        .add("themes", Json.createArrayBuilder().add("PERSONAL_SUPPORT"))
        .add("outcomes", text)
        .add("mayQuote", text.startsWith("QUOTABLE"))
        .build();
  }

  /** Another mentee of the scheme, matched with a new mentor; returns the mentee. */
  private Participant anotherMentee(Scenarios.Relationship r, int i) {
    Participant mentor = Participant.launch(lti, lti.learner(), "Dr Mentor Extra " + i);
    Participant mentee = Participant.launch(lti, lti.learner(), "Dr Mentee Extra " + i);
    String personId =
        r.lead().ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonObject("person").getString("name").equals(mentor.name))
            .findFirst()
            .orElseThrow()
            .getJsonObject("person")
            .getString("id");
    String profile =
        r.lead()
            .created(
                "POST",
                "/api/mentors",
                Json.createObjectBuilder().add("personId", personId).build())
            .getString("profileId");
    String request =
        mentee
            .created(
                "POST",
                "/api/requests",
                Json.createObjectBuilder()
                    .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
                    .build())
            .getString("id");
    r.lead().ok("POST", "/api/requests/" + request + "/accept", null);
    String proposal =
        r.lead()
            .created(
                "POST",
                "/api/requests/" + request + "/proposals",
                Json.createObjectBuilder().add("mentorProfileId", profile).build())
            .getString("id");
    mentor.ok("POST", "/api/proposals/" + proposal + "/accept", null);
    mentee.created("POST", "/api/proposals/" + proposal + "/confirm", null);
    return mentee;
  }

  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static JsonObject currentRound(Participant lead) {
    JsonArray rounds = lead.list("/api/feedback/report");
    return rounds.getJsonObject(0);
  }

  @Test
  void answersAreCountedOnlyOnceReleasedAndOnlyWithKBehindEachFigure() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Feedback scheme");
    r.lead()
        .ok(
            "PUT",
            "/api/scheme/settings",
            Json.createObjectBuilder()
                .add("name", "Feedback scheme")
                .add("feedbackMinimumGroup", 3)
                .build());
    Participant second = anotherMentee(r, 2);
    Participant third = anotherMentee(r, 3);

    // Offered to the mentee as a mentee, to the mentor as a mentor; not to an outsider.
    JsonArray offers = r.mentee().list("/api/feedback");
    assertEquals(1, offers.size(), offers.toString());
    assertEquals("MENTEE", offers.getJsonObject(0).getString("role"));
    assertFalse(offers.getJsonObject(0).getBoolean("answered"));
    assertEquals("MENTOR", r.mentor().list("/api/feedback").getJsonObject(0).getString("role"));
    Participant outsider = Participant.launch(lti, lti.learner(), "Dr Outsider Feedback");
    assertTrue(outsider.list("/api/feedback").isEmpty());
    outsider.refused(
        403, "FORBIDDEN", "POST", "/api/feedback/answers", answers("MENTEE", 5, true, "x"));
    r.mentee()
        .refused(
            403, "FORBIDDEN", "POST", "/api/feedback/answers", answers("MENTOR", 5, true, "x"));

    // Answered once; nothing identifying comes back.
    Step first =
        r.mentee().call("POST", "/api/feedback/answers", answers("MENTEE", 5, true, "QUOTABLE A"));
    assertEquals(204, first.status(), first::describe);
    assertTrue(first.body() == null || first.body().isBlank(), first::describe);
    assertTrue(first.headers().firstValue("Location").isEmpty());
    r.mentee()
        .refused(
            409,
            "FEEDBACK_ALREADY_GIVEN",
            "POST",
            "/api/feedback/answers",
            answers("MENTEE", 1, false, "again"));
    assertTrue(r.mentee().list("/api/feedback").getJsonObject(0).getBoolean("answered"));
    r.mentee()
        .refused(
            400,
            "INVALID_SCALE",
            "POST",
            "/api/feedback/answers",
            Json.createObjectBuilder().add("role", "MENTEE").add("expectations", 6).build());
    second.expect(204, "POST", "/api/feedback/answers", answers("MENTEE", 3, true, "QUOTABLE B"));
    r.mentor().expect(204, "POST", "/api/feedback/answers", answers("MENTOR", 4, true, "mine"));

    // While the round is open the report shows nothing, not even how many answered.
    r.mentee().refused(403, "FORBIDDEN", "GET", "/api/feedback/report", null);
    JsonObject open = currentRound(r.lead());
    assertFalse(open.getBoolean("released"));
    assertTrue(absent(open, "mentees") && absent(open, "mentors"), open.toString());

    third.expect(204, "POST", "/api/feedback/answers", answers("MENTEE", 4, false, "PRIVATE C"));
    r.mentee().refused(403, "FORBIDDEN", "POST", "/api/feedback/release", null);
    r.lead().expect(204, "POST", "/api/feedback/release", null);
    r.lead().refused(409, "ROUND_RELEASED", "POST", "/api/feedback/release", null);

    JsonObject released = currentRound(r.lead());
    assertTrue(released.getBoolean("released"));
    JsonObject mentees = released.getJsonObject("mentees");
    assertTrue(mentees.getBoolean("shown"), mentees.toString());
    assertEquals(3, mentees.getInt("answers"));
    assertEquals("4.0", mentees.getJsonObject("expectations").getString("mean"));
    assertEquals(67, mentees.getJsonObject("useAgain").getInt("percent"));
    assertEquals(
        List.of("QUOTABLE A", "QUOTABLE B"),
        mentees.getJsonArray("quotes").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertFalse(released.toString().contains("PRIVATE C"), "unquotable text is never shown");
    // One mentor answered: fewer than k, nothing but the count.
    JsonObject mentors = released.getJsonObject("mentors");
    assertFalse(mentors.getBoolean("shown"));
    assertTrue(absent(mentors, "expectations"), mentors.toString());
    assertFalse(released.toString().contains("mine"));
    // No name anywhere in the report.
    for (Participant p : List.of(r.mentee(), second, third, r.mentor())) {
      assertFalse(released.toString().contains(p.name), "the report names nobody");
    }

    // A released round takes no more answers.
    Participant fourth = anotherMentee(r, 4);
    fourth.refused(
        409, "ROUND_CLOSED", "POST", "/api/feedback/answers", answers("MENTEE", 5, true, "late"));
  }

  @Test
  void theSchemaHoldsNoLinkFromAnAnswerToItsWriter() throws Exception {
    String sql =
        Files.readString(Path.of("../lti-tool/src/main/resources/db/migration/V51__feedback.sql"))
            .toLowerCase(Locale.ROOT)
            .lines()
            .filter(line -> !line.strip().startsWith("--"))
            .collect(java.util.stream.Collectors.joining("\n"));
    int start = sql.indexOf("create table feedback_answer");
    String table = sql.substring(start, sql.indexOf(");", start));
    for (String banned :
        List.of(
            "person",
            "relationship",
            "mentee",
            "mentor",
            "session",
            "_at ",
            "timestamp",
            "created",
            "submitted",
            "serial",
            "identity",
            "sequence",
            "auto_increment")) {
      assertFalse(
          table.contains(banned), "feedback_answer must not hold " + banned + ":\n" + table);
    }
    // And the marker names no answer.
    int marker = sql.indexOf("create table feedback_given");
    String given = sql.substring(marker, sql.indexOf(");", marker));
    assertFalse(given.contains("answer"), given);
  }
}
