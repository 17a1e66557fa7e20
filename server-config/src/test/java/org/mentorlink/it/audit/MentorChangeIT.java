package org.mentorlink.it.audit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.mentoring.Participant;
import org.mentorlink.it.mentoring.Scenarios;
import org.mentorlink.it.support.DatabasePass;

/**
 * A mentee changes mentor, end to end through real launches and the pages: the mentee asks the lead
 * in confidence; no one but the lead can rematch; the lead matches the mentee with another mentor
 * on the request's page; the old relationship ends as "mentor changed" and the mentee keeps every
 * record of it (and their CPD credit); the new mentor sees nothing of it; the former mentor loses
 * it entirely with the scheme's setting off, and with it on reads only their own notes and addenda,
 * read-only — each reading and each refusal in the audit trail.
 */
@ExtendWith(DatabasePass.class)
class MentorChangeIT {
  private static final Pattern CHANGE = Pattern.compile("/app/change-requests/([0-9a-f-]{36})");

  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private static Step post(Participant p, String path, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("csrf", p.csrf);
    return p.browser.postForm(path, form, Map.of());
  }

  private static String personId(Participant lead, String name) {
    return lead.ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getJsonObject("person").getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonObject("person")
        .getString("id");
  }

  /**
   * A signed-off session in which both wrote notes, with an addendum from each, and a goal of the
   * mentee's; returns the session's id.
   */
  private static String sessionBothWroteIn(Scenarios.Relationship r) {
    var scheduled =
        r.mentor()
            .created(
                "POST",
                r.path() + "/sessions",
                Json.createObjectBuilder()
                    .add(
                        "scheduledAt",
                        Instant.now()
                            .minus(1, ChronoUnit.DAYS)
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString())
                    .add("durationHours", "1")
                    .add("mode", "VIDEO")
                    .build());
    String sid = scheduled.getJsonArray("sessions").getJsonObject(0).getString("id");
    String s = r.path() + "/sessions/" + sid;
    r.mentee()
        .ok("PUT", s + "/record", Json.createObjectBuilder().add("notes", "MENTEE-NOTES").build());
    r.mentor()
        .ok("PUT", s + "/record", Json.createObjectBuilder().add("notes", "MENTOR-NOTES").build());
    r.mentee().ok("POST", s + "/submit", null);
    r.mentor().ok("POST", s + "/sign-off", null);
    r.mentee()
        .created(
            "POST",
            s + "/addenda",
            Json.createObjectBuilder().add("text", "MENTEE-ADDENDUM").build());
    r.mentor()
        .created(
            "POST",
            s + "/addenda",
            Json.createObjectBuilder().add("text", "MENTOR-ADDENDUM").build());
    r.mentee()
        .created(
            "POST",
            r.path() + "/goals",
            Json.createObjectBuilder().add("goal", "MENTEE-GOAL").build());
    return sid;
  }

  private static void assertNoneOf(String body, String where, String... phrases) {
    for (String p : phrases) {
      assertFalse(body.contains(p), where + " shows " + p + ":\n" + body);
    }
  }

  @Test
  void aRematchKeepsTheMenteesRecordsAndTheFormerMentorOnlyTheirOwnNotes() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Change mentor scheme");
    String session = sessionBothWroteIn(r);
    String old = r.id();
    Participant newMentor = Participant.launch(lti, lti.learner(), "Dr New Mentor Change");
    String newProfile =
        r.lead()
            .created(
                "POST",
                "/api/mentors",
                Json.createObjectBuilder()
                    .add("personId", personId(r.lead(), newMentor.name))
                    .build())
            .getString("profileId");
    Participant coordinator = Participant.launch(lti, lti.instructor(), "Dr Coordinator Change");
    String cid = personId(r.lead(), coordinator.name);
    r.lead()
        .ok(
            "POST",
            "/api/scheme/coordinators",
            Json.createObjectBuilder().add("personId", cid).build());
    r.lead().ok("PUT", "/api/scheme/matching-coordinators/" + cid, null);
    JsonObject creditBefore = r.mentee().ok("GET", "/api/cpd", null);

    // The mentee asks the lead, in confidence, for another mentor.
    Step asked =
        post(
            r.mentee(),
            "/app/relationships/" + old + "/ask-lead",
            Map.of("kind", "CHANGE_MENTOR", "reason", "CHANGE-REASON we do not get on"));
    assertEquals(303, asked.status(), asked.describe());
    Matcher m = CHANGE.matcher(asked.location().orElseThrow().toString());
    assertTrue(m.find(), asked.describe());
    String page = "/app/change-requests/" + m.group(1);

