package org.mentorlink.tool.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.mentorlink.tool.infrastructure.LogSafe;
import org.mentorlink.tool.infrastructure.http.OutboundHttp;
import org.mentorlink.tool.infrastructure.http.UnsafeUrlException;
import org.mentorlink.tool.lti.LtiException;

/**
 * LTI Dynamic Registration 1.0: reads the platform's OpenID configuration, sends the tool's
 * registration to the platform's registration endpoint, and stores the client id and deployment it
 * answers with — only for a valid, unused registration link, which the stored registration consumes
 * in the same transaction.
 */
@ApplicationScoped
public class DynamicRegistration {
  private static final Logger LOG = Logger.getLogger(DynamicRegistration.class.getName());
  static final String PLATFORM_CONFIG =
      "https://purl.imsglobal.org/spec/lti-platform-configuration";
  static final String TOOL_CONFIG = "https://purl.imsglobal.org/spec/lti-tool-configuration";
  static final String SCOPES =
      String.join(
          " ",
          "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
          "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
          "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
          "https://purl.imsglobal.org/spec/lti-ags/scope/score",
          "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

  @Inject OutboundHttp http;
  @Inject Registrations registrations;

  /** The platform's configuration, as far as the tool needs it. */
  public record PlatformConfiguration(
      String issuer,
      String authorizationEndpoint,
      String tokenEndpoint,
      String jwksUri,
      String registrationEndpoint,
      String productFamily,
      String platformName) {}

  /** What the tool registered. */
  public record Result(Registration registration, String deploymentId) {}

  /** Runs the whole exchange; the caller has checked nothing. */
  public Result register(
      String link, String openidConfigurationUrl, String registrationToken, String toolBase) {
    if (!registrations.linkUsable(link)) {
      throw new LtiException(
          403,
          "REGISTRATION_LINK_INVALID",
          "This registration link is not valid: it may have expired or been used already. Ask"
              + " whoever runs Mentorlink for a new one.");
    }
    PlatformConfiguration platform = readConfiguration(openidConfigurationUrl);
    JsonObject toolRegistration = toolRegistration(toolBase);
    JsonObject answer = send(platform, registrationToken, toolRegistration);
    String clientId = string(answer, "client_id");
    if (clientId == null || clientId.isBlank()) {
      throw failed("the platform's answer has no client_id");
    }
    String deploymentId = null;
    if (answer.get(TOOL_CONFIG) instanceof JsonObject tc) {
      deploymentId = string(tc, "deployment_id");
    }
    return store(link, platform, clientId, deploymentId);
  }

  private Result store(String link, PlatformConfiguration p, String clientId, String deploymentId) {
    Registration r = registrations.storeDynamic(link, p, clientId, deploymentId);
    LOG.info(
        () -> "Registered platform " + LogSafe.of(p.issuer()) + " (registration " + r.id() + ")");
    return new Result(r, deploymentId);
  }

  PlatformConfiguration readConfiguration(String url) {
    if (url == null || url.isBlank()) {
      throw invalidConfig("no openid_configuration URL was given");
    }
    JsonObject c;
    try {
      OutboundHttp.Answer a = http.get(url, Map.of("Accept", "application/json"));
      if (!a.ok()) {
        throw invalidConfig("the platform's configuration answered HTTP " + a.status());
      }
      c = Json.createReader(new StringReader(a.body())).readObject();
    } catch (UnsafeUrlException e) {
      throw invalidConfig("the configuration URL is not allowed: " + e.getMessage());
    } catch (IOException | JsonException | IllegalStateException e) {
      throw invalidConfig("the platform's configuration could not be read");
    }
    String issuer = required(c, "issuer");
    // LTI DR §3.5.1: the issuer must be on the host the configuration was read from.
    if (!host(issuer).equals(host(url))) {
      throw invalidConfig("the configuration's issuer is on another host");
    }
    JsonObject lti = c.get(PLATFORM_CONFIG) instanceof JsonObject o ? o : null;
    if (lti == null) {
      throw invalidConfig("the configuration is not an LTI platform configuration");
    }
    if (c.get("id_token_signing_alg_values_supported") instanceof JsonArray algs
        && !algs.contains(Json.createValue("RS256"))) {
      throw invalidConfig("the platform does not sign with RS256");
    }
    return new PlatformConfiguration(
        issuer,
        required(c, "authorization_endpoint"),
        required(c, "token_endpoint"),
        required(c, "jwks_uri"),
        required(c, "registration_endpoint"),
        string(lti, "product_family_code"),
        null);
  }

  JsonObject toolRegistration(String base) {
    String launch = base + "/lti/launch";
    String domain = URI.create(base).getAuthority();
    return Json.createObjectBuilder()
        .add("application_type", "web")
        .add("response_types", Json.createArrayBuilder().add("id_token"))
        .add("grant_types", Json.createArrayBuilder().add("implicit").add("client_credentials"))
        .add("initiate_login_uri", base + "/lti/login")
        .add("redirect_uris", Json.createArrayBuilder().add(launch))
        .add("client_name", "Mentorlink")
        .add("jwks_uri", base + "/lti/jwks")
        .add("logo_uri", base + "/static/logo.svg")
        .add("token_endpoint_auth_method", "private_key_jwt")
        .add("scope", SCOPES)
        .add(
            TOOL_CONFIG,
            Json.createObjectBuilder()
                .add("domain", domain)
                .add(
                    "description",
                    "Formal mentoring for doctors: requests, matching, contracts, sessions and CPD.")
                .add("target_link_uri", launch)
                .add(
                    "claims",
                    Json.createArrayBuilder().add("iss").add("sub").add("name").add("email"))
                .add(
                    "messages",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("type", "LtiResourceLinkRequest")
                                .add("target_link_uri", launch))
                        .add(
                            Json.createObjectBuilder()
                                .add("type", "LtiDeepLinkingRequest")
                                .add("target_link_uri", launch)
                                .add("label", "Mentorlink")
                                .add("placements", Json.createArrayBuilder().add("ContentArea")))))
        .build();
  }

  private JsonObject send(PlatformConfiguration p, String registrationToken, JsonObject body) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Accept", "application/json");
    if (registrationToken != null && !registrationToken.isBlank()) {
      headers.put("Authorization", "Bearer " + registrationToken.strip());
    }
    try {
      OutboundHttp.Answer a =
          http.post(p.registrationEndpoint(), "application/json", body.toString(), headers);
      if (!a.ok()) {
        throw failed("the platform answered HTTP " + a.status());
      }
      return Json.createReader(new StringReader(a.body())).readObject();
    } catch (UnsafeUrlException e) {
      throw failed("the registration endpoint is not allowed: " + e.getMessage());
    } catch (IOException | JsonException | IllegalStateException e) {
      throw failed("the platform's answer could not be read");
    }
  }

  private static String host(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String required(JsonObject o, String name) {
    String v = string(o, name);
    if (v == null || v.isBlank()) {
      throw invalidConfig("the configuration has no " + name);
    }
    return v;
  }

  private static String string(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v instanceof JsonString s ? s.getString() : null;
  }

  private static LtiException invalidConfig(String why) {
    return new LtiException(
        400,
        "PLATFORM_CONFIGURATION_INVALID",
        "The platform's configuration was refused: " + why + ".");
  }

  private static LtiException failed(String why) {
    return new LtiException(
        502,
        "PLATFORM_REGISTRATION_FAILED",
        "The platform did not accept the registration: " + why + ".");
  }
}
