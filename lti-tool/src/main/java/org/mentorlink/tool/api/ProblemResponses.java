package org.mentorlink.tool.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the refusals: every operation of the API may answer {@code application/problem+json}
 * with the {@code Problem} schema ({@code META-INF/openapi.yaml}: RFC 9457 with a stable {@code
 * code}, the {@code requestId}, and for a refused body the {@code field}s at fault). Registered as
 * {@code mp.openapi.filter}; it uses only model methods that MicroProfile OpenAPI 3.1 and 4.x
 * share.
 */
public class ProblemResponses implements OASFilter {
  static final String PROBLEM_JSON = "application/problem+json";

  @Override
  public void filterOpenAPI(OpenAPI api) {
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> e : api.getPaths().getPathItems().entrySet()) {
      if (!e.getKey().startsWith("/api/") || e.getValue().getOperations() == null) {
        continue;
      }
      for (Operation op : e.getValue().getOperations().values()) {
        if (op.getResponses() == null) {
          op.setResponses(OASFactory.createAPIResponses());
        }
        if (op.getResponses().getDefaultValue() == null) {
          op.getResponses().setDefaultValue(refusal());
        }
      }
    }
  }

  private static APIResponse refusal() {
    return OASFactory.createAPIResponse()
        .description(
            "A refusal (4xx) or failure (5xx): problem+json with a stable code and the request id")
        .content(
            OASFactory.createContent()
                .addMediaType(
                    PROBLEM_JSON,
                    OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
  }
}
