package org.mentorlink.tool.lti.legacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Which person each LTI 1.1 {@code user_id} of a registration is: written by the launch that first
 * sees it (an LTI 1.1 launch, or an LTI 1.3 launch whose migration claim vouches for it), read by
 * every later LTI 1.1 launch. Only ids: the person is the bridge's.
 */
@ApplicationScoped
public class LegacyUsers {
  /** The subject a person first seen in LTI 1.1 is stored with: never an LTI 1.3 {@code sub}. */
  public static final String SUBJECT_PREFIX = "lti11:";

  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Inject Clock clock;

  /** The person id of {@code userId} in the registration, if a launch recorded one. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> personOf(String tenantId, String userId) {
    LegacyUser u = em.find(LegacyUser.class, new LegacyUser.Key(tenantId, userId));
    return u == null ? Optional.empty() : Optional.of(u.personId());
  }

  /** Records that {@code userId} is {@code personId} (kept if already recorded). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String tenantId, String userId, String personId) {
    if (personOf(tenantId, userId).isEmpty()) {
      em.persist(new LegacyUser(tenantId, userId, personId, clock.instant()));
    }
  }

  /** The subject a person first seen through LTI 1.1 as {@code userId} is stored with. */
  public static String legacySubject(String userId) {
    return SUBJECT_PREFIX + userId;
  }
}
