package org.mentorlink.tool.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.mentorlink.domain.notice.Notice;

/** A notice the domain raised is queued for an e-mail in the same transaction. */
@ApplicationScoped
public class MailEnqueuer {
  @Inject MailOutbox outbox;

  void raised(@Observes Notice notice) {
    outbox.enqueue(notice);
  }
}
