package org.mentorlink.it.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mentorlink.it.support.Server;

/**
 * A Liberty server (created by the build, see the {@code faults} profile of server-config/pom.xml)
 * that this test runs itself in the foreground ({@code wlp/bin/server run}, which {@code exec}s the
 * JVM), so that it can be killed with {@code SIGKILL} — no shutdown hook, no flush, like a crash.
 * Configured by environment variables (Liberty and MicroProfile Config read {@code MENTORLINK_*}).
 * Its pid is written beside the server ({@code target/faults/<name>.pid}) so that CI can end a
 * server a timed-out run left behind.
 */
final class LibertyProcess implements AutoCloseable {
  private static final List<LibertyProcess> RUNNING = new ArrayList<>();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  synchronized (RUNNING) {
                    RUNNING.forEach(LibertyProcess::kill);
                  }
                }));
  }

  private final String name;
  private final int port;
  private final Map<String, String> env;
  private Process process;

  LibertyProcess(String name, int port, int httpsPort, Map<String, String> env) {
    this.name = name;
    this.port = port;
    this.env = new LinkedHashMap<>(env);
    this.env.put("MENTORLINK_HTTP_PORT", Integer.toString(port));
    this.env.put("MENTORLINK_HTTPS_PORT", Integer.toString(httpsPort));
    // PostgreSQL needs a master key (encryption at rest); one per process, kept across restarts.
    if ("postgresql".equals(this.env.get("MENTORLINK_DB"))) {
      byte[] key = new byte[32];
      new java.security.SecureRandom().nextBytes(key);
      this.env.putIfAbsent(
          "MENTORLINK_MASTER_KEY", java.util.Base64.getEncoder().encodeToString(key));
    }
  }

  Server server() {
    return new Server(name, port);
  }

  /** Starts the server and waits until readiness answers 200; returns how long that took. */
  Duration start(Duration timeout) {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " is running");
    }
    Path wlp = Path.of(System.getProperty("wlp.dir"));
    Path log = pidFile().resolveSibling(name + ".console.log");
    ProcessBuilder pb =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().putAll(env);
    Instant t0 = Instant.now();
    try {
      Files.createDirectories(log.getParent());
      process = pb.start();
      Files.writeString(pidFile(), Long.toString(process.pid()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + name, e);
    }
    synchronized (RUNNING) {
      RUNNING.add(this);
    }
    Instant deadline = t0.plus(timeout);
    Server s = server();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + "; see " + log);
      }
      if (s.readiness() == 200) {
        return Duration.between(t0, Instant.now());
      }
      Server.sleep(300);
    }
    kill();
    throw new AssertionError(name + " was not ready within " + timeout + "; see " + log);
  }

  /** The JVM's pid (the script {@code exec}s java, so it is the process started here). */
  long pid() {
    return process.pid();
  }

  /** {@code kill -9}: the JVM ends at once, nothing flushed or closed. */
  void kill() {
    if (process == null || !process.isAlive()) {
      return;
    }
    try {
      new ProcessBuilder("kill", "-9", Long.toString(process.pid()))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor(10, TimeUnit.SECONDS);
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** The exit status after a kill (137 = SIGKILL). */
  int exitValue() {
    return process.exitValue();
  }

  /** A clean stop ({@code server stop}), for the end of a test. */
  void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    Path wlp = Path.of(System.getProperty("wlp.dir"));
    try {
      Process p =
          new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      p.waitFor(60, TimeUnit.SECONDS);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (IOException e) {
      kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }

  private Path pidFile() {
    return Path.of(System.getProperty("it.faults.dir", "target/faults")).resolve(name + ".pid");
  }

  @Override
  public void close() {
    stop();
    synchronized (RUNNING) {
      RUNNING.remove(this);
    }
    try {
      Files.deleteIfExists(pidFile());
    } catch (IOException ignored) {
      // best effort
    }
  }
}
