package org.mentorlink.tool.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A refused request: a plain page (or problem JSON for the API) with the stable code, logged by
 * {@link ErrorPages} as one line with the code and request id — never a token, state or claim. A
 * 503 (a platform or service that cannot be reached just now) says when trying again makes sense.
 */
@Provider
public class HttpProblemMapper implements ExceptionMapper<HttpProblem> {
  private static final String RETRY_AFTER_SECONDS = "5";

  @Inject ErrorPages errors;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(HttpProblem e) {
    Response response = errors.respond(uriInfo, headers, e.problem());
    if (e.status() == 503) {
      return Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
    return response;
  }
}
