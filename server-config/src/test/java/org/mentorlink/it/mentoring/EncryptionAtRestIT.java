package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.support.DatabasePass;

/**
 * Encryption at rest, seen from a database dump: a whole relationship is walked through real
 * launches with a unique phrase in every free-text field (request, profile, proposal, contract,
 * agenda, both parties' notes, topics, goals reviewed, actions, return reason, addendum, goal,
 * reality, options, criteria, chosen action, reflections, CPD return and reversal reasons,
 * activity, closing summary, signposting reason); every phrase reads back through the API, the
 * signed contract still verifies, and a logical dump of every table — H2 {@code SCRIPT} of a copy
 * of the embedded database file (what a file backup holds), or every row of every table on
 * PostgreSQL ({@code pg_dump} too when installed) — holds none of the phrases and no private key.
 * The scheme's name (not encrypted) is in the dump, so the dump does see plain text.
 */
@ExtendWith(DatabasePass.class)
class EncryptionAtRestIT {
  private static final Pattern PRIVATE_JWK = Pattern.compile("\"(d|p|q|dp|dq|qi)\"\\s*:\\s*\"");

  private LtiFixture lti;
  private final Map<String, String> phrases = new LinkedHashMap<>();

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

  private String phrase(String field) {
    String p =
        "ZQ"
            + field.toUpperCase().replaceAll("[^A-Z]", "")
            + UUID.randomUUID().toString().substring(0, 8);
    phrases.put(field, p);
    return p;
  }

  @Test
  void aDumpOfEveryTableHoldsNoneOfWhatPeopleWroteAndNoPrivateKey() throws Exception {
    String schemeName = "PLAINSCHEME" + UUID.randomUUID().toString().substring(0, 8);
    Participant lead = Participant.launch(lti, lti.instructor(), "Dr Lead " + schemeName);
    lead.created(
        "POST",
        "/api/scheme",
        Json.createObjectBuilder()
            .add("name", schemeName)
            .add(
                "signposts",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("name", "Practitioner Health")
                            .add("link", "https://www.practitionerhealth.nhs.uk/")))
            .build());
    Participant mentor = Participant.launch(lti, lti.learner(), "Dr Mentor " + schemeName);
    Participant other = Participant.launch(lti, lti.learner(), "Dr Other " + schemeName);
    Participant mentee = Participant.launch(lti, lti.learner(), "Dr Mentee " + schemeName);
    Participant signposted = Participant.launch(lti, lti.learner(), "Dr Sign " + schemeName);
    String profile = designate(lead, mentor);
    String otherProfile = designate(lead, other);
    mentor.ok(
        "PUT",
        "/api/mentor-profile",
        Json.createObjectBuilder()
            .add("capacity", 3)
            .add("availability", phrase("availability"))
            .add("mustNotMentor", Json.createArrayBuilder().add(phrase("mustNotMentor")))
            .build());

    String request =
        mentee
            .created(
                "POST",
                "/api/requests",
                Json.createObjectBuilder()
                    .add("helpWith", Json.createArrayBuilder().add("CAREER_DECISION"))
                    .add("otherDetails", phrase("otherDetails"))
                    .add("mustNotMatch", Json.createArrayBuilder().add(phrase("mustNotMatch")))
                    .add("lineManager", phrase("lineManager"))
                    .add("practice", phrase("practice"))
                    .build())
            .getString("id");
    lead.ok("POST", "/api/requests/" + request + "/accept", null);
    String declined = propose(lead, request, otherProfile);
    other.ok(
        "POST",
        "/api/proposals/" + declined + "/decline",
        Json.createObjectBuilder().add("reason", phrase("declineReason")).build());
    String proposal = propose(lead, request, profile);
    mentor.ok("POST", "/api/proposals/" + proposal + "/accept", null);
    String rel =
        "/api/relationships/"
            + mentee
                .created("POST", "/api/proposals/" + proposal + "/confirm", null)
                .getString("relationshipId");

