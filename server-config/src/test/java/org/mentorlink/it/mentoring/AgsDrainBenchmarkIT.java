package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.PlatformSimulator.ReceivedScore;

/**
 * The AGS outbox's drain rate: {@code -Dags.bench.count=10000} queued scores (100 users) sent to
 * the simulator by the PostgreSQL pass's two nodes. Runs only when asked for and on PostgreSQL (the
 * rows are queued straight into the database, copied from one real approval's row).
 */
class AgsDrainBenchmarkIT {
  private LtiFixture lti;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
  }

  @AfterEach
  void stop() {
    lti.close();
  }

  @Test
  void drainRate() throws Exception {
    int count = Integer.getInteger("ags.bench.count", 0);
    assumeTrue(count > 0, "set -Dags.bench.count to run");
    // -Dit.test names it for every pass; it runs in the main pass of each database only.
    String pass = System.getProperty("it.pass", "");
    assumeTrue(
        pass.isEmpty() || pass.equals("embedded") || pass.equals("postgresql"),
        "a benchmark, not for the " + pass + " pass");
    assumeTrue("postgresql".equals(System.getProperty("it.db")), "PostgreSQL pass only");
    Scenarios.Relationship r = Scenarios.relationship(lti, "Bench scheme");
    r.lead()
        .ok(
            "PUT",
            "/api/cpd/settings",
            Json.createObjectBuilder()
                .add("gradebookPassback", true)
                .add("confirmReveal", true)
                .build());
    r.mentor()
        .created(
            "POST",
            "/api/cpd/activities",
            Json.createObjectBuilder()
                .add("activity", "MENTOR_TRAINING")
                .add("description", "Training")
                .add("date", LocalDate.now().toString())
                .add("hours", "1")
                .add("kind", "EXTERNAL")
                .build());
    String id =
        r.mentor()
            .ok("GET", "/api/cpd", null)
            .getJsonArray("years")
            .getJsonObject(0)
            .getJsonArray("entries")
            .getJsonObject(0)
            .getString("id");
    r.mentor()
        .ok(
            "POST",
            "/api/cpd/entries/" + id + "/reflection",
            Json.createObjectBuilder().add("reflection", "x").build());
    r.lead().expect(204, "POST", "/api/cpd/approvals/" + id + "/approve", null);
    long end = System.nanoTime() + 60_000_000_000L;
    while (lti.platform.acceptedScores(r.mentor().sub).isEmpty() && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    assertEquals(1, lti.platform.acceptedScores(r.mentor().sub).size());

    int users = 100;
    long startNs;
    try (Connection c =
        DriverManager.getConnection(System.getProperty("it.pg.url"), "postgres", "unused")) {
      c.setAutoCommit(false);
      String templateId;
      long seq;
      try (PreparedStatement q =
          c.prepareStatement(
              "SELECT o.id, o.seq FROM ags_outbox o WHERE o.user_sub = ? AND o.state = 'SENT'"
                  + " AND o.tenant_id = ?")) {
        q.setString(1, r.mentor().sub);
        q.setString(2, lti.registrationId());
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          templateId = rs.getString(1);
          seq = rs.getLong(2);
        }
      }
      try (PreparedStatement ins =
          c.prepareStatement(
              "INSERT INTO ags_outbox (id, seq, tenant_id, scheme_id, context_id, person_id,"
                  + " user_sub, lineitems_url, scopes, line_key, year_label, year_start,"
                  + " score_given, score_maximum, activity_progress, grading_progress,"
                  + " score_timestamp_ms, state, attempts, next_attempt_ms, claimed_until_ms,"
                  + " created_at) SELECT ?, ?, tenant_id, scheme_id, context_id, ?, ?,"
                  + " lineitems_url, scopes, line_key, year_label, year_start, ?, score_maximum,"
                  + " activity_progress, grading_progress, ?, 'PENDING', 0, 0, 0, created_at"
                  + " FROM ags_outbox WHERE id = ?")) {
        for (int i = 0; i < count; i++) {
          long s = seq + 1 + i;
          ins.setString(1, UUID.randomUUID().toString());
          ins.setLong(2, s);
          ins.setString(3, "bench-person-" + (i % users));
          ins.setString(4, "bench-" + (i % users));
          ins.setString(5, String.valueOf(1 + i / users));
          ins.setLong(6, s);
          ins.setString(7, templateId);
          ins.addBatch();
        }
        ins.executeBatch();
      }
      c.commit();
      startNs = System.nanoTime();
    }
    end = System.nanoTime() + 1_800_000_000_000L;
    while (accepted() < count + 1 && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    double seconds = (System.nanoTime() - startNs) / 1e9;
    System.out.printf(
        "[mentorlink] AGS outbox drained %d scores in %.1f s: %.0f scores/s%n",
        accepted() - 1, seconds, (accepted() - 1) / seconds);
    assertEquals(count + 1, accepted());
    // Exactly once, in order: each user's scores arrive in the order they were queued (their
    // scoreGiven counts up) with strictly increasing timestamps, although users are sent in
    // parallel by both nodes.
    Set<String> seen = new HashSet<>();
    Map<String, double[]> last = new HashMap<>();
    Map<String, Instant> lastAt = new HashMap<>();
    for (ReceivedScore s : lti.platform.scores()) {
      if (!s.accepted()) {
        continue;
      }
      String user = s.body().getString("userId");
      assertEquals(
          true, seen.add(user + " " + s.body().getString("timestamp")), "a timestamp twice");
      double given = s.body().getJsonNumber("scoreGiven").doubleValue();
      Instant at = Instant.parse(s.body().getString("timestamp"));
      if (user.startsWith("bench-")) {
        double[] before = last.computeIfAbsent(user, u -> new double[] {0});
        assertEquals(before[0] + 1, given, 1e-9, user + "'s scores out of order");
        before[0] = given;
        Instant previous = lastAt.put(user, at);
        assertTrue(previous == null || at.isAfter(previous), user + ": timestamps not increasing");
      }
    }
    assertEquals(users, last.size());
  }

  private long accepted() {
    return lti.platform.scores().stream().filter(ReceivedScore::accepted).count();
  }
}
