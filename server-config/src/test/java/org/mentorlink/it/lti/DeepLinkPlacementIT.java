package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.Lti;
import org.mentorlink.it.lti.sim.PlatformSimulator.DeepLinkResponse;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Flow;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.mentoring.Participant;
import org.mentorlink.it.support.DatabasePass;

/**
 * Deep Linking placements through the simulated Moodle: the chooser offers only pages that exist
 * and says who sees what; the signed response carries each item's {@code mentorlink_view} custom
 * parameter; a later launch of each placed link lands on its own page (in the frame and through the
 * new-window hand-off); one response per request; learners cannot deep link; a custom parameter
 * that names anything but a placement (another page, another tenant's record) is refused before
 * anything is written.
 */
@ExtendWith(DatabasePass.class)
class DeepLinkPlacementIT {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern FORM_TOKEN =
      Pattern.compile("name=\"form-token\" value=\"([^\"]+)\"");
  private static final Pattern JWT = Pattern.compile("name=\"JWT\" value=\"([^\"]+)\"");

  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  private LaunchClaims deepLinkingTeacher() {
    return lti.instructor().deepLinking(lti.platform.deepLinkReturnUrl(), "{\"section\":3}");
  }

  /** POSTs the chooser with the given items; returns the answer. */
  private static Step choose(ToolBrowser browser, Step chooser, String... items) {
    StringBuilder body = new StringBuilder();
    body.append("csrf=").append(enc(field(CSRF, chooser.body())));
    Matcher token = FORM_TOKEN.matcher(chooser.body());
    if (token.find()) {
      body.append("&form-token=").append(enc(ToolBrowser.unescape(token.group(1))));
    }
    for (String item : items) {
      body.append("&item=").append(enc(item));
    }
    return browser.raw(
        "POST",
        "/app/deep-link",
        body.toString().getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"));
  }

  private static String field(Pattern p, String html) {
    Matcher m = p.matcher(html);
    assertTrue(m.find(), () -> "no " + p + " in\n" + html);
    return ToolBrowser.unescape(m.group(1));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> item(DeepLinkResponse r, String title) {
    for (Object o : (List<Object>) r.claims().getClaim(Lti.DL_CONTENT_ITEMS)) {
      Map<String, Object> m = (Map<String, Object>) o;
      if (title.equals(m.get("title"))) {
        return m;
      }
    }
    throw new AssertionError("no item " + title + " in " + r.titles());
  }

  @Test
  void placedLinksCarryTheirPageAndEachLaunchLandsOnIt() {
    ToolBrowser teacher = lti.browser();
    Flow dl = teacher.launch(lti.platform, deepLinkingTeacher());
    Step chooser = dl.requireLandedOn("/app/deep-link");
    assertTrue(chooser.body().contains("value=\"mentoring\""), chooser.body());
    assertTrue(chooser.body().contains("value=\"cpd\""), chooser.body());
    assertFalse(chooser.body().contains("value=\"feedback\""), "feedback does not exist yet");
    assertTrue(chooser.body().contains("Each person sees only their own CPD log"), "who sees what");

    Step answer = choose(teacher, chooser, "mentoring", "cpd", "coordinator");
    assertEquals(200, answer.status(), answer.describe());
    Step returned =
        teacher.postForm(
            lti.platform.deepLinkReturnUrl(), Map.of("JWT", field(JWT, answer.body())), Map.of());
    assertEquals(200, returned.status(), returned.describe());
    DeepLinkResponse r = lti.platform.deepLinkResponses().get(0);
    assertTrue(r.valid(), r.problems().toString());
    assertEquals(List.of("Mentoring", "CPD log"), r.titles(), "an unknown choice is not placed");
    assertEquals("{\"section\":3}", r.claims().getClaim(Lti.DL_DATA));
    Map<String, Object> cpd = item(r, "CPD log");
    assertEquals(Map.of("mentorlink_view", "cpd"), cpd.get("custom"));
    assertEquals(lti.base() + "/lti/launch", cpd.get("url"));

    // One response per request: the chooser posted again sends nothing.
    Step again = choose(teacher, chooser, "mentoring");
    LtiFixture.assertError(again, 409, "DEEP_LINK_ANSWERED");
    assertFalse(again.body().contains("name=\"JWT\""), again.body());

    // Until the course has a scheme, every placement opens the hub (which offers the set-up).
    lti.browser()
        .launch(lti.platform, lti.learner().lti("custom", cpd.get("custom")))
        .requireLandedOn("/app");
    Participant lead = Participant.launch(lti, lti.instructor(), "Dr Lead");
    lead.created("POST", "/api/scheme", Json.createObjectBuilder().add("name", "DL").build());

    // Each placed link's launch (custom parameters as Moodle sends them back) lands on its page.
    Flow cpdLaunch =
        lti.browser().launch(lti.platform, lti.learner().lti("custom", cpd.get("custom")));
    cpdLaunch.requireLandedOn("/app/cpd");
    Flow hub =
        lti.browser()
            .launch(lti.platform, lti.learner().lti("custom", item(r, "Mentoring").get("custom")));
    assertEquals("/app", hub.requireLanded().uri().getPath());
    Flow handAdded = lti.browser().launch(lti.platform, lti.learner().removeLti("custom"));
    assertEquals("/app", handAdded.requireLanded().uri().getPath(), "a link added by hand");

    // With the state cookie blocked, the new-window hand-off lands on the placement's page too.
    ToolBrowser blocked = lti.browser();
    ToolBrowser.Pending pending =
        blocked.begin(lti.platform, lti.learner().lti("custom", Map.of("mentorlink_view", "cpd")));
    blocked.dropStateCookies();
    Step offer = blocked.post(pending.requireForm());
    assertEquals(200, offer.status(), offer.describe());
    String link =
        ToolBrowser.links(offer.body()).stream()
            .filter(l -> l.contains("/lti/continue?code="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("a continue link:\n" + offer.describe()));
    Step continued = blocked.get(link);
    assertTrue(continued.isRedirect(), continued.describe());
    assertTrue(
        continued.location().orElseThrow().toString().contains("/app/cpd?launch="),
        continued.describe());
  }

  @Test
  void learnersCannotDeepLink() {
    ToolBrowser learner = lti.browser();
    Flow dl =
        learner.launch(
            lti.platform, lti.learner().deepLinking(lti.platform.deepLinkReturnUrl(), null));
    assertTrue(dl.launch().isRedirect(), dl.describe());
    Step page = dl.app();
    LtiFixture.assertError(page, 403, "FORBIDDEN");
    Step post =
        learner.raw(
            "POST",
            "/app/deep-link",
            "item=mentoring".getBytes(StandardCharsets.UTF_8),
            Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"));
    assertTrue(post.status() == 403 || post.status() == 400, post.describe());
    assertTrue(lti.platform.deepLinkResponses().isEmpty());
  }

  @Test
  void aCustomParameterNamingAnythingButAPlacementIsRefusedBeforeAnythingIsWritten() {
    // A real record id of another tenant: a scheme set up through another platform.
    try (LtiFixture other = LtiFixture.start(lti.server, testInfoOf("other"), b -> {})) {
      Participant otherLead = Participant.launch(other, other.instructor(), "Dr Other Lead");
      String otherScheme =
          otherLead
              .created(
                  "POST", "/api/scheme", Json.createObjectBuilder().add("name", "Other").build())
              .getString("id");
      for (String value :
          List.of(
              "coordinator",
              "/app/coordinator",
              "cpd?launch=x",
              "scheme:" + otherScheme,
              otherScheme,
              "relationship/" + otherScheme,
              "CPD",
              "feedback ")) {
        ToolBrowser b = lti.browser();
        LaunchClaims claims = lti.learner().lti("custom", Map.of("mentorlink_view", value));
        Flow f = b.launch(lti.platform, claims);
        if ("feedback ".equals(value)) {
          // A known placement whose page does not exist yet: trimmed, and opens the hub.
          assertEquals("/app", f.requireLanded().uri().getPath());
          continue;
        }
        LtiFixture.assertRefused(b, f.launch(), 400, "PLACEMENT_UNKNOWN");
        assertFalse(f.launch().body().contains(otherScheme), "the value is not echoed");
      }
    }
    // Nothing was written: the refused learners are not on the roster.
    Participant lead = Participant.launch(lti, lti.instructor(), "Dr Lead");
    lead.created("POST", "/api/scheme", Json.createObjectBuilder().add("name", "Mine").build());
    // (The platform's membership list may name the refused learners: they never launched.)
    assertEquals(
        2,
        lead.ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
            .filter(m -> m.asJsonObject().getBoolean("launched", true))
            .count(),
        "only the lead and the learner whose launch was accepted");
  }

  private TestInfo testInfoOf(String name) {
    return new TestInfo() {
      @Override
      public String getDisplayName() {
        return name;
      }

      @Override
      public java.util.Set<String> getTags() {
        return java.util.Set.of();
      }

      @Override
      public java.util.Optional<Class<?>> getTestClass() {
        return java.util.Optional.of(DeepLinkPlacementIT.class);
      }

      @Override
      public java.util.Optional<java.lang.reflect.Method> getTestMethod() {
        return java.util.Optional.empty();
      }
    };
  }
}
