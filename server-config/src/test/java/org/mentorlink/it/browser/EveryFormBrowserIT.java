package org.mentorlink.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.Lti;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.PlatformSimulator.DeepLinkResponse;
import org.mentorlink.it.mentoring.Participant;
import org.mentorlink.it.mentoring.Scenarios;
import org.mentorlink.it.support.DatabasePass;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Every HTML form of the tool, posted at least once from a real Chromium inside the platform's
 * cross-site iframe — so that a form the server cannot read (the CSRF filter consuming the body
 * before a resource's {@code @FormParam}, as the deep-linking chooser once did) fails here.
 *
 * <p>The forms are read from the templates: each {@code <form>} carries a {@code data-form} name,
 * and the test fails when a template holds a form without one, or one this test never posted. Each
 * post is checked by what it changed (its confirmation, the value shown back), and the page it
 * leads to with axe-core at WCAG 2.2 AA. The deep-linking chooser is posted after an {@code
 * LtiDeepLinkingRequest}: the signed answer that the return page auto-posts must reach the
 * simulator's return URL and place exactly the ticked links.
 */
@ExtendWith({DatabasePass.class, ChromiumAvailable.class})
class EveryFormBrowserIT {
  private static final String LEAD = "Dr Lena Lead";
  private static final String MENTOR = "Dr Maya Mentor";
  private static final String MENTEE = "Dr Tim Trainee";
  private static final String COORDINATOR = "Dr Cora Coordinator";
  private static final String INVITEE = "Dr Ivo Invitee";
  private static final String TEACHER = "Dr Dee Linker";
  private static final String CALLER = "Dr Pat Phoned";
  private static final String ROSTER_CALLER = "Dr Rhea Roster";

  private static final Pattern FORM_TAG = Pattern.compile("<form\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern FORM_NAME = Pattern.compile("\\bdata-form=\"([a-z0-9-]+)\"");

  private LtiFixture lti;

  /** The forms this test posted, by {@code data-form} name. */
  private final Set<String> posted = new TreeSet<>();

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
  void everyFormOfTheToolIsPostedFromARealBrowser() {
    Map<String, String> declared = declaredForms();

    LaunchClaims leadClaims = lti.instructor();
    try (Chromium lead = launch(leadClaims, LEAD)) {
      setUpTheScheme(lead);
      readTheAccessibilityStatement(lead);
      try (Chromium mentor = launch(lti.learner(), MENTOR);
          Chromium mentee = launch(lti.learner(), MENTEE)) {
        lti.browser().launch(lti.platform, lti.instructor().name(COORDINATOR)).requireLanded();
        runTheRoster(lead);
        acceptTheInvitation(lead);
        changeTheSettings(lead);
        String relationship = requestScreenAndMatch(lead, mentor, mentee);
        takeAPhoneCall(lead);
        agreeTheContract(mentee, mentor, relationship);
        seeTheStartPages(lead, mentor, mentee);
        holdASession(lead, mentee, mentor, relationship);
        workTheGoals(mentee, relationship);
        raiseAConcern(lead, mentee, mentor, relationship);
        countTheCpd(lead, mentee, mentor);
        keepTheMentorsProfile(mentor);
        keepTheMentorsRecords(lead, mentor);
        signpostDuringMentoring(lead, mentor, relationship);
        close(mentee, relationship);
        giveFeedback(lead, mentee, mentor);
        rematch(lead, leadClaims);
        readTheReports(lead);
        readMyDataAndErase(lead, mentee);
      }
    }
    placeLinksByDeepLinking();
    relaunchThroughPlatformStorage();

    assertEquals(
        new TreeSet<>(declared.keySet()),
        posted,
        () ->
            "every form of the templates is posted by this test; not posted: "
                + notPosted(declared)
                + "; posted but not in any template: "
                + posted.stream().filter(n -> !declared.containsKey(n)).toList());
  }

  // ------------------------------------------------------------------ the scheme and its people

  private void setUpTheScheme(Chromium lead) {
    WebElement f = form(lead, "scheme-set-up");
    fill(f, "name", "Cardiology mentoring");
    fill(f, "allowance-sessions", "1");
    fill(f, "signpost-name-0", "Practitioner Health");
    fill(f, "signpost-description-0", "Confidential support for doctors");
    fill(f, "signpost-link-0", "https://www.practitionerhealth.nhs.uk/");
    post(lead, f, "Set up mentoring", "Mentoring is set up for this course. You are its lead.");
    assertTrue(lead.bodyText().contains("Run the scheme"), lead::bodyText);
  }

  /**
   * Every page's footer links the accessibility statement, whose back link returns to the launch.
   */
  private void readTheAccessibilityStatement(Chromium lead) {
    lead.follow("Accessibility statement").awaitPath("/accessibility");
    assertEquals("Accessibility statement", lead.heading());
    assertTrue(lead.bodyText().contains("WCAG"), lead::bodyText);
    check(lead, "accessibility statement");
    lead.follow("Back to Mentorlink").awaitPath("/app");
    assertTrue(lead.bodyText().contains("What to do next"), lead::bodyText);
    check(lead, "start page, lead, what to do next");
  }

  private void runTheRoster(Chromium lead) {
    lead.go("/app/coordinator/roster").awaitPath("/app/coordinator/roster");
    post(lead, inRowOf(lead, MENTOR, "make-mentor"), null, "The person is now a mentor");
    post(
        lead,
        inRowOf(lead, COORDINATOR, "make-coordinator"),
        null,
        "The coordinator is appointed.");
    // The roster from the platform's membership list: read now, then searched (a GET form).
    post(lead, form(lead, "roster-refresh"), null, "members from the course");
    WebElement search = form(lead, "roster-search");
    fill(search, "q", MENTOR);
    post(lead, search, "Search", MENTOR);
    lead.go("/app/coordinator/roster").awaitPath("/app/coordinator/roster");
    post(lead, form(lead, "invitation-create"), null, "Invitation link");
  }

  private void acceptTheInvitation(Chromium lead) {
    String url = lead.driver().findElement(By.id("invitation-url")).getAttribute("value");
    assertTrue(url.contains("/app/invitations/"), url);
    try (Chromium invitee = launch(lti.learner(), INVITEE)) {
      String path = url.substring(url.indexOf("/app/invitations/"));
      invitee.go(path).awaitPath(path);
      check(invitee, "invitation page");
      post(invitee, form(invitee, "invitation-accept"), null, "You are now a mentor");
    }
  }

  private void changeTheSettings(Chromium lead) {
    lead.go("/app/scheme/settings").awaitPath("/app/scheme/settings");
    WebElement f = form(lead, "scheme-settings");
    fill(f, "regions", "West Yorkshire");
    post(lead, f, "Save settings", "The scheme's settings are saved.");
    assertEquals("West Yorkshire", value(lead, "regions"));

    // Privacy: the coordinator named for matching and back to numbers; the lead's own notice.
    lead.go("/app/scheme/privacy").awaitPath("/app/scheme/privacy");
    check(lead, "privacy settings");
    post(
        lead,
        inRowOf(lead, COORDINATOR, "matching-coordinator-name"),
        null,
        "The coordinator is named for matching.");
    post(
        lead,
        inRowOf(lead, COORDINATOR, "matching-coordinator-unname"),
        null,
        "The coordinator no longer matches");
    WebElement privacy = form(lead, "privacy-settings");
    untick(privacy, "default-notice", "yes");
    fill(privacy, "notice", "Our scheme's own privacy notice.\n\nWho sees what: the lead.");
    fill(privacy, "retention-years", "5");
    post(lead, privacy, "Save privacy settings", "The scheme's privacy settings are saved.");
    assertEquals("5", value(lead, "retention-years"));
    lead.go("/app/privacy").awaitPath("/app/privacy");
    check(lead, "privacy notice");
    assertTrue(lead.bodyText().contains("Who sees what: the lead."), lead::bodyText);

    lead.go("/app/scheme/settings").awaitPath("/app/scheme/settings");
    post(
        lead,
        inRowOf(lead, COORDINATOR, "coordinator-remove"),
        null,
        "The coordinator is removed.");
    assertFalse(lead.bodyText().contains(COORDINATOR), lead::bodyText);
  }

  // ------------------------------------------------------------------ request, screening, matching

  /** Returns the path of the relationship that starts. */
  private String requestScreenAndMatch(Chromium lead, Chromium mentor, Chromium mentee) {
    // A request, changed, then withdrawn.
    ask(mentee, "Leeds");
    mentee.go("/app/mentee").awaitPath("/app/mentee");
    mentee.follow("Change my request").awaitPath("/app/mentee/request");
    WebElement change = form(mentee, "request");
    fill(change, "preferred-area", "Harrogate");
    post(mentee, change, "Save my changes", "Your request is changed.");
    assertTrue(mentee.bodyText().contains("Harrogate"), mentee::bodyText);
    post(mentee, form(mentee, "request-withdraw"), null, "Your request is withdrawn.");

    // A second one, signposted.
    ask(mentee, "York");
    openTheRequest(lead);
    WebElement signpost = form(lead, "request-signpost");
    choose(signpost, "service", "Practitioner Health");
    fill(signpost, "reason", "They can help with this sooner than a mentor can.");
    post(lead, signpost, null, "the mentee is pointed to the service");
    mentee.go("/app/mentee").awaitPath("/app/mentee");
    assertTrue(mentee.bodyText().contains("Practitioner Health"), mentee::bodyText);

    // A third one, accepted and matched: the mentor declines, then accepts; the mentee declines,
    // then confirms.
    ask(mentee, "Leeds");
    openTheRequest(lead);
    WebElement required = form(lead, "request-required");
    choose(required, "required", "yes");
    post(lead, required, "Save", "Whether mentoring is voluntary or required is saved.");
    post(lead, form(lead, "request-accept"), null, "The request is accepted for matching.");
    propose(lead);
    mentor.go("/app/mentor").awaitPath("/app/mentor");
    WebElement decline = form(mentor, "mentor-proposal-decline");
    fill(decline, "reason", "I work with this trainee's supervisor.");
    post(mentor, decline, null, "You have declined. The coordinator has been told.");
    lead.go(lead.path()).awaitPath(lead.path());
    assertTrue(lead.bodyText().contains("I work with this trainee's supervisor."), lead::bodyText);
    propose(lead);
    mentor.go("/app/mentor").awaitPath("/app/mentor");
    post(mentor, form(mentor, "mentor-proposal-accept"), null, "You have accepted.");
    mentee.go("/app/mentee").awaitPath("/app/mentee");
    WebElement no = form(mentee, "proposal-decline");
    fill(no, "reason", "We trained together.");
    post(mentee, no, null, "You have declined the proposed mentor.");
    propose(lead);
    mentor.go("/app/mentor").awaitPath("/app/mentor");
    post(mentor, form(mentor, "mentor-proposal-accept"), null, "You have accepted.");
    mentee.go("/app/mentee").awaitPath("/app/mentee");
    post(mentee, form(mentee, "proposal-confirm"), null, "You have a mentor.");
    String path = mentee.path();
    assertTrue(path.startsWith("/app/relationships/"), path);
    return path;
  }

  /**
   * The lead enters a request for someone who phoned in, naming a preferred mentor; the caller
   * opens the lead's link in their own launch and makes it theirs. A second one becomes its
   * caller's when the lead chooses them among the course's people.
   */
  private void takeAPhoneCall(Chromium lead) {
    lead.go("/app/intake/new").awaitPath("/app/intake/new");
    check(lead, "a request for someone who phoned in");
    WebElement f = form(lead, "phoned-in-request");
    fill(f, "caller-name", CALLER);
    tick(f, "help", "WORK_LIFE_BALANCE");
    fill(f, "preferred-mentor", MENTOR);
    post(lead, f, "Save the request", "The request is saved.");
    assertTrue(
        lead.bodyText().contains("Entered by the lead for someone who phoned in"), lead::bodyText);
    // A word the lead wrote down wrongly: corrected before the caller claims it.
    String requestPath = lead.path();
    lead.driver().findElement(By.linkText("Correct the request")).click();
    lead.awaitPath(requestPath.replace("/app/coordinator/requests/", "/app/intake/") + "/edit");
    check(lead, "correcting a request for someone who phoned in");
    WebElement fix = form(lead, "phoned-in-revise");
    fill(fix, "other-details", "Rang at lunchtime");
    post(lead, fix, "Save the corrections", "The request is corrected.");
    post(lead, form(lead, "claim-link-issue"), null, "It is shown only now.");
    // Given to the wrong person: withdrawn from the request page, then a new link is made.
    lead.go(requestPath).awaitPath(requestPath);
    post(lead, form(lead, "claim-link-withdraw"), null, "The link is withdrawn");
    post(lead, form(lead, "claim-link-issue"), null, "It is shown only now.");
    String url = lead.driver().findElement(By.id("claim-url")).getAttribute("value");
    assertTrue(url.contains("/app/claim/"), url);
    try (Chromium caller = launch(lti.learner(), CALLER)) {
      String path = url.substring(url.indexOf("/app/claim/"));
      caller.go(path).awaitPath(path);
      check(caller, "the caller's claim page");
      post(caller, form(caller, "request-claim"), null, "The request is yours now.");
      assertTrue(
          caller.bodyText().contains("Entered by the lead for someone who phoned in"),
          caller::bodyText);
    }

    lti.browser().launch(lti.platform, lti.learner().name(ROSTER_CALLER)).requireLanded();
    lead.go("/app/intake/new").awaitPath("/app/intake/new");
    WebElement second = form(lead, "phoned-in-request");
    fill(second, "caller-name", "Rhea, rang on Monday");
    tick(second, "help", "CAREER_DECISION");
    post(lead, second, "Save the request", "The request is saved.");
    lead.follow("Choose them from the course's people");
    lead.awaitHeading("Choose Rhea, rang on Monday among the course's people");
    WebElement search = form(lead, "claim-roster-search");
    fill(search, "q", "Rhea");
    post(lead, search, "Search", ROSTER_CALLER);
    WebElement choose = form(lead, "claim-from-roster");
    choose.findElement(By.xpath(".//label[normalize-space()='" + ROSTER_CALLER + "']")).click();
    post(lead, choose, null, "The request is now the chosen person's.");
  }

  private void ask(Chromium mentee, String area) {
    mentee.go("/app/mentee").awaitPath("/app/mentee");
    mentee.follow("Ask for a mentor").awaitPath("/app/mentee/request");
    WebElement f = form(mentee, "request");
    tick(f, "help", "CAREER_DECISION");
    tick(f, "modes", "VIDEO");
    fill(f, "preferred-area", area);
    post(mentee, f, "Send my request", "Your request is sent.");
  }

  private static void openTheRequest(Chromium lead) {
    lead.go("/app/coordinator/requests").awaitPath("/app/coordinator/requests");
    lead.follow(MENTEE);
    lead.awaitHeading("Request from " + MENTEE);
  }

  private void propose(Chromium lead) {
    lead.go(lead.path()).awaitPath(lead.path());
    WebElement f =
        lead.driver()
            .findElement(
                By.xpath(
                    "//li[contains(@class, 'candidate')][.//*[normalize-space()='"
                        + MENTOR
                        + "']]//form[@data-form='proposal-propose']"));
    post(lead, f, null, "The mentor is proposed.");
  }

  // ------------------------------------------------------------------ the relationship

  private void agreeTheContract(Chromium mentee, Chromium mentor, String relationship) {
    mentee.follow("Contract").awaitPath(relationship + "/contract");
    WebElement draft = form(mentee, "contract-draft");
    fill(draft, "objectives", "Decide whether to apply for a partnership.");
    fill(draft, "frequency", "Every six weeks");
    fill(draft, "review-date", LocalDate.now(UK).plusMonths(6).toString());
    post(mentee, draft, "Save the contract", "The new version of the contract is saved.");
    assertTrue(mentee.bodyText().contains("Every six weeks"), mentee::bodyText);
    post(mentee, form(mentee, "contract-sign"), null, "You have signed this version");
    mentor.go(relationship + "/contract").awaitPath(relationship + "/contract");
    post(mentor, form(mentor, "contract-sign"), null, "You have signed this version");
    assertTrue(mentor.bodyText().contains("Signed by both of you"), mentor::bodyText);
  }

  /** Each role's start page leads with what to do next. */
  private void seeTheStartPages(Chromium lead, Chromium mentor, Chromium mentee) {
    mentee.go("/app").awaitPath("/app");
    assertTrue(
        mentee.bodyText().contains("Schedule your first session with " + MENTOR), mentee::bodyText);
    check(mentee, "start page, mentee");
    mentor.go("/app").awaitPath("/app");
    assertTrue(
        mentor.bodyText().contains("Schedule your first session with " + MENTEE), mentor::bodyText);
    check(mentor, "start page, mentor");
    lead.go("/app").awaitPath("/app");
    check(lead, "start page, lead");
  }

  private void holdASession(Chromium lead, Chromium mentee, Chromium mentor, String relationship) {
    // Session 1, yesterday (within the allowance of one), moved by an hour.
    mentor.go(relationship).awaitPath(relationship);
    schedule(mentor, LocalDate.now(UK).minusDays(1), "10:00");
    mentor.follow("Session 1");
    String session = mentor.path();
    WebElement move = form(mentor, "session-move");
    fill(move, "new-time", "11:00");
    post(mentor, move, "Change the session", "The session's time is changed.");
    assertEquals("11:00", value(mentor, "new-time"));
    String ics =
        mentor
            .driver()
            .findElement(By.partialLinkText("Add this session to my calendar"))
            .getAttribute("href");
    Map<String, Object> calendar = download(mentor, ics);
    assertEquals(200L, ((Number) calendar.get("status")).longValue(), calendar::toString);
    assertTrue(
        String.valueOf(calendar.get("type")).startsWith("text/calendar"), calendar::toString);
    assertTrue(
        String.valueOf(calendar.get("body")).startsWith("BEGIN:VCALENDAR"), calendar::toString);

    // Session 2, beyond the allowance: the lead approves it.
    mentor.go(relationship).awaitPath(relationship);
    schedule(mentor, LocalDate.now(UK).plusDays(14), "10:00");
    assertTrue(mentor.bodyText().contains("needs approval"), mentor::bodyText);
    lead.go("/app/coordinator/relationships").awaitPath("/app/coordinator/relationships");
    post(lead, form(lead, "extra-session-approve"), null, "The extra session is approved.");

    // The mentee's agenda and record, sent for sign-off; returned; sent again; signed off.
    mentee.go(session).awaitPath(session);
    WebElement agenda = form(mentee, "session-agenda");
    fill(agenda, "agenda", "Rotas, and the partnership offer.");
    post(mentee, agenda, null, "The agenda is saved.");
    assertEquals("Rotas, and the partnership offer.", value(mentee, "agenda"));
    WebElement record = form(mentee, "session-record");
    fill(record, "notes", "We weighed the partnership offer.");
    tick(record, "themes", "PROFESSIONAL_DEVELOPMENT");
    fill(record, "topics", "partnership\nrota");
    fill(record, "action-what-0", "Read the partnership agreement");
    choose(record, "action-owner", "MENTEE");
    post(mentee, record, "Save the record", "The session record is saved.");
    assertEquals("We weighed the partnership offer.", value(mentee, "notes"));
    assertEquals("Read the partnership agreement", value(mentee, "action-what-0"));
    post(
        mentee,
        form(mentee, "session-record"),
        "Save and send to my mentor for sign-off",
        "The session record is sent to your mentor for sign-off.");
    mentor.go(session).awaitPath(session);
    WebElement back = form(mentor, "session-return");
    fill(back, "return-reason", "Add the date for the action.");
    post(mentor, back, null, "The session record is returned to the mentee.");
    mentee.go(session).awaitPath(session);
    assertTrue(mentee.bodyText().contains("Add the date for the action."), mentee::bodyText);
    WebElement again = form(mentee, "session-record");
    fill(again, "action-due-0", LocalDate.now(UK).plusDays(30).toString());
    post(
        mentee,
        again,
        "Save and send to my mentor for sign-off",
        "The session record is sent to your mentor for sign-off.");
    mentor.go(session).awaitPath(session);
    post(mentor, form(mentor, "session-sign-off"), null, "The session is signed off and locked.");

    // An addendum to the locked record.
    mentee.go(session).awaitPath(session);
    WebElement addendum = form(mentee, "session-addendum");
    fill(addendum, "addendum", "I have booked the practice manager course.");
    post(mentee, addendum, null, "Your addendum is added.");
    assertTrue(
        mentee.bodyText().contains("I have booked the practice manager course."), mentee::bodyText);
    claimTheFee(lead, mentor, session);
  }

  /**
   * The lead sets the fee, mileage rate and budget; the mentor claims for the signed-off session;
   * the lead returns the claim, the mentor sends it again, the lead approves it and downloads the
   * finance export — which never names the mentee.
   */
  private void claimTheFee(Chromium lead, Chromium mentor, String session) {
    lead.go("/app/coordinator").awaitPath("/app/coordinator");
    lead.follow("Claims and budget").awaitPath("/app/coordinator/claims");
    WebElement rules = form(lead, "claim-rules");
    fill(rules, "session-fee", "250");
    fill(rules, "mileage-rate", "0.45");
    fill(rules, "yearly-budget", "28000");
    post(lead, rules, "Save fee, mileage and budget", "The session fee, mileage rate and budget");
    assertEquals("28000.00", value(lead, "yearly-budget"));

    mentor.go(session).awaitPath(session);
    WebElement claim = form(mentor, "session-claim");
    choose(claim, "travel", "MILEAGE");
    fill(claim, "miles", "12.5");
    post(mentor, claim, "Send my claim", "Your claim is sent");
    assertTrue(mentor.bodyText().contains("£255.63"), mentor::bodyText);

    lead.go("/app/coordinator/claims").awaitPath("/app/coordinator/claims");
    assertFalse(lead.bodyText().contains(MENTEE), "the claims page never names the mentee");
    WebElement ret = inCardOf(lead, MENTOR, "claim-return");
    fill(ret, "reason", "We met by video: no travel.");
    post(lead, ret, null, "The claim is returned to its mentor");

    mentor.go(session).awaitPath(session);
    assertTrue(mentor.bodyText().contains("We met by video: no travel."), mentor::bodyText);
    WebElement again = form(mentor, "session-claim");
    choose(again, "travel", "NONE");
    post(mentor, again, "Send my changed claim", "Your claim is sent");

    lead.go("/app/coordinator/claims").awaitPath("/app/coordinator/claims");
    post(lead, inCardOf(lead, MENTOR, "claim-approve"), null, "The claim is approved.");
    assertTrue(lead.bodyText().contains("£250.00"), lead::bodyText);

    WebElement export = form(lead, "claims-export");
    posted.add("claims-export");
    Map<String, Object> csv = submitForDownload(lead, export);
    assertEquals(200L, ((Number) csv.get("status")).longValue(), csv::toString);
    assertTrue(String.valueOf(csv.get("type")).startsWith("text/csv"), csv::toString);
    String body = String.valueOf(csv.get("body"));
    assertTrue(body.contains(MENTOR) && body.contains("250.00"), body);
    assertFalse(body.contains(MENTEE), "the finance export never names the mentee");
  }

  /**
   * Sends a GET {@code form} as the browser would (its fields as the query) and reads the answer.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> submitForDownload(Chromium b, WebElement form) {
    return (Map<String, Object>)
        b.driver()
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var f = arguments[0];"
                    + "var url = f.action.split('?')[0] + '?'"
                    + " + new URLSearchParams(new FormData(f)).toString();"
                    + "fetch(url, {credentials: 'same-origin'})"
                    + ".then(function (r) { return r.text().then(function (t) {"
                    + " done({status: r.status, type: r.headers.get('Content-Type'), body: t}); }); })"
                    + ".catch(function (e) { done({status: -1, body: String(e)}); });",
                form);
  }

  private void schedule(Chromium b, LocalDate day, String time) {
    WebElement f = form(b, "session-schedule");
    fill(f, "date", day.toString());
    fill(f, "time", time);
    choose(f, "duration", "1.5");
    choose(f, "mode", "VIDEO");
    post(b, f, "Schedule the session", "The session is scheduled.");
  }

  private void workTheGoals(Chromium mentee, String relationship) {
    mentee.go(relationship + "/goals").awaitPath(relationship + "/goals");
    setGoal(mentee, "Decide about the partnership");
    mentee.follow("Decide about the partnership");
    WebElement f = form(mentee, "goal-develop");
    fill(f, "reality", "The offer stands until June.");
    fill(f, "option-0", "Accept the offer");
    fill(f, "criteria-0", "Income and hours");
    fill(f, "action", "Talk to the senior partner");
    fill(f, "action-due", LocalDate.now(UK).plusDays(21).toString());
    post(mentee, f, "Save the goal", "The goal is saved.");
    assertEquals("Income and hours", value(mentee, "criteria-0"));
    post(mentee, form(mentee, "goal-achieve"), null, "Well done: the goal is achieved.");
    setGoal(mentee, "Move to four days a week");
    mentee.follow("Move to four days a week");
    post(mentee, form(mentee, "goal-drop"), null, "The goal is dropped.");
  }

  private void setGoal(Chromium mentee, String goal) {
    WebElement f = form(mentee, "goal-set");
    fill(f, "goal", goal);
    post(mentee, f, "Set the goal", "The goal is set.");
  }

  /**
   * The mentor raises a safeguarding concern sharing one record and telling the mentee; the lead
   * reads it, reviews and closes it; the mentee sees it was raised, and why.
   */
  private void raiseAConcern(Chromium lead, Chromium mentee, Chromium mentor, String relationship) {
    mentor.go(relationship + "/concerns").awaitPath(relationship + "/concerns");
    WebElement f = form(mentor, "concern-raise");
    fill(f, "reason", "A risk to patients I must pass on.");
    WebElement first = f.findElement(By.id("records"));
    if (!first.isSelected()) {
      first.click();
    }
    choose(f, "tell-mentee", "yes");
    post(mentor, f, "Raise the concern", "The safeguarding concern is raised");
    String concern = mentor.path();
    lead.go("/app/concerns").awaitPath("/app/concerns");
    assertTrue(lead.bodyText().contains(MENTEE), lead::bodyText);
    lead.go(concern).awaitPath(concern);
    assertTrue(lead.bodyText().contains("A risk to patients I must pass on."), lead::bodyText);
    post(lead, form(lead, "concern-review"), null, "The concern is marked as reviewed.");
    post(lead, form(lead, "concern-close"), null, "The concern is closed.");
    mentee.go(relationship + "/concerns").awaitPath(relationship + "/concerns");
    mentee.follow("Raised");
    assertTrue(mentee.bodyText().contains("A risk to patients I must pass on."), mentee::bodyText);

    // The other way round: the mentee asks the lead, in confidence, for a different mentor.
    mentee.go(relationship + "/ask-lead").awaitPath(relationship + "/ask-lead");
    WebElement ask = form(mentee, "change-request-ask");
    choose(ask, "kind", "CHANGE_MENTOR");
    fill(ask, "reason", "Our times never match.");
    post(mentee, ask, "Send to the lead", "Your request is sent to the lead, in confidence.");
    String request = mentee.path();
    lead.go(request).awaitPath(request);
    assertTrue(lead.bodyText().contains("Our times never match."), lead::bodyText);
    post(lead, form(lead, "change-request-review"), null, "The request is marked as reviewed.");
    post(lead, form(lead, "change-request-close"), null, "The request is closed.");
  }

  /**
   * A second mentee, matched through the API with a second mentor, asks the lead for another
   * mentor; the lead matches them with one of the candidates on the request's page.
   */
  private void rematch(Chromium lead, LaunchClaims leadClaims) {
    Participant leadApi = Participant.launch(lti, leadClaims, LEAD);
    Scenarios.Relationship r =
        Scenarios.relationshipIn(lti, leadApi, "Dr Second Mentor", "Dr Second Mentee");
    var asked =
        r.mentee()
            .browser
            .postForm(
                "/app/relationships/" + r.id() + "/ask-lead",
                Map.of(
                    "kind", "CHANGE_MENTOR",
                    "reason", "Our practices are too far apart.",
                    "csrf", r.mentee().csrf),
                Map.of());
    assertEquals(303, asked.status(), asked.describe());
    String request = asked.location().orElseThrow().getPath();
    lead.go(request).awaitPath(request);
    assertTrue(lead.bodyText().contains("Our practices are too far apart."), lead::bodyText);
    post(lead, form(lead, "change-request-rematch"), null, "Matched with a new mentor");
    assertFalse(
        r.mentee().ok("GET", r.path(), null).getBoolean("active"), "the old relationship ended");
  }

  private void close(Chromium mentee, String relationship) {
    mentee.go(relationship + "/close").awaitPath(relationship + "/close");
    WebElement f = form(mentee, "relationship-close");
    choose(f, "reason", "NATURAL_END");
    fill(f, "summary", "A decision made, and a plan for the first year as a partner.");
    post(mentee, f, "End the mentoring", "The mentoring relationship is closed.");
    assertTrue(
        mentee.bodyText().contains("A decision made, and a plan for the first year as a partner."),
        mentee::bodyText);
  }

  // ------------------------------------------------------------------ subject rights

  private void readMyDataAndErase(Chromium lead, Chromium mentee) {
    mentee.go("/app/my-data").awaitPath("/app/my-data");
    check(mentee, "my data");
    assertTrue(mentee.bodyText().contains("Download as PDF"), mentee::bodyText);
    WebElement mail = form(mentee, "mail-choice");
    untick(mail, "mail", "yes");
    post(mentee, mail, null, "You will not be e-mailed.");

    lead.go("/app/coordinator/roster").awaitPath("/app/coordinator/roster");
    WebElement unconfirmed = inRowOf(lead, INVITEE, "person-erase");
    postRefused(lead, unconfirmed, "Tick the box to confirm that you want to erase the records.");
    WebElement erase = inRowOf(lead, INVITEE, "person-erase");
    openDisclosures(erase); // the page shown again has its "Erase records" closed
    tick(erase, "confirm", "yes");
    post(lead, erase, null, "The person's records in this scheme are erased.");
    assertFalse(lead.bodyText().contains(INVITEE), lead::bodyText);
  }

  /**
   * The mentee and the mentor answer the anonymous questionnaire (once each); the lead releases the
   * round, which with two answers shows nothing but "fewer than k answers".
   */
  private void giveFeedback(Chromium lead, Chromium mentee, Chromium mentor) {
    for (Chromium who : List.of(mentee, mentor)) {
      who.go("/app/feedback").awaitPath("/app/feedback");
      WebElement f = form(who, "feedback-answer");
      choose(f, "expectations", "4");
      choose(f, "use-again", "yes");
      tick(f, "themes", "PERSONAL_SUPPORT");
      fill(f, f.findElement(By.name("outcomes")).getAttribute("id"), "A DECISION-I-MADE");
      post(who, f, "Send my feedback", "Thank you. Your answers are saved");
      assertTrue(who.bodyText().contains("you have answered this round"), who::bodyText);
    }
    lead.go("/app/coordinator/feedback").awaitPath("/app/coordinator/feedback");
    assertFalse(lead.bodyText().contains("A DECISION-I-MADE"), "an open round shows nothing");
    post(
        lead,
        form(lead, "feedback-release"),
        null,
        "The round is closed and its answers are shown.");
    assertTrue(lead.bodyText().contains("Fewer than 5 answers"), lead::bodyText);
    assertFalse(lead.bodyText().contains("A DECISION-I-MADE"), "below k nothing is quoted");
  }

  /**
   * The report (its period a GET form) with a chart, its table and its CSV; a period that cannot be
   * is refused on the page; the hub view of the lead's schemes (a GET form too).
   */
  private void readTheReports(Chromium lead) {
    lead.go("/app/coordinator").awaitPath("/app/coordinator");
    lead.follow("Reports").awaitPath("/app/coordinator/reports");
    check(lead, "reports");
    assertFalse(lead.bodyText().contains(MENTEE), "a report names no one");
    WebElement period = form(lead, "report-period");
    choose(period, "period", "last-12-months");
    post(lead, period, "Show the figures", "matched with a mentor");
    String csv =
        lead.driver()
            .findElement(By.cssSelector("a[data-chart-csv='requests']"))
            .getAttribute("href");
    Map<String, Object> requests = download(lead, csv);
    assertEquals(200L, ((Number) requests.get("status")).longValue(), requests::toString);
    assertTrue(
        String.valueOf(requests.get("body")).startsWith("Stage,Requests"), requests::toString);
    WebElement wrong = form(lead, "report-period");
    choose(wrong, "period", "custom");
    fill(wrong, "from", "2026-05-02");
    fill(wrong, "to", "2026-05-01");
    postRefused(lead, wrong, "The period must end on or after the day it starts.");
    lead.go("/app/coordinator/reports").awaitPath("/app/coordinator/reports");
    lead.follow("All the schemes you lead").awaitPath("/app/coordinator/reports/hub");
    check(lead, "reports, hub");
    WebElement hub = form(lead, "hub-period");
    choose(hub, "period", "this-quarter");
    post(lead, hub, "Show the figures", "Each scheme and the total");
  }

  // ------------------------------------------------------------------ CPD and the mentor's profile

  private void countTheCpd(Chromium lead, Chromium mentee, Chromium mentor) {
    mentee.go("/app/cpd").awaitPath("/app/cpd");
    reflect(mentee, "I learned to weigh an offer against what matters to me.");
    mentor.go("/app/cpd").awaitPath("/app/cpd");
    reflect(mentor, "Listening first worked better than advising.");
    WebElement training = form(mentor, "cpd-activity");
    choose(training, "activity", "MENTOR_TRAINING");
    fill(training, "description", "Deanery mentor course, day 2");
    fill(training, "date", LocalDate.now(UK).minusDays(3).toString());
    fill(training, "hours", "3");
    choose(training, "kind", "EXTERNAL");
    post(mentor, training, "Log it", "Your training or supervision is logged.");
    assertTrue(mentor.bodyText().contains("Deanery mentor course, day 2"), mentor::bodyText);

    lead.go("/app/coordinator/cpd").awaitPath("/app/coordinator/cpd");
    post(lead, inCardOf(lead, MENTEE, "cpd-approve"), null, "The CPD entry is approved");
    WebElement ret = inCardOf(lead, MENTOR, "cpd-return");
    fill(ret, "reason", "Say what you will change in your practice.");
    post(lead, ret, null, "The CPD entry is returned to its owner");
    WebElement settings = form(lead, "cpd-settings");
    fill(settings, "yearly-target", "40");
    post(lead, settings, "Save CPD settings", "The scheme's CPD settings are saved.");
    assertEquals("40", value(lead, "yearly-target"));

    mentee.go("/app/cpd").awaitPath("/app/cpd");
    WebElement reverse = form(mentee, "cpd-reverse");
    fill(reverse, "reason", "Counted twice by mistake.");
    post(mentee, reverse, null, "The entry is corrected: a reversing entry cancels it.");
    assertTrue(mentee.bodyText().contains("Counted twice by mistake."), mentee::bodyText);
  }

  private void reflect(Chromium b, String text) {
    WebElement f = form(b, "cpd-reflect");
    fill(f, "reflection", text);
    tick(f, "share", "yes");
    post(b, f, "Save my reflection", "Your reflection is saved.");
    assertTrue(b.bodyText().contains(text), b::bodyText);
  }

  private void keepTheMentorsProfile(Chromium mentor) {
    mentor.go("/app/mentor/profile").awaitPath("/app/mentor/profile");
    WebElement f = form(mentor, "mentor-profile");
    fill(f, "areas", "Leeds\nBradford");
    fill(f, "capacity", "3");
    fill(f, "availability", "Tuesday afternoons");
    post(mentor, f, "Save my profile", "Your mentor profile is saved.");
    assertEquals("Tuesday afternoons", value(mentor, "availability"));
    mentor.go("/app/mentor").awaitPath("/app/mentor");
    post(mentor, form(mentor, "mentor-pause-or-resume"), "Pause", "You are not taking new mentees");
    post(
        mentor,
        form(mentor, "mentor-pause-or-resume"),
        "Take new mentees again",
        "You are taking new mentees again.");
  }

  /**
   * The mentor records training and a support group on their own records page; the lead changes the
   * indemnity on the same record from the mentors' list.
   */
  private void keepTheMentorsRecords(Chromium lead, Chromium mentor) {
    mentor.go("/app/mentor/records").awaitPath("/app/mentor/records");
    check(mentor, "the mentor's records");
    WebElement f = form(mentor, "mentor-record");
    choose(f, "tier", "INTRODUCTORY");
    fill(f, "trained-on", LocalDate.now().minusMonths(6).toString());
    fill(f, "indemnity-provider", "MDU");
    fill(f, "indemnity-expires", LocalDate.now().plusDays(20).toString());
    tick(f, "covers", "yes");
    post(mentor, f, "Save the record", "The training and indemnity record is saved.");
    assertTrue(mentor.bodyText().contains("Indemnity expires on"), mentor::bodyText);
    WebElement a = form(mentor, "mentor-attendance");
    fill(a, "held-on", LocalDate.now().minusDays(1).toString());
    choose(a, "kind", "SUPPORT_GROUP");
    fill(a, "note", "Boundaries");
    post(mentor, a, "Record the meeting", "The meeting is recorded.");
    assertTrue(mentor.bodyText().contains("Boundaries"), mentor::bodyText);

    lead.go("/app/coordinator/mentors").awaitPath("/app/coordinator/mentors");
    lead.clickAndWait(
        lead.driver().findElement(By.partialLinkText("Training, indemnity and supervision")));
    WebElement l = form(lead, "mentor-record");
    fill(l, "indemnity-expires", LocalDate.now().plusYears(1).toString());
    post(lead, l, "Save the record", "The training and indemnity record is saved.");
  }

  /** The mentor, then the lead, point the mentee to another service while mentoring goes on. */
  private void signpostDuringMentoring(Chromium lead, Chromium mentor, String relationship) {
    mentor.go(relationship).awaitPath(relationship);
    assertTrue(mentor.bodyText().contains("Required: the mentee has been asked"), mentor::bodyText);
    WebElement f = form(mentor, "relationship-signpost");
    choose(f, "service", "Practitioner Health");
    fill(f, "reason", "They can help with sleep alongside our sessions.");
    post(mentor, f, "Suggest this service", "The service is suggested.");
    lead.go("/app/coordinator/relationships").awaitPath("/app/coordinator/relationships");
    lead.clickAndWait(lead.driver().findElement(By.partialLinkText("Signpost")));
    WebElement l = form(lead, "relationship-signpost-lead");
    choose(l, "service", "Practitioner Health");
    fill(l, "reason", "Another service that may help.");
    post(lead, l, "Suggest this service", "The service is suggested.");
  }

  // ------------------------------------------------------------------ deep linking

  private void placeLinksByDeepLinking() {
    LaunchClaims claims =
        lti.instructor()
            .name(TEACHER)
            .deepLinking(lti.platform.deepLinkReturnUrl(), "{\"placement\":\"section-3\"}");
    try (Chromium teacher = Chromium.start()) {
      teacher.openCoursePage(lti.platform.coursePage(lti.base() + "/lti/login", claims, false));
      teacher.awaitPath("/app/deep-link");
      assertEquals("Add Mentorlink to your course", teacher.heading());
      check(teacher, "deep-linking chooser");

      // Nothing ticked: the chooser again, with its error.
      WebElement none = form(teacher, "deep-link-choose");
      untick(none, "item", "mentoring");
      post(teacher, none, "Add to course", "Choose at least one link to add.");
      assertTrue(lti.platform.deepLinkResponses().isEmpty(), "nothing is placed yet");

      // Two ticked: the return page posts the signed answer back to the platform.
      WebElement two = form(teacher, "deep-link-choose");
      // (The chooser offers the pages that exist: Mentoring, ticked first, and the CPD log.)
      tick(two, "item", "cpd");
      posted.add(two.getAttribute("data-form"));
      teacher.clickAndWait(button(two, "Add to course"));
      String outcome =
          teacher.await(
              d ->
                  !lti.platform.deepLinkResponses().isEmpty()
                      ? "placed"
                      : teacher.bodyText().contains("Choose at least one link to add.")
                          ? "refused"
                          : null,
              "the deep-linking response at the platform's return URL");
      assertEquals("placed", outcome, "the chooser read the ticked links (not an empty form)");
      DeepLinkResponse answer = lti.platform.deepLinkResponses().get(0);
      posted.add("deep-link-return");
      assertTrue(answer.valid(), () -> "a valid deep-linking response: " + answer.problems());
      assertEquals(List.of("Mentoring", "CPD log"), answer.titles());
      assertEquals("{\"placement\":\"section-3\"}", answer.claims().getClaim(Lti.DL_DATA));
      teacher.await(
          d ->
              teacher.path().endsWith(PlatformSimulator.DEEP_LINK_RETURN_PATH)
                  ? Boolean.TRUE
                  : null,
          "the platform's return page in the frame");
      assertEquals("Content added", teacher.heading());
      assertEquals(1, lti.platform.deepLinkResponses().size(), "posted once");
    }
  }

  /**
   * The platform-storage relaunch form ({@code lti-storage-relaunch}), which the tool's own script
   * posts once the platform's storage frame has answered: with every cookie of the tool refused in
   * the frame, the launch reaches the session-cookie check only through that post (see {@code
   * PlatformStorageBrowserIT}).
   */
  private void relaunchThroughPlatformStorage() {
    LaunchClaims claims = lti.learner().name("Dr Sol Storage");
    Chromium.Options options = Chromium.options().blockCookiesOf(lti.base(), lti.platform.origin());
    try (Chromium b = Chromium.start(options)) {
      b.openCoursePage(
          lti.platform.coursePage(
              lti.base() + "/lti/login", claims, PlatformSimulator.Storage.ANSWER, false));
      b.awaitPath("/lti/check");
      posted.add("lti-storage-relaunch");
      assertEquals("Open Mentorlink in a new window", b.heading());
      check(b, "new-window page after a launch bound by platform storage");
    }
  }

  // ------------------------------------------------------------------ the forms of the templates

  /**
   * The {@code data-form} names of every {@code <form>} in the tool's templates, with the template
   * each is in; fails when a form has no name or a name is used twice.
   */
  static Map<String, String> declaredForms() {
    Path dir =
        Path.of(System.getProperty("it.templates.dir", "../lti-tool/src/main/resources/templates"));
    Map<String, String> forms = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String html = Files.readString(file);
        Matcher tag = FORM_TAG.matcher(html);
        while (tag.find()) {
          Matcher name = FORM_NAME.matcher(tag.group());
          String where = dir.relativize(file).toString();
          assertTrue(
              name.find(),
              () -> where + ": every <form> needs a data-form name for this test: " + tag.group());
          String previous = forms.put(name.group(1), where);
          assertTrue(
              previous == null,
              () -> "data-form '" + name.group(1) + "' is used twice: " + previous + ", " + where);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the templates in " + dir.toAbsolutePath(), e);
    }
    assertFalse(forms.isEmpty(), () -> "no form found in " + dir.toAbsolutePath());
    return forms;
  }

  private List<String> notPosted(Map<String, String> declared) {
    return declared.entrySet().stream()
        .filter(e -> !posted.contains(e.getKey()))
        .map(e -> e.getKey() + " (" + e.getValue() + ")")
        .toList();
  }

  // ------------------------------------------------------------------ helpers

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private Chromium launch(LaunchClaims claims, String name) {
    Chromium browser = Chromium.start();
    try {
      browser.openCoursePage(
          lti.platform.coursePage(lti.base() + "/lti/login", claims.name(name), false));
      browser.awaitPath("/app");
      assertEquals("Welcome, " + name, browser.heading());
      return browser;
    } catch (RuntimeException | Error e) {
      browser.close();
      throw e;
    }
  }

  /** The (first) form named {@code name} on the current page. */
  private static WebElement form(Chromium b, String name) {
    List<WebElement> forms =
        b.driver().findElements(By.cssSelector("form[data-form='" + name + "']"));
    assertFalse(
        forms.isEmpty(), () -> "form " + name + " on " + b.pathAndQuery() + ":\n" + b.bodyText());
    return forms.get(0);
  }

  /** The form named {@code name} in the table row headed by {@code person}. */
  private static WebElement inRowOf(Chromium b, String person, String name) {
    return b.driver()
        .findElement(
            By.xpath(
                "//tr[th[normalize-space()='" + person + "']]//form[@data-form='" + name + "']"));
  }

  /** The form named {@code name} in the card whose heading starts with {@code person}. */
  private static WebElement inCardOf(Chromium b, String person, String name) {
    return b.driver()
        .findElement(
            By.xpath(
                "//div[contains(@class, 'card')][h3[starts-with(normalize-space(), '"
                    + person
                    + "')]]//form[@data-form='"
                    + name
                    + "']"));
  }

  /**
   * Submits {@code form} with its button whose text contains {@code button} (null: its only
   * button), as a person would — opening the disclosure it sits in first — and records it as
   * posted; then expects {@code confirmation} on the page it leads to, and checks that page with
   * axe.
   */
  /** Posts a form that must be refused: the page shows it again with the error summary. */
  void postRefused(Chromium b, WebElement form, String error) {
    String name = form.getAttribute("data-form");
    assertNotNull(name, "a form of the tool has a data-form name");
    WebElement submit = button(form, null);
    posted.add(name);
    b.clickAndWait(submit);
    String body = b.bodyText();
    assertTrue(body.contains("There is a problem") && body.contains(error), body);
    assertFalse(body.contains("Exception"), body);
    check(b, "after refusing " + name);
  }

  void post(Chromium b, WebElement form, String button, String confirmation) {
    String name = form.getAttribute("data-form");
    assertNotNull(name, "a form of the tool has a data-form name");
    WebElement submit = button(form, button);
    posted.add(name);
    b.clickAndWait(submit);
    String body = b.bodyText();
    assertTrue(
        body.contains(confirmation),
        () -> name + ": expected '" + confirmation + "' on " + b.pathAndQuery() + ":\n" + body);
    assertFalse(body.contains("Exception") || body.contains("There is a problem"), body);
    check(b, "after posting " + name);
  }

  private static WebElement button(WebElement form, String text) {
    openDisclosures(form);
    return text == null
        ? form.findElement(By.cssSelector("button[type='submit']"))
        : form.findElement(By.xpath(".//button[contains(normalize-space(.), \"" + text + "\")]"));
  }

  /** Opens the {@code <details>} elements around {@code e}, by their summaries. */
  private static void openDisclosures(WebElement e) {
    List<WebElement> closed = e.findElements(By.xpath("ancestor::details[not(@open)]"));
    for (WebElement d : closed) {
      d.findElement(By.xpath("./summary")).click();
    }
  }

  /**
   * Types {@code value} into the field with id or name {@code field} of {@code form}; date and time
   * fields get their value as the browser's own picker would set it.
   */
  private static void fill(WebElement form, String field, String value) {
    openDisclosures(form);
    List<WebElement> byId = form.findElements(By.id(field));
    WebElement e = byId.isEmpty() ? form.findElement(By.name(field)) : byId.get(0);
    String type = e.getAttribute("type");
    if ("date".equals(type) || "time".equals(type)) {
      ((org.openqa.selenium.JavascriptExecutor)
              ((org.openqa.selenium.WrapsDriver) e).getWrappedDriver())
          .executeScript(
              "arguments[0].value = arguments[1];"
                  + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                  + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
              e,
              value);
      return;
    }
    e.clear();
    e.sendKeys(value);
  }

  /** Chooses {@code value} of the radio group or select {@code field} (by value or label). */
  private static void choose(WebElement form, String field, String value) {
    List<WebElement> radios =
        form.findElements(By.cssSelector("input[type='radio'][name='" + field + "']"));
    if (radios.isEmpty()) {
      new Select(form.findElement(By.name(field))).selectByValue(value);
      return;
    }
    for (WebElement r : radios) {
      if (value.equals(r.getAttribute("value"))) {
        if (!r.isSelected()) {
          r.click();
        }
        return;
      }
    }
    throw new AssertionError("no option " + value + " for " + field);
  }

  private static void tick(WebElement form, String field, String value) {
    WebElement box = checkbox(form, field, value);
    if (!box.isSelected()) {
      box.click();
    }
  }

  private static void untick(WebElement form, String field, String value) {
    WebElement box = checkbox(form, field, value);
    if (box.isSelected()) {
      box.click();
    }
  }

  private static WebElement checkbox(WebElement form, String field, String value) {
    return form.findElement(
        By.cssSelector("input[type='checkbox'][name='" + field + "'][value='" + value + "']"));
  }

  /** {@code GET url} from the page, as its download link would: status, content type and body. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> download(Chromium b, String url) {
    return (Map<String, Object>)
        b.driver()
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(function (r) { return r.text().then(function (t) {"
                    + " done({status: r.status, type: r.headers.get('Content-Type'), body: t}); }); })"
                    + ".catch(function (e) { done({status: -1, body: String(e)}); });",
                url);
  }

  /** The current value of the field with id {@code id} (a text area's too). */
  private static String value(Chromium b, String id) {
    return b.driver().findElement(By.id(id)).getAttribute("value");
  }

  /**
   * Every page reached: axe at desktop width, and — in {@link PhoneWidthBrowserIT} — at phone
   * width.
   */
  void check(Chromium b, String page) {
    Axe.assertNoViolations(b, page);
  }
}
