package org.mentorlink.tool.idempotency;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Documents the {@code Idempotency-Key} header on every state-changing operation of the API, with
 * its replay and its two refusals, and the {@code 503} answers of a database fault (registered as
 * {@code mp.openapi.filter}).
 */
public class IdempotencyOpenApi implements OASFilter {
  static final String KEY_DESCRIPTION =
      "Makes the call safe to retry. Any 1 to 255 visible ASCII characters (a random UUID is"
          + " ideal), unique per call, remembered for 24 hours per person. A retry with the same key"
          + " and the same request (method, path and body bytes) is not done again: it is answered"
          + " with the first call's status and Location, the header `Idempotent-Replayed: true`"
          + " and — instead of the first body, which is never stored — a small JSON object"
          + " `{\"replayed\": true, \"status\": 201, \"created\": [{\"type\": \"session\","
          + " \"id\": \"…\"}], \"location\": \"…\"}` naming what the call created (types: scheme,"
          + " mentorProfile, request, proposal, relationship, contract, session, goal, cpdEntry,"
          + " registration); read the current state with the matching GET. A 204 is replayed"
          + " without a body. Only successful calls are remembered: a refused call stores nothing,"
          + " and its retry is judged afresh. A secret shown once (an invitation code, a"
          + " registration link) is not shown again by a replay.";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> p : openAPI.getPaths().getPathItems().entrySet()) {
      if (!p.getKey().startsWith("/api/")) {
        continue;
      }
      Map<PathItem.HttpMethod, Operation> ops = p.getValue().getOperations();
      if (ops == null) {
        continue;
      }
      ops.forEach(
          (method, op) -> {
            if (method != PathItem.HttpMethod.GET
                && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS) {
              document(op);
            }
          });
    }
  }

  private static void document(Operation op) {
    boolean present =
        op.getParameters() != null
            && op.getParameters().stream()
                .anyMatch(x -> IdempotencyFilter.HEADER.equalsIgnoreCase(x.getName()));
    if (!present) {
      op.addParameter(
          OASFactory.createParameter()
              .name(IdempotencyFilter.HEADER)
              .in(Parameter.In.HEADER)
              .required(false)
              .description(KEY_DESCRIPTION)
              // A reference, not an inline schema: Schema.type(SchemaType) is gone from
              // MicroProfile
              // OpenAPI 4 (the server's), so the key's schema lives in META-INF/openapi.yaml.
              .schema(OASFactory.createSchema().ref("#/components/schemas/IdempotencyKey")));
    }
    if (op.getResponses() == null) {
      op.responses(OASFactory.createAPIResponses());
    }
    addIfAbsent(
        op,
        "409",
        "IDEMPOTENCY_IN_PROGRESS: the first call with this Idempotency-Key is still running; retry"
            + " later (or another conflict, named by its code).");
    addIfAbsent(
        op,
        "422",
        "IDEMPOTENCY_KEY_REUSED: this Idempotency-Key was used for a different request (or invalid"
            + " input, named by its code).");
    addIfAbsent(
        op,
        "503",
        "DATABASE_UNAVAILABLE (the database cannot be reached) or DATABASE_BUSY (every connection"
            + " stayed in use): nothing is promised to be saved; retry after `Retry-After`"
            + " seconds, with the same Idempotency-Key.");
  }

  private static void addIfAbsent(Operation op, String status, String description) {
    if (op.getResponses().getAPIResponse(status) == null) {
      op.getResponses()
          .addAPIResponse(status, OASFactory.createAPIResponse().description(description));
    }
  }
}
