package org.mentorlink.tool.infrastructure.metrics;

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
 * Every {@value #PERIOD_SECONDS} s, asks every {@link Measured} store to refresh its gauges. A
 * gauge shows -1 until its first measurement, and keeps its last value while the database is
 * unavailable (readiness says so).
 */
@ApplicationScoped
public class GaugeRefresher {
  static final int PERIOD_SECONDS = 15;
  private static final Logger LOG = Logger.getLogger(GaugeRefresher.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject @Any Instance<Measured> stores;

  private ScheduledFuture<?> task;

  void onStart(@Observes Startup event) {
    task = scheduler.scheduleWithFixedDelay(this::refresh, 2, PERIOD_SECONDS, TimeUnit.SECONDS);
  }

  void refresh() {
    for (Measured store : stores) {
      try {
        store.measure();
      } catch (RuntimeException e) {
        LOG.fine(() -> "A gauge could not be measured (database unavailable?)");
      }
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
