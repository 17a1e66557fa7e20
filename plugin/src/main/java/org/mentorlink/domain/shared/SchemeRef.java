package org.mentorlink.domain.shared;

import java.util.Objects;

/** A reference to one mentoring scheme (one per platform context) within one tenant. */
public record SchemeRef(TenantId tenant, String schemeId) {
  public SchemeRef {
    Objects.requireNonNull(tenant, "tenant");
    schemeId = Require.text(schemeId, "INVALID_SCHEME", "Scheme id", 64);
  }

  /** True if the person belongs to the same tenant as this scheme. */
  public boolean admits(PersonRef person) {
    return person.sameTenantAs(tenant);
  }
}
