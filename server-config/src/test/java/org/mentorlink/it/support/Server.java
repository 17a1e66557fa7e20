package org.mentorlink.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** The Liberty server under test, as the build started it (see server-config/pom.xml). */
public final class Server {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String name;
  private final int port;

  public Server(String name, int port) {
    this.name = name;
    this.port = port;
  }

  /** The server of the current pass (embedded or PostgreSQL). */
  public static Server current() {
    return new Server(
        System.getProperty("it.server.name", "it-embedded"),
        Integer.getInteger("it.http.port", 9080));
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET().build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The readiness status code, or -1 if the server does not answer. */
  public int readiness() {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Waits until readiness answers {@code status}; returns how long that took. */
  public Duration awaitReadiness(int status, Duration timeout) {
    Instant start = Instant.now();
    Instant deadline = start.plus(timeout);
    int last = -2;
    while (Instant.now().isBefore(deadline)) {
      last = readiness();
      if (last == status) {
        return Duration.between(start, Instant.now());
      }
      sleep(500);
    }
    throw new AssertionError(
        "readiness of "
            + name
            + " did not become "
            + status
            + " in "
            + timeout
            + " (last "
            + last
            + ")");
  }

  public Path serverDir() {
    return Path.of(System.getProperty("wlp.dir"), "usr", "servers", name);
  }

  /** The server's messages.log. */
  public String messagesLog() {
    try {
      return Files.readString(serverDir().resolve("logs/messages.log"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stops and starts the server with Liberty's own script, then waits until it is ready. */
  public Duration restart() {
    serverCommand("stop");
    Instant start = Instant.now();
    serverCommand("start");
    awaitReadiness(200, Duration.ofSeconds(360));
    return Duration.between(start, Instant.now());
  }

  private void serverCommand(String command) {
    Path script = Path.of(System.getProperty("wlp.dir"), "bin", "server");
    try {
      Process p =
          new ProcessBuilder(script.toString(), command, name)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(360, TimeUnit.SECONDS)) { // roomy: a busy 2-core machine
        p.destroyForcibly();
        throw new AssertionError("server " + command + " timed out");
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
