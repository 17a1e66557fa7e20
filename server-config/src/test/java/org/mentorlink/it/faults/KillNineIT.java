package org.mentorlink.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.OperatorClient;
import org.mentorlink.it.support.PrepareTestDatabase;

/**
 * {@code kill -9} of a server in the middle of several hundred concurrent state-changing calls, on
 * the embedded database and on PostgreSQL. The server is started again on the same data; then:
 *
 * <ul>
 *   <li>every acknowledged (2xx) write is there, exactly once and as it was sent;
 *   <li>every acknowledged write, sent again with its key, is answered as a replay (its idempotency
 *       record was committed with it) naming the same created id;
 *   <li>every unanswered call is there at most once, and, sent again with its key, is replayed if
 *       it was there and done if it was not — so that afterwards every call is there exactly once:
 *       0 duplicates.
 * </ul>
 *
 * <p>The figures (acknowledged / found / unanswered / duplicates after retry) are printed per
 * database. The platform's keys failing or hanging (with a warm and an expired cache) belong here
 * too: TODO(JWKS faults, PlatformKeys owner) — add {@code PlatformKeysFaultIT} beside this class,
 * using {@link LibertyProcess} and the simulator's {@code jwksMode}.
 */
class KillNineIT {
  private static final int MENTORS = Integer.getInteger("it.faults.mentors", 12);
  private static final int ROUNDS = Integer.getInteger("it.faults.rounds", 5);

  /** Acknowledged writes before the kill, as a share of those planned. */
  private static final double KILL_AT = 0.45;

  @Test
  void embeddedDatabaseKeepsEveryAcknowledgedWrite(TestInfo test) throws Exception {
    Path data = Path.of(System.getProperty("it.faults.dir", "target/faults"), "embedded-data");
    Files.createDirectories(data);
    run(
        "embedded",
        new LibertyProcess(
            "it-faults-kill-embedded",
            Integer.getInteger("it.faults.embedded.port"),
            Integer.getInteger("it.faults.embedded.https.port"),
            Map.of(
                "MENTORLINK_DB",
                "embedded",
                "MENTORLINK_DATA_DIR",
                data.toAbsolutePath().toString(),
                "MENTORLINK_OPERATOR_TOKEN",
                OperatorClient.IT_TOKEN,
                "MENTORLINK_ALLOW_PRIVATE_NETWORK",
                "true")),
        test);
  }

  @Test
  void postgresqlKeepsEveryAcknowledgedWrite(TestInfo test) throws Exception {
    String adminUrl = System.getProperty("it.pg.admin.url");
    String database = System.getProperty("it.faults.pg.database");
    Path marker = Path.of(System.getProperty("it.faults.dir", "target/faults"), "pg-available");
    PrepareTestDatabase.main(new String[] {adminUrl, database, marker.toString()});
    assumeTrue(
        "true".equals(Files.readString(marker).strip()),
        "PostgreSQL does not answer on 127.0.0.1:5432: the PostgreSQL kill -9 test is skipped");
    String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
    run(
        "postgresql",
        new LibertyProcess(
            "it-faults-kill-postgresql",
            Integer.getInteger("it.faults.pg.port"),
            Integer.getInteger("it.faults.pg.https.port"),
            Map.of(
                "MENTORLINK_DB", "postgresql",
                "MENTORLINK_DB_URL", url.replaceAll("\\?.*$", ""),
                "MENTORLINK_DB_USER", "postgres",
                "MENTORLINK_DB_PASSWORD", "unused",
                "MENTORLINK_OPERATOR_TOKEN", OperatorClient.IT_TOKEN,
                "MENTORLINK_ALLOW_PRIVATE_NETWORK", "true")),
        test);
  }

