package org.mentorlink.tool.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.StateConflict;
import org.mentorlink.tool.infrastructure.web.ErrorPages;

/**
 * A broken business rule as {@code application/problem+json} (or a page), by its type: 403 for what
 * the actor may not do, 404 for what they may not know exists (including another scheme's or
 * tenant's objects), 409 for a conflict with what is stored (a duplicate, a blocked match, a
 * transition the object's state does not allow), 400 for invalid input.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Inject ErrorPages errors;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(DomainException e) {
    // A rule about one attribute names it, as a refused body names its fields.
    List<ErrorPages.FieldError> fields =
        e.field() == null
            ? List.of()
            : List.of(new ErrorPages.FieldError(e.field(), e.code(), e.getMessage()));
    return errors.respond(
        uriInfo, headers, new ErrorPages.Problem(status(e), e.code(), e.getMessage(), fields));
  }

  /** The HTTP status of a broken rule, by its type. */
  static int status(DomainException e) {
    if (e instanceof Forbidden) {
      return 403;
    }
    if (e instanceof NotFound) {
      return 404;
    }
    return e instanceof StateConflict ? 409 : 400;
  }
}
