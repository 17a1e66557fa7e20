package org.mentorlink.it.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.it.lti.LaunchIT.strings;
import static org.mentorlink.it.lti.LtiFixture.assertError;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.lti.sim.Lti;
import org.mentorlink.it.lti.sim.OperatorClient;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.PlatformSimulator.RegistrationRequest;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;
import org.mentorlink.it.support.Server;

/** LTI Dynamic Registration as Moodle 4.5 does it, from the operator's link to the first launch. */
@ExtendWith(DatabasePass.class)
class DynamicRegistrationIT {
  private final Server server = Server.current();
  private TestInfo test;
  private LtiFixture lti;
  private PlatformSimulator platform;
  private OperatorClient operator;
  private ToolBrowser admin;

  @BeforeEach
  void start(TestInfo test) {
    this.test = test;
    lti = LtiFixture.unregistered(server, test);
    platform = lti.platform;
    operator = lti.operator;
    admin = lti.browser();
  }

  @AfterEach
  void stop() {
    if (lti != null) {
      lti.close();
    }
  }

  @Test
  void theToolRegistersWithThePlatformAndThenLaunches() {
    String link = operator.createRegistrationLink().getString("url");
    String token = platform.issueRegistrationToken();

    Step page = register(link, platform.openIdConfigurationUrl(), token);
    assertEquals(200, page.status(), page::describe);
    assertTrue(page.body().contains("/static/lti-close.js"), page::describe);
    assertTrue(page.body().toLowerCase(Locale.ROOT).contains("pending"), page::describe);

    List<RegistrationRequest> requests = platform.registrationRequests();
    assertEquals(1, requests.size(), "one registration request: " + requests);
    RegistrationRequest request = requests.get(0);
    assertEquals(200, request.status(), request.rawBody());
    assertEquals("Bearer " + token, request.authorization());
    assertTrue(
        request.contentType() != null && request.contentType().startsWith("application/json"),
        "content type " + request.contentType());
    assertRegistrationBody(request.body());

    JsonObject registration =
        findRegistration()
            .orElseThrow(() -> new AssertionError("the tool stored the registration"));
    assertEquals(platform.clientId(), registration.getString("clientId"));
    assertEquals(platform.authUrl(), registration.getString("authLoginUrl"));
    assertEquals(platform.tokenUrl(), registration.getString("authTokenUrl"));
    assertEquals(platform.jwksUrl(), registration.getString("keySetUrl"));
    assertTrue(
        strings(registration.getJsonArray("deploymentIds"))
            .contains(platform.deploymentIds().get(0)),
        registration.toString());

    lti.browser().launch(platform, lti.learner()).requireLanded();
    lti.browser().launch(platform, lti.instructor()).requireLanded();
  }

  /**
   * Moodle's "Update" of a tool it knows answers with the same client id: the registration (and
   * every record of its tenant) stays, and the page does not claim the tool is pending.
   */
  @Test
  void anUpdateKeepsTheRegistrationAndDoesNotClaimPending() {
    Step first =
        register(
            operator.createRegistrationLink().getString("url"),
            platform.openIdConfigurationUrl(),
            platform.issueRegistrationToken());
    assertTrue(first.body().toLowerCase(Locale.ROOT).contains("pending"), first::describe);
    String id = findRegistration().orElseThrow().getString("id");
    Step update =
        register(
            operator.createRegistrationLink().getString("url"),
            platform.openIdConfigurationUrl(),
            platform.issueRegistrationToken());
    assertEquals(200, update.status(), update::describe);
    assertFalse(update.body().toLowerCase(Locale.ROOT).contains("pending"), update::describe);
    assertTrue(update.body().contains("updated"), update::describe);
    assertEquals(id, findRegistration().orElseThrow().getString("id"), "the same registration");
    lti.browser().launch(platform, lti.learner()).requireLanded();
  }

  @Test
  void moodlesOwnConfigurationUrlWorksToo() {
    String link = operator.createRegistrationLink().getString("url");
    Step page =
        register(link, platform.moodleOpenIdConfigurationUrl(), platform.issueRegistrationToken());
    assertEquals(200, page.status(), page::describe);
    lti.browser().launch(platform, lti.learner()).requireLanded();
  }

  @Test
  void aLinkWorksOnlyOnce() {
    String link = operator.createRegistrationLink().getString("url");
    Step first =
        register(link, platform.openIdConfigurationUrl(), platform.issueRegistrationToken());
    assertEquals(200, first.status(), first::describe);

    try (LtiFixture second = LtiFixture.unregistered(server, test)) {
      Step again =
          register(
              link,
              second.platform.openIdConfigurationUrl(),
              second.platform.issueRegistrationToken());
      assertError(again, 403, "REGISTRATION_LINK_INVALID");
      assertEquals(0, second.platform.registrationRequests().size(), "the platform was not called");
    }
  }

  @Test
  void aMadeUpLinkIsRefused() {
    String link = server.baseUrl() + "/lti/register?link=made-up-" + UUID.randomUUID();
    Step page =
        register(link, platform.openIdConfigurationUrl(), platform.issueRegistrationToken());
    assertError(page, 403, "REGISTRATION_LINK_INVALID");
    assertEquals(0, platform.registrationRequests().size());
    assertTrue(findRegistration().isEmpty());
  }

