package org.mentorlink.tool.idempotency;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Sends a replayed answer ({@link IdempotentReplay}) as it is. */
@Provider
public class IdempotentReplayMapper implements ExceptionMapper<IdempotentReplay> {
  @Override
  public Response toResponse(IdempotentReplay replay) {
    return replay.response();
  }
}
