package org.mentorlink.tool.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Every ten minutes, asks every {@link Expiring} store (login states, nonces, sessions, hand-off
 * codes ...) to delete what has expired. Deleting what has expired is idempotent, so any number of
 * nodes may do it at once.
 */
@ApplicationScoped
public class Housekeeping {
  private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject @Any Instance<Expiring> stores;

  private ScheduledFuture<?> task;

  void onStart(@Observes Startup event) {
    task = scheduler.scheduleWithFixedDelay(this::purge, 1, 10, TimeUnit.MINUTES);
  }

  void purge() {
    try {
      int n = 0;
      for (Expiring store : stores) {
        n += store.purgeExpired();
      }
      int removed = n;
      if (removed > 0) {
        LOG.fine(() -> "Housekeeping removed " + removed + " expired rows");
      }
    } catch (RuntimeException e) {
      LOG.warning("Housekeeping could not run (database unavailable?)");
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
