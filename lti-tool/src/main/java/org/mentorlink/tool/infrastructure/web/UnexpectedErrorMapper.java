package org.mentorlink.tool.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: HTTP errors raised by JAX-RS keep their status; anything else becomes a 500 with
 * a reference the operator can find in the log, never the exception's text.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Inject ErrorPages errors;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      int status = wae.getResponse().getStatus();
      return switch (status) {
        case 404 -> errors.respond(uriInfo, headers, 404, "NOT_FOUND", "There is nothing here.");
        case 405 ->
            errors.respond(
                uriInfo, headers, 405, "METHOD_NOT_ALLOWED", "That method is not allowed here.");
        case 406, 415 ->
            errors.respond(
                uriInfo,
                headers,
                status,
                "UNSUPPORTED_MEDIA_TYPE",
                "That content type is not supported here.");
        default ->
            errors.respond(
                uriInfo, headers, status, "BAD_REQUEST", "The request could not be understood.");
      };
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    // The class and stack go to the server log only; messages of lower layers may quote input.
    LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, stripMessage(e));
    return errors.respond(
        uriInfo,
        headers,
        500,
        "INTERNAL_ERROR",
        "Something went wrong on our side. If it happens again, quote reference "
            + reference
            + ".");
  }

  private static Throwable stripMessage(Throwable e) {
    Throwable copy = new Throwable(e.getClass().getName());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }
}
