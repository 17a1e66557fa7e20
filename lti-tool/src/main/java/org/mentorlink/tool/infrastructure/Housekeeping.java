package org.mentorlink.tool.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.mentorlink.tool.lti.launch.UsedNonces;
import org.mentorlink.tool.lti.login.LoginStates;
import org.mentorlink.tool.session.Sessions;

/**
 * Every ten minutes, deletes expired login states, nonces, sessions and hand-off codes. Deleting
 * what has expired is idempotent, so any number of nodes may do it at once.
 */
@ApplicationScoped
public class Housekeeping {
  private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject LoginStates states;
  @Inject UsedNonces nonces;
  @Inject Sessions sessions;

  private ScheduledFuture<?> task;

  void onStart(@Observes Startup event) {
    task = scheduler.scheduleWithFixedDelay(this::purge, 1, 10, TimeUnit.MINUTES);
  }

  void purge() {
    try {
      int n = states.purgeExpired() + nonces.purgeExpired() + sessions.purgeExpired();
      if (n > 0) {
        LOG.fine(() -> "Housekeeping removed " + n + " expired rows");
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
