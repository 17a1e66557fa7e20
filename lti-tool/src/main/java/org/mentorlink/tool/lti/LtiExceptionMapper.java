package org.mentorlink.tool.lti;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.mentorlink.tool.infrastructure.web.ErrorPages;

/**
 * A refused LTI message or request: a plain page (or problem JSON for the API) with the stable
 * code. Logged with the code and path only — never the token, state or any claim.
 */
@Provider
public class LtiExceptionMapper implements ExceptionMapper<LtiException> {
  private static final Logger LOG = Logger.getLogger(LtiExceptionMapper.class.getName());
  private static final String RETRY_AFTER_SECONDS = "5";

  @Inject ErrorPages errors;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(LtiException e) {
    if (e.status() >= 401 && e.status() != 404) {
      LOG.info(() -> "Refused " + uriInfo.getPath() + ": " + e.code());
    }
    Response response = errors.respond(uriInfo, headers, e.status(), e.code(), e.getMessage());
    if (e.status() == 503) {
      // A platform that cannot be reached just now: say when trying again makes sense.
      return Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
    return response;
  }
}
