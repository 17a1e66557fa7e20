package org.mentorlink.tool.infrastructure.db;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.mentorlink.tool.infrastructure.web.ErrorPages;

/**
 * A database fault as {@code 503} problem+json (API) or a plain page (browsers), with {@code
 * Retry-After}. Logged as one line without the cause (at most one line per fault kind every ten
 * seconds, with the number answered since), never a stack trace.
 */
@Provider
public class DatabaseFaultMapper implements ExceptionMapper<DatabaseFault> {
  private static final Logger LOG = Logger.getLogger(DatabaseFaultMapper.class.getName());
  private static final long LOG_EVERY_MILLIS = 10_000;
  private static final AtomicLong LAST_LOG = new AtomicLong();
  private static final AtomicLong SINCE_LAST_LOG = new AtomicLong();

  @Inject ErrorPages errors;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(DatabaseFault e) {
    log(e);
    return Response.fromResponse(
            errors.respond(uriInfo, headers, e.status(), e.code(), e.getMessage()))
        .header("Retry-After", Integer.toString(e.retryAfterSeconds()))
        .build();
  }

  private static void log(DatabaseFault e) {
    long n = SINCE_LAST_LOG.incrementAndGet();
    long now = System.currentTimeMillis();
    long last = LAST_LOG.get();
    if (now - last >= LOG_EVERY_MILLIS && LAST_LOG.compareAndSet(last, now)) {
      SINCE_LAST_LOG.addAndGet(-n);
      LOG.warning(() -> "Answered 503 " + e.code() + " (" + n + " request(s) since last noted)");
    }
  }
}
