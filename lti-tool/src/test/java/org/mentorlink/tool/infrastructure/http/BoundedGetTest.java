package org.mentorlink.tool.infrastructure.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;

/** A GET with a total time bound, against a local server that answers, hangs or trickles. */
class BoundedGetTest {
  private static final Duration BOUND = Duration.ofMillis(300);

  /** For answers that do come: roomy, since a busy 2-core machine may take a while to serve one. */
  private static final Duration ROOMY = Duration.ofSeconds(20);

  private final CountDownLatch release = new CountDownLatch(1);
  private ExecutorService threads;
  private HttpServer server;
  private OutboundHttp http;

  @BeforeEach
  void start() throws IOException {
    threads = Executors.newCachedThreadPool();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext("/ok", ex -> send(ex, "{\"keys\":[]}"));
    server.createContext("/big", ex -> send(ex, "x".repeat(OutboundHttp.MAX_BODY_BYTES + 1)));
    server.createContext("/hang", ex -> hold(ex));
    server.createContext("/trickle", this::trickle);
    server.start();
    http = new OutboundHttp();
    http.config =
        new MentorlinkConfig() {
          @Override
          public boolean allowPrivateNetwork() {
            return true;
          }
        };
  }

  @AfterEach
  void stop() throws InterruptedException {
    release.countDown();
    server.stop(0);
    threads.shutdownNow();
    threads.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void readsAnAnswer() throws IOException {
    OutboundHttp.Answer a = http.get(url("/ok"), Map.of(), ROOMY);
    assertEquals(200, a.status());
    assertEquals("{\"keys\":[]}", a.body());
  }

  @Test
  void givesUpOnAServerThatDoesNotAnswer() {
    long start = System.nanoTime();
    assertThrows(HttpTimeoutException.class, () -> http.get(url("/hang"), Map.of(), BOUND));
    assertWithinBound(start);
  }

  @Test
  void givesUpOnABodyThatTrickles() {
    long start = System.nanoTime();
    assertThrows(HttpTimeoutException.class, () -> http.get(url("/trickle"), Map.of(), BOUND));
    assertWithinBound(start);
  }

  @Test
  void refusesAnOversizedBody() {
    IOException e = assertThrows(IOException.class, () -> http.get(url("/big"), Map.of(), ROOMY));
    assertTrue(e.getMessage().contains("larger than"), e.getMessage());
  }

  /**
   * The server holds the request for 10 s: giving up well before that shows the bound worked. The
   * margin is wide on purpose — a busy 2-core CI machine may be slow to schedule the timeout.
   */
  private static void assertWithinBound(long startNanos) {
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    assertTrue(ms < BOUND.toMillis() + 4_000, "answered in " + ms + " ms");
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static void send(HttpExchange ex, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void hold(HttpExchange ex) {
    try {
      release.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ex.close();
  }

  /** Headers at once, then the body never finishes. */
  private void trickle(HttpExchange ex) throws IOException {
    ex.sendResponseHeaders(200, 1000);
    OutputStream out = ex.getResponseBody();
    out.write("{\"keys\":".getBytes(StandardCharsets.UTF_8));
    out.flush();
    hold(ex);
  }
}
