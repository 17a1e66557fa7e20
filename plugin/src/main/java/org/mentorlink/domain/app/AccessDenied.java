package org.mentorlink.domain.app;

import java.util.Objects;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/**
 * The access policy refused someone a record that exists (answered as "not found", so they learn
 * nothing): who, in which scheme, what kind of record and its id. {@link AuditTrail} writes it in a
 * transaction of its own, since the refused call's is rolled back.
 */
public record AccessDenied(
    PersonRef actor, SchemeRef scheme, ConfidentialRead.Kind kind, String recordId) {
  public AccessDenied {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(recordId, "recordId");
  }
}
