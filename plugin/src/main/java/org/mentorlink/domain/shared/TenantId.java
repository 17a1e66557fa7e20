package org.mentorlink.domain.shared;

/**
 * The tenant every record belongs to: one platform registration (issuer + client id). No query and
 * no rule ever crosses tenants.
 */
public record TenantId(String value) {
  public TenantId {
    value = Require.text(value, "INVALID_TENANT", "Tenant id", 64);
  }

  @Override
  public String toString() {
    return value;
  }
}
