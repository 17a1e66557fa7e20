package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.it.lti.LaunchIT.strings;
import static org.mentorlink.it.lti.LtiFixture.assertProblem;
import static org.mentorlink.it.lti.LtiFixture.assertRefused;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.OperatorClient;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/** The operator API: authentication, registrations, deployments, tool keys. */
@ExtendWith(DatabasePass.class)
class OperatorApiIT {
  private LtiFixture lti;
  private OperatorClient operator;

  @BeforeEach
  void start(TestInfo test) {
    lti = LtiFixture.start(test);
    operator = lti.operator;
  }

  @AfterEach
  void stop() {
    if (lti != null) {
      lti.close();
    }
  }

  // ------------------------------------------------------------------ authentication

  @Test
  void withoutTheTokenEveryEndpointAnswers401() {
    for (OperatorClient caller :
        List.of(
            operator.withToken(null),
            operator.withToken("wrong-token"),
            operator.withToken(OperatorClient.IT_TOKEN + "x"),
            operator.withToken(""))) {
      String body = OperatorClient.registrationBody(lti.platform).toString();
      assertProblem(caller.get("/api/operator/registrations"), 401, "OPERATOR_TOKEN_INVALID");
      assertProblem(
          caller.post("/api/operator/registration-links", "{}"), 401, "OPERATOR_TOKEN_INVALID");
      assertProblem(caller.registerRaw(body), 401, "OPERATOR_TOKEN_INVALID");
      assertProblem(caller.disableRaw(lti.registrationId()), 401, "OPERATOR_TOKEN_INVALID");
      assertProblem(
          caller.addDeploymentRaw(lti.registrationId(), "x"), 401, "OPERATOR_TOKEN_INVALID");
      assertProblem(caller.post("/api/operator/keys/rotate", null), 401, "OPERATOR_TOKEN_INVALID");
      assertProblem(caller.keys(), 401, "OPERATOR_TOKEN_INVALID");
    }
    // Nothing changed: the registration is still enabled.
    lti.browser().launch(lti.platform, lti.learner()).requireLanded();
  }

  // ------------------------------------------------------------------ registration links

  @Test
  void aRegistrationLinkIsCreated() {
    JsonObject link = operator.createRegistrationLink();
    String url = link.getString("url");
    assertTrue(url.startsWith(lti.base() + "/lti/register?link="), url);
    assertTrue(url.length() > (lti.base() + "/lti/register?link=").length() + 16, "a long token");
    Instant expires = instant(link.getString("expiresAt"));
    assertTrue(expires.isAfter(Instant.now()), "expires in the future: " + expires);

    HttpResponse<String> empty = operator.post("/api/operator/registration-links", null);
    assertEquals(201, empty.statusCode(), empty.body());
    assertNotEquals(url, OperatorClient.parseObject(empty.body()).getString("url"), "fresh links");
  }

  // ------------------------------------------------------------------ manual registration

  @Test
  void manualRegistrationAnswersTheRegistration() {
    try (PlatformSimulator platform =
        PlatformSimulator.builder().path("/operator-api/manual").deploymentIds("7", "8").start()) {
      HttpResponse<String> r =
          operator.registerRaw(OperatorClient.registrationBody(platform).toString());
      assertEquals(201, r.statusCode(), r.body());
      JsonObject reg = OperatorClient.parseObject(r.body());
      assertFalse(OperatorClient.id(reg).isBlank());
      assertEquals(platform.issuer(), reg.getString("issuer"));
      assertEquals(platform.clientId(), reg.getString("clientId"));
      assertEquals(platform.authUrl(), reg.getString("authLoginUrl"));
      assertEquals(platform.tokenUrl(), reg.getString("authTokenUrl"));
      assertEquals(platform.jwksUrl(), reg.getString("keySetUrl"));
      assertEquals(Set.of("7", "8"), new HashSet<>(strings(reg.getJsonArray("deploymentIds"))));
      assertTrue(reg.getBoolean("enabled"));

      JsonObject listed = find(operator.registrations(), OperatorClient.id(reg));
      assertEquals(platform.issuer(), listed.getString("issuer"));
      assertEquals(platform.clientId(), listed.getString("clientId"));
      assertEquals(platform.jwksUrl(), listed.getString("keySetUrl"));
      assertTrue(listed.getBoolean("enabled"));
    }
  }

  @Test
  void theSameIssuerAndClientIdTwiceIsAConflict() {
    HttpResponse<String> again =
        operator.registerRaw(OperatorClient.registrationBody(lti.platform).toString());
    assertProblem(again, 409, "REGISTRATION_EXISTS");
  }

