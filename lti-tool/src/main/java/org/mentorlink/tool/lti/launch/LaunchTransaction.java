package org.mentorlink.tool.lti.launch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.function.Supplier;

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
    return attempt(() -> validator.validate(request), request.cookies());
  }

  /**
   * Any launch's validation (an LTI 1.1 launch's too: its nonce is what it spends) and, if it
   * passes, its recording by the {@link LaunchHandler}, in one transaction, as for LTI 1.3.
   */
  @Transactional
  public Attempt run(Supplier<LaunchMessage> validation, Map<String, String> cookies) {
    return attempt(validation, cookies);
  }

  private Attempt attempt(Supplier<LaunchMessage> validation, Map<String, String> cookies) {
    LaunchMessage message;
    try {
      message = validation.get();
    } catch (LaunchException refused) {
      if (transactions.getRollbackOnly()) {
        throw refused;
      }
      return new Attempt(null, refused); // commits: the state (and nonce) stay spent
    }
    return new Attempt(handler.accept(message, cookies), null);
  }
}
