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
 * {@link ErrorPages} as one line with the code and request id — never a token, state or claim.
 */
@Provider
public class HttpProblemMapper implements ExceptionMapper<HttpProblem> {
  @Inject ErrorPages errors;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(HttpProblem e) {
    return errors.respond(uriInfo, headers, e.problem());
  }
}
