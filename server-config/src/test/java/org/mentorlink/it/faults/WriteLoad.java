package org.mentorlink.it.faults;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Concurrent state-changing calls, one worker per relationship, each call with its own {@code
 * Idempotency-Key} and a unique marker in what it writes: the mentor schedules a session, the
 * mentee sets its agenda and a goal, the mentor logs a CPD activity; round after round. A worker
 * stops at its first call the server does not answer. Every call and its answer is kept, so that
 * afterwards each acknowledged (2xx) write can be looked for and each unanswered one retried.
 */
final class WriteLoad {
  enum Kind {
    SESSION,
    AGENDA,
    GOAL,
    CPD
  }

  /** One call: what was sent, and what came back. */
  static final class Write {
    final Kind kind;
    final Cohort.Pair pair;
    final String method;
    final String path;
    final String body;
    final String key = UUID.randomUUID().toString();
    final String marker;
    volatile Person.Answer answer;
    volatile long millis;

    /** The id the first answer named (a session's, for later agenda calls). */
    volatile String createdId;

    Write(Kind kind, Cohort.Pair pair, String method, String path, String body, String marker) {
      this.kind = kind;
      this.pair = pair;
      this.method = method;
      this.path = path;
      this.body = body;
      this.marker = marker;
    }

    Person caller() {
      return kind == Kind.SESSION || kind == Kind.CPD ? pair.mentor() : pair.mentee();
    }

    boolean acknowledged() {
      return answer != null && answer.ok();
    }

    boolean unanswered() {
      return answer != null && answer.unanswered();
    }

    Person.Answer send() {
      long t0 = System.nanoTime();
      Person.Answer a = caller().call(method, path, body, key);
      millis = (System.nanoTime() - t0) / 1_000_000;
      return a;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
  final AtomicInteger acknowledged = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();
  private final Cohort cohort;
  private final int rounds;
  private final Instant base =
      Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

  WriteLoad(Cohort cohort, int rounds) {
    this.cohort = cohort;
    this.rounds = rounds;
  }

  int planned() {
    return cohort.pairs.size() * rounds * Kind.values().length;
  }

  /**
   * Runs every worker; {@code onAcknowledged} sees the running count of acknowledged writes.
   * Returns when all workers have stopped.
   */
  void run(IntConsumer onAcknowledged) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(cohort.pairs.size());
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < cohort.pairs.size(); i++) {
        int index = i;
        done.add(pool.submit(() -> worker(index, onAcknowledged)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void worker(int index, IntConsumer onAcknowledged) {
    Cohort.Pair pair = cohort.pairs.get(index);
    for (int round = 0; round < rounds; round++) {
      String marker =
          "F" + index + "-" + round + "-" + HexFormat.of().toHexDigits(RANDOM.nextInt());
      Instant when = base.plus(index * 1000L + round, ChronoUnit.MINUTES);
      Write session =
          new Write(
              Kind.SESSION,
              pair,
              "POST",
              pair.path() + "/sessions",
              "{\"scheduledAt\":\"" + when + "\",\"durationHours\":\"1\",\"mode\":\"VIDEO\"}",
              when.toString());
      if (!send(session, onAcknowledged)) {
        return;
      }
      session.createdId = sessionAt(session.answer.json(), when);
      if (session.createdId == null) {
        throw new AssertionError("the scheduled session is not in the answer: " + marker);
      }
      Write agenda =
          new Write(
              Kind.AGENDA,
              pair,
              "PUT",
              pair.path() + "/sessions/" + session.createdId + "/agenda",
              json("agenda", "agenda " + marker),
              "agenda " + marker);
      agenda.createdId = session.createdId;
      Write goal =
          new Write(
              Kind.GOAL,
              pair,
              "POST",
              pair.path() + "/goals",
              json("goal", "goal " + marker),
              "goal " + marker);
      Write cpd =
          new Write(
              Kind.CPD,
              pair,
              "POST",
              "/api/cpd/activities",
              Json.createObjectBuilder()
                  .add("activity", "SUPERVISION")
                  .add("description", "cpd " + marker)
                  .add("date", LocalDate.now().toString())
                  .add("hours", "1")
                  .add("kind", "INTERNAL")
                  .build()
                  .toString(),
              "cpd " + marker);
      for (Write w : List.of(agenda, goal, cpd)) {
        if (!send(w, onAcknowledged)) {
          return;
        }
      }
    }
  }

  /** Sends; false (stop this worker) unless acknowledged. */
  private boolean send(Write w, IntConsumer onAcknowledged) {
    writes.add(w);
    w.answer = w.send();
    if (w.acknowledged()) {
      onAcknowledged.accept(acknowledged.incrementAndGet());
      return true;
    }
    if (!w.unanswered()) {
      failed.incrementAndGet();
    }
    return false;
  }

  static String sessionAt(JsonObject relationship, Instant when) {
    for (JsonValue v : relationship.getJsonArray("sessions")) {
      JsonObject s = v.asJsonObject();
      if (Instant.parse(s.getString("scheduledAt")).equals(when)) {
        return s.getString("id");
      }
    }
    return null;
  }

  private static String json(String field, String value) {
    return Json.createObjectBuilder().add(field, value).build().toString();
  }
}
