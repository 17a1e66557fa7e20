package org.mentorlink.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.support.DatabasePass;
import org.mentorlink.it.support.Server;

/** The real server as packaged: started cleanly, ready, healthy, serving the home page. */
@ExtendWith(DatabasePass.class)
class ServerStartIT {
  private final Server server = Server.current();

  @Test
  void serverStartedWithEveryFeatureAndNoErrors() {
    server.awaitReadiness(200, Duration.ofSeconds(60));
    String log = server.messagesLog();
    assertTrue(log.contains("CWWKF0011I"), "server reported ready");
    assertFalse(log.contains("CWWKF0001E"), "a feature is missing:\n" + grep(log, "CWWKF0001E"));
    assertFalse(log.contains("CWWKZ0002E"), "the application failed to start");
    assertFalse(log.contains("CWWKE0701E"), "a bundle failed to start");
    assertFalse(log.contains("CWWKO1650E"), "the OpenAPI document is invalid");
    assertTrue(log.contains("CWWKZ0001I: Application mentorlink started"), "the app started");
  }

  @Test
  void readinessChecksTheDatabaseAndIsUp() {
    HttpResponse<String> ready = server.get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject body = Json.createReader(new StringReader(ready.body())).readObject();
    assertEquals("UP", body.getString("status"));
    JsonObject check = body.getJsonArray("checks").getJsonObject(0);
    assertEquals("database", check.getString("name"));
    String product = check.getJsonObject("data").getString("product");
    String expected = "postgresql".equals(System.getProperty("it.db")) ? "PostgreSQL" : "H2";
    assertEquals(expected, product, "the pass runs on the database it claims");
  }

  @Test
  void livenessIsUp() {
    HttpResponse<String> live = server.get("/health/live");
    assertEquals(200, live.statusCode(), live.body());
    assertTrue(live.body().contains("\"UP\""));
  }

  @Test
  void homePageSaysWhatTheToolIsAndWhereAdministratorsStart() {
    HttpResponse<String> home = server.get("/");
    assertEquals(200, home.statusCode());
    assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(home.body().contains("<h1>Mentorlink</h1>"));
    assertTrue(home.body().contains(server.baseUrl() + "/lti/login"), "login URL shown");
    assertTrue(home.body().contains(server.baseUrl() + "/lti/jwks"), "JWKS URL shown");
    assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(
        home.headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("frame-ancestors"));
  }

  @Test
  void unknownPathsGetAPlainNotFoundPage() {
    HttpResponse<String> missing = server.get("/no/such/page");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("NOT_FOUND"));
    assertFalse(missing.body().contains("Exception"), "no stack trace or exception text");
  }

  @Test
  void staticAssetsAreServedAndNothingElseOnTheClasspath() {
    HttpResponse<String> css = server.get("/static/mentorlink.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    assertEquals(404, server.get("/static/..%2FMETA-INF%2Fpersistence.xml").statusCode());
    assertEquals(404, server.get("/static/persistence.xml").statusCode());
  }

  private static String grep(String log, String code) {
    return log.lines().filter(l -> l.contains(code)).reduce("", (a, b) -> a + b + "\n");
  }
}
