package org.mentorlink.tool.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.mentorlink.tool.idempotency.IdempotencyOpenApi;

/**
 * The one {@code mp.openapi.filter} MicroProfile OpenAPI allows: every operation's refusals ({@link
 * ProblemResponses}), then the Idempotency-Key header and the database faults of the state-changing
 * calls ({@link IdempotencyOpenApi}).
 */
public class OpenApiDocument implements OASFilter {
  private final ProblemResponses problems = new ProblemResponses();
  private final IdempotencyOpenApi idempotency = new IdempotencyOpenApi();

  @Override
  public void filterOpenAPI(OpenAPI api) {
    problems.filterOpenAPI(api);
    idempotency.filterOpenAPI(api);
  }
}
