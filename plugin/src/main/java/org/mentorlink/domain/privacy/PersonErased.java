package org.mentorlink.domain.privacy;

import java.util.Objects;
import org.mentorlink.domain.shared.TenantId;

/**
 * A person's records were erased, in the erasing transaction: the tool's other stores (browser
 * sessions, gradebook outbox, idempotency records — and the audit trail, which pseudonymises its
 * rows) observe it and forget the person too. {@code wholeTenant}: everything of theirs in the
 * tenant (operator), else one scheme's (its lead).
 */
public record PersonErased(
    TenantId tenant, String personId, String erasedId, String schemeId, boolean wholeTenant) {
  public PersonErased {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(erasedId, "erasedId");
  }
}
