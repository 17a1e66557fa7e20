package org.mentorlink.tool.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.tool.infrastructure.web.ErrorPages;

/**
 * A broken business rule as {@code application/problem+json} (or a page): 403 for what the actor
 * may not do, 404 for what they may not know exists (including another scheme's or tenant's
 * objects), 409 for a transition the object's state does not allow, 400 for invalid input.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Inject ErrorPages errors;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(DomainException e) {
    int status =
        e instanceof Forbidden
            ? 403
            : e instanceof NotFound ? 404 : e instanceof InvalidTransition ? 409 : conflictOr400(e);
    return errors.respond(uriInfo, headers, status, e.code(), e.getMessage());
  }

  private static int conflictOr400(DomainException e) {
    return switch (e.code()) {
      case "SCHEME_EXISTS", "ALREADY_MENTOR", "MATCH_CONFLICT", "REQUEST_ALREADY_OPEN" -> 409;
      default -> 400;
    };
  }
}
