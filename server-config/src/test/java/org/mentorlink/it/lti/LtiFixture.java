package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.TestInfo;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.OperatorClient;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.Server;

/**
 * One test's platform: a {@link PlatformSimulator} with its own issuer, registered manually with
 * the server under test through the operator API.
 */
public final class LtiFixture implements AutoCloseable {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  public final Server server;
  public final OperatorClient operator;
  public final PlatformSimulator platform;

  /** The registration as the operator API returned it (null when not registered). */
  public final JsonObject registration;

  private LtiFixture(
      Server server, OperatorClient operator, PlatformSimulator platform, JsonObject registration) {
    this.server = server;
    this.operator = operator;
    this.platform = platform;
    this.registration = registration;
  }

  /** A simulator named after the test, registered with the current server. */
  public static LtiFixture start(TestInfo test) {
    return start(Server.current(), test, b -> {});
  }

  /** As {@link #start(TestInfo)}, the simulator configured further by {@code config}. */
  public static LtiFixture start(
      Server server, TestInfo test, Consumer<PlatformSimulator.Builder> config) {
    awaitApplication(server);
    PlatformSimulator.Builder b =
        PlatformSimulator.builder()
            .path(pathFor(test))
            .redirectUri(server.baseUrl() + "/lti/launch")
            .toolJwksUrl(server.baseUrl() + "/lti/jwks");
    config.accept(b);
    PlatformSimulator platform = b.start();
    OperatorClient operator = operator(server);
    try {
      return new LtiFixture(server, operator, platform, operator.register(platform));
    } catch (RuntimeException | Error e) {
      platform.close();
      throw e;
    }
  }

  private static final java.util.Set<String> READY =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * The build's test-start waits for the server, not for the application: on a busy machine the
   * application was still starting (Liberty answered 404) when the first tests ran. Waits once per
   * server until readiness answers 200 (application started, schema migrated).
   */
  private static void awaitApplication(Server server) {
    if (READY.contains(server.name() + ":" + server.port())) {
      return;
    }
    server.awaitReadiness(200, java.time.Duration.ofSeconds(240));
    READY.add(server.name() + ":" + server.port());
  }

  /** A simulator that is not registered with the tool (for dynamic registration). */
  public static LtiFixture unregistered(Server server, TestInfo test) {
    awaitApplication(server);
    PlatformSimulator platform =
        PlatformSimulator.builder()
            .path(pathFor(test))
            .redirectUri(server.baseUrl() + "/lti/launch")
            .start();
    return new LtiFixture(server, operator(server), platform, null);
  }

  public static OperatorClient operator(Server server) {
    return new OperatorClient(server.baseUrl(), OperatorClient.IT_TOKEN);
  }

  /** {@code /<class>/<method>-<n>}: readable in the tool's logs, unique in the run. */
  public static String pathFor(TestInfo test) {
    String cls = test.getTestClass().map(Class::getSimpleName).orElse("lti");
    String method = test.getTestMethod().map(m -> m.getName()).orElse("test");
    return "/" + slug(cls) + "/" + slug(method) + "-" + COUNTER.incrementAndGet();
  }

  private static String slug(String s) {
    String out = s.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
    return out.length() > 40 ? out.substring(0, 40) : out;
  }

  public String base() {
    return server.baseUrl();
  }

  public String registrationId() {
    return OperatorClient.id(registration);
  }

  public ToolBrowser browser() {
    return new ToolBrowser(server.baseUrl());
  }

  public LaunchClaims learner() {
    return LaunchClaims.learner(platform, base());
  }

  public LaunchClaims instructor() {
    return LaunchClaims.instructor(platform, base());
  }

  public LaunchClaims administrator() {
    return LaunchClaims.administrator(platform, base());
  }

  public LaunchClaims withRoles(String... roles) {
    return LaunchClaims.withRoles(platform, base(), roles);
  }

  @Override
  public void close() {
    platform.close();
  }

  // ------------------------------------------------------------------ assertions

  /** The response has {@code status}, mentions {@code code}, and shows no stack trace. */
  public static void assertError(Step step, int status, String code) {
    assertEquals(
        status, step.status(), () -> "expected " + status + " " + code + ":\n" + step.describe());
    assertTrue(
        step.body().contains(code), () -> "the body names " + code + ":\n" + step.describe());
    assertFalse(
        step.body().contains("Exception") || step.body().contains("\tat "),
        () -> "no stack trace:\n" + step.describe());
  }

  /** As {@link #assertError}, the body naming one of several acceptable codes. */
  public static void assertErrorOneOf(Step step, int status, String... codes) {
    assertEquals(
        status,
        step.status(),
        () -> "expected " + status + " " + Arrays.toString(codes) + ":\n" + step.describe());
    assertTrue(
        Arrays.stream(codes).anyMatch(step.body()::contains),
        () -> "the body names one of " + Arrays.toString(codes) + ":\n" + step.describe());
  }

  /**
   * A refused launch or login: the exact status and code, no session cookie set, and the browser
   * still has no session ({@code /api/me} 401).
   */
  public static void assertRefused(ToolBrowser browser, Step step, int status, String code) {
    assertError(step, status, code);
    assertNoSession(browser, step);
  }

  /** Nothing in {@code step} set a session, and the browser's {@code /api/me} answers 401. */
  public static void assertNoSession(ToolBrowser browser, Step step) {
    assertFalse(
        step.setsCookie(ToolBrowser.SESSION_COOKIE),
        () -> "no session cookie may be set:\n" + step.describe());
    Step me = browser.me();
    assertEquals(401, me.status(), () -> "no session afterwards:\n" + me.describe());
  }

  /** The operator API refused with {@code status} and {@code code} as problem JSON. */
  public static void assertProblem(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), () -> r.request().uri() + ": " + r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        () -> "problem JSON: " + r.headers().map());
    assertEquals(code, OperatorClient.parseObject(r.body()).getString("code"), r.body());
  }

  public static JsonObject json(Step step) {
    return OperatorClient.parseObject(step.body());
  }
}
