package org.mentorlink.tool.idempotency;

import jakarta.enterprise.context.RequestScoped;

/**
 * Hands the request's key from {@link IdempotencyFilter} to {@link IdempotencyInterceptor}, once: a
 * resource method that calls another of its bean's methods is still one call.
 */
@RequestScoped
public class IdempotencyContext {
  private IdempotentRequest request;

  void set(IdempotentRequest request) {
    this.request = request;
  }

  /** The request's key, the first time it is asked for; null after that or without one. */
  IdempotentRequest take() {
    IdempotentRequest r = request;
    request = null;
    return r;
  }
}
