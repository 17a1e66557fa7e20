package org.mentorlink.tool.lti.keys;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tool's public key set, for platforms to verify what the tool signs. */
@Path("/lti/jwks")
@RequestScoped
@Tag(name = "LTI")
public class JwksResource {
  @Inject ToolKeys keys;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The tool's public keys (JWKS)",
      description = "The current signing key, the next key and recently retired keys.")
  public Response jwks() {
    // toString() of a JWKSet built from public keys holds public parameters only.
    return Response.ok(keys.publicKeySet().toPublicJWKSet().toString())
        .header("Cache-Control", "public, max-age=300")
        .build();
  }
}
