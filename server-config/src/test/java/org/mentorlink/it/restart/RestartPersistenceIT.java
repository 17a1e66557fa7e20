package org.mentorlink.it.restart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlink.it.support.Server;

/**
 * Data written before a restart is still there after it: the tool's keys, created and stored on
 * first start, are the same after the server is stopped and started again.
 */
class RestartPersistenceIT {
  private final Server server = Server.current();

  @Test
  void toolKeysSurviveARestart() {
    List<String> before = kids(server.get("/lti/jwks"));
    assertTrue(before.size() >= 2, "a current and a next key (and any retired in their overlap)");

    Duration toReady = server.restart();
    System.out.println("[mentorlink] restart to ready: " + toReady.toMillis() + " ms");

    List<String> after = kids(server.get("/lti/jwks"));
    assertEquals(before, after, "the same keys after the restart");
    assertTrue(server.messagesLog().contains("CWWKF0011I"));
  }

  private static List<String> kids(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    JsonObject jwks = Json.createReader(new StringReader(response.body())).readObject();
    return jwks.getJsonArray("keys").stream()
        .map(v -> v.asJsonObject().getString("kid"))
        .sorted()
        .toList();
  }
}
