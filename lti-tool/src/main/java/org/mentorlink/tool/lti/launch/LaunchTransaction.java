package org.mentorlink.tool.lti.launch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * A whole launch in one database transaction: the validation (which spends the login state and
 * records the nonce) and, once every step has passed, what the {@link LaunchHandler} writes. A
 * refused launch is not thrown through the transaction but returned, so the transaction still
 * commits and the state and nonce stay spent whatever step refused; nothing else was written by
 * then. Before, each of the state, the registration, the nonce, the deployment and the handler's
 * writes had a transaction (and a pooled connection's validation) of its own.
 *
 * <p>Single use holds as before: concurrent posts of one state are serialised on the state's row
 * (the second finds it gone, {@code STATE_UNKNOWN}); the nonce is bound to that state. Should the
 * transaction nevertheless be doomed (a nonce recorded at the same moment by another node), the
 * refusal is thrown and everything rolls back — that nonce stays recorded by the other node, so the
 * token cannot be used again.
 */
@ApplicationScoped
public class LaunchTransaction {
  @Inject LaunchValidator validator;
  @Inject LaunchHandler handler;
  @Resource TransactionSynchronizationRegistry transactions;

  /** The launch's outcome, or the refusal of the first step that refused (never both). */
  public record Attempt(LaunchHandler.Outcome outcome, LaunchException refusal) {}

  /** Validates and, if every step passes, records the launch; one transaction. */
  @Transactional
  public Attempt run(LaunchRequest request) {
    LaunchMessage message;
    try {
      message = validator.validate(request);
    } catch (LaunchException refused) {
      if (transactions.getRollbackOnly()) {
        throw refused;
      }
      return new Attempt(null, refused); // commits: the state (and nonce) stay spent
    }
    return new Attempt(handler.accept(message, request.cookies()), null);
  }
}
