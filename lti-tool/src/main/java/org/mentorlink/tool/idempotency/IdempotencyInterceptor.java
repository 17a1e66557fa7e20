package org.mentorlink.tool.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs a resource method that carries a key through {@link IdempotentCalls}; others as they are.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 20)
public class IdempotencyInterceptor {
  @Inject IdempotencyContext context;
  @Inject IdempotentCalls calls;

  @AroundInvoke
  Object around(InvocationContext call) throws Exception {
    IdempotentRequest request = context.take();
    return request == null ? call.proceed() : calls.run(request, call::proceed);
  }
}
