package org.mentorlink.tool.bridge;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.mentorlink.domain.app.RetentionService;
import org.mentorlink.domain.app.SubjectViews;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;

/**
 * The retention sweep, on every node: every {@code MENTORLINK_RETENTION_SWEEP_HOURS} a node tries
 * to claim the {@code retention} job ({@link JobClaims}); the one that wins deletes the content of
 * the relationships whose retention has passed ({@link RetentionService}). Logs counts only.
 */
@ApplicationScoped
public class RetentionJob {
  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
  static final String JOB = "retention";

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject JobClaims claims;
  @Inject RetentionService retention;
  @Inject MentorlinkConfig config;
  @Inject Clock clock;

  private final String node = UUID.randomUUID().toString();
  private ScheduledFuture<?> task;

  void onStart(@Observes Startup event) {
    long minutes = Math.max(1, config.retentionSweepEvery().toMinutes());
    task = scheduler.scheduleWithFixedDelay(this::tick, 2, minutes, TimeUnit.MINUTES);
  }

  /** Claims the job for one period and, if this node won, sweeps. */
  void tick() {
    try {
      Instant now = clock.instant();
      Duration every = config.retentionSweepEvery();
      if (claims.claim(JOB, node, now, now.plus(every).minusSeconds(30))) {
        SubjectViews.RetentionRun run = retention.sweep();
        if (run.relationships() > 0) {
          LOG.info(
              () -> "Retention deleted the content of " + run.relationships() + " relationships");
        }
      }
    } catch (RuntimeException e) {
      LOG.warning("The retention sweep could not run (database unavailable?)");
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
