package org.mentorlink.tool.bridge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Claims of background jobs that one node at a time runs (the {@code job_claim} table): a node
 * claims a job by moving its {@code claimed_until} forward with a conditional UPDATE, which on any
 * database exactly one of several nodes wins; a node that dies mid-job leaves the claim to lapse,
 * and the job is claimed again at its next turn.
 */
@ApplicationScoped
public class JobClaims {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  /** True if this node ({@code node}) now holds {@code job} until {@code until}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean claim(String job, String node, Instant now, Instant until) {
    return em.createNativeQuery(
                "UPDATE job_claim SET claimed_by = ?1, claimed_until = ?2, last_run_at = ?3"
                    + " WHERE name = ?4 AND claimed_until < ?3")
            .setParameter(1, node)
            .setParameter(2, utc(until))
            .setParameter(3, utc(now))
            .setParameter(4, job)
            .executeUpdate()
        == 1;
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
