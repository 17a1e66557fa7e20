package org.mentorlink.it.lti.sim;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The tool's operator API ({@code /api/operator/...}, bearer token), as an operator uses it. */
public final class OperatorClient {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** The token the integration-test servers are started with. */
  public static final String IT_TOKEN =
      System.getProperty("it.operator.token", "it-operator-token");

  private final String toolBase;
  private final String token;

  /** {@code token == null}: requests without an Authorization header. */
  public OperatorClient(String toolBase, String token) {
    this.toolBase =
        toolBase.endsWith("/") ? toolBase.substring(0, toolBase.length() - 1) : toolBase;
    this.token = token;
  }

  public String toolBase() {
    return toolBase;
  }

  /** The same API with another token (null: none). */
  public OperatorClient withToken(String other) {
    return new OperatorClient(toolBase, other);
  }

  // ------------------------------------------------------------------ raw

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** POST with a JSON body ({@code null}: no body). */
  public HttpResponse<String> post(String path, String json) {
    HttpRequest.Builder b = request(path);
    if (json == null) {
      b.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }
    return send(b);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(toolBase + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) {
    HttpRequest request = b.build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ typed

  /** The manual-registration body for a simulator. */
  public static JsonObject registrationBody(PlatformSimulator platform) {
    JsonArrayBuilder deployments = Json.createArrayBuilder();
    platform.deploymentIds().forEach(deployments::add);
    return Json.createObjectBuilder()
        .add("issuer", platform.issuer())
        .add("clientId", platform.clientId())
        .add("authLoginUrl", platform.authUrl())
        .add("authTokenUrl", platform.tokenUrl())
        .add("keySetUrl", platform.jwksUrl())
        .add("deploymentIds", deployments)
        .build();
  }

  public HttpResponse<String> registerRaw(String json) {
    return post("/api/operator/registrations", json);
  }

  /** Registers the simulator manually; the created registration, or an AssertionError. */
  public JsonObject register(PlatformSimulator platform) {
    return expectObject(registerRaw(registrationBody(platform).toString()), 201);
  }

  /** {@code POST /api/operator/registration-links}: {@code {"url", "expiresAt"}}. */
  public JsonObject createRegistrationLink() {
    return expectObject(post("/api/operator/registration-links", "{}"), 201);
  }

  public JsonArray registrations() {
    HttpResponse<String> r = get("/api/operator/registrations");
    check(r, 200);
    return (JsonArray) parse(r.body());
  }

  public HttpResponse<String> disableRaw(String id) {
    return post("/api/operator/registrations/" + id + "/disable", null);
  }

  public HttpResponse<String> enableRaw(String id) {
    return post("/api/operator/registrations/" + id + "/enable", null);
  }

  public JsonObject disable(String id) {
    return expectObject(disableRaw(id), 200);
  }

  public JsonObject enable(String id) {
    return expectObject(enableRaw(id), 200);
  }

  public HttpResponse<String> addDeploymentRaw(String id, String deploymentId) {
    return post(
        "/api/operator/registrations/" + id + "/deployments",
        Json.createObjectBuilder().add("deploymentId", deploymentId).build().toString());
  }

  public JsonObject addDeployment(String id, String deploymentId) {
    return expectObject(addDeploymentRaw(id, deploymentId), 201);
  }

  /** {@code POST /api/operator/keys/rotate}: the new current kid. */
  public String rotateKeys() {
    return expectObject(post("/api/operator/keys/rotate", null), 200).getString("currentKid");
  }

  public HttpResponse<String> keys() {
    return get("/api/operator/keys");
  }

  // ------------------------------------------------------------------ JSON

  /** A registration's id as text (the tool may send a number or a string). */
  public static String id(JsonObject registration) {
    return text(registration.get("id"));
  }

  public static String text(JsonValue v) {
    return v instanceof JsonString s ? s.getString() : String.valueOf(v);
  }

  public static JsonStructure parse(String json) {
    return Json.createReader(new StringReader(json)).read();
  }

  public static JsonObject parseObject(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static JsonObject expectObject(HttpResponse<String> r, int status) {
    check(r, status);
    return parseObject(r.body());
  }

  private static void check(HttpResponse<String> r, int status) {
    if (r.statusCode() != status) {
      throw new AssertionError(
          r.request().method()
              + " "
              + r.request().uri()
              + " answered "
              + r.statusCode()
              + ", expected "
              + status
              + ": "
              + r.body());
    }
  }
}
