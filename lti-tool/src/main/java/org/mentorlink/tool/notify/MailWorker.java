package org.mentorlink.tool.notify;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.mentorlink.tool.infrastructure.db.DatabaseFaults;
import org.mentorlink.tool.infrastructure.db.Leases;

/**
 * Sends the e-mail outbox, every few seconds, on every node, while e-mail is on: claims a few
 * people's e-mails (each person by one node only), sends each one neutral e-mail covering all that
 * waits for them, and records what became of it. An SMTP server that is down or busy means trying
 * again later, the delay doubling from {@code mentorlink.mail.retry.base.millis} up to 15 minutes;
 * an address the server refuses is not tried again. Log lines never hold an address or a name.
 */
@ApplicationScoped
public class MailWorker {
  private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());
  static final long MAX_BACKOFF_MS = 900_000;
  static final int BATCH = 8;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject MailSettings settings;
  @Inject MailOutbox outbox;
  @Inject MailSender sender;

  private ScheduledFuture<?> task;
  private volatile boolean stopping;
  private volatile long lastWarning;

  void onStart(@Observes Startup event) {
    if (!settings.enabled()) {
      LOG.info("E-mail is off (no SMTP host is set): notices show on the start pages only");
      return;
    }
    long poll = settings.pollMillis();
    task = scheduler.scheduleWithFixedDelay(this::drain, poll, poll, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (task != null) {
      task.cancel(false);
    }
  }

  /** Sends everything due now, a few people at a time. */
  void drain() {
    try {
      while (!stopping) {
        List<MailOutbox.Addressed> batch = outbox.claim(BATCH);
        if (batch.isEmpty()) {
          return;
        }
        for (MailOutbox.Addressed a : batch) {
          MailSender.Outcome o;
          try {
            o = sender.send(a.address());
          } catch (RuntimeException | LinkageError e) {
            // Not the message (it may quote the address): the kind of failure only.
            o =
                new MailSender.Outcome(
                    MailSender.Outcome.Result.LATER,
                    "the e-mail could not be made (" + e.getClass().getName() + ")");
          }
          switch (o.result()) {
            case SENT -> outbox.sent(a.claim());
            case REFUSED -> outbox.refused(a.claim(), o.reason());
            case LATER -> {
              long delay =
                  Leases.backoff(settings.retryBaseMillis(), a.claim().attempts(), MAX_BACKOFF_MS);
              outbox.later(a.claim(), delay, o.reason());
              warn(
                  "E-mail waits: "
                      + o.reason()
                      + "; trying again in "
                      + Math.max(1, (delay + 999) / 1000)
                      + " s");
            }
          }
        }
      }
    } catch (RuntimeException | LinkageError e) {
      // One line, never the exception's text (it may quote SQL or an address); a task that threw
      // would never run again, so nothing escapes.
      warn(
          DatabaseFaults.classify(e).isPresent()
              ? "E-mail paused: the database is unavailable"
              : "E-mail paused: an unexpected error (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** At most one warning a minute: a server that stays down does not fill the log. */
  private void warn(String line) {
    long now = System.currentTimeMillis();
    if (now - lastWarning >= 60_000) {
      lastWarning = now;
      LOG.warning(line);
    }
  }
}
