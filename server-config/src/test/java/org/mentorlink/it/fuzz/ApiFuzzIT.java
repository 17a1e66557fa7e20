package org.mentorlink.it.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.OperatorClient;
import org.mentorlink.it.support.DatabasePass;
import org.mentorlink.it.support.Server;

/**
 * The API fuzzed from its own OpenAPI document: every operation, by each role with a real session
 * (and without one, and as the operator), with every input class (broken JSON, wrong types, unknown
 * enum values, null elements, missing and extra fields, impossible and extreme dates, huge and
 * control-character strings, paging extremes, wrong content types and methods, empty bodies, odd
 * ids and headers, concurrent duplicates). No answer may be a 5xx, every 4xx is problem+json with
 * its code, status and request id, no body names a class, and a refused write stores nothing.
 *
 * <p>{@code -Dfuzz.seed=N} repeats a run (the seed is printed); {@code -Dfuzz.requests=N} and
 * {@code -Dfuzz.seconds=N} bound it. The report (counts per operation) is printed and written to
 * {@code target/fuzz-report.txt}.
 */
@ExtendWith(DatabasePass.class)
class ApiFuzzIT {

  @Test
  void noInputMakesTheApiFailOrStoreWhatItRefused(TestInfo test) throws IOException {
    Assumptions.assumeTrue(
        !"postgresql".equals(System.getProperty("it.db")) || Boolean.getBoolean("fuzz.pg"),
        "the fuzz test runs on PostgreSQL with -Dfuzz.pg=true");
    long seed = Long.getLong("fuzz.seed", 0L);
    if (seed == 0) {
      seed = 1 + Math.floorMod(System.nanoTime(), 1_000_000_000L);
    }
    int requests = Integer.getInteger("fuzz.requests", 3000);
    Duration seconds = Duration.ofSeconds(Integer.getInteger("fuzz.seconds", 300));
    System.out.println(
        "[fuzz] seed "
            + seed
            + " (repeat with -Dfuzz.seed="
            + seed
            + "), "
            + requests
            + " requests, at most "
            + seconds.toSeconds()
            + " s");

    Server server = Server.current();
    try (LtiFixture lti = LtiFixture.start(test);
        LtiFixture spare = LtiFixture.start(test)) {
      var doc =
          Server.send(
              java.net.http.HttpRequest.newBuilder(server.uri("/openapi?format=JSON")).build());
      assertEquals(200, doc.statusCode(), "the OpenAPI document");
      OpenApi api = new OpenApi(doc.body());
      assertTrue(
          api.apiOperations().size() >= 60,
          "the document lists the API: " + api.apiOperations().size());

      World world = World.build(lti, spare, OperatorClient.IT_TOKEN);
      ApiFuzzer.Result result = new ApiFuzzer(world, api, seed, requests, seconds).run();

      long[] t = result.tally().totals();
      String summary =
          String.format(
              "[fuzz] seed %d: %d requests in %d s over %d operations: %d 2xx, %d 3xx, %d 4xx, %d 5xx,"
                  + " %d unanswered; %d refused writes checked for stored state%s",
              seed,
              t[0],
              result.took().toSeconds(),
              result.tally().operations(),
              t[1],
              t[2],
              t[3],
              t[4],
              t[5],
              result.refusedWritesVerified(),
              result.stoppedByTime() ? " (stopped by the time budget)" : "");
      String report = result.tally().report() + "\n" + summary + "\n";
      if (!result.failures().isEmpty()) {
        report +=
            "\nFAILURES ("
                + result.failures().size()
                + "):\n"
                + String.join("\n\n", result.failures())
                + "\n";
      }
      Path out = Path.of(System.getProperty("fuzz.report", "target/fuzz-report.txt"));
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, report);
      System.out.println(result.tally().report());
      System.out.println(summary);

      assertEquals(
          api.apiOperations().size(), result.tally().operations(), "every operation was called");
      if (!result.failures().isEmpty()) {
        List<String> first = result.failures().subList(0, Math.min(15, result.failures().size()));
        fail(
            result.failures().size()
                + " failures (seed "
                + seed
                + ", all in "
                + out
                + "):\n\n"
                + String.join("\n\n", first));
      }
    }
  }
}
