package org.mentorlink.tool.lti.legacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.mentorlink.tool.infrastructure.Expiring;

/**
 * The OAuth nonces of LTI 1.1 launches, each used at most once per consumer key across all nodes
 * (in the database, never in one node's memory: the IMS library's own nonce memory is per call).
 */
@ApplicationScoped
public class OAuthNonces implements Expiring {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Inject Clock clock;

  /**
   * Marks the nonce used, in the launch's transaction (committed for a refused launch too); false
   * if it was used before. Kept until {@code keepUntil}, after which a replay fails on its time. A
   * node that records it at the same moment as another dooms this transaction instead ({@link
   * NonceRaceLost}), so the launch is refused either way.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean markUsed(
      String registrationId, String consumerKey, String nonceHash, Instant keepUntil) {
    if (em.find(
            UsedOAuthNonce.class, new UsedOAuthNonce.Key(registrationId, consumerKey, nonceHash))
        != null) {
      return false;
    }
    try {
      em.persist(new UsedOAuthNonce(registrationId, consumerKey, nonceHash, keepUntil));
      em.flush();
      return true;
    } catch (PersistenceException e) {
      throw new NonceRaceLost();
    }
  }

  @Override
  @Transactional
  public int purgeExpired() {
    return em.createQuery("delete from UsedOAuthNonce n where n.expiresAt < :now")
        .setParameter("now", clock.instant())
        .executeUpdate();
  }

  /** Thrown (dooming the launch's transaction) when a concurrent node used the nonce first. */
  public static final class NonceRaceLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NonceRaceLost() {
      super("OAuth nonce used concurrently", null, false, false);
    }
  }
}
