package org.mentorlink.tool.idempotency;

import java.util.List;

/**
 * How {@link IdempotentCalls} reads a resource method's result and answers a replay: with JAX-RS
 * responses in the server ({@link JaxRsAnswers}), with plain values in unit tests.
 */
interface Answers {
  /** The HTTP status the result will be answered with. */
  int status(Object result);

  /** Its {@code Location}, if any (at most 2000 characters, else none). */
  String location(Object result);

  /**
   * The answer to a retry of a call that was answered {@code status}, as an exception to throw: a
   * resource method may not return it in place of its declared result.
   */
  RuntimeException replay(int status, String location, List<CreatedIds.Created> created);
}
