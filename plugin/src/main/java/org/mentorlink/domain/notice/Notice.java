package org.mentorlink.domain.notice;

import java.util.Objects;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.SchemeRef;

/**
 * Something now waits for {@code recipient} in a scheme. Fired synchronously inside the transaction
 * that made it wait, so an observer records it (for an e-mail) in the same transaction. It carries
 * ids only: never a name, never content.
 *
 * @param scheme the scheme it happened in
 * @param recipient who has something to do
 * @param kind what is waiting
 * @param eventKey the event: the record's id, with the moment for events that may recur on the same
 *     record (a record submitted again after a return); one notice per person and event
 */
public record Notice(SchemeRef scheme, PersonRef recipient, NoticeKind kind, String eventKey) {
  public Notice {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(kind, "kind");
    Require.text(eventKey, "INVALID_EVENT", "The event key", 80);
    if (!recipient.sameTenantAs(scheme.tenant())) {
      throw new IllegalArgumentException("a notice stays within its registration");
    }
  }
}
