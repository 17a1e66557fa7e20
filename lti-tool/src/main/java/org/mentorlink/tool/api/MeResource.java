package org.mentorlink.tool.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.tool.bridge.Me;
import org.mentorlink.tool.session.CurrentSession;

/** The person behind the session: name, roles as sent, tool roles, course and registration. */
@Path("/api/me")
@RequestScoped
@Tag(name = "Session")
public class MeResource {
  @Inject CurrentSession current;
  @Inject Me me;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Who am I in this launch")
  @APIResponse(responseCode = "200", description = "The session's person")
  @APIResponse(responseCode = "401", description = "No session (NOT_AUTHENTICATED)")
  public Response me() {
    org.mentorlink.tool.session.WebSession session = current.require();
    Me.View v = me.of(session);
    JsonArrayBuilder roles = Json.createArrayBuilder();
    v.roles().forEach(roles::add);
    JsonArrayBuilder toolRoles = Json.createArrayBuilder();
    v.toolRoles().forEach(toolRoles::add);
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (v.named()) {
      body.add("name", v.name());
    } else {
      body.addNull("name");
    }
    body.add("roles", roles).add("toolRoles", toolRoles);
    if (v.contextId() == null) {
      body.addNull("context");
    } else {
      JsonObjectBuilder ctx = Json.createObjectBuilder().add("id", v.contextId());
      nullable(ctx, "title", v.contextTitle());
      nullable(ctx, "label", v.contextLabel());
      body.add("context", ctx);
    }
    // An LTI 1.1 (legacy) registration has no issuer or client id.
    JsonObjectBuilder registration = Json.createObjectBuilder();
    nullable(registration, "issuer", v.issuer());
    nullable(registration, "clientId", v.clientId());
    body.add("registration", registration);
    // The token every state-changing API call must send back in the X-CSRF-Token header.
    body.add("csrfToken", session.csrfToken());
    return Response.ok(body.build().toString(), MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .build();
  }

  private static void nullable(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }
}
