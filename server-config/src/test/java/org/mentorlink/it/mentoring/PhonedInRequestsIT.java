package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The lead's own records, through real launches: a request the lead enters for someone who phoned
 * in has no mentee until the caller opens the lead's single-use link in their own launch (or the
 * lead chooses them on the roster) — never by their e-mail address; a used, expired or foreign link
 * is refused and changes nothing; a coordinator not named for matching under "only the lead knows"
 * neither enters nor sees such a request; the mentor a mentee asks for is shown and ranked up, and
 * stays excluded when a conflict rules them out; bad input is a 4xx, never a 500.
 */
@ExtendWith(DatabasePass.class)
class PhonedInRequestsIT {
  /** The IT servers let a claim link live 30 seconds ({@code mentorlink.claim.link.seconds}). */
  private static final long LINK_SECONDS = 30;

  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  /** A lead with a scheme in the simulator's course. */
  private Participant lead(String scheme) {
    Participant lead = Participant.launch(lti, lti.instructor(), "Dr Lead " + scheme);
    lead.created("POST", "/api/scheme", Json.createObjectBuilder().add("name", scheme).build());
    return lead;
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

  /** A learner launched now and designated mentor by the lead; returns the mentor's profile id. */
  private String mentor(Participant lead, Participant mentor) {
    return lead.created(
            "POST",
            "/api/mentors",
            Json.createObjectBuilder().add("personId", personId(lead, mentor.name)).build())
        .getString("profileId");
  }

  private static JsonObject phonedIn(Participant lead, String caller, String details) {
    return lead.created(
        "POST",
        "/api/requests/phoned-in",
        Json.createObjectBuilder()
            .add("callerName", caller)
            .add("helpWith", Json.createArrayBuilder().add("WORK_LIFE_BALANCE"))
            .add("otherDetails", details)
            .build());
  }

  private static String code(JsonObject link) {
    return link.getString("code");
  }

  private static Step post(Participant p, String path, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("csrf", p.csrf);
    return p.browser.postForm(path, form, Map.of());
  }

  /** The registration's INTAKE audit entries for {@code requestId}, oldest first, as details. */
  private List<String> intakeAudit(String requestId) {
    HttpResponse<String> answer =
        lti.operator.get("/api/operator/audit?registration=" + lti.registrationId() + "&size=100");
    assertEquals(200, answer.statusCode(), answer.body());
    List<String> out =
        new java.util.ArrayList<>(
            Json.createReader(new StringReader(answer.body()))
                .readObject()
                .getJsonArray("items")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(
                    i ->
                        "INTAKE".equals(i.getString("action"))
                            && requestId.equals(i.getString("recordId", null)))
                .map(i -> i.getString("detail"))
                .toList());
    java.util.Collections.reverse(out);
    return out;
  }

  @Test
  void theLeadEntersARequestThatTheCallerClaimsOnceThroughTheirOwnLaunch() {
    Participant lead = lead("Phoned in");
    Participant mentor = Participant.launch(lti, lti.learner(), "Dr Mo Mentor");
    String profile = mentor(lead, mentor);
    // The caller's e-mail is in the lead's notes and in the caller's launch: it links nothing.
    JsonObject r = phonedIn(lead, "Dr Phoebe Caller", "Rang on Tuesday from phoebe@example.org");
    String id = r.getString("id");
    assertTrue(r.getBoolean("enteredForCaller"));
    assertFalse(r.containsKey("mentee") && !r.isNull("mentee"), r.toString());

    Participant caller =
        Participant.launch(lti, lti.learner().email("phoebe@example.org"), "Dr Phoebe Caller");
    assertEquals(0, caller.list("/api/requests/mine").size(), "never linked by e-mail or name");
    caller.refused(404, "NOT_FOUND", "GET", "/api/requests/" + id, null);

    // The lead's pages: marked, and no mentor can be proposed before it has a mentee.
    Step page = lead.browser.get("/app/coordinator/requests/" + id);
    assertEquals(200, page.status(), page.describe());
    assertTrue(page.body().contains("Entered by the lead for someone who phoned in"));
    assertTrue(page.body().contains("Whose request is this?"));
    lead.ok("POST", "/api/requests/" + id + "/accept", null);
    Step matching = lead.browser.get("/app/coordinator/requests/" + id + "/matching");
    assertEquals(200, matching.status(), matching.describe());
    assertTrue(matching.body().contains("id=\"no-mentee\""), matching.body());
    assertFalse(matching.body().contains("data-form=\"proposal-propose\""));
    lead.refused(
        409,
        "REQUEST_HAS_NO_MENTEE",
        "POST",
        "/api/requests/" + id + "/proposals",
        Json.createObjectBuilder().add("mentorProfileId", profile).build());

    // The link, opened in the caller's own launch: a page, then the claim.
    JsonObject link = lead.created("POST", "/api/requests/" + id + "/claim-links", null);
    assertTrue(link.getString("url").endsWith("/app/claim/" + code(link)), link.toString());
    Step claimPage = caller.browser.get("/app/claim/" + code(link));
    assertEquals(200, claimPage.status(), claimPage.describe());
    assertTrue(claimPage.body().contains("data-form=\"request-claim\""));
    Step claimed = post(caller, "/app/claim/" + code(link), Map.of());
    assertEquals(303, claimed.status(), claimed.describe());
    assertEquals(List.of(id), ids(caller.list("/api/requests/mine")));
    Step mine = caller.browser.get("/app/mentee");
    assertTrue(mine.body().contains("Entered by the lead for someone who phoned in"));
    assertEquals(
        personId(lead, caller.name),
        lead.ok("GET", "/api/requests/" + id, null).getJsonObject("mentee").getString("id"));

    // Used: a second use, by anyone, is refused with a page that says so; nothing changes.
    Participant other = Participant.launch(lti, lti.learner(), "Dr Someone Else");
    other.refused(
        409, "CLAIM_LINK_INVALID", "POST", "/api/claim-links/" + code(link) + "/claim", null);
    Step again = other.browser.get("/app/claim/" + code(link));
    assertEquals(409, again.status(), again.describe());
    assertTrue(again.body().contains("expired or was already used"), again.body());
    assertEquals(0, other.list("/api/requests/mine").size());
    caller.refused(
        409, "CLAIM_LINK_INVALID", "POST", "/api/claim-links/" + code(link) + "/claim", null);
    // Claimed: no new link for it.
    lead.refused(
        409, "REQUEST_ALREADY_CLAIMED", "POST", "/api/requests/" + id + "/claim-links", null);

    // Now matching works as for any request.
    String proposal =
        lead.created(
                "POST",
                "/api/requests/" + id + "/proposals",
                Json.createObjectBuilder().add("mentorProfileId", profile).build())
            .getString("id");
    mentor.ok("POST", "/api/proposals/" + proposal + "/accept", null);
    caller.created("POST", "/api/proposals/" + proposal + "/confirm", null);

    assertEquals(
        List.of("ENTERED_FOR_CALLER", "CLAIM_LINK_ISSUED", "CLAIMED_BY_LINK"), intakeAudit(id));
  }

  private static List<String> ids(jakarta.json.JsonArray a) {
    return a.stream().map(v -> v.asJsonObject().getString("id")).toList();
  }

  @Test
  void anExpiredLinkIsRefusedAndChangesNothing() throws InterruptedException {
    Participant lead = lead("Expiring links");
    String id = phonedIn(lead, "Dr Late Caller", "Rang").getString("id");
    JsonObject link = lead.created("POST", "/api/requests/" + id + "/claim-links", null);
    Thread.sleep((LINK_SECONDS + 2) * 1000);

    Participant caller = Participant.launch(lti, lti.learner(), "Dr Late Caller");
    caller.refused(
        409, "CLAIM_LINK_INVALID", "POST", "/api/claim-links/" + code(link) + "/claim", null);
    Step page = caller.browser.get("/app/claim/" + code(link));
    assertEquals(409, page.status(), page.describe());
    assertEquals(0, caller.list("/api/requests/mine").size());
    JsonObject still = lead.ok("GET", "/api/requests/" + id, null);
    assertTrue(!still.containsKey("mentee") || still.isNull("mentee"), still.toString());
    assertEquals(List.of("ENTERED_FOR_CALLER", "CLAIM_LINK_ISSUED"), intakeAudit(id));
  }

  @Test
  void aLinkOpenedFromAnotherRegistrationOrAnotherCourseIsRefused(TestInfo test) {
    Participant lead = lead("Foreign links");
    String id = phonedIn(lead, "Dr Far Caller", "Rang").getString("id");
    JsonObject link = lead.created("POST", "/api/requests/" + id + "/claim-links", null);

    try (LtiFixture other = LtiFixture.start(lti.server, test, b -> {})) {
      Participant otherLead = Participant.launch(other, other.instructor(), "Dr Other Lead");
      otherLead.created(
          "POST", "/api/scheme", Json.createObjectBuilder().add("name", "Elsewhere").build());
      Participant stranger = Participant.launch(other, other.learner(), "Dr Far Caller");
      stranger.refused(404, "NOT_FOUND", "POST", "/api/claim-links/" + code(link) + "/claim", null);
      Step page = stranger.browser.get("/app/claim/" + code(link));
      assertEquals(404, page.status(), page.describe());
    }
    // The same registration, another course with its own scheme: refused too.
    Participant lead2 =
        Participant.launch(
            lti, lti.instructor().context("course-two", "C2", "Course two"), "Dr Lead Two");
    lead2.created("POST", "/api/scheme", Json.createObjectBuilder().add("name", "Two").build());
    Participant learner2 =
        Participant.launch(
            lti, lti.learner().context("course-two", "C2", "Course two"), "Dr Course Two");
    learner2.refused(403, "FORBIDDEN", "POST", "/api/claim-links/" + code(link) + "/claim", null);

    JsonObject still = lead.ok("GET", "/api/requests/" + id, null);
    assertTrue(!still.containsKey("mentee") || still.isNull("mentee"), still.toString());
    // The link still works for the right person.
    Participant caller = Participant.launch(lti, lti.learner(), "Dr Far Caller");
    caller.ok("POST", "/api/claim-links/" + code(link) + "/claim", null);
  }

  @Test
  void theLeadCorrectsTheCallersRequestUntilItIsClaimedOrScreened() {
    Participant lead = lead("Corrected intake");
    String id = phonedIn(lead, "Dr Mis Spelt", "Rang on Monday").getString("id");

    // Through the page: the pro-forma filled in with what was written down.
    Step form = lead.browser.get("/app/intake/" + id + "/edit");
    assertEquals(200, form.status(), form.describe());
    assertTrue(form.body().contains("data-form=\"phoned-in-revise\""), form.body());
    assertTrue(form.body().contains("Dr Mis Spelt") && form.body().contains("Rang on Monday"));
    Step empty = post(lead, "/app/intake/" + id + "/edit", Map.of("help", "CAREER_DECISION"));
    assertEquals(422, empty.status(), empty.describe());
    assertTrue(empty.body().contains("Write the caller"), empty.body());
    Step saved =
        post(
            lead,
            "/app/intake/" + id + "/edit",
            Map.of("caller-name", "Dr Miss Spelt", "help", "CAREER_DECISION", "practice", "Elm"));
    assertEquals(303, saved.status(), saved.describe());
    JsonObject now = lead.ok("GET", "/api/requests/" + id, null);
    assertEquals("Dr Miss Spelt", now.getString("callerName"));
    assertEquals("Elm", now.getJsonObject("details").getString("practice"));
    assertEquals(
        List.of("CAREER_DECISION"),
        now.getJsonObject("details")
            .getJsonArray("helpWith")
            .getValuesAs(jakarta.json.JsonString::getString));

    // Through the API; bad input is a 4xx and changes nothing.
    JsonObject body =
        Json.createObjectBuilder()
            .add("callerName", "Dr Miss Spelt-Right")
            .add("helpWith", Json.createArrayBuilder().add("WORK_LIFE_BALANCE"))
            .build();
    assertEquals(
        "Dr Miss Spelt-Right",
        lead.ok("PUT", "/api/requests/" + id + "/phoned-in", body).getString("callerName"));
    Step blank =
        lead.call(
            "PUT",
            "/api/requests/" + id + "/phoned-in",
            Json.createObjectBuilder().add("callerName", " ").build());
    assertEquals(400, blank.status(), blank.describe());
    assertEquals(
        "Dr Miss Spelt-Right", lead.ok("GET", "/api/requests/" + id, null).getString("callerName"));

    // Once claimed, only the caller changes it; a screened one is not changed either.
    JsonObject link = lead.created("POST", "/api/requests/" + id + "/claim-links", null);
    Participant caller = Participant.launch(lti, lti.learner(), "Dr Miss Spelt-Right");
    caller.ok("POST", "/api/claim-links/" + code(link) + "/claim", null);
    lead.refused(409, "REQUEST_ALREADY_CLAIMED", "PUT", "/api/requests/" + id + "/phoned-in", body);
    assertEquals(404, lead.browser.get("/app/intake/" + id + "/edit").status());
    String other = phonedIn(lead, "Dr Screened", "Rang").getString("id");
    lead.ok("POST", "/api/requests/" + other + "/accept", null);
    lead.refused(409, "REQUEST_NOT_EDITABLE", "PUT", "/api/requests/" + other + "/phoned-in", body);
    assertTrue(intakeAudit(id).contains("CALLER_REQUEST_REVISED"), intakeAudit(id).toString());
  }

  @Test
  void aLinkGivenToTheWrongPersonIsWithdrawnAndANewLinkReplacesTheOld() {
    Participant lead = lead("Withdrawn links");
    String id = phonedIn(lead, "Dr Wrong Hands", "Rang").getString("id");
    JsonObject first = lead.created("POST", "/api/requests/" + id + "/claim-links", null);
    JsonObject second = lead.created("POST", "/api/requests/" + id + "/claim-links", null);
    Participant caller = Participant.launch(lti, lti.learner(), "Dr Wrong Hands");
    caller.refused(
        409, "CLAIM_LINK_INVALID", "POST", "/api/claim-links/" + code(first) + "/claim", null);

    // The request page says a link is waiting and offers to withdraw it; withdrawn, it is refused.
    Step page = lead.browser.get("/app/coordinator/requests/" + id);
    assertTrue(page.body().contains("data-form=\"claim-link-withdraw\""), page.body());
    assertTrue(page.body().contains("Create a new link instead"), page.body());
    Step withdrawn = post(lead, "/app/intake/" + id + "/link/withdraw", Map.of());
    assertEquals(303, withdrawn.status(), withdrawn.describe());
    caller.refused(
        409, "CLAIM_LINK_INVALID", "POST", "/api/claim-links/" + code(second) + "/claim", null);
    Step after = lead.browser.get("/app/coordinator/requests/" + id);
    assertFalse(after.body().contains("data-form=\"claim-link-withdraw\""), after.body());
    assertTrue(after.body().contains("Create a link for the caller"), after.body());

    // Through the API: nothing waiting changes nothing; a new link is withdrawn at once.
    assertEquals(
        0, lead.ok("DELETE", "/api/requests/" + id + "/claim-links", null).getInt("withdrawn"));
    JsonObject third = lead.created("POST", "/api/requests/" + id + "/claim-links", null);
    assertEquals(
        1, lead.ok("DELETE", "/api/requests/" + id + "/claim-links", null).getInt("withdrawn"));
    caller.refused(
        409, "CLAIM_LINK_INVALID", "POST", "/api/claim-links/" + code(third) + "/claim", null);
    assertEquals(0, caller.list("/api/requests/mine").size());
    assertEquals(
        List.of(
            "ENTERED_FOR_CALLER",
            "CLAIM_LINK_ISSUED",
            "CLAIM_LINK_ISSUED",
            "CLAIM_LINK_WITHDRAWN",
            "CLAIM_LINK_ISSUED",
            "CLAIM_LINK_WITHDRAWN"),
        intakeAudit(id));

    // A fourth link still works: the request stays open for its caller.
    JsonObject fourth = lead.created("POST", "/api/requests/" + id + "/claim-links", null);
    caller.ok("POST", "/api/claim-links/" + code(fourth) + "/claim", null);
    assertEquals(List.of(id), ids(caller.list("/api/requests/mine")));
    assertEquals(
        0, lead.ok("DELETE", "/api/requests/" + id + "/claim-links", null).getInt("withdrawn"));
  }

  @Test
  void aCoordinatorNotNamedForMatchingNeitherEntersNorSeesIt() {
    Participant lead = lead("Only the lead knows intake");
    Participant plain = Participant.launch(lti, lti.instructor(), "Dr Cora Plain");
    lead.ok(
        "POST",
        "/api/scheme/coordinators",
        Json.createObjectBuilder().add("personId", personId(lead, plain.name)).build());
    assertTrue(lead.ok("GET", "/api/scheme/privacy", null).getBoolean("onlyLeadKnows"));
    String id = phonedIn(lead, "Dr Secret Caller", "Rang").getString("id");

    Step create =
        plain.call(
            "POST",
            "/api/requests/phoned-in",
            Json.createObjectBuilder()
                .add("callerName", "X")
                .add("helpWith", Json.createArrayBuilder().add("OTHER"))
                .build());
    assertEquals(403, create.status(), create.describe());
    plain.refused(404, "NOT_FOUND", "GET", "/api/requests/" + id, null);
    assertEquals(403, plain.call("POST", "/api/requests/" + id + "/claim-links", null).status());
    assertEquals(403, plain.call("DELETE", "/api/requests/" + id + "/claim-links", null).status());
    Step revise =
        plain.call(
            "PUT",
            "/api/requests/" + id + "/phoned-in",
            Json.createObjectBuilder()
                .add("callerName", "X")
                .add("helpWith", Json.createArrayBuilder().add("OTHER"))
                .build());
    assertEquals(403, revise.status(), revise.describe());
    assertEquals(
        403,
        plain
            .call(
                "POST",
                "/api/requests/" + id + "/claim",
                Json.createObjectBuilder().add("personId", "x").build())
            .status());
    for (String path :
        List.of(
            "/app/intake/new",
            "/app/intake/" + id + "/roster",
            "/app/intake/" + id + "/edit",
            "/app/coordinator/requests/" + id)) {
      Step s = plain.browser.get(path);
      assertTrue(s.status() == 403 || s.status() == 404, path + ": " + s.describe());
      assertFalse(s.body().contains("Dr Secret Caller"), path);
    }
    Step form =
        post(plain, "/app/intake/new", Map.of("caller-name", "X", "help", "CAREER_DECISION"));
    assertEquals(403, form.status(), form.describe());
    assertFalse(plain.browser.get("/app/coordinator").body().contains("someone who phoned in"));
  }

  @Test
  void theLeadMayChooseTheCallerOnTheRosterThroughThePages() {
    Participant lead = lead("Roster intake");
    Participant caller = Participant.launch(lti, lti.learner(), "Dr Rosa Roster");
    Step dashboard = lead.browser.get("/app/coordinator");
    assertTrue(dashboard.body().contains("Enter a request for someone who phoned in"));
    Step blank = lead.browser.get("/app/intake/new");
    assertEquals(200, blank.status(), blank.describe());
    assertTrue(blank.body().contains("data-form=\"phoned-in-request\""));
    assertTrue(blank.body().contains("id=\"preferred-mentor\""));
    Step entered =
        post(
            lead,
            "/app/intake/new",
            Map.of(
                "caller-name", "Rosa (rang Monday)",
                "help", "RETURN_TO_PRACTICE",
                "preferred-mentor", "Dr Nobody Known"));
    assertEquals(303, entered.status(), entered.describe());
    String id =
        lead.ok("GET", "/api/requests?state=SUBMITTED", null)
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    // A link shown once on a page of its own (this one is never used).
    Step link = post(lead, "/app/intake/" + id + "/link", Map.of());
    assertEquals(200, link.status(), link.describe());
    assertTrue(link.body().contains("/app/claim/"), link.body());
    Step roster = lead.browser.get("/app/intake/" + id + "/roster?q=Rosa");
    assertEquals(200, roster.status(), roster.describe());
    assertTrue(roster.body().contains("Dr Rosa Roster"));
    Step none = post(lead, "/app/intake/" + id + "/claim", Map.of());
    assertEquals(422, none.status(), none.describe());
    Step bad = post(lead, "/app/intake/" + id + "/claim", Map.of("person", "no-such-person"));
    assertEquals(404, bad.status(), bad.describe());
    Step chosen =
        post(lead, "/app/intake/" + id + "/claim", Map.of("person", personId(lead, caller.name)));
    assertEquals(303, chosen.status(), chosen.describe());
    assertEquals(List.of(id), ids(caller.list("/api/requests/mine")));
    assertEquals(
        List.of("ENTERED_FOR_CALLER", "CLAIM_LINK_ISSUED", "CLAIMED_FROM_ROSTER"), intakeAudit(id));

    // The preferred mentor's name matched nobody: the matching page says so, neutrally.
    lead.ok("POST", "/api/requests/" + id + "/accept", null);
    Step matching = lead.browser.get("/app/coordinator/requests/" + id + "/matching");
    assertTrue(
        matching.body().contains("no mentor of the scheme goes by that name"), matching.body());
  }

  @Test
  void theMentorAMenteeAsksForIsShownAndRankedUpButAConflictStillExcludesThem() {
    Participant lead = lead("Preferred mentors");
    Participant best = Participant.launch(lti, lti.learner(), "Dr Bea Best");
    Participant asked = Participant.launch(lti, lti.learner(), "Dr Alex Knight");
    mentor(lead, best);
    String askedProfile = mentor(lead, asked);
    best.ok(
        "PUT",
        "/api/mentor-profile",
        Json.createObjectBuilder()
            .add("areas", Json.createArrayBuilder().add("Leeds"))
            .add("capacity", 3)
            .build());
    Participant mentee = Participant.launch(lti, lti.learner(), "Dr Mia Mentee");
    String id =
        mentee
            .created(
                "POST",
                "/api/requests",
                Json.createObjectBuilder()
                    .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
                    .add("preferredArea", "Leeds")
                    .add("preferredMentor", "alex knight")
                    .build())
            .getString("id");
    Step own = mentee.browser.get("/app/mentee");
    assertTrue(own.body().contains("Asked for") && own.body().contains("alex knight"), own.body());
    Step phoneForm = lead.browser.get("/app/intake/new");
    assertTrue(phoneForm.body().contains("Their line manager (optional)"), phoneForm.body());
    Step ownForm = mentee.browser.get("/app/mentee/request");
    assertTrue(ownForm.body().contains("Your line manager (optional)"), ownForm.body());
    lead.ok("POST", "/api/requests/" + id + "/accept", null);

    JsonObject first = lead.list("/api/requests/" + id + "/candidates").getJsonObject(0);
    assertEquals(askedProfile, first.getString("profileId"), first.toString());
    assertTrue(first.getBoolean("preferred"));
    assertTrue(first.getJsonArray("reasons").toString().contains("Asked for by the mentee"));
    Step page = lead.browser.get("/app/coordinator/requests/" + id + "/matching");
    assertTrue(page.body().contains("is the mentor the mentee asked for"), page.body());
    Step request = lead.browser.get("/app/coordinator/requests/" + id);
    assertTrue(request.body().contains("alex knight"));

    // The mentor pauses: the preference ranks nothing past the conflict.
    asked.ok("POST", "/api/mentor-profile/pause", null);
    List<JsonObject> ranked =
        lead.list("/api/requests/" + id + "/candidates").stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertEquals("Dr Bea Best", ranked.get(0).getJsonObject("mentor").getString("name"));
    JsonObject excluded = ranked.get(ranked.size() - 1);
    assertEquals(askedProfile, excluded.getString("profileId"));
    assertTrue(excluded.getBoolean("preferred"));
    assertFalse(excluded.getJsonArray("conflicts").isEmpty());
    lead.refused(
        409,
        "MATCH_CONFLICT",
        "POST",
        "/api/requests/" + id + "/proposals",
        Json.createObjectBuilder().add("mentorProfileId", askedProfile).build());
    Step blocked = lead.browser.get("/app/coordinator/requests/" + id + "/matching");
    assertTrue(
        blocked
            .body()
            .contains("Dr Alex Knight, the mentor the mentee asked for, cannot be proposed"),
        blocked.body());
    assertTrue(blocked.body().contains("The mentor is not taking new mentees."));
  }

  @Test
  void badInputIsRefusedWithA4xxNeverA500() {
    Participant lead = lead("Bad intake input");
    String id = phonedIn(lead, "Dr Caller", "Rang").getString("id");
    Participant learner = Participant.launch(lti, lti.learner(), "Dr Learner");
    List<Step> steps = new java.util.ArrayList<>();
    steps.add(lead.call("POST", "/api/requests/phoned-in", null));
    steps.add(
        lead.call(
            "POST",
            "/api/requests/phoned-in",
            Json.createObjectBuilder()
                .add("callerName", " ")
                .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
                .build()));
    steps.add(
        lead.call(
            "POST",
            "/api/requests/phoned-in",
            Json.createObjectBuilder().add("callerName", "X").build()));
    steps.add(
        lead.call(
            "POST",
            "/api/requests/phoned-in",
            Json.createObjectBuilder()
                .add("callerName", "X".repeat(5000))
                .add("helpWith", Json.createArrayBuilder().add("NO_SUCH_TOPIC"))
                .build()));
    steps.add(
        lead.call(
            "POST",
            "/api/requests/phoned-in",
            Json.createObjectBuilder()
                .add("callerName", "X")
                .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
                .add("preferredMentor", "M".repeat(300))
                .build()));
    steps.add(lead.call("POST", "/api/requests/" + id + "/claim", null));
    steps.add(
        lead.call(
            "POST",
            "/api/requests/" + id + "/claim",
            Json.createObjectBuilder().add("personId", "p".repeat(400)).build()));
    steps.add(lead.call("POST", "/api/requests/no-such-request/claim-links", null));
    steps.add(learner.call("POST", "/api/claim-links/" + "c".repeat(300) + "/claim", null));
    steps.add(learner.call("GET", "/api/claim-links/%00", null));
    steps.add(learner.browser.get("/app/claim/not*a*code"));
    steps.add(learner.browser.get("/app/claim/" + "c".repeat(300)));
    steps.add(post(learner, "/app/claim/unknown-code", Map.of()));
    steps.add(
        post(lead, "/app/intake/new", Map.of("caller-name", "X".repeat(300), "help", "OTHER")));
    steps.add(post(lead, "/app/intake/new", Map.of("help", "NOT_A_TOPIC")));
    steps.add(lead.browser.get("/app/intake/no-such-request/roster?page=-3"));
    for (Step s : steps) {
      assertTrue(s.status() >= 400 && s.status() < 500, s.describe());
    }
    JsonObject still = lead.ok("GET", "/api/requests/" + id, null);
    assertTrue(!still.containsKey("mentee") || still.isNull("mentee"), still.toString());
  }
}
