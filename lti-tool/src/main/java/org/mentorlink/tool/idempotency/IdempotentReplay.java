package org.mentorlink.tool.idempotency;

import jakarta.ws.rs.core.Response;

/**
 * The answer to a retry, thrown past the resource method (whose declared result it cannot take the
 * place of) and sent as it is by {@link IdempotentReplayMapper}.
 */
final class IdempotentReplay extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Response response;

  IdempotentReplay(Response response) {
    super("replayed", null, false, false);
    this.response = response;
  }

  Response response() {
    return response;
  }
}