  @Test
  void theSameIssuerWithAnotherClientIdIsAnotherRegistration() {
    JsonObject body =
        Json.createObjectBuilder(OperatorClient.registrationBody(lti.platform))
            .add("clientId", lti.platform.clientId() + "-second")
            .build();
    HttpResponse<String> r = operator.registerRaw(body.toString());
    assertEquals(201, r.statusCode(), r.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"issuer", "authLoginUrl", "authTokenUrl", "keySetUrl"})
  void anInvalidUrlIsRefused(String field) {
    try (PlatformSimulator platform = PlatformSimulator.start()) {
      JsonObject body =
          Json.createObjectBuilder(OperatorClient.registrationBody(platform))
              .add(field, "not a url")
              .build();
      assertProblem(operator.registerRaw(body.toString()), 400, "VALIDATION_FAILED");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"issuer", "clientId", "authLoginUrl", "authTokenUrl", "keySetUrl"})
  void aMissingFieldIsRefused(String field) {
    try (PlatformSimulator platform = PlatformSimulator.start()) {
      JsonObject body =
          Json.createObjectBuilder(OperatorClient.registrationBody(platform)).remove(field).build();
      assertProblem(operator.registerRaw(body.toString()), 400, "VALIDATION_FAILED");
    }
  }

  @Test
  void registrationsAreListed() {
    JsonArray all = operator.registrations();
    JsonObject mine = find(all, lti.registrationId());
    assertEquals(lti.platform.issuer(), mine.getString("issuer"));
    assertEquals(lti.platform.clientId(), mine.getString("clientId"));
    assertEquals(lti.platform.authUrl(), mine.getString("authLoginUrl"));
    assertEquals(lti.platform.tokenUrl(), mine.getString("authTokenUrl"));
    assertTrue(mine.containsKey("deploymentIds"));
    assertTrue(mine.containsKey("enabled"));
  }

  // ------------------------------------------------------------------ enable, disable

  @Test
  void aDisabledRegistrationCannotLaunchUntilEnabledAgain() {
    JsonObject disabled = operator.disable(lti.registrationId());
    assertFalse(disabled.getBoolean("enabled"), disabled.toString());
    assertFalse(find(operator.registrations(), lti.registrationId()).getBoolean("enabled"));

    ToolBrowser browser = lti.browser();
    LaunchClaims claims = lti.learner();
    lti.platform.prepareLaunch(claims);
    Step login = browser.login(browser.loginParams(lti.platform, claims));
    assertRefused(browser, login, 403, "REGISTRATION_DISABLED");

    JsonObject enabled = operator.enable(lti.registrationId());
    assertTrue(enabled.getBoolean("enabled"), enabled.toString());
    lti.browser().launch(lti.platform, lti.learner()).requireLanded();
  }

  // ------------------------------------------------------------------ deployments

  @Test
  void anAddedDeploymentCanLaunch() {
    String extra = "dep-" + System.nanoTime();
    ToolBrowser before = lti.browser();
    ToolBrowser.Flow refused = before.launch(lti.platform, lti.learner().deploymentId(extra));
    assertTrue(refused.launch() != null, refused::describe);
    assertEquals(401, refused.launch().status(), refused::describe);
    assertTrue(refused.launch().body().contains("DEPLOYMENT_UNKNOWN"), refused::describe);

    JsonObject reg = operator.addDeployment(lti.registrationId(), extra);
    assertTrue(strings(reg.getJsonArray("deploymentIds")).contains(extra), reg.toString());
    assertTrue(
        strings(reg.getJsonArray("deploymentIds")).contains(lti.platform.deploymentIds().get(0)),
        "the first deployment stays: " + reg);

    lti.browser().launch(lti.platform, lti.learner().deploymentId(extra)).requireLanded();
    lti.browser().launch(lti.platform, lti.learner()).requireLanded();
  }

  // ------------------------------------------------------------------ tool keys

  @Test
  void rotatingTheToolKeyPublishesTheNewKeyAndKeepsTheOld() {
    String first = operator.rotateKeys();
    String second = operator.rotateKeys();
    assertNotEquals(first, second);

    Step jwks = lti.browser().get("/lti/jwks", java.util.Map.of("Accept", "application/json"));
    assertEquals(200, jwks.status(), jwks::describe);
    JsonArray keys = LtiFixture.json(jwks).getJsonArray("keys");
    Set<String> kids = new HashSet<>();
    for (JsonValue v : keys) {
      JsonObject k = v.asJsonObject();
      kids.add(k.getString("kid"));
      assertEquals("RSA", k.getString("kty"), k.toString());
      assertEquals("sig", k.getString("use"), k.toString());
      assertEquals("RS256", k.getString("alg"), k.toString());
      assertFalse(k.containsKey("d") || k.containsKey("p") || k.containsKey("q"), "public only");
    }
    assertTrue(kids.contains(second), "the new current key " + second + " in " + kids);
    assertTrue(kids.contains(first), "the previous key " + first + " still in " + kids);

    HttpResponse<String> list = operator.keys();
    assertEquals(200, list.statusCode(), list.body());
    JsonStructure parsed = OperatorClient.parse(list.body());
    assertTrue(parsed instanceof JsonArray, "a list: " + list.body());
    assertTrue(list.body().contains(second), list.body());

    // Launches do not depend on the tool's own keys.
    lti.browser().launch(lti.platform, lti.learner()).requireLanded();
  }

  // ------------------------------------------------------------------ helpers

  private static JsonObject find(JsonArray registrations, String id) {
    for (JsonValue v : registrations) {
      JsonObject r = v.asJsonObject();
      if (id.equals(OperatorClient.id(r))) {
        return r;
      }
    }
    throw new AssertionError("registration " + id + " not listed in " + registrations);
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return Instant.parse(text);
    }
  }
}
