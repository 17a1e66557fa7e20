package org.mentorlink.tool.idempotency;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * Results as JAX-RS returns them ({@code Response}, an entity: 200, nothing: 204); a replay is the
 * first answer's status and {@code Location} with {@code Idempotent-Replayed: true} and, for a
 * status with a body, {@code {"replayed": true, "status": …, "created": [{"type", "id"}],
 * "location": …}}.
 */
final class JaxRsAnswers implements Answers {
  /** The header on a replayed answer. */
  static final String REPLAYED_HEADER = "Idempotent-Replayed";

  @Override
  public int status(Object result) {
    if (result instanceof Response r) {
      return r.getStatus();
    }
    return result == null ? 204 : 200;
  }

  @Override
  public String location(Object result) {
    if (result instanceof Response r && r.getLocation() != null) {
      String l = r.getLocation().toString();
      return l.length() <= 2000 ? l : null;
    }
    return null;
  }

  @Override
  public RuntimeException replay(int status, String location, List<CreatedIds.Created> created) {
    Response.ResponseBuilder b =
        Response.status(status).header(REPLAYED_HEADER, "true").header("Cache-Control", "no-store");
    if (location != null) {
      b.location(URI.create(location));
    }
    if (status == 204 || (status >= 300 && status < 400)) {
      return new IdempotentReplay(b.build());
    }
    JsonArrayBuilder ids = Json.createArrayBuilder();
    for (CreatedIds.Created c : created) {
      ids.add(Json.createObjectBuilder().add("type", c.type()).add("id", c.id()));
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("replayed", true).add("status", status).add("created", ids);
    if (location != null) {
      body.add("location", location);
    }
    return new IdempotentReplay(
        b.type(MediaType.APPLICATION_JSON_TYPE).entity(body.build().toString()).build());
  }
}
