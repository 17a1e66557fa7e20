package org.mentorlink.tool.infrastructure.web;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.infrastructure.db.ConcurrentChanges;

/**
 * The last resort. A refusal wrapped by the runtime (RESTEasy wraps whatever a body reader throws
 * in its own {@code ReaderException}) is unwrapped and mapped as itself; a body that is not JSON is
 * a 400; HTTP errors raised by JAX-RS keep their status; a write that lost a race with another
 * (optimistic lock, unique key, deadlock) is a 409 {@code CONCURRENT_CHANGE} that tells the client
 * to reload; anything else becomes a 500 whose reference is the request id, with the class and
 * stack in the server log only, never the exception's text.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());
  private static final int MAX_CAUSES = 10;

  @Inject ErrorPages errors;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;
  @Context Providers providers;

  @Override
  public Response toResponse(Throwable e) {
    Throwable t = e.getCause();
    for (int i = 0; t != null && i < MAX_CAUSES; i++, t = t.getCause()) {
      if (t instanceof HttpProblem || t instanceof DomainException) {
        return mapped(t);
      }
    }
    // What a body reader threw (RESTEasy wraps it in its ReaderException): not JSON, or JSON that
    // does not bind. Elsewhere a JSON error is the server's own and stays a 500.
    boolean reading = e.getClass().getName().endsWith(".ReaderException");
    t = e;
    for (int i = 0; t != null && i < MAX_CAUSES; i++, t = t.getCause()) {
      if (t instanceof JsonParsingException
          || (reading && (t instanceof JsonException || t instanceof JsonbException))) {
        return errors.respond(
            uriInfo, headers, 400, "JSON_MALFORMED", "The request body is not well-formed JSON.");
      }
    }
    if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      return clientError(wae);
    }
    // A database fault raised outside a resource method (a request filter's check, say) is still a
    // 503 with Retry-After, as inside one.
    var fault = org.mentorlink.tool.infrastructure.db.DatabaseFaults.classify(e);
    if (fault.isPresent()) {
      return mapped(org.mentorlink.tool.infrastructure.db.DatabaseFault.of(fault.get()));
    }
    if (ConcurrentChanges.isConcurrentChange(e)) {
      return errors.respond(
          uriInfo,
          headers,
          409,
          "CONCURRENT_CHANGE",
          "Someone changed this at the same moment, so nothing was saved. Reload the page and"
              + " try again.");
    }
    String reference = RequestIds.current();
    // The class and stack go to the server log only; messages of lower layers may quote input.
    LOG.log(
        Level.SEVERE,
        RequestIds.tag() + "Unexpected error on " + RequestIds.describe(),
        stripMessage(e));
    return errors.respond(
        uriInfo,
        headers,
        500,
        "INTERNAL_ERROR",
        "Something went wrong on our side. If it happens again, quote reference "
            + reference
            + ".");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Response mapped(Throwable cause) {
    ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
    return mapper.toResponse(cause);
  }

  private Response clientError(WebApplicationException wae) {
    int status = wae.getResponse().getStatus();
    Response r =
        switch (status) {
          case 404 -> errors.respond(uriInfo, headers, 404, "NOT_FOUND", "There is nothing here.");
          case 405 ->
              errors.respond(
                  uriInfo, headers, 405, "METHOD_NOT_ALLOWED", "That method is not allowed here.");
          case 406 ->
              errors.respond(
                  uriInfo,
                  headers,
                  406,
                  "NOT_ACCEPTABLE",
                  "This answers only in the content types it documents (JSON for the API).");
          case 413 ->
              errors.respond(
                  uriInfo, headers, 413, "REQUEST_TOO_LARGE", "The request body is too large.");
          case 415 ->
              errors.respond(
                  uriInfo,
                  headers,
                  415,
                  "UNSUPPORTED_MEDIA_TYPE",
                  "That content type is not supported here: send application/json.");
          default ->
              errors.respond(
                  uriInfo, headers, status, "BAD_REQUEST", "The request could not be understood.");
        };
    if (wae instanceof NotAllowedException && wae.getResponse().getHeaderString("Allow") != null) {
      return Response.fromResponse(r)
          .header("Allow", wae.getResponse().getHeaderString("Allow"))
          .build();
    }
    return r;
  }

  /** The exception and its causes by class and stack only: their messages may quote input. */
  private static Throwable stripMessage(Throwable e) {
    return stripMessage(e, 0);
  }

  private static Throwable stripMessage(Throwable e, int depth) {
    Throwable copy = new Throwable(e.getClass().getName());
    copy.setStackTrace(e.getStackTrace());
    Throwable cause = e.getCause();
    if (cause != null && cause != e && depth < MAX_CAUSES) {
      copy.initCause(stripMessage(cause, depth + 1));
    }
    return copy;
  }
}