  private void run(String db, LibertyProcess liberty, TestInfo test) throws Exception {
    try (liberty) {
      Duration up = liberty.start(Duration.ofSeconds(240));
      System.out.println("[faults] " + db + ": server ready in " + up.toMillis() + " ms");
      try (LtiFixture lti = LtiFixture.start(liberty.server(), test, b -> {})) {
        Instant t0 = Instant.now();
        Cohort cohort = Cohort.create(lti, MENTORS);
        System.out.println(
            "[faults] "
                + db
                + ": "
                + cohort.pairs.size()
                + " relationships set up in "
                + Duration.between(t0, Instant.now()).toMillis()
                + " ms");

        WriteLoad load = new WriteLoad(cohort, ROUNDS);
        int killAt = (int) (load.planned() * KILL_AT);
        CountDownLatch reached = new CountDownLatch(1);
        Thread killer =
            new Thread(
                () -> {
                  try {
                    if (reached.await(180, TimeUnit.SECONDS)) {
                      liberty.kill();
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
        killer.start();
        Instant loadStart = Instant.now();
        load.run(
            n -> {
              if (n >= killAt) {
                reached.countDown();
              }
            });
        killer.join(TimeUnit.SECONDS.toMillis(200));
        Duration loadTime = Duration.between(loadStart, Instant.now());
        assertTrue(reached.getCount() == 0, "the load reached " + killAt + " acknowledged writes");
        assertEquals(137, liberty.exitValue(), "the server was killed with SIGKILL");

        List<WriteLoad.Write> writes = new ArrayList<>(load.writes);
        long acknowledged = writes.stream().filter(WriteLoad.Write::acknowledged).count();
        List<WriteLoad.Write> unanswered =
            writes.stream().filter(WriteLoad.Write::unanswered).toList();
        List<WriteLoad.Write> refused =
            writes.stream().filter(w -> !w.acknowledged() && !w.unanswered()).toList();
        assertTrue(
            refused.isEmpty(),
            "no call was refused before the kill: "
                + refused.stream().map(w -> w.answer.status() + " " + w.answer.code()).toList());

        Duration restart = liberty.start(Duration.ofSeconds(240));
        System.out.println(
            "[faults] " + db + ": restarted on the same data in " + restart.toMillis() + " ms");

        // 1. Every acknowledged write is there, once and intact; unanswered ones at most once.
        State before = State.read(cohort);
        List<String> problems = new ArrayList<>();
        long found = 0;
        Map<WriteLoad.Write, Integer> presentBefore = new HashMap<>();
        for (WriteLoad.Write w : writes) {
          int n = before.count(w);
          presentBefore.put(w, n);
          if (w.acknowledged()) {
            if (n == 1) {
              found++;
            } else {
              problems.add("acknowledged " + w.kind + " " + w.marker + " found " + n + " times");
            }
          } else if (n > 1) {
            problems.add("unanswered " + w.kind + " " + w.marker + " found " + n + " times");
          }
        }

        // 2. Every call again, with its key: replays for what is there, the work for what is not.
        int replayed = 0;
        int redone = 0;
        for (WriteLoad.Write w : writes) {
          boolean wasThere = presentBefore.get(w) == 1;
          Person.Answer retry = w.send();
          if (!retry.ok()) {
            problems.add(
                "retry of "
                    + w.kind
                    + " "
                    + w.marker
                    + " answered "
                    + retry.status()
                    + " "
                    + retry.code());
            continue;
          }
          if (wasThere && !retry.replayed()) {
            problems.add(
                w.kind
                    + " "
                    + w.marker
                    + " was stored but its key was not: the retry ran it again");
          }
          if (!wasThere && retry.replayed()) {
            problems.add(w.kind + " " + w.marker + " was not stored but its key was");
          }
          if (retry.replayed()) {
            replayed++;
            if (w.acknowledged() && retry.status() != w.answer.status()) {
              problems.add(w.kind + " " + w.marker + " replayed with another status");
            }
            if (w.kind == WriteLoad.Kind.SESSION
                && w.createdId != null
                && !createdIds(retry).contains("session:" + w.createdId)) {
              problems.add("the replay of " + w.marker + " does not name session " + w.createdId);
            }
          } else {
            redone++;
          }
        }

        // 3. Afterwards every call is there exactly once.
        State after = State.read(cohort);
        long duplicates = 0;
        for (WriteLoad.Write w : writes) {
          int n = after.count(w);
          if (n > 1) {
            duplicates += n - 1;
          }
          if (n == 0) {
            problems.add(w.kind + " " + w.marker + " missing after its retry");
          }
        }

        System.out.printf(
            "[faults] kill -9 on %s: %d calls sent in %d ms (%d acknowledged, %d unanswered); killed"
                + " at %d acknowledged; after restart: acknowledged %d / found %d; retried %d:"
                + " %d replayed, %d run again; duplicates after retry %d%n",
            db,
            writes.size(),
            loadTime.toMillis(),
            acknowledged,
            unanswered.size(),
            killAt,
            acknowledged,
            found,
            writes.size(),
            replayed,
            redone,
            duplicates);
        assertTrue(unanswered.size() > 0, "the kill interrupted calls in flight");
        assertEquals(List.of(), problems);
        assertEquals(acknowledged, found, "every acknowledged write is found");
        assertEquals(0, duplicates, "no duplicates after retry");
      }
    }
  }

  private static List<String> createdIds(Person.Answer replay) {
    List<String> out = new ArrayList<>();
    if (replay.body() == null || replay.body().isBlank()) {
      return out;
    }
    for (JsonValue v : replay.json().getJsonArray("created")) {
      JsonObject c = v.asJsonObject();
      out.add(c.getString("type") + ":" + c.getString("id"));
    }
    return out;
  }

  /** What the server holds now, read as the parties see it. */
  private record State(
      Map<String, Integer> sessions,
      Map<String, Integer> agendas,
      Map<String, Integer> goals,
      Map<String, Integer> cpd) {
    static State read(Cohort cohort) {
      Map<String, Integer> sessions = new HashMap<>();
      Map<String, Integer> agendas = new HashMap<>();
      Map<String, Integer> goals = new HashMap<>();
      Map<String, Integer> cpd = new HashMap<>();
      java.util.Set<Person> mentors = new java.util.LinkedHashSet<>();
      for (Cohort.Pair p : cohort.pairs) {
        JsonObject r = p.mentee().expect(200, "GET", p.path(), null);
        for (JsonValue v : r.getJsonArray("sessions")) {
          JsonObject s = v.asJsonObject();
          sessions.merge(Instant.parse(s.getString("scheduledAt")).toString(), 1, Integer::sum);
          assertEquals("1", s.getString("duration"), "the session's duration as sent");
          assertEquals("VIDEO", s.getString("mode"), "the session's mode as sent");
          if (text(s, "agenda") != null) {
            agendas.merge(text(s, "agenda") + "@" + s.getString("id"), 1, Integer::sum);
          }
        }
        for (JsonValue v : r.getJsonArray("goals")) {
          goals.merge(v.asJsonObject().getString("goal"), 1, Integer::sum);
        }
        mentors.add(p.mentor());
      }
      for (Person m : mentors) {
        JsonObject log = m.expect(200, "GET", "/api/cpd", null);
        for (JsonValue y : log.getJsonArray("years")) {
          for (JsonValue e : y.asJsonObject().getJsonArray("entries")) {
            JsonObject entry = e.asJsonObject();
            if (text(entry, "description") != null) {
              cpd.merge(text(entry, "description"), 1, Integer::sum);
            }
          }
        }
      }
      return new State(sessions, agendas, goals, cpd);
    }

    /** A text field, or null when absent (JSON-B leaves nulls out) or null. */
    private static String text(JsonObject o, String name) {
      return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : null;
    }

    int count(WriteLoad.Write w) {
      return switch (w.kind) {
        case SESSION -> sessions.getOrDefault(w.marker, 0);
        case AGENDA -> agendas.getOrDefault(w.marker + "@" + w.createdId, 0);
        case GOAL -> goals.getOrDefault(w.marker, 0);
        case CPD -> cpd.getOrDefault(w.marker, 0);
      };
    }
  }
}
