package org.mentorlink.tool.idempotency;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.mentorlink.tool.infrastructure.web.HttpProblem;

/**
 * Runs a state-changing call that carries a key at most once per key and person, and answers a
 * retry as the first call was answered.
 *
 * <ol>
 *   <li>A key already completed with the same request is <em>replayed</em>: the same status, the
 *       same {@code Location}, and a small JSON body naming what the call created (the bodies are
 *       never stored: they hold confidential text). With a different request: {@code 422
 *       IDEMPOTENCY_KEY_REUSED}.
 *   <li>A key whose first call is still running is refused with {@code 409 IDEMPOTENCY_IN_PROGRESS}
 *       (an API client retries later); a page's second submit waits for the first and is then
 *       answered as it was.
 *   <li>Otherwise the call runs inside one transaction that also claims the key and, if the answer
 *       is a success (an API call's 2xx, a page's redirect), records it. The record and the call's
 *       writes are committed together or not at all: a crash leaves neither, and a retry then runs
 *       the call afresh. A refused call (4xx, or a domain rule broken below) stores nothing, as
 *       before. A page answered in place (2xx: a link shown once, a form shown again) keeps what it
 *       wrote, without remembering its key.
 * </ol>
 */
@ApplicationScoped
public class IdempotentCalls {
  private static final Logger LOG = Logger.getLogger(IdempotentCalls.class.getName());

  /** How long a page's second submit waits for its first. */
  static final long PAGE_WAIT_SECONDS = 20;

  @Inject IdempotencyRecords records;

  @Resource UserTransaction transaction;

  Answers answers = new JaxRsAnswers();

  private final ConcurrentMap<String, CountDownLatch> inFlight = new ConcurrentHashMap<>();

  /**
   * Runs {@code call} for {@code request} at most once; a retry of a finished call throws its
   * replay ({@link Answers#replay}).
   */
  public Object run(IdempotentRequest request, Callable<Object> call) throws Exception {
    while (true) {
      CountDownLatch mine = new CountDownLatch(1);
      CountDownLatch other = inFlight.putIfAbsent(request.flightKey(), mine);
      if (other != null) {
        if (!request.page() || !other.await(PAGE_WAIT_SECONDS, TimeUnit.SECONDS)) {
          throw inProgress();
        }
        continue; // the first submit has finished: answer as it was answered, or run it
      }
      try {
        Optional<IdempotencyRecords.Done> done = records.find(request);
        if (done.isPresent()) {
          throw replay(request, done.get());
        }
        return execute(request, call);
      } finally {
        inFlight.remove(request.flightKey(), mine);
        mine.countDown();
      }
    }
  }

  private Object execute(IdempotentRequest request, Callable<Object> call) throws Exception {
    transaction.begin();
    boolean open = true;
    try {
      try {
        records.claim(request);
      } catch (PersistenceException e) {
        // Claimed by a call that committed meanwhile, or is still running on another node.
        rollback();
        open = false;
        Optional<IdempotencyRecords.Done> done = records.find(request);
        if (done.isPresent()) {
          throw replay(request, done.get());
        }
        throw inProgress();
      }
      CreatedIds.start();
      Object result;
      List<CreatedIds.Created> created;
      try {
        result = call.call();
      } finally {
        created = CreatedIds.stop();
      }
      int status = answers.status(result);
      // An API call succeeds with a 2xx; a page's form with its redirect (POST-redirect-GET).
      boolean success =
          request.page() ? status >= 300 && status < 400 : status >= 200 && status < 300;
      if (transaction.getStatus() != Status.STATUS_ACTIVE) {
        rollback(); // a rule broken below: nothing of the call stands
        open = false;
        return result;
      }
      if (!success && request.page() && status >= 200 && status < 300) {
        // A page answered in place — a link shown only once (an invitation), or the form again
        // with its errors: what the call wrote stands, but a page cannot be replayed, so the key
        // is not remembered (a second submit runs again).
        records.release(request);
        open = false;
        commit();
        return result;
      }
      if (!success) {
        rollback();
        open = false;
        return result;
      }
      records.complete(request, status, answers.location(result), created);
      open = false;
      commit();
      return result;
    } finally {
      if (open) {
        rollback();
      }
    }
  }

  /** The first call's answer again, if the request is the same one. */
  private RuntimeException replay(IdempotentRequest request, IdempotencyRecords.Done done) {
    if (!done.requestHash().equals(request.requestHash())) {
      throw new HttpProblem(
          422,
          "IDEMPOTENCY_KEY_REUSED",
          request.page()
              ? "This form was already sent with other answers. Please reload the page and send it"
                  + " again."
              : "This Idempotency-Key was already used for a different request.");
    }
    return answers.replay(done.status(), done.location(), done.created());
  }

  private static HttpProblem inProgress() {
    return new HttpProblem(
        409,
        "IDEMPOTENCY_IN_PROGRESS",
        "A request with this Idempotency-Key is still being processed. Try again in a moment.");
  }

  private void commit() throws SystemException {
    try {
      transaction.commit();
    } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException e) {
      // As a @Transactional method reports a failed commit, so the same mappers apply.
      throw new TransactionalException("The transaction could not be committed.", e);
    }
  }

  private void rollback() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException | IllegalStateException | SecurityException e) {
      LOG.warning("The rollback of an idempotent call did not complete");
    }
  }
}
