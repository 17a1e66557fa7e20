package org.mentorlink.tool.infrastructure.tx;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.WebApplicationException;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.infrastructure.web.HttpProblem;

/**
 * Keeps refusals out of Liberty's failure reports. Liberty's {@code @Transactional} interceptor
 * (priority 200) writes an FFDC file for every runtime exception leaving a transactional method
 * ({@code UOWManagerImpl.runUnderCurrentUOW}, probe 1130) — so every 403, 404 or 409 a service
 * raised left a file in {@code logs/ffdc}. It does not for checked exceptions. So, around every
 * {@code @Transactional} method:
 *
 * <ul>
 *   <li>just inside Liberty's interceptor ({@link Inside}, priority 250), a refusal ({@link
 *       DomainException}, {@link HttpProblem}, a 4xx {@link WebApplicationException}) marks the
 *       transaction rollback-only — as Liberty would have — and travels on as a checked {@link
 *       Carried};
 *   <li>just outside it ({@link Outside}, priority 150), the refusal is thrown again as itself
 *       (Liberty wraps the checked exception in a {@code TransactionalException}, which is
 *       unwrapped here).
 * </ul>
 *
 * The transaction still rolls back (nothing of a refused request is stored) and the caller sees the
 * same exception. Interceptor bindings compare {@code @Transactional}'s {@code value}, so there is
 * a pair for each transaction type.
 */
public final class QuietRefusals {
  static final int INSIDE = Interceptor.Priority.PLATFORM_BEFORE + 250;
  static final int OUTSIDE = Interceptor.Priority.PLATFORM_BEFORE + 150;

  private QuietRefusals() {}

  /** Whether {@code e} is an ordinary answer to the caller rather than a failure. */
  static boolean isRefusal(Throwable e) {
    return e instanceof DomainException
        || e instanceof HttpProblem
        || (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500);
  }

  /** A refusal carried through Liberty's interceptor as a checked exception. */
  static final class Carried extends Exception {
    private static final long serialVersionUID = 1L;

    Carried(RuntimeException refusal) {
      super(null, refusal, false, false);
    }

    RuntimeException refusal() {
      return (RuntimeException) getCause();
    }
  }

  /** Marks the transaction rollback-only and carries a refusal past Liberty's interceptor. */
  abstract static class Inside {
    @Resource TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object carry(InvocationContext ctx) throws Exception {
      try {
        return ctx.proceed();
      } catch (RuntimeException e) {
        if (!isRefusal(e)) {
          throw e;
        }
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
          transactions.setRollbackOnly();
        }
        throw new Carried(e);
      }
    }
  }

  /** Throws a carried refusal again as itself. */
  abstract static class Outside {
    @AroundInvoke
    public Object unwrap(InvocationContext ctx) throws Exception {
      try {
        return ctx.proceed();
      } catch (Carried c) {
        throw c.refusal();
      } catch (TransactionalException e) {
        if (e.getCause() instanceof Carried c) {
          throw c.refusal();
        }
        throw e;
      }
    }
  }

  @Interceptor
  @Transactional(TxType.REQUIRED)
  @Priority(INSIDE)
  public static class InsideRequired extends Inside {}

  @Interceptor
  @Transactional(TxType.REQUIRED)
  @Priority(OUTSIDE)
  public static class OutsideRequired extends Outside {}

  @Interceptor
  @Transactional(TxType.REQUIRES_NEW)
  @Priority(INSIDE)
  public static class InsideRequiresNew extends Inside {}

  @Interceptor
  @Transactional(TxType.REQUIRES_NEW)
  @Priority(OUTSIDE)
  public static class OutsideRequiresNew extends Outside {}

  @Interceptor
  @Transactional(TxType.MANDATORY)
  @Priority(INSIDE)
  public static class InsideMandatory extends Inside {}

  @Interceptor
  @Transactional(TxType.MANDATORY)
  @Priority(OUTSIDE)
  public static class OutsideMandatory extends Outside {}

  @Interceptor
  @Transactional(TxType.SUPPORTS)
  @Priority(INSIDE)
  public static class InsideSupports extends Inside {}

  @Interceptor
  @Transactional(TxType.SUPPORTS)
  @Priority(OUTSIDE)
  public static class OutsideSupports extends Outside {}
}
