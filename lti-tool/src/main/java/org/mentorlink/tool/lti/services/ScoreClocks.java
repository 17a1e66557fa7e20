package org.mentorlink.tool.lti.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates score clock rows, each in a transaction of its own: when two first approvals for one
 * person create the same clock at once, the duplicate fails only its own small transaction (the
 * caller ignores it and locks the row the other one made).
 */
@ApplicationScoped
public class ScoreClocks {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void create(String id, String tenantId) {
    em.persist(new ScoreClock(id, tenantId));
    em.flush();
  }
}
