package org.mentorlink.tool.api.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.tool.infrastructure.crypto.KeyRing;

/**
 * The master key of encryption at rest, for whoever runs the server: which key is configured, how
 * many stored keys each master key wraps, and the rotation that re-wraps them all with the current
 * key (rows stay as they are). Never shows key material.
 */
@Path("/api/operator/master-key")
@RequestScoped
@OperatorOnly
@Tag(name = "Operator")
@SecurityRequirement(name = "operator")
@Produces(MediaType.APPLICATION_JSON)
public class MasterKeyResource {
  @Inject KeyRing keyRing;

  @GET
  @Operation(summary = "The current master key's id and how many stored keys each master key wraps")
  public Response status() {
    KeyRing.Status s = keyRing.status();
    JsonObjectBuilder counts = Json.createObjectBuilder();
    s.wrappedByMasterKey().forEach(counts::add);
    return Response.ok(
            Json.createObjectBuilder()
                .add("masterKeyId", s.masterKeyId())
                .add("source", s.source())
                .add("wrappedByMasterKey", counts)
                .build()
                .toString())
        .build();
  }

  @POST
  @Path("/rotate")
  @Operation(
      summary =
          "Re-wrap every data key and tool key with the current master key (set the new key as"
              + " MENTORLINK_MASTER_KEY and the old one in MENTORLINK_MASTER_KEY_PREVIOUS first)")
  public Response rotate() {
    KeyRing.Rotation r = keyRing.rotate();
    return Response.ok(
            Json.createObjectBuilder()
                .add("masterKeyId", r.masterKeyId())
                .add("dataKeysRewrapped", r.dataKeysRewrapped())
                .add("toolKeysRewrapped", r.toolKeysRewrapped())
                .build()
                .toString())
        .build();
  }
}
