package org.mentorlink.tool.infrastructure.db;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Turns a database availability fault raised anywhere below a resource method (a query, a flush, a
 * commit) into {@link DatabaseFault}; every other exception passes unchanged. It is the outermost
 * interceptor of a resource, so a fault in the idempotency record is translated too.
 */
@TranslatesDatabaseFaults
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class DatabaseFaultInterceptor {
  @AroundInvoke
  Object translate(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (DatabaseFault e) {
      throw e;
    } catch (Exception e) {
      if (DatabaseFaults.classify(e).isPresent()) {
        throw DatabaseFault.of(DatabaseFaults.classify(e).get());
      }
      throw e;
    }
  }
}
