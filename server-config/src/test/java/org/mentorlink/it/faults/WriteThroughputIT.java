package org.mentorlink.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.OperatorClient;

/**
 * Acknowledged writes per second on the embedded database under the fault suite's load (one writer
 * per relationship, every call with an Idempotency-Key), and the database file's size afterwards:
 * what the embedded database's durability settings cost. Runs only when asked for: {@code mvn
 * verify -Pfaults -DskipTests -Dit.test=WriteThroughputIT -Dit.faults.bench=true}.
 */
class WriteThroughputIT {
  @Test
  void embeddedWritesPerSecond(TestInfo test) throws Exception {
    assumeTrue(
        Boolean.getBoolean("it.faults.bench"), "benchmark not asked for (-Dit.faults.bench)");
    int mentors = Integer.getInteger("it.faults.bench.mentors", 12);
    int rounds = Integer.getInteger("it.faults.bench.rounds", 10);
    Path data = Path.of(System.getProperty("it.faults.dir", "target/faults"), "bench-data");
    Files.createDirectories(data);
    try (LibertyProcess liberty =
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
                "true"))) {
      liberty.start(Duration.ofSeconds(240));
      try (LtiFixture lti = LtiFixture.start(liberty.server(), test, b -> {})) {
        Cohort cohort = Cohort.create(lti, mentors);
        // A first pass warms the server up; the second is measured.
        new WriteLoad(cohort, 2).run(n -> {});
        WriteLoad load = new WriteLoad(cohort, rounds);
        long t0 = System.nanoTime();
        load.run(n -> {});
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(load.planned(), load.acknowledged.get(), "every write acknowledged");
        System.out.printf(
            "[faults] embedded write throughput: %d writes by %d writers in %.1f s = %.1f writes/s;"
                + " database file %.1f MB%n",
            load.acknowledged.get(),
            cohort.pairs.size(),
            seconds,
            load.acknowledged.get() / seconds,
            size(data) / 1e6);
      }
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