  @Test
  void noLinkIsRefused() {
    String link = server.baseUrl() + "/lti/register?x=1";
    Step page =
        register(link, platform.openIdConfigurationUrl(), platform.issueRegistrationToken());
    assertError(page, 403, "REGISTRATION_LINK_INVALID");
    assertEquals(0, platform.registrationRequests().size());
  }

  @Test
  void aRegistrationTokenThePlatformDidNotIssueFails() {
    String link = operator.createRegistrationLink().getString("url");
    Step page = register(link, platform.openIdConfigurationUrl(), "not-the-platforms-token");
    assertError(page, 502, "PLATFORM_REGISTRATION_FAILED");
    List<RegistrationRequest> requests = platform.registrationRequests();
    assertEquals(1, requests.size());
    assertEquals(401, requests.get(0).status());
    assertTrue(findRegistration().isEmpty(), "nothing stored");
  }

  @Test
  void aPlatformRefusingTheRegistrationFails() {
    platform.failRegistrations(
        400, "{\"error\":\"invalid_client_metadata\",\"error_description\":\"no\"}");
    String link = operator.createRegistrationLink().getString("url");
    Step page =
        register(link, platform.openIdConfigurationUrl(), platform.issueRegistrationToken());
    assertError(page, 502, "PLATFORM_REGISTRATION_FAILED");
    assertTrue(findRegistration().isEmpty(), "nothing stored");
  }

  @Test
  void anUnreachableConfigurationIsInvalid() {
    String link = operator.createRegistrationLink().getString("url");
    Step page =
        register(
            link,
            "http://127.0.0.1:1/platform/.well-known/openid-configuration",
            platform.issueRegistrationToken());
    assertError(page, 400, "PLATFORM_CONFIGURATION_INVALID");
  }

  @Test
  void aConfigurationWithoutRegistrationEndpointIsInvalid() {
    platform.configurationOverride(
        c -> Json.createObjectBuilder(c).remove("registration_endpoint").build());
    configurationRefused();
  }

  @Test
  void aConfigurationWithoutThePlatformClaimIsInvalid() {
    platform.configurationOverride(
        c -> Json.createObjectBuilder(c).remove(Lti.PLATFORM_CONFIGURATION).build());
    configurationRefused();
  }

  @Test
  void aConfigurationOfAnotherIssuerIsInvalid() {
    platform.configurationOverride(
        c -> Json.createObjectBuilder(c).add("issuer", "https://moodle.example.org").build());
    configurationRefused();
  }

  // ------------------------------------------------------------------ helpers

  private void configurationRefused() {
    String link = operator.createRegistrationLink().getString("url");
    Step page =
        register(link, platform.openIdConfigurationUrl(), platform.issueRegistrationToken());
    assertError(page, 400, "PLATFORM_CONFIGURATION_INVALID");
    assertEquals(0, platform.registrationRequests().size(), "no registration attempted");
    assertTrue(findRegistration().isEmpty(), "nothing stored");
  }

  /** The platform's admin browser opens the tool's registration URL, as Moodle does. */
  private Step register(String link, String configurationUrl, String registrationToken) {
    String url =
        link
            + "&openid_configuration="
            + URLEncoder.encode(configurationUrl, StandardCharsets.UTF_8)
            + "&registration_token="
            + URLEncoder.encode(registrationToken, StandardCharsets.UTF_8);
    return admin.get(url);
  }

  private Optional<JsonObject> findRegistration() {
    for (JsonValue v : operator.registrations()) {
      JsonObject r = v.asJsonObject();
      if (platform.issuer().equals(r.getString("issuer", null))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private void assertRegistrationBody(JsonObject body) {
    String base = server.baseUrl();
    assertEquals("web", body.getString("application_type"), body.toString());
    assertEquals(List.of("id_token"), strings(body.getJsonArray("response_types")));
    List<String> grants = strings(body.getJsonArray("grant_types"));
    assertTrue(grants.containsAll(List.of("implicit", "client_credentials")), grants.toString());
    assertEquals(base + "/lti/login", body.getString("initiate_login_uri"));
    assertTrue(
        strings(body.getJsonArray("redirect_uris")).contains(base + "/lti/launch"),
        body.toString());
    assertEquals("Mentorlink", body.getString("client_name"));
    assertEquals(base + "/lti/jwks", body.getString("jwks_uri"));
    assertEquals("private_key_jwt", body.getString("token_endpoint_auth_method"));
    List<String> scopes = List.of(body.getString("scope").split(" "));
    assertTrue(
        scopes.containsAll(
            List.of(
                Lti.SCOPE_LINEITEM, Lti.SCOPE_SCORE, Lti.SCOPE_RESULT_READONLY, Lti.SCOPE_NRPS)),
        "scopes: " + scopes);

    JsonObject tool = body.getJsonObject(Lti.TOOL_CONFIGURATION);
    assertTrue(tool != null, "the tool configuration claim: " + body);
    String host = URI.create(base).getHost();
    assertTrue(tool.getString("domain").contains(host), tool.toString());
    assertTrue(tool.getString("target_link_uri").startsWith(base + "/"), tool.toString());
    assertTrue(tool.get("claims") instanceof JsonArray, tool.toString());
    List<String> types =
        tool.getJsonArray("messages").stream()
            .map(m -> m.asJsonObject().getString("type"))
            .toList();
    assertTrue(
        types.containsAll(List.of(Lti.RESOURCE_LINK_REQUEST, Lti.DEEP_LINKING_REQUEST)),
        "messages: " + types);
  }
}
