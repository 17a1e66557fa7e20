package org.mentorlink.it.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of this test's own (the machine's {@code initdb}/{@code pg_ctl}, a temporary
 * directory, its own port on 127.0.0.1), so that it can be stopped and started without touching the
 * shared one. As root, the binaries run as the {@code postgres} user (they refuse root).
 */
final class PrivatePostgres implements AutoCloseable {
  private final Path bin;
  private final Path dir;
  private final int port;
  private final boolean asPostgres;

  private PrivatePostgres(Path bin, Path dir, int port, boolean asPostgres) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.asPostgres = asPostgres;
  }

  /** A new, stopped cluster on {@code port}; null if the server binaries are not installed. */
  static PrivatePostgres create(int port) throws IOException {
    Path bin = binaries();
    if (bin == null) {
      return null;
    }
    boolean asPostgres = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("mentorlink-pg-faults-");
    PrivatePostgres pg = new PrivatePostgres(bin, dir, port, asPostgres);
    if (asPostgres) {
      pg.run(List.of("chown", "postgres", dir.toString()), false);
    }
    pg.run(
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            dir.resolve("data").toString(),
            "-A",
            "trust",
            "-U",
            "postgres",
            "--no-sync"),
        true);
    return pg;
  }

  int port() {
    return port;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  void start() throws IOException {
    pgCtl("start");
  }

  /** {@code pg_ctl stop -m fast}: connections are ended, the port closes. */
  void stop() throws IOException {
    pgCtl("stop", "-m", "fast");
  }

  private void pgCtl(String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(bin.resolve("pg_ctl").toString());
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
            "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"));
    run(cmd, true);
  }

  private void run(List<String> command, boolean postgresUser) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (postgresUser && asPostgres) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(command);
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("command failed: " + cmd + "\n" + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      pgCtl("stop", "-m", "immediate");
    } catch (IOException ignored) {
      // already stopped
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static Path binaries() throws IOException {
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
