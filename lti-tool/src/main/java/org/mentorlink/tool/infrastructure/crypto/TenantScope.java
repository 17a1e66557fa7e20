package org.mentorlink.tool.infrastructure.crypto;

/**
 * The registration whose data key seals what the current thread writes: set when a request's
 * session is known, cleared when the request ends ({@link TenantScopeFilter}). Text written with no
 * registration in scope is sealed with the tool's own data key.
 */
public final class TenantScope {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private TenantScope() {}

  static void set(String tenantId) {
    CURRENT.set(tenantId);
  }

  static String current() {
    return CURRENT.get();
  }

  static void clear() {
    CURRENT.remove();
  }
}
