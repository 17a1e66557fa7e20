package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.it.lti.LtiFixture.json;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Flow;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * Several launches in one browser (DESIGN.md: two tabs on two courses never mix): each launch gets
 * its own handle, which its pages carry in every link and form; the server answers each tab for its
 * own course, refuses a handle that is not this browser's, and a form posted from one tab acts in
 * that tab's course even after another course was launched in another tab.
 */
@ExtendWith(DatabasePass.class)
class BrowserLaunchesIT {
  private static final Pattern LAUNCH = Pattern.compile("[?&]launch=([A-Za-z0-9]+)");

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
  void twoCoursesInOneBrowserKeepTheirOwnCourse() {
    ToolBrowser browser = lti.browser();
    LaunchClaims person = lti.learner().name("Dr Two Tabs");
    String a = handle(browser.launch(lti.platform, course(person, "A")));
    String b = handle(browser.launch(lti.platform, course(person, "B")));
    assertNotEquals(a, b);

    assertEquals("course-A", contextOf(browser, a));
    assertEquals("course-B", contextOf(browser, b));
    // Without a handle, the latest launch is meant (an API client that never saw a page).
    assertEquals("course-B", json(browser.me()).getJsonObject("context").getString("id"));

    // The pages of tab A keep naming course A, and every link into the app carries A's handle.
    Step pageA = browser.get("/app?launch=" + a);
    assertEquals(200, pageA.status(), pageA::describe);
    assertTrue(pageA.body().contains("Course A"), pageA::describe);
    assertFalse(pageA.body().contains("Course B"), pageA::describe);
    for (String link : ToolBrowser.links(pageA.body())) {
      if (link.startsWith("/app") || link.startsWith("/api/")) {
        assertTrue(link.contains("launch=" + a), () -> "link without A's handle: " + link);
      }
    }
  }

  @Test
  void aFormPostedInOneTabActsInThatTabsCourse() {
    ToolBrowser browser = lti.browser();
    LaunchClaims teacher = lti.instructor().name("Dr Hub Lead");
    String a = handle(browser.launch(lti.platform, course(teacher, "A")));
    String b = handle(browser.launch(lti.platform, course(teacher, "B")));
    String csrf = json(browser.me()).getString("csrfToken");

    // Tab A was opened first; its set-up form is posted after tab B was launched.
    Step setUp =
        browser.postForm(
            "/app/scheme?launch=" + a,
            Map.ofEntries(
                Map.entry("csrf", csrf),
                Map.entry("name", "Scheme of course A"),
                Map.entry("allowance-sessions", "4"),
                Map.entry("allowance-months", "12"),
                Map.entry("default-length", "2"),
                Map.entry("cpd-day", "1"),
                Map.entry("cpd-month", "4"),
                Map.entry("cpd-approval", "MANUAL"),
                Map.entry("feedback-k", "5")),
            Map.of());
    assertEquals(303, setUp.status(), setUp::describe);
    URI to = setUp.location().orElseThrow();
    assertTrue(to.getQuery() != null && to.getQuery().contains("launch=" + a), setUp::describe);

    Step schemeA =
        browser.get("/api/scheme", Map.of("X-Mentorlink-Launch", a, "Accept", "application/json"));
    assertEquals(200, schemeA.status(), schemeA::describe);
    assertEquals("Scheme of course A", json(schemeA).getString("name"));
    Step schemeB =
        browser.get("/api/scheme", Map.of("X-Mentorlink-Launch", b, "Accept", "application/json"));
    assertEquals(404, schemeB.status(), "course B has no scheme yet:\n" + schemeB.describe());
  }

  @Test
  void aHandleThatIsNotThisBrowsersIsRefused() {
    ToolBrowser mine = lti.browser();
    String own = handle(mine.launch(lti.platform, lti.learner().name("Dr Own")));
    ToolBrowser other = lti.browser();
    String foreign = handle(other.launch(lti.platform, lti.learner().name("Dr Other")));

    refused(mine, foreign);
    refused(mine, "notAHandleAtAll");
    refused(mine, own.substring(0, 15) + (own.endsWith("a") ? "b" : "a"));
    assertEquals("Dr Own", json(mine.get("/api/me?launch=" + own)).getString("name"));
  }

  @Test
  void someoneElseLaunchingInTheSameBrowserEndsTheEarlierLaunches() {
    ToolBrowser browser = lti.browser();
    String first = handle(browser.launch(lti.platform, lti.learner().name("Dr First")));
    String second = handle(browser.launch(lti.platform, lti.learner().name("Dr Second")));
    assertEquals("Dr Second", json(browser.get("/api/me?launch=" + second)).getString("name"));
    refused(browser, first);
  }

  private static void refused(ToolBrowser browser, String handle) {
    Step s = browser.get("/api/me?launch=" + handle);
    assertEquals(401, s.status(), s::describe);
    assertEquals("LAUNCH_NOT_IN_SESSION", json(s).getString("code"), s::describe);
  }

  private static LaunchClaims course(LaunchClaims claims, String which) {
    return claims
        .copy()
        .context("course-" + which, "C" + which, "Course " + which)
        .resourceLinkId("link-" + which);
  }

  private static String contextOf(ToolBrowser browser, String handle) {
    JsonObject me = json(browser.get("/api/me?launch=" + handle));
    return me.getJsonObject("context").getString("id");
  }

  private static String handle(Flow flow) {
    flow.requireLanded();
    String location = flow.launch().location().orElseThrow().toString();
    Matcher m = LAUNCH.matcher(location);
    assertTrue(m.find(), () -> "the landing page names its launch: " + location);
    return m.group(1);
  }
}
