package org.mentorlink.domain.app;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Forbidden;

/**
 * Writes every refusal of a power ({@link Forbidden}, a 403) by a service to the audit trail: who,
 * which operation, the scheme of the course, the record's id. It runs outside the service's
 * transaction (its priority is below the transaction interceptor's) and writes in a transaction of
 * its own; a nested service call's refusal is written once, by the outermost call. If the entry
 * cannot be written, the refusal is still answered.
 */
@AuditDenials
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DenialRecorder {
  private static final Logger LOG = Logger.getLogger(DenialRecorder.class.getName());
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  @Inject AuditTrail trail;

  @AroundInvoke
  public Object around(InvocationContext call) throws Exception {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      return call.proceed();
    } catch (Forbidden e) {
      if (depth[0] == 1) {
        record(call, e);
      }
      throw e;
    } finally {
      depth[0]--;
      if (depth[0] == 0) {
        DEPTH.remove();
      }
    }
  }

  private void record(InvocationContext call, Forbidden e) {
    Object[] args = call.getParameters();
    Actor actor = null;
    int at = -1;
    for (int i = 0; i < args.length && actor == null; i++) {
      if (args[i] instanceof Actor a) {
        actor = a;
        at = i;
      }
    }
    if (actor == null) {
      return;
    }
    String courseRef = at + 1 < args.length && args[at + 1] instanceof String c ? c : null;
    String recordId = at + 2 < args.length && args[at + 2] instanceof String r ? r : null;
    String operation =
        call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
    try {
      trail.deniedOperation(actor, courseRef, operation, recordId, e.code());
    } catch (RuntimeException failure) {
      // Never the exception's text: it may quote SQL.
      LOG.log(Level.WARNING, "A refusal could not be written to the audit trail ({0})", operation);
    }
  }
}
