package org.mentorlink.tool.api.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.domain.app.AuditTrail;
import org.mentorlink.domain.app.AuditViews;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.shared.Paging;
import org.mentorlink.tool.infrastructure.web.HttpProblem;
import org.mentorlink.tool.infrastructure.web.PublicUrls;
import org.mentorlink.tool.lti.keys.ToolKey;
import org.mentorlink.tool.lti.keys.ToolKeys;
import org.mentorlink.tool.lti.registration.Lti11Input;
import org.mentorlink.tool.lti.registration.Registration;
import org.mentorlink.tool.lti.registration.RegistrationInput;
import org.mentorlink.tool.lti.registration.Registrations;

/**
 * Registrations (LTI 1.3, and LTI 1.1 legacy ones with a consumer key and shared secret),
 * dynamic-registration links and tool keys, for whoever runs the server. A shared secret goes in
 * and is never given out again.
 */
@Path("/api/operator")
@RequestScoped
@OperatorOnly
@Tag(name = "Operator")
@SecurityScheme(
    securitySchemeName = "operator",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "MENTORLINK_OPERATOR_TOKEN")
@SecurityRequirement(name = "operator")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorResource {
  @Inject Registrations registrations;
  @Inject ToolKeys keys;
  @Inject PublicUrls urls;
  @Inject AuditTrail audit;
  @Context UriInfo uriInfo;

  /** A platform registered by hand. */
  public record RegistrationBody(
      @Schema(required = true, description = "The platform's issuer (an https URL)") String issuer,
      @Schema(required = true) String clientId,
      @Schema(required = true) String authLoginUrl,
      @Schema(required = true) String authTokenUrl,
      @Schema(required = true) String keySetUrl,
      List<String> deploymentIds,
      @Schema(
              description =
                  "The LTI 1.1 consumer key this LTI 1.3 registration replaces: it joins that"
                      + " registration (same id, same records), so the lti1p1 migration claim"
                      + " links each person's 1.1 and 1.3 identities")
          String replacesLti11ConsumerKey) {}

  /** A platform registered for LTI 1.1 (legacy): OAuth 1.0a consumer key and shared secret. */
  public record Lti11RegistrationBody(
      @Schema(required = true, description = "The OAuth consumer key the platform signs with")
          String consumerKey,
      @Schema(
              required = true,
              description =
                  "The shared secret (16 to 256 characters); stored encrypted, never shown again")
          String sharedSecret,
      @Schema(
              required = true,
              description = "The platform's site URL (https), the origin allowed to frame the tool")
          String platformUrl,
      @Schema(description = "The platform's name, for the operator") String platformName) {
    @Override
    public String toString() {
      return "Lti11RegistrationBody[consumerKey=" + consumerKey + "]";
    }
  }

  /** A new LTI 1.1 shared secret. */
  public record SecretBody(@Schema(required = true) String sharedSecret) {
    @Override
    public String toString() {
      return "SecretBody[]";
    }
  }

  /** Another deployment of a registration. */
  public record DeploymentBody(@Schema(required = true) String deploymentId) {}

  @POST
  @Path("/registration-links")
  @Operation(
      summary =
          "Create a single-use, expiring dynamic registration URL (?replacesLti11ConsumerKey=:"
              + " the registration made through it joins that LTI 1.1 registration)")
  public Response createLink(
      @QueryParam("replacesLti11ConsumerKey") String replacesLti11ConsumerKey) {
    Registrations.IssuedLink link = registrations.createLink(replacesLti11ConsumerKey);
    String url = urls.of(uriInfo, "/lti/register?link=" + link.token());
    return Response.status(201)
        .entity(
            Json.createObjectBuilder()
                .add("url", url)
                .add("expiresAt", link.expiresAt().toString())
                .build()
                .toString())
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("/registrations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a platform by hand")
  public Response register(RegistrationBody body) {
    if (body == null) {
      throw new HttpProblem(400, "VALIDATION_FAILED", "A JSON body is required.");
    }
    RegistrationInput in =
        new RegistrationInput(
            body.issuer(),
            body.clientId(),
            body.authLoginUrl(),
            body.authTokenUrl(),
            body.keySetUrl(),
            body.deploymentIds() == null ? List.of() : body.deploymentIds(),
            body.replacesLti11ConsumerKey());
    Registrations.View view = registrations.register(in, Registration.Source.MANUAL);
    return Response.status(201).entity(json(view).toString()).build();
  }

  @POST
  @Path("/registrations/lti11")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Register a platform for LTI 1.1 (legacy, less secure): consumer key and shared secret"
              + " (the secret is stored encrypted and never returned)")
  public Response registerLti11(Lti11RegistrationBody body) {
    if (body == null) {
      throw new HttpProblem(400, "VALIDATION_FAILED", "A JSON body is required.");
    }
    Registrations.View view =
        registrations.registerLti11(
            new Lti11Input(
                body.consumerKey(), body.sharedSecret(), body.platformUrl(), body.platformName()));
    return Response.status(201)
        .entity(json(view).toString())
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("/registrations/{id}/lti11-secret")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace an LTI 1.1 registration's shared secret (the old one stops at once)")
  public Response replaceLti11Secret(@PathParam("id") String id, SecretBody body) {
    if (body == null) {
      throw new HttpProblem(400, "VALIDATION_FAILED", "A JSON body is required.");
    }
    return Response.ok(json(registrations.replaceLti11Secret(id, body.sharedSecret())).toString())
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("/registrations")
  @Operation(summary = "List registrations")
  public Response list() {
    JsonArrayBuilder all = Json.createArrayBuilder();
    registrations.list().forEach(v -> all.add(json(v)));
    return Response.ok(all.build().toString()).build();
  }

  @POST
  @Path("/registrations/{id}/disable")
  @Operation(summary = "Disable a registration (its launches are refused)")
  public Response disable(@PathParam("id") String id) {
    return Response.ok(json(registrations.setEnabled(id, false)).toString()).build();
  }

  @POST
  @Path("/registrations/{id}/enable")
  @Operation(summary = "Enable a registration")
  public Response enable(@PathParam("id") String id) {
    return Response.ok(json(registrations.setEnabled(id, true)).toString()).build();
  }

  @POST
  @Path("/registrations/{id}/deployments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a deployment id to a registration")
  public Response addDeployment(@PathParam("id") String id, DeploymentBody body) {
    if (body == null) {
      throw new HttpProblem(400, "VALIDATION_FAILED", "A JSON body is required.");
    }
    return Response.status(201)
        .entity(json(registrations.addDeployment(id, body.deploymentId())).toString())
        .build();
  }

  @POST
  @Path("/keys/rotate")
  @Operation(
      summary = "Rotate the tool's signing key (the old key stays published for the overlap)")
  public Response rotate() {
    return Response.ok(
            Json.createObjectBuilder().add("currentKid", keys.rotate()).build().toString())
        .build();
  }

  @GET
  @Path("/keys")
  @Operation(summary = "The tool's keys (public information only)")
  public Response listKeys() {
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (ToolKey k : keys.all()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("kid", k.kid())
              .add("state", k.slot() == null ? "RETIRED" : k.slot())
              .add("createdAt", k.createdAt().toString());
      if (k.publishedUntil() != null) {
        o.add("publishedUntil", k.publishedUntil().toString());
      }
      all.add(o);
    }
    return Response.ok(all.build().toString()).build();
  }

  @GET
  @Path("/audit")
  @Operation(
      summary =
          "The audit trail of every registration (or of one, ?registration=<id>), newest first:"
              + " who, what, when (UTC), registration and scheme; ids and codes, never content")
  public Response audit(
      @QueryParam("registration") String registration,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Paging paging = Paging.of(page, size, 50);
    Views.Page<AuditViews.EntryView> entries =
        audit.all(Optional.ofNullable(registration), paging.page(), paging.size());
    JsonArrayBuilder items = Json.createArrayBuilder();
    for (AuditViews.EntryView e : entries.items()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("at", e.at().toString())
              .add("actorId", e.actorId())
              .add("action", e.action().name());
      put(o, "registrationId", e.registrationId());
      put(o, "schemeId", e.schemeId());
      put(o, "recordType", e.recordType());
      put(o, "recordId", e.recordId());
      put(o, "detail", e.detail());
      items.add(o);
    }
    return Response.ok(
            Json.createObjectBuilder()
                .add("items", items)
                .add("page", entries.page())
                .add("size", entries.size())
                .add("total", entries.total())
                .build()
                .toString())
        .header("Cache-Control", "no-store")
        .build();
  }

  private static void put(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }

  JsonObject json(Registrations.View v) {
    Registration r = v.registration();
    JsonArrayBuilder deployments = Json.createArrayBuilder();
    v.deploymentIds().forEach(deployments::add);
    JsonObjectBuilder o = Json.createObjectBuilder().add("id", r.id());
    if (r.isLti13()) {
      o.add("issuer", r.issuer())
          .add("clientId", r.clientId())
          .add("authLoginUrl", r.authLoginUrl())
          .add("authTokenUrl", r.authTokenUrl())
          .add("keySetUrl", r.keySetUrl());
    }
    o.add("deploymentIds", deployments)
        .add("enabled", r.enabled())
        .add("source", r.source().name().toLowerCase())
        .add("createdAt", r.createdAt().toString());
    if (r.platformName() != null) {
      o.add("platformName", r.platformName());
    }
    if (r.isLti11()) {
      // Never the shared secret: only that there is one.
      o.add(
          "lti11",
          Json.createObjectBuilder()
              .add("consumerKey", r.lti11ConsumerKey())
              .add("platformUrl", r.lti11PlatformUrl())
              .add("launchUrl", urls.of(uriInfo, "/lti/launch11")));
    }
    return o.build();
  }
}