    // Nobody but the lead rematches — not even a matching coordinator.
    for (Participant who : List.of(coordinator, r.mentee(), r.mentor(), newMentor)) {
      Step refused = post(who, page + "/rematch", Map.of("mentor", newProfile));
      assertTrue(
          refused.status() == 403 || refused.status() == 404, who.name + ": " + refused.describe());
    }
    assertTrue(r.mentee().ok("GET", r.path(), null).getBoolean("active"), "nothing changed");

    // The lead's page: the candidates as matching ranks them, the former mentor blocked.
    Step asLead = r.lead().browser.get(page);
    assertEquals(200, asLead.status(), asLead.describe());
    assertTrue(asLead.body().contains("data-form=\"change-request-rematch\""), asLead.body());
    assertTrue(
        asLead.body().contains("The mentee asked to change from this mentor."), asLead.body());
    assertTrue(asLead.body().contains(newMentor.name), asLead.body());
    Step again = post(r.lead(), page + "/rematch", Map.of("mentor", newProfile));
    assertEquals(303, again.status(), again.describe());
    Step done = r.lead().browser.get(again.location().orElseThrow().toString());
    assertTrue(done.body().contains("Matched with a new mentor: " + newMentor.name), done.body());
    assertFalse(done.body().contains("data-form=\"change-request-rematch\""), done.body());

