package org.mentorlink.tool.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mentorlink.domain.notice.Notice;
import org.mentorlink.domain.person.Person;
import org.mentorlink.tool.infrastructure.db.Sql;

/**
 * The e-mail outbox in the persistence unit's transactions: a notice is queued in the transaction
 * that raised it; claims and outcomes each commit on their own, so an e-mail is sent between two
 * commits and its claim (a lease) survives the node only until it runs out.
 */
@ApplicationScoped
public class MailOutbox {
  /** How long a claim lasts: well beyond one SMTP conversation with its timeouts. */
  static final long LEASE_MS = 120_000;

  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Inject Clock clock;
  @Inject MailSettings settings;

  /** A claimed person's e-mail, with the address to send it to (never logged). */
  record Addressed(MailQueue.Claim claim, String address) {}

  /** Queues an e-mail for the notice, when e-mail is on (see {@link MailQueue#enqueue}). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void enqueue(Notice n) {
    if (settings.enabled()) {
      MailQueue.enqueue(
          Sql.of(em), UUID.randomUUID().toString(), n, clock.millis(), settings.digestMillis());
    }
  }

  /**
   * Claims up to {@code max} people's e-mails; one who opted out or has no address any more since
   * the notice was queued is not sent one (their rows are dropped).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Addressed> claim(int max) {
    Sql sql = Sql.of(em);
    List<Addressed> out = new ArrayList<>();
    for (MailQueue.Claim c :
        MailQueue.claim(sql, clock.millis(), LEASE_MS, settings.digestMillis(), max)) {
      Person p = em.find(Person.class, c.personId());
      if (p == null || !p.tenant().value().equals(c.tenantId())) {
        MailQueue.dropped(sql, c, "the person is gone");
      } else if (!p.wantsMail()) {
        MailQueue.dropped(sql, c, p.mailOptedOut() ? "opted out" : "no address");
      } else {
        out.add(new Addressed(c, p.email()));
      }
    }
    return out;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(MailQueue.Claim c) {
    MailQueue.sent(Sql.of(em), c, clock.millis(), settings.digestMillis());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void later(MailQueue.Claim c, long delayMs, String reason) {
    MailQueue.later(Sql.of(em), c, clock.millis(), delayMs, reason);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void refused(MailQueue.Claim c, String reason) {
    MailQueue.failed(Sql.of(em), c, reason);
  }
}
