package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * Writes that arrive at the same moment (issue 8.7): each is either done, or refused with a clean
 * 4xx that tells the client to reload — never a 500, never two records where there should be one.
 */
@ExtendWith(DatabasePass.class)
class ConcurrentWritesIT {
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
  void sessionsScheduledAtOnceInOneRelationshipAreNumberedOneAfterTheOther() throws Exception {
    Scenarios.Relationship r = Scenarios.relationship(lti, "Busy scheduling scheme");
    int n = 8;
    List<Integer> statuses =
        inParallel(n, i -> schedule(i % 2 == 0 ? r.mentor() : r.mentee(), r, i));
    int created = 0;
    for (int status : statuses) {
      assertTrue(status == 201 || status == 409, "scheduled or a clean conflict: " + status);
      created += status == 201 ? 1 : 0;
    }
    JsonObject relationship = r.mentee().ok("GET", r.path(), null);
    Set<Integer> numbers = new HashSet<>();
    for (JsonValue v : relationship.getJsonArray("sessions")) {
      numbers.add(v.asJsonObject().getInt("number"));
    }
    assertEquals(created, relationship.getJsonArray("sessions").size());
    assertEquals(created, numbers.size(), "no number given twice: " + numbers);
    for (int i = 1; i <= created; i++) {
      assertTrue(numbers.contains(i), "sessions are numbered 1.." + created + ": " + numbers);
    }
    assertEquals(n, created, "with the relationship locked, every schedule succeeds");
  }

  private static int schedule(Participant who, Scenarios.Relationship r, int i) {
    Step s =
        who.call(
            "POST",
            r.path() + "/sessions",
            Json.createObjectBuilder()
                .add(
                    "scheduledAt",
                    Instant.now()
                        .plus(i + 1, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString())
                .add("durationHours", "1")
                .add("mode", "VIDEO")
                .build());
    return s.status();
  }

  interface Call {
    int run(int i) throws Exception;
  }

  static List<Integer> inParallel(int n, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return call.run(index);
                }));
      }
      go.countDown();
      List<Integer> out = new ArrayList<>();
      for (Future<Integer> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
