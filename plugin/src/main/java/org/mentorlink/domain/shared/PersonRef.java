package org.mentorlink.domain.shared;

import java.util.Objects;

/**
 * A reference to one person within one tenant. Two references are the same person only if both the
 * tenant and the id match: the same platform user id in another registration is someone else.
 */
public record PersonRef(TenantId tenant, String personId) {
  public PersonRef {
    Objects.requireNonNull(tenant, "tenant");
    personId = Require.text(personId, "INVALID_PERSON", "Person id", 64);
  }

  /** True if {@code other} is in the same tenant as this person. */
  public boolean sameTenantAs(TenantId other) {
    return tenant.equals(other);
  }
}
