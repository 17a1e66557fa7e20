package org.mentorlink.tool.bridge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.mentorlink.domain.privacy.PersonErased;
import org.mentorlink.domain.privacy.TenantLeaving;

/**
 * What the tool's own stores hold of a person or a registration, forgotten in the domain's
 * transaction: on an erasure everywhere, the person's browser sessions and launches (an open tab
 * stops working), idempotency records, gradebook links and queued scores, and queued e-mails; on
 * leaving, every row of the registration, and the registration itself.
 *
 * <p>The audit trail's rows of the person are pseudonymised by {@code SubjectRightsService} itself
 * (through {@code AuditTrail.erased}); those of a registration that leaves stay, as the record of
 * what was done. On leaving, the registration's data key is deleted too.
 */
@ApplicationScoped
public class ForgetPerson {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  void erased(@Observes PersonErased e) {
    if (!e.wholeTenant()) {
      return;
    }
    String t = e.tenant().value();
    String p = e.personId();
    String sessions = "SELECT id_hash FROM web_session WHERE tenant_id = ?1 AND person_id = ?2";
    run("DELETE FROM lti_handoff WHERE session_hash IN (" + sessions + ")", t, p);
    run("DELETE FROM web_launch WHERE session_hash IN (" + sessions + ")", t, p);
    run("DELETE FROM web_session WHERE tenant_id = ?1 AND person_id = ?2", t, p);
    run("DELETE FROM idempotency_key WHERE tenant_id = ?1 AND person_id = ?2", t, p);
    run("DELETE FROM ags_outbox WHERE tenant_id = ?1 AND person_id = ?2", t, p);
    run("DELETE FROM ags_link WHERE tenant_id = ?1 AND person_id = ?2", t, p);
    // A later LTI 1.1 launch of the same user_id starts empty, as a 1.3 one does.
    run("DELETE FROM lti11_user WHERE tenant_id = ?1 AND person_id = ?2", t, p);
    run("DELETE FROM mail_outbox WHERE tenant_id = ?1 AND person_id = ?2", t, p);
  }

  void leaving(@Observes TenantLeaving e) {
    String t = e.tenant().value();
    String sessions = "SELECT id_hash FROM web_session WHERE tenant_id = ?1";
    run("DELETE FROM lti_handoff WHERE session_hash IN (" + sessions + ")", t);
    run("DELETE FROM web_launch WHERE session_hash IN (" + sessions + ")", t);
    run("DELETE FROM web_launch WHERE tenant_id = ?1", t);
    run("DELETE FROM web_session WHERE tenant_id = ?1", t);
    run("DELETE FROM idempotency_key WHERE tenant_id = ?1", t);
    run("DELETE FROM ags_outbox WHERE tenant_id = ?1", t);
    run("DELETE FROM ags_score_clock WHERE tenant_id = ?1", t);
    run("DELETE FROM ags_line_item WHERE tenant_id = ?1", t);
    run("DELETE FROM ags_link WHERE tenant_id = ?1", t);
    run("DELETE FROM mail_outbox WHERE tenant_id = ?1", t);
    run("DELETE FROM lti_resource_link WHERE tenant_id = ?1", t);
    run("DELETE FROM lti_context WHERE tenant_id = ?1", t);
    run("DELETE FROM lti_used_nonce WHERE tenant_id = ?1", t);
    run("DELETE FROM lti11_used_nonce WHERE tenant_id = ?1", t);
    run("DELETE FROM lti11_user WHERE tenant_id = ?1", t);
    run("DELETE FROM lti_login_state WHERE tenant_id = ?1", t);
    run("DELETE FROM lti_deployment WHERE tenant_id = ?1", t);
    run("DELETE FROM lti_registration WHERE id = ?1", t);
    // Its data key last: whatever copy of its rows a backup still holds can no longer be read.
    run("DELETE FROM data_key WHERE tenant_id = ?1", t);
    em.clear();
  }

  private void run(String sql, Object... params) {
    Query q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    q.executeUpdate();
  }
}
