package org.mentorlink.it.audit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
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
 * The safeguarding break-glass through real launches and the pages: the mentor raises a concern
 * sharing one record; the lead reads that record and not the others, each reading in the audit
 * trail; a coordinator who is not the lead, another learner and (when the mentor recorded why not)
 * the mentee see nothing of it; only the lead reviews and closes it.
 */
@ExtendWith(DatabasePass.class)
class SafeguardingIT {
  private static final Pattern CONCERN = Pattern.compile("/app/concerns/([0-9a-f-]{36})");

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

  /** The mentor raises a concern; returns its id. */
  private static String raise(Scenarios.Relationship r, Map<String, String> fields) {
    Step s = post(r.mentor(), "/app/relationships/" + r.id() + "/concerns", fields);
    assertEquals(303, s.status(), s.describe());
    Matcher m = CONCERN.matcher(s.location().orElseThrow().toString());
    assertTrue(m.find(), s.describe());
    return m.group(1);
  }

  /** A second session with its own notes; returns its id. */
  private static String sessionWithNotes(Scenarios.Relationship r, String notes) {
    var scheduled =
        r.mentor()
            .created(
                "POST",
                r.path() + "/sessions",
                Json.createObjectBuilder()
                    .add(
                        "scheduledAt",
                        Instant.now()
                            .plus(3, ChronoUnit.DAYS)
                            .truncatedTo(ChronoUnit.SECONDS)
                            .toString())
                    .add("durationHours", "1")
                    .add("mode", "VIDEO")
                    .build());
    var sessions = scheduled.getJsonArray("sessions");
    String sid = sessions.getJsonObject(sessions.size() - 1).getString("id");
    r.mentee()
        .ok(
            "PUT",
            r.path() + "/sessions/" + sid + "/record",
            Json.createObjectBuilder().add("notes", notes).build());
    return sid;
  }