    // The contract, signed by both: its hash is over the exact text signed.
    JsonObject drafted =
        mentee.created(
            "POST",
            rel + "/contract",
            Json.createObjectBuilder()
                .add("groundRules", phrase("groundRules"))
                .add("confidentiality", phrase("confidentiality"))
                .add("boundaries", phrase("boundaries"))
                .add("objectives", phrase("objectives"))
                .add("meetingFrequency", phrase("meetingFrequency"))
                .add("mode", "VIDEO")
                .add("venue", phrase("venue"))
                .add("startDate", LocalDate.now().toString())
                .add("reviewDate", LocalDate.now().plusMonths(6).toString())
                .add("allowance", "4 sessions in 12 months")
                .build());
    String contract = drafted.getJsonArray("contracts").getJsonObject(0).getString("id");
    mentee.ok("POST", rel + "/contract/" + contract + "/sign", null);
    mentor.ok("POST", rel + "/contract/" + contract + "/sign", null);

    // A session: agenda, both records, returned with a reason, signed off, an addendum.
    JsonObject scheduled =
        mentor.created(
            "POST",
            rel + "/sessions",
            Json.createObjectBuilder()
                .add(
                    "scheduledAt",
                    Instant.now()
                        .minus(1, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString())
                .add("durationHours", "1.5")
                .add("mode", "VIDEO")
                .build());
    String s =
        rel + "/sessions/" + scheduled.getJsonArray("sessions").getJsonObject(0).getString("id");
    mentee.ok(
        "PUT", s + "/agenda", Json.createObjectBuilder().add("agenda", phrase("agenda")).build());
    mentee.ok(
        "PUT",
        s + "/record",
        Json.createObjectBuilder()
            .add("notes", phrase("menteeNotes"))
            .add("themes", Json.createArrayBuilder().add("PROFESSIONAL_DEVELOPMENT"))
            .add("topics", Json.createArrayBuilder().add(phrase("topics")))
            .add("goalsReviewed", phrase("goalsReviewed"))
            .add(
                "actions",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("what", phrase("actionWhat"))
                            .add("owner", "MENTEE")
                            .add("dueOn", LocalDate.now().plusDays(14).toString())))
            .build());
    mentor.ok(
        "PUT",
        s + "/record",
        Json.createObjectBuilder().add("notes", phrase("mentorNotes")).build());
    mentee.ok("POST", s + "/submit", null);
    mentor.ok(
        "POST",
        s + "/return",
        Json.createObjectBuilder().add("reason", phrase("sessionReturnReason")).build());
    mentee.ok("POST", s + "/submit", null);
    mentor.ok("POST", s + "/sign-off", null);
    mentor.created(
        "POST", s + "/addenda", Json.createObjectBuilder().add("text", phrase("addendum")).build());

