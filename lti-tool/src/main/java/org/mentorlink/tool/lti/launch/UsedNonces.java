package org.mentorlink.tool.lti.launch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.mentorlink.tool.infrastructure.Expiring;

/** Records nonces as used, each at most once per registration, across all nodes. */
@ApplicationScoped
public class UsedNonces implements Expiring {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Inject Clock clock;

  /**
   * Marks the nonce used, in the launch's transaction (committed for a refused launch too); false
   * if it was already used. Kept until {@code keepUntil} (after the token's own expiry, a replay
   * fails on time anyway).
   */
  @Transactional
  public boolean markUsed(String registrationId, String nonceHash, Instant keepUntil) {
    if (em.find(UsedNonce.class, new UsedNonce.Key(registrationId, nonceHash)) != null) {
      return false;
    }
    try {
      em.persist(new UsedNonce(registrationId, nonceHash, keepUntil));
      em.flush();
      return true;
    } catch (PersistenceException e) {
      // Another node recorded it at the same moment: the primary key refused this one.
      throw new NonceRaceLost();
    }
  }

  @Override
  @Transactional
  public int purgeExpired() {
    return em.createQuery("delete from UsedNonce n where n.expiresAt < :now")
        .setParameter("now", clock.instant())
        .executeUpdate();
  }

  /** Thrown (dooming the launch's transaction) when a concurrent node used the nonce first. */
  public static final class NonceRaceLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NonceRaceLost() {
      super("nonce used concurrently", null, false, false);
    }
  }
}
