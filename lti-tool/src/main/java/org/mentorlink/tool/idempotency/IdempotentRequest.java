package org.mentorlink.tool.idempotency;

/**
 * A state-changing request that carries a key: who it is scoped to (tenant and person of the
 * session, or the operator), the key, and the SHA-256 of method, path and body bytes.
 *
 * @param page a page's form (its one-time token), not an API call: a retry that finds the first
 *     still running waits for its answer instead of being refused
 */
record IdempotentRequest(
    String tenantId, String personId, String key, String requestHash, boolean page) {

  /** The operator API has no person: its calls share one scope. */
  static final String OPERATOR = "operator";

  /** Names the key in this process's set of calls in flight. */
  String flightKey() {
    return tenantId + '\n' + personId + '\n' + key;
  }

  @Override
  public String toString() {
    return "IdempotentRequest[tenant=" + tenantId + ", page=" + page + "]";
  }
}
