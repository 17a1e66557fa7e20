package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * Notifications through real launches, read in an SMTP server the test runs (GreenMail) on the port
 * the servers were given: a proposal e-mails the mentor once, a contract to sign e-mails both
 * parties, a person who opted out and a person the platform sent no address for get no e-mail but
 * the notice on their start page, and an SMTP server that was down and comes back gets each e-mail
 * once. No message holds a name, the scheme's name or anything written; the server's log holds no
 * address. On PostgreSQL two servers share the database and both send: each e-mail still arrives
 * once.
 */
@ExtendWith(DatabasePass.class)
class NotificationsIT {
  private static final int PORT = Integer.getInteger("it.smtp.port", 3025);

  /** How long a test waits to be sure no further e-mail comes (several polls and retries). */
  private static final long QUIET_MS = 4_000;

  private static GreenMail smtp;

  private LtiFixture lti;
  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private final List<String> secrets = new ArrayList<>();

  @BeforeAll
  static void startSmtp() {
    smtp = smtp();
  }

  @AfterAll
  static void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  private static GreenMail smtp() {
    GreenMail g = new GreenMail(new ServerSetup(PORT, "127.0.0.1", "smtp"));
    g.start();
    try (java.net.Socket s = new java.net.Socket()) {
      s.connect(new java.net.InetSocketAddress("127.0.0.1", PORT), 2_000);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("GreenMail does not answer on port " + PORT, e);
    }
    return g;
  }

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  // ------------------------------------------------------------------ people and the scheme

  private String address(String who) {
    return who + "-" + tag + "@mail.test";
  }

  private Participant launch(LaunchClaims claims, String name, String who) {
    secrets.add(name);
    return Participant.launch(
        lti, who == null ? claims.remove("email") : claims.email(address(who)), name);
  }

  /**
   * The lead, a mentor and a mentee with a request the lead accepted; returns the three and ids.
   */
  private record Scheme(
      Participant lead, Participant mentor, Participant mentee, String profile, String request) {}