    // The mentee keeps every record of the old relationship, and their CPD credit.
    List<Executable> checks = new ArrayList<>();
    var mine = r.mentee().list("/api/relationships");
    checks.add(() -> assertEquals(2, mine.size(), mine.toString()));
    JsonObject ended = r.mentee().ok("GET", r.path(), null);
    checks.add(() -> assertFalse(ended.getBoolean("active")));
    checks.add(() -> assertEquals("MENTOR_CHANGED", ended.getString("closureReason")));
    String endedText = ended.toString();
    for (String p :
        List.of(
            "MENTEE-NOTES", "MENTOR-NOTES", "MENTEE-ADDENDUM", "MENTOR-ADDENDUM", "MENTEE-GOAL")) {
      checks.add(() -> assertTrue(endedText.contains(p), p + " in " + endedText));
    }
    String next =
        mine.stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getBoolean("active"))
            .findFirst()
            .orElseThrow()
            .getString("id");
    checks.add(() -> assertEquals(creditBefore, r.mentee().ok("GET", "/api/cpd", null)));
    Step menteePage = r.mentee().browser.get("/app/mentee");
    checks.add(() -> assertTrue(menteePage.body().contains("Mentor changed"), menteePage.body()));
    checks.add(() -> assertTrue(menteePage.body().contains(newMentor.name), menteePage.body()));
    assertAll(checks);

    // The new mentor sees the new relationship, and nothing of the old one.
    String[] all = {
      "MENTEE-NOTES", "MENTOR-NOTES", "MENTEE-ADDENDUM", "MENTOR-ADDENDUM", "MENTEE-GOAL"
    };
    List<Executable> fresh = new ArrayList<>();
    String theirs = newMentor.list("/api/relationships").toString();
    fresh.add(() -> assertTrue(theirs.contains(next), theirs));
    fresh.add(() -> assertFalse(theirs.contains(old), theirs));
    fresh.add(() -> assertNoneOf(theirs, "the new mentor's list", all));
    fresh.add(() -> newMentor.refused(404, "NOT_FOUND", "GET", r.path(), null));
    for (String p :
        List.of(
            "/app/relationships/" + old,
            "/app/relationships/" + old + "/own-notes",
            "/app/relationships/" + old + "/sessions/" + session)) {
      Step s = newMentor.browser.get(p);
      fresh.add(() -> assertEquals(404, s.status(), p + ": " + s.describe()));
      fresh.add(() -> assertNoneOf(s.body(), p, all));
    }
    Step newPage = newMentor.browser.get("/app/relationships/" + next);
    fresh.add(() -> assertEquals(200, newPage.status(), newPage.describe()));
    fresh.add(() -> assertNoneOf(newPage.body(), "the new relationship", all));
    assertAll(fresh);

    // The former mentor, the scheme's setting off (the default): the old relationship is gone.
    List<Executable> off = new ArrayList<>();
    off.add(() -> r.mentor().refused(404, "NOT_FOUND", "GET", r.path(), null));
    off.add(
        () ->
            r.mentor()
                .refused(
                    404,
                    "NOT_FOUND",
                    "POST",
                    r.path() + "/sessions/" + session + "/addenda",
                    Json.createObjectBuilder().add("text", "LATER").build()));
    String formerList = r.mentor().list("/api/relationships").toString();
    off.add(() -> assertFalse(formerList.contains(old), formerList));
    for (String p :
        List.of("/app/relationships/" + old, "/app/relationships/" + old + "/own-notes")) {
      Step s = r.mentor().browser.get(p);
      off.add(() -> assertEquals(404, s.status(), p + ": " + s.describe()));
      off.add(() -> assertNoneOf(s.body(), p, all));
    }
    Step mentorPage = r.mentor().browser.get("/app/mentor");
    off.add(() -> assertFalse(mentorPage.body().contains(old), mentorPage.body()));
    assertAll(off);

    // The lead switches the setting on (the privacy page's form).
    Step saved =
        post(
            r.lead(),
            "/app/scheme/privacy",
            Map.of(
                "only-lead-knows", "yes",
                "default-notice", "yes",
                "retention-years", "6",
                "former-mentor-keeps-own-notes", "yes"));
    assertEquals(303, saved.status(), saved.describe());
    JsonObject privacy = r.mentee().ok("GET", "/api/scheme/privacy", null);
    assertTrue(privacy.getBoolean("formerMentorKeepsOwnNotes"), privacy.toString());
    assertTrue(privacy.getString("notice").contains("only the notes they wrote themself"));

    // Now the former mentor reads their own notes and addenda, read-only, and nothing else.
    List<Executable> on = new ArrayList<>();
    Step list = r.mentor().browser.get("/app/mentor");
    on.add(
        () ->
            assertTrue(
                list.body().contains("/app/relationships/" + old + "/own-notes"), list.body()));
    Step own = r.mentor().browser.get("/app/relationships/" + old + "/own-notes");
    on.add(() -> assertEquals(200, own.status(), own.describe()));
    on.add(() -> assertTrue(own.body().contains("MENTOR-NOTES"), own.body()));
    on.add(() -> assertTrue(own.body().contains("MENTOR-ADDENDUM"), own.body()));
    on.add(
        () ->
            assertNoneOf(
                own.body(), "the own notes", "MENTEE-NOTES", "MENTEE-ADDENDUM", "MENTEE-GOAL"));
    on.add(() -> assertFalse(own.body().contains("<form"), "read-only: " + own.body()));
    on.add(() -> r.mentor().refused(404, "NOT_FOUND", "GET", r.path(), null));
    on.add(() -> assertEquals(404, r.mentor().browser.get("/app/relationships/" + old).status()));
    on.add(
        () ->
            r.mentor()
                .refused(
                    404,
                    "NOT_FOUND",
                    "POST",
                    r.path() + "/sessions/" + session + "/addenda",
                    Json.createObjectBuilder().add("text", "LATER").build()));
    // Not the new mentor's, nor anyone else's, to read.
    on.add(
        () ->
            assertEquals(
                404, newMentor.browser.get("/app/relationships/" + old + "/own-notes").status()));
    on.add(
        () ->
            assertEquals(
                404, r.mentee().browser.get("/app/relationships/" + old + "/own-notes").status()));
    assertAll(on);

    // The trail: the rematch, each reading of the own notes, each refusal; never the text.
    String csv = r.lead().browser.get("/app/coordinator/audit/export.csv").body();
    List<String> lines = csv.lines().toList();
    List<Executable> trail = new ArrayList<>();
    trail.add(
        () ->
            assertTrue(
                lines.stream().anyMatch(l -> l.contains("REMATCHED") && l.contains(m.group(1))),
                csv));
    trail.add(
        () ->
            assertTrue(
                lines.stream().anyMatch(l -> l.contains("MENTOR_CHANGED") && l.contains(old)),
                csv));
    trail.add(
        () ->
            assertTrue(
                lines.stream()
                    .anyMatch(
                        l ->
                            l.contains(r.mentor().name)
                                && l.contains("READ")
                                && l.contains("FORMER_MENTOR_NOTES")
                                && l.contains(old)),
                csv));
    trail.add(
        () ->
            assertTrue(
                lines.stream()
                    .anyMatch(
                        l -> l.contains(newMentor.name) && l.contains("DENIED") && l.contains(old)),
                csv));
    trail.add(
        () ->
            assertTrue(
                lines.stream()
                    .anyMatch(
                        l ->
                            l.contains(r.mentor().name) && l.contains("DENIED") && l.contains(old)),
                csv));
    trail.add(() -> assertNoneOf(csv, "the audit trail", all));
    assertAll(trail);
  }
}