    // A goal worked through.
    JsonObject withGoal =
        mentee.created(
            "POST", rel + "/goals", Json.createObjectBuilder().add("goal", "first").build());
    String goalId = withGoal.getJsonArray("goals").getJsonObject(0).getString("id");
    mentee.ok(
        "PUT",
        rel + "/goals/" + goalId,
        Json.createObjectBuilder()
            .add("goal", phrase("goal"))
            .add("reality", phrase("reality"))
            .add(
                "options",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("option", phrase("option"))
                            .add("criteria", phrase("criteria"))))
            .add("chosenAction", phrase("chosenAction"))
            .add("actionDueOn", LocalDate.now().plusDays(30).toString())
            .build());

    // CPD: a reflection returned with a reason, reflected again, then reversed with a reason.
    String entry = onlyEntry(mentee).getString("id");
    reflect(mentee, entry, phrase("reflection"));
    lead.expect(
        204,
        "POST",
        "/api/cpd/approvals/" + entry + "/return",
        Json.createObjectBuilder().add("reason", phrase("cpdReturnReason")).build());
    reflect(mentee, entry, phrase("secondReflection"));
    mentee.created(
        "POST",
        "/api/cpd/entries/" + entry + "/reverse",
        Json.createObjectBuilder().add("reason", phrase("reversalReason")).build());
    mentor.created(
        "POST",
        "/api/cpd/activities",
        Json.createObjectBuilder()
            .add("activity", "SUPERVISION")
            .add("description", phrase("activityDescription"))
            .add("date", LocalDate.now().minusDays(2).toString())
            .add("hours", "1")
            .build());

    mentee.ok(
        "POST",
        rel + "/close",
        Json.createObjectBuilder()
            .add("reason", "NATURAL_END")
            .add("summary", phrase("closingSummary"))
            .build());

    String otherRequest =
        signposted
            .created(
                "POST",
                "/api/requests",
                Json.createObjectBuilder()
                    .add("helpWith", Json.createArrayBuilder().add("PERFORMANCE_WORRIES"))
                    .build())
            .getString("id");
    lead.ok(
        "POST",
        "/api/requests/" + otherRequest + "/signpost",
        Json.createObjectBuilder()
            .add("service", "Practitioner Health")
            .add("reason", phrase("signpostReason"))
            .build());

    // Everything reads back through the tool, and the signed contract still verifies.
    String seen =
        mentee.ok("GET", rel, null).toString()
            + mentor.ok("GET", rel, null).toString()
            + mentee.ok("GET", "/api/cpd", null).toString()
            + mentor.ok("GET", "/api/cpd", null).toString()
            + mentee.list("/api/requests/mine").toString()
            + signposted.list("/api/requests/mine").toString()
            + mentor.ok("GET", "/api/mentor-profile", null).toString()
            + mentor.list("/api/proposals/mine").toString()
            + other.list("/api/proposals/mine").toString();
    List<String> unread = new ArrayList<>();
    for (var p : phrases.entrySet()) {
      if (!seen.contains(p.getValue())) {
        unread.add(p.getKey());
      }
    }
    // Replaced later in the walk (a resubmission, a second reflection): gone from every answer,
    // and still never in the dump below. The mentor's notes-only record keeps the shared parts.
    unread.removeAll(List.of("sessionReturnReason", "reflection", "cpdReturnReason"));
    assertEquals(List.of(), unread, "fields that did not read back: " + unread);
    JsonObject c = mentee.ok("GET", rel, null).getJsonArray("contracts").getJsonObject(0);
    assertTrue(c.getBoolean("fullySigned"), c.toString());
    for (JsonValue sig : c.getJsonArray("signatures")) {
      assertEquals(
          c.getString("sha256"),
          sig.asJsonObject().getString("sha256"),
          "hash still over the signed text");
    }

    String dump = dump();
    assertTrue(dump.contains(schemeName), "the dump sees the unencrypted scheme name");
    List<String> leaked = new ArrayList<>();
    for (var p : phrases.entrySet()) {
      if (dump.contains(p.getValue())) {
        leaked.add(p.getKey());
      }
    }
    assertEquals(List.of(), leaked, "fields stored in plain text: " + leaked);
    assertFalse(PRIVATE_JWK.matcher(dump).find(), "a private JWK member is in the dump");
    assertFalse(dump.contains("PRIVATE KEY"), "a PEM private key is in the dump");
    assertTrue(dump.contains("ml1:"), "sealed values are in the dump");
  }

  @Test
  void theOperatorSeesAndRotatesTheMasterKeyWithoutKeyMaterial() throws Exception {
    var operator = lti.operator;
    var status = operator.get("/api/operator/master-key");
    assertEquals(200, status.statusCode(), status.body());
    JsonObject s = Participant.read(status.body()).asJsonObject();
    String id = s.getString("masterKeyId");
    assertTrue(id.matches("[0-9a-f]{16}"), id);
    assertTrue(s.getJsonObject("wrappedByMasterKey").getInt(id) >= 2, s.toString());
    var rotated = operator.post("/api/operator/master-key/rotate", null);
    assertEquals(200, rotated.statusCode(), rotated.body());
    JsonObject r = Participant.read(rotated.body()).asJsonObject();
    assertEquals(id, r.getString("masterKeyId"));
    assertEquals(0, r.getInt("dataKeysRewrapped"), "nothing to re-wrap with one key");
    assertEquals(401, operator.withToken("wrong").get("/api/operator/master-key").statusCode());
    assertEquals(
        401,
        operator.withToken("wrong").post("/api/operator/master-key/rotate", null).statusCode());

    String key;
    if ("postgresql".equals(System.getProperty("it.db"))) {
      key = System.getProperty("it.master.key");
    } else {
      // The embedded default: a key file in its own folder beside (not in) the data folder.
      Path file = Path.of("target/it-data/keys/master.key");
      assertTrue(Files.isRegularFile(file), "key file at " + file.toAbsolutePath());
      key = Files.readString(file).strip();
      try (var inData = Files.walk(Path.of("target/it-data/embedded"))) {
        assertTrue(inData.noneMatch(p -> p.getFileName().toString().contains("key")));
      }
    }
    if (key != null) {
      assertFalse(status.body().contains(key) || rotated.body().contains(key), "no key material");
    }
  }

  private static String designate(Participant lead, Participant mentor) {
    String personId =
        lead.ok("GET", "/api/scheme/roster?size=100", null).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(m -> m.getJsonObject("person").getString("name").equals(mentor.name))
            .findFirst()
            .orElseThrow()
            .getJsonObject("person")
            .getString("id");
    return lead.created(
            "POST", "/api/mentors", Json.createObjectBuilder().add("personId", personId).build())
        .getString("profileId");
  }

  private static String propose(Participant lead, String request, String profile) {
    return lead.created(
            "POST",
            "/api/requests/" + request + "/proposals",
            Json.createObjectBuilder().add("mentorProfileId", profile).build())
        .getString("id");
  }

  private static JsonObject onlyEntry(Participant p) {
    JsonArray entries =
        p.ok("GET", "/api/cpd", null)
            .getJsonArray("years")
            .getJsonObject(0)
            .getJsonArray("entries");
    assertEquals(1, entries.size(), entries.toString());
    return entries.getJsonObject(0);
  }

  private static void reflect(Participant p, String entry, String text) {
    p.ok(
        "POST",
        "/api/cpd/entries/" + entry + "/reflection",
        Json.createObjectBuilder().add("reflection", text).add("share", true).build());
  }

  /** A logical dump of every table of the server's database. */
  private static String dump() throws Exception {
    if ("postgresql".equals(System.getProperty("it.db"))) {
      return postgresqlDump(System.getProperty("it.pg.url"));
    }
    return embeddedDump(Path.of("target/it-data/embedded/mentorlink.mv.db"));
  }

  /** {@code SCRIPT} of a copy of the embedded database file, and the file's raw bytes. */
  private static String embeddedDump(Path live) throws Exception {
    assertTrue(Files.isRegularFile(live), "the embedded database is at " + live.toAbsolutePath());
    Path dir = Files.createTempDirectory("mentorlink-backup");
    Path copy = dir.resolve("mentorlink.mv.db");
    Files.copy(live, copy, StandardCopyOption.REPLACE_EXISTING);
    StringBuilder out = new StringBuilder();
    out.append(new String(Files.readAllBytes(copy), StandardCharsets.ISO_8859_1)).append('\n');
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("mentorlink").toAbsolutePath(), "sa", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SCRIPT")) {
      while (rs.next()) {
        out.append(rs.getString(1)).append('\n');
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
    return out.toString();
  }

  /** Every row of every table as text (and {@code pg_dump} of the database when installed). */
  private static String postgresqlDump(String url) throws Exception {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url, "postgres", "unused")) {
      DatabaseMetaData md = c.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = md.getTables(null, "public", "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      assertTrue(tables.contains("session_record"), "tables: " + tables);
      for (String t : tables) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT t::text FROM \"" + t + "\" t")) {
          while (rs.next()) {
            out.append(t).append(' ').append(rs.getString(1)).append('\n');
          }
        }
      }
    }
    String db = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*$", "");
    if (Files.isExecutable(Path.of("/usr/bin/pg_dump"))) {
      Process p =
          new ProcessBuilder("pg_dump", "-h", "127.0.0.1", "-U", "postgres", db)
              .redirectErrorStream(true)
              .start();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      p.getInputStream().transferTo(bytes);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pg_dump finished");
      assertEquals(0, p.exitValue(), bytes.toString(StandardCharsets.UTF_8));
      out.append(bytes.toString(StandardCharsets.UTF_8));
    }
    return out.toString();
  }
}