  private Scheme scheme(String menteeWho) {
    String schemeName = "Confidential Scheme " + tag;
    secrets.add(schemeName);
    Participant lead = launch(lti.instructor(), "Dr Leader " + tag, "lead");
    lead.created("POST", "/api/scheme", Json.createObjectBuilder().add("name", schemeName).build());
    Participant mentor = launch(lti.learner(), "Dr Mentorname " + tag, "mentor");
    Participant mentee = launch(lti.learner(), "Dr Menteename " + tag, menteeWho);
    String personId =
        lead.ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonObject("person").getString("name").equals(mentor.name))
            .findFirst()
            .orElseThrow()
            .getJsonObject("person")
            .getString("id");
    String profile =
        lead.created(
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
                    .add("otherDetails", "SECRET-REQUEST-" + tag)
                    .build())
            .getString("id");
    secrets.add("SECRET-REQUEST-" + tag);
    lead.ok("POST", "/api/requests/" + request + "/accept", null);
    return new Scheme(lead, mentor, mentee, profile, request);
  }

  private static String propose(Scheme s) {
    return s.lead()
        .created(
            "POST",
            "/api/requests/" + s.request() + "/proposals",
            Json.createObjectBuilder().add("mentorProfileId", s.profile()).build())
        .getString("id");
  }

  private JsonObject terms() {
    secrets.add("SECRET-OBJECTIVE-" + tag);
    return Json.createObjectBuilder()
        .add("groundRules", "We start and finish on time.")
        .add("confidentiality", "What is said stays between us.")
        .add("objectives", "SECRET-OBJECTIVE-" + tag)
        .add("meetingFrequency", "Monthly")
        .add("mode", "VIDEO")
        .add("startDate", LocalDate.now().toString())
        .add("reviewDate", LocalDate.now().plusMonths(6).toString())
        .add("allowance", "4 sessions in 12 months")
        .build();
  }

  // ------------------------------------------------------------------ the inbox

  private static List<MimeMessage> to(String address) {
    List<MimeMessage> out = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      try {
        for (Address a : m.getAllRecipients()) {
          if (a.toString().equalsIgnoreCase(address)) {
            out.add(m);
          }
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  /** Waits until {@code address} has {@code n} e-mails, then a while longer: still {@code n}. */
  private void expectMail(String address, int n) {
    long until = System.currentTimeMillis() + 60_000;
    while (to(address).size() < n && System.currentTimeMillis() < until) {
      sleep(200);
    }
    if (to(address).size() < n) {
      List<String> all = new ArrayList<>();
      for (MimeMessage m : smtp.getReceivedMessages()) {
        try {
          all.add(String.valueOf(m.getAllRecipients()[0]));
        } catch (MessagingException e) {
          all.add(e.toString());
        }
      }
      fail(
          address
              + ": "
              + to(address).size()
              + " e-mail(s), expected "
              + n
              + "; GreenMail on "
              + PORT
              + " holds "
              + all);
    }
    sleep(QUIET_MS);
    assertEquals(n, to(address).size(), "exactly " + n + " e-mail(s) for " + address);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every e-mail to this test's people is the neutral one: no name, no scheme, no content. */
  private void everyMessageIsNeutral() throws Exception {
    for (MimeMessage m : smtp.getReceivedMessages()) {
      String to = m.getAllRecipients()[0].toString();
      if (!to.contains(tag)) {
        continue;
      }
      assertEquals(1, m.getAllRecipients().length, "one recipient");
      assertEquals("You have something to do in Mentorlink", m.getSubject());
      String all = m.getSubject() + "\n" + GreenMailUtil.getWholeMessage(m);
      assertTrue(GreenMailUtil.getBody(m).contains("open it from your course"));
      for (String secret : secrets) {
        assertFalse(all.contains(secret), "the e-mail holds " + secret);
      }
      for (String word : List.of("Leader", "Mentorname", "Menteename", "Confidential")) {
        assertFalse(all.contains(word), "the e-mail holds " + word);
      }
    }
    String log = lti.server.messagesLog();
    for (String who : List.of("lead", "mentor", "mentee", "quiet", "unaddressed")) {
      assertFalse(log.contains(address(who)), "an e-mail address in messages.log");
    }
  }

  private static Step post(Participant p, String path, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("csrf", p.csrf);
    return p.browser.postForm(path, form, Map.of());
  }

  private static String startPage(Participant p) {
    Step page = p.browser.get("/app");
    assertEquals(200, page.status(), page.describe());
    return page.body();
  }

  // ------------------------------------------------------------------ the walks

  @Test
  void aProposalEMailsTheMentorOnceAndAContractToSignBothParties() throws Exception {
    Scheme s = scheme("mentee");
    String proposal = propose(s);
    expectMail(address("mentor"), 1);
    assertEquals(0, to(address("mentee")).size(), "the mentee has nothing to do yet");
    assertEquals(0, to(address("lead")).size(), "the lead did it");
    assertTrue(
        startPage(s.mentor()).contains("Would you mentor"), "the proposal on the start page");

    s.mentor().ok("POST", "/api/proposals/" + proposal + "/accept", null);
    expectMail(address("mentee"), 1);
    String rel =
        "/api/relationships/"
            + s.mentee()
                .created("POST", "/api/proposals/" + proposal + "/confirm", null)
                .getString("relationshipId");
    expectMail(address("mentor"), 2); // the contract to agree

    JsonObject drafted = s.mentor().created("POST", rel + "/contract", terms());
    String contract = drafted.getJsonArray("contracts").getJsonObject(0).getString("id");
    expectMail(address("mentee"), 2); // to sign
    String menteePage = startPage(s.mentee());
    assertTrue(menteePage.contains(rel.replace("/api", "/app") + "/contract"), "sign: its link");
    s.mentee().ok("POST", rel + "/contract/" + contract + "/sign", null);
    expectMail(address("mentor"), 3); // to sign too
    s.mentor().ok("POST", rel + "/contract/" + contract + "/sign", null);
    expectMail(address("mentee"), 2);
    expectMail(address("lead"), 0);
    everyMessageIsNeutral();
  }

  @Test
  void whoOptedOutOrHasNoAddressGetsOnlyTheNoticeOnTheirStartPage() throws Exception {
    Scheme s = scheme("quiet");
    Step chose = post(s.mentee(), "/app/my-data/mail", Map.of());
    assertEquals(303, chose.status(), chose.describe());
    assertTrue(s.mentee().browser.get("/app/my-data").body().contains("id=\"mail\""));
    String proposal = propose(s);
    s.mentor().ok("POST", "/api/proposals/" + proposal + "/accept", null);
    expectMail(address("mentor"), 1);
    expectMail(address("quiet"), 0);
    assertTrue(
        startPage(s.mentee()).contains("Confirm your mentor"), "the notice stays on the page");

    // A mentee the platform sent no address for, and the mentor of both, confirms: page only.
    Participant unaddressed = launch(lti.learner(), "Dr Unaddressed " + tag, null);
    String request =
        unaddressed
            .created(
                "POST",
                "/api/requests",
                Json.createObjectBuilder()
                    .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
                    .build())
            .getString("id");
    s.lead().ok("POST", "/api/requests/" + request + "/accept", null);
    String second =
        s.lead()
            .created(
                "POST",
                "/api/requests/" + request + "/proposals",
                Json.createObjectBuilder().add("mentorProfileId", s.profile()).build())
            .getString("id");
    expectMail(address("mentor"), 2);
    s.mentor().ok("POST", "/api/proposals/" + second + "/accept", null);
    assertTrue(startPage(unaddressed).contains("Confirm your mentor"));
    sleep(QUIET_MS);
    everyMessageIsNeutral();

    // Choosing e-mails again: the next thing that waits is e-mailed.
    Map<String, String> yes = Map.of("mail", "yes");
    assertEquals(303, post(s.mentee(), "/app/my-data/mail", yes).status());
    s.mentee().created("POST", "/api/proposals/" + proposal + "/confirm", null);
    expectMail(address("quiet"), 0); // the mentee confirmed: the mentor is told, not them
    expectMail(address("mentor"), 3);
  }

  @Test
  void anSmtpServerThatWasDownAndComesBackGetsTheEMailOnce() throws Exception {
    Scheme s = scheme("mentee");
    smtp.stop();
    try {
      propose(s);
      sleep(3_000); // several attempts fail meanwhile
    } finally {
      smtp = smtp();
    }
    expectMail(address("mentor"), 1);
    sleep(QUIET_MS);
    assertEquals(1, to(address("mentor")).size(), "delivered once");
    everyMessageIsNeutral();
  }

  @Test
  void aLapsingRecordEMailsTheOtherOfTheMentorAndTheLeadAtOnce() throws Exception {
    Scheme s = scheme("mentee");
    LocalDate today = LocalDate.now();
    // Trained three years ago less 30 days: the training lapses within the 60-day window.
    LocalDate trained = today.minusYears(3).plusDays(30);
    JsonObject training =
        Json.createObjectBuilder()
            .add("tier", "INTRODUCTORY")
            .add("trainedOn", trained.toString())
            .build();
    s.lead().ok("PUT", "/api/mentors/" + s.profile() + "/records", training);
    expectMail(address("mentor"), 1);
    assertTrue(
        startPage(s.mentor()).contains("Your mentor training lapses on"),
        "the notice on the mentor's start page");
    expectMail(address("lead"), 0); // the lead kept it

    // The mentor adds an indemnity that expires in ten days: the lead hears, in one e-mail.
    JsonObject both =
        Json.createObjectBuilder(training)
            .add("indemnityProvider", "MDU")
            .add("indemnityExpires", today.plusDays(10).toString())
            .add("coversMentoring", true)
            .build();
    s.mentor().ok("PUT", "/api/mentor-profile/records", both);
    expectMail(address("lead"), 1);
    // Kept again: the same events, no further e-mail to anyone.
    s.lead().ok("PUT", "/api/mentors/" + s.profile() + "/records", both);
    expectMail(address("mentor"), 2); // the indemnity, new to the mentor
    expectMail(address("lead"), 1);
    everyMessageIsNeutral();
  }
}
