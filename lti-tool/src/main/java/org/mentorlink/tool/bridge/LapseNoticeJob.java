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
import org.mentorlink.domain.app.MentorRecordService;

/**
 * The daily sweep of lapse notices, on every node: once a day a node tries to claim the {@code
 * lapse-notices} job ({@link JobClaims}); the one that wins tells each mentor whose training or
 * indemnity lapses soon (and their lead) through the notifications ({@link
 * MentorRecordService#announceLapses}), once per lapse. Logs a count only.
 */
@ApplicationScoped
public class LapseNoticeJob {
  private static final Logger LOG = Logger.getLogger(LapseNoticeJob.class.getName());
  static final String JOB = "lapse-notices";
  private static final Duration EVERY = Duration.ofHours(24);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject JobClaims claims;
  @Inject MentorRecordService records;
  @Inject Clock clock;

  private final String node = UUID.randomUUID().toString();
  private ScheduledFuture<?> task;

  void onStart(@Observes Startup event) {
    task = scheduler.scheduleWithFixedDelay(this::tick, 3, 60, TimeUnit.MINUTES);
  }

  /** Claims the job for a day and, if this node won, announces the lapses due. */
  void tick() {
    try {
      Instant now = clock.instant();
      if (claims.claim(JOB, node, now, now.plus(EVERY).minusSeconds(30))) {
        int n = records.announceLapses();
        if (n > 0) {
          LOG.info(() -> "Lapse notices: " + n + " lapse(s) announced");
        }
      }
    } catch (RuntimeException e) {
      LOG.warning("The lapse-notice sweep could not run (database unavailable?)");
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
