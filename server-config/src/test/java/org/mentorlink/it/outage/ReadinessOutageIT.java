package org.mentorlink.it.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentorlink.it.support.Server;

/**
 * Readiness follows the database: a server whose PostgreSQL is a private instance made by this test
 * (initdb/pg_ctl on its own port, never the shared one) is DOWN while that instance is stopped and
 * UP again once it is started, without restarting the server.
 */
class ReadinessOutageIT {
  private static Path pgBin;
  private static Path dir;
  private static int pgPort;
  private static boolean runAsPostgresUser;
  private static final Server SERVER =
      new Server("it-outage", Integer.getInteger("it.outage.http.port", 0));

  @BeforeAll
  static void createPrivateCluster() throws Exception {
    pgBin = findPostgresBinaries();
    assumeTrue(
        pgBin != null,
        "PostgreSQL server binaries (initdb, pg_ctl) not installed: outage test skipped");
    pgPort = Integer.getInteger("it.outage.pg.port");
    runAsPostgresUser = "root".equals(System.getProperty("user.name"));
    dir = Files.createTempDirectory("mentorlink-pg-outage-");
    if (runAsPostgresUser) {
      run(List.of("chown", "postgres", dir.toString()), false);
    }
    run(
        List.of(
            pgBin.resolve("initdb").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-A",
            "trust",
            "-U",
            "postgres",
            "--no-sync"),
        true);
  }

  @AfterAll
  static void removePrivateCluster() throws Exception {
    if (dir == null) {
      return;
    }
    try {
      pgCtl("stop", "-m", "immediate");
    } catch (AssertionError ignored) {
      // already stopped
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void readinessGoesDownWithTheDatabaseAndUpWhenItReturns() throws Exception {
    // The server started before its database existed: not ready.
    SERVER.awaitReadiness(503, Duration.ofSeconds(30));

    pgCtl("start");
    Duration up = SERVER.awaitReadiness(200, Duration.ofSeconds(90));
    System.out.println("[mentorlink] database up -> ready in " + up.toMillis() + " ms");

    pgCtl("stop", "-m", "fast");
    Duration down = SERVER.awaitReadiness(503, Duration.ofSeconds(60));
    System.out.println("[mentorlink] database stopped -> not ready in " + down.toMillis() + " ms");

    pgCtl("start");
    Duration back = SERVER.awaitReadiness(200, Duration.ofSeconds(90));
    System.out.println("[mentorlink] database back -> ready in " + back.toMillis() + " ms");

    assertEquals(200, SERVER.get("/health/ready").statusCode());
  }

  private static void pgCtl(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(pgBin.resolve("pg_ctl").toString());
    cmd.addAll(List.of(args));
    cmd.addAll(
        List.of(
            "-D",
            dir.resolve("data").toString(),
            "-l",
            dir.resolve("postgres.log").toString(),
            "-w",
            "-t",
            "60",
            "-o",
            "-p " + pgPort + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"));
    run(cmd, true);
  }

  private static void run(List<String> command, boolean asPostgres) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (asPostgres && runAsPostgresUser) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(command);
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir == null ? null : dir.toFile())
            .redirectErrorStream(true)
            .start();
    try {
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("command failed: " + cmd + "\n" + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path findPostgresBinaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(
              b ->
                  Files.isExecutable(b.resolve("initdb"))
                      && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.naturalOrder())
          .orElse(null);
    }
  }
}