  private static Participant coordinator(LtiFixture lti, Scenarios.Relationship r) {
    Participant c = Participant.launch(lti, lti.instructor(), "Dr Coordinator Concern");
    String personId =
        r.lead().ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonObject("person").getString("name").equals(c.name))
            .findFirst()
            .orElseThrow()
            .getJsonObject("person")
            .getString("id");
    r.lead()
        .ok(
            "POST",
            "/api/scheme/coordinators",
            Json.createObjectBuilder().add("personId", personId).build());
    return c;
  }

  @Test
  void theLeadReadsOnlyTheChosenRecordEachReadingAudited() throws Exception {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Concern scheme");
    String kept = r.signedOffSession("1", 0); // notes: SESSION-NOTES
    String shared = sessionWithNotes(r, "SHARED-NOTES-for-the-lead");
    Participant coordinator = coordinator(lti, r);
    Participant stranger = Participant.launch(lti, lti.learner(), "Dr Stranger Concern");

    String cid =
        raise(
            r,
            Map.of(
                "reason", "CONCERN-REASON patient safety",
                "records", "SESSION:" + shared,
                "tell-mentee", "yes"));
    String page = "/app/concerns/" + cid;

    Step asLead = r.lead().browser.get(page);
    assertEquals(200, asLead.status(), asLead.describe());
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertTrue(asLead.body().contains("SHARED-NOTES-for-the-lead")));
    checks.add(() -> assertTrue(asLead.body().contains("CONCERN-REASON")));
    checks.add(() -> assertFalse(asLead.body().contains("SESSION-NOTES"), "an unshared record"));
    checks.add(() -> assertEquals(404, coordinator.browser.get(page).status(), "coordinator"));
    checks.add(() -> assertEquals(403, coordinator.browser.get("/app/concerns").status()));
    checks.add(() -> assertEquals(404, stranger.browser.get(page).status(), "stranger"));
    checks.add(() -> assertEquals(403, r.mentor().browser.get("/app/concerns").status()));
    Step asMentee = r.mentee().browser.get(page);
    checks.add(() -> assertEquals(200, asMentee.status(), asMentee.describe()));
    checks.add(() -> assertTrue(asMentee.body().contains("CONCERN-REASON"), "the mentee is told"));
    checks.add(
        () -> assertFalse(asMentee.body().contains("SHARED-NOTES"), "the mentee sees no records"));
    // Nor does the coordinator meet the concern through the lead's relationship overview.
    checks.add(
        () ->
            assertFalse(
                coordinator.browser.get("/app/coordinator/relationships").body().contains(cid)));
    assertAll(checks);

    // Only the lead reviews and closes.
    assertTrue(post(coordinator, page + "/review", Map.of()).status() >= 400);
    assertTrue(post(r.mentor(), page + "/review", Map.of()).status() >= 400);
    assertTrue(post(r.lead(), page + "/close", Map.of()).status() >= 400, "closed before review");
    assertEquals(303, post(r.lead(), page + "/review", Map.of()).status());
    assertEquals(303, post(r.lead(), page + "/close", Map.of()).status());
    assertTrue(r.lead().browser.get(page).body().contains("Closed"));

    String csv = r.lead().browser.get("/app/coordinator/audit/export.csv").body();
    List<String> lines = csv.lines().toList();
    List<Executable> audit = new ArrayList<>();
    audit.add(
        () ->
            assertTrue(
                lines.stream()
                    .anyMatch(
                        l ->
                            l.contains(r.mentor().name)
                                && l.contains("BREAK_GLASS")
                                && l.contains(cid)
                                && l.contains("RAISED")),
                csv));
    audit.add(
        () ->
            assertTrue(
                lines.stream()
                    .anyMatch(
                        l ->
                            l.contains(r.lead().name)
                                && l.contains("BREAK_GLASS")
                                && l.contains(shared)
                                && l.contains("LEAD_READ:" + cid)),
                csv));
    audit.add(
        () ->
            assertFalse(
                lines.stream().anyMatch(l -> l.contains(r.lead().name) && l.contains(kept)),
                "the lead never read the unshared session"));
    audit.add(
        () ->
            assertTrue(
                lines.stream()
                    .anyMatch(
                        l ->
                            l.contains(coordinator.name)
                                && l.contains("DENIED")
                                && l.contains(cid)),
                csv));
    audit.add(
        () ->
            assertTrue(
                lines.stream().anyMatch(l -> l.contains("REVIEWED") && l.contains(cid)), csv));
    audit.add(
        () -> assertTrue(lines.stream().anyMatch(l -> l.contains("CLOSED") && l.contains(cid))));
    audit.add(() -> assertFalse(csv.contains("CONCERN-REASON"), "the reason in the trail"));
    assertAll(audit);
  }

  @Test
  void theMenteeSeesNothingWhenTheMentorRecordsWhyNot() {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Withheld scheme");
    String base = "/app/relationships/" + r.id() + "/concerns";
    // Refused: no reason for not telling; the mentee cannot raise one.
    Step noWhy = post(r.mentor(), base, Map.of("reason", "SECRET-REASON", "tell-mentee", "no"));
    assertEquals(400, noWhy.status(), noWhy.describe());
    assertTrue(noWhy.body().contains("withhold-reason"), noWhy.body());
    assertTrue(post(r.mentee(), base, Map.of("reason", "x", "tell-mentee", "yes")).status() >= 400);
    assertTrue(r.lead().browser.get("/app/concerns").body().contains("No concern has been raised"));

    String cid =
        raise(
            r,
            Map.of(
                "reason", "SECRET-REASON",
                "tell-mentee", "no",
                "withhold-reason", "WITHHOLD-WHY telling would put a patient at risk"));
    String page = "/app/concerns/" + cid;
    assertEquals(404, r.mentee().browser.get(page).status());
    Step list = r.mentee().browser.get(base);
    assertEquals(200, list.status(), list.describe());
    assertFalse(list.body().contains("SECRET-REASON"));
    assertFalse(list.body().contains(cid));
    Step overview = r.mentee().browser.get("/app/relationships/" + r.id());
    assertFalse(overview.body().contains("Safeguarding concerns"), "the mentee sees a link");
    Step asLead = r.lead().browser.get(page);
    assertTrue(asLead.body().contains("SECRET-REASON"));
    assertTrue(asLead.body().contains("WITHHOLD-WHY"));
    Step asMentor = r.mentor().browser.get(page);
    assertTrue(asMentor.body().contains("WITHHOLD-WHY"));
  }
}
