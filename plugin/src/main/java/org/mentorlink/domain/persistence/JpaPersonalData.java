package org.mentorlink.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mentorlink.domain.privacy.ErasureCounts;
import org.mentorlink.domain.privacy.PersonalData;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;

/**
 * {@link PersonalData} in SQL that both H2 and PostgreSQL run; every statement names the tenant
 * (child tables without a tenant column are reached through their tenant-filtered parent). Bulk
 * statements bypass the persistence context, so each call flushes before and clears after.
 */
@ApplicationScoped
public class JpaPersonalData implements PersonalData {
  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Override
  public ErasureCounts erase(
      TenantId tenant, String personId, String erasedId, Collection<SchemeRef> schemes) {
    em.flush();
    ErasureCounts total = ErasureCounts.NONE;
    for (SchemeRef s : schemes) {
      total = total.plus(eraseIn(tenant.value(), s.schemeId(), personId, erasedId));
    }
    em.clear();
    return total;
  }

  private ErasureCounts eraseIn(String t, String scheme, String person, String erased) {
    @SuppressWarnings("unchecked")
    List<Object> rels =
        em.createNativeQuery(
                "SELECT id FROM relationship WHERE tenant_id = ?1 AND scheme_id = ?2"
                    + " AND (mentee_id = ?3 OR mentor_id = ?3)")
            .setParameter(1, t)
            .setParameter(2, scheme)
            .setParameter(3, person)
            .getResultList();
    for (Object id : rels) {
      deleteContent(t, id.toString(), null);
    }
    run(
        "UPDATE relationship SET mentee_id = ?4 WHERE tenant_id = ?1 AND scheme_id = ?2"
            + " AND mentee_id = ?3",
        t,
        scheme,
        person,
        erased);
    run(
        "UPDATE relationship SET mentor_id = ?4 WHERE tenant_id = ?1 AND scheme_id = ?2"
            + " AND mentor_id = ?3",
        t,
        scheme,
        person,
        erased);
    run(
        "UPDATE relationship SET closed_by = ?4 WHERE tenant_id = ?1 AND scheme_id = ?2"
            + " AND closed_by = ?3",
        t,
        scheme,
        person,
        erased);
    // A safeguarding concern is kept (a record the law may require), its parties re-keyed.
    run(
        "UPDATE safeguarding_concern SET"
            + " mentee_id = CASE WHEN mentee_id = ?3 THEN ?4 ELSE mentee_id END,"
            + " mentor_id = CASE WHEN mentor_id = ?3 THEN ?4 ELSE mentor_id END"
            + " WHERE tenant_id = ?1 AND scheme_id = ?2 AND (mentee_id = ?3 OR mentor_id = ?3)",
        t,
        scheme,
        person,
        erased);
    // So is a mentee's word to the lead about their mentor, its parties re-keyed the same way.
    run(
        "UPDATE mentor_change_request SET"
            + " mentee_id = CASE WHEN mentee_id = ?3 THEN ?4 ELSE mentee_id END,"
            + " mentor_id = CASE WHEN mentor_id = ?3 THEN ?4 ELSE mentor_id END,"
            + " reviewed_by = CASE WHEN reviewed_by = ?3 THEN ?4 ELSE reviewed_by END,"
            + " closed_by = CASE WHEN closed_by = ?3 THEN ?4 ELSE closed_by END"
            + " WHERE tenant_id = ?1 AND scheme_id = ?2 AND (mentee_id = ?3 OR mentor_id = ?3"
            + " OR reviewed_by = ?3 OR closed_by = ?3)",
        t,
        scheme,
        person,
        erased);
    // A fee claim stays for finance as an anonymous amount: its mentor re-keyed, its text gone.
    run(
        "UPDATE claim SET mentor_person_id = ?4, travel_note = NULL, return_reason = NULL"
            + " WHERE tenant_id = ?1 AND scheme_id = ?2 AND mentor_person_id = ?3",
        t,
        scheme,
        person,
        erased);
    run(
        "UPDATE claim SET decided_by = ?4 WHERE tenant_id = ?1 AND scheme_id = ?2"
            + " AND decided_by = ?3",
        t,
        scheme,
        person,
        erased);
    // The "already answered" markers name the person; the answers themselves never did.
    run(
        "DELETE FROM feedback_given WHERE tenant_id = ?1 AND scheme_id = ?2 AND person_id = ?3",
        t,
        scheme,
        person);
    int proposals =
        run(
            "UPDATE match_proposal SET decline_reason = NULL,"
                + " mentee_id = CASE WHEN mentee_id = ?3 THEN ?4 ELSE mentee_id END,"
                + " mentor_id = CASE WHEN mentor_id = ?3 THEN ?4 ELSE mentor_id END"
                + " WHERE tenant_id = ?1 AND scheme_id = ?2 AND (mentee_id = ?3 OR mentor_id = ?3)",
            t,
            scheme,
            person,
            erased);
    // A signposting during mentoring stays as a count: its note and its author's id go.
    run(
        "UPDATE relationship_signpost SET note = NULL,"
            + " recorded_by = CASE WHEN recorded_by = ?3 THEN ?4 ELSE recorded_by END"
            + " WHERE tenant_id = ?1 AND scheme_id = ?2 AND (recorded_by = ?3 OR relationship_id IN"
            + " (SELECT id FROM relationship WHERE tenant_id = ?1 AND scheme_id = ?2"
            + " AND (mentee_id = ?3 OR mentor_id = ?3)))",
        t,
        scheme,
        person,
        erased);
    int requests =
        run(
            "UPDATE mentoring_request SET mentee_id = ?4, other_details = NULL,"
                + " preferred_area = NULL, must_not_match = NULL, line_manager = NULL,"
                + " practice = NULL, closing_reason = NULL, signpost_link = NULL,"
                + " caller_name = NULL, preferred_mentor = NULL"
                + " WHERE tenant_id = ?1 AND scheme_id = ?2 AND mentee_id = ?3",
            t,
            scheme,
            person,
            erased);
    int cpd =
        run(
            "UPDATE cpd_entry SET person_id = ?4, description = NULL, reflection = NULL,"
                + " share_reflection = FALSE, return_reason = NULL, reversal_reason = NULL"
                + " WHERE tenant_id = ?1 AND scheme_id = ?2 AND person_id = ?3",
            t,
            scheme,
            person,
            erased);
    run(
        "UPDATE cpd_entry SET decided_by = ?4 WHERE tenant_id = ?1 AND scheme_id = ?2"
            + " AND decided_by = ?3",
        t,
        scheme,
        person,
        erased);
    int documents =
        run(
            "UPDATE issued_document SET person_id = ?4 WHERE tenant_id = ?1 AND scheme_id = ?2"
                + " AND person_id = ?3",
            t,
            scheme,
            person,
            erased);
    run(
        "DELETE FROM mentor_support WHERE profile_id IN (SELECT id FROM mentor_profile WHERE"
            + " tenant_id = ?1 AND scheme_id = ?2 AND person_id = ?3)",
        t,
        scheme,
        person);
    int profiles =
        run(
            "DELETE FROM mentor_profile WHERE tenant_id = ?1 AND scheme_id = ?2 AND person_id = ?3",
            t,
            scheme,
            person);
    run(
        "UPDATE mentor_invitation SET used_by = ?4 WHERE tenant_id = ?1 AND scheme_id = ?2"
            + " AND used_by = ?3",
        t,
        scheme,
        person,
        erased);
    run(
        "UPDATE request_claim_link SET used_by = ?4 WHERE tenant_id = ?1 AND scheme_id = ?2"
            + " AND used_by = ?3",
        t,
        scheme,
        person,
        erased);
    run(
        "DELETE FROM scheme_coordinator WHERE person_id = ?3 AND scheme_id IN"
            + " (SELECT id FROM scheme WHERE tenant_id = ?1 AND id = ?2)",
        t,
        scheme,
        person);
    run(
        "DELETE FROM scheme_matching_coordinator WHERE person_id = ?3 AND scheme_id IN"
            + " (SELECT id FROM scheme WHERE tenant_id = ?1 AND id = ?2)",
        t,
        scheme,
        person);
    int members =
        run(
            "DELETE FROM course_member WHERE tenant_id = ?1 AND person_id = ?3 AND course_ref IN"
                + " (SELECT course_ref FROM scheme WHERE tenant_id = ?1 AND id = ?2)",
            t,
            scheme,
            person);
    return new ErasureCounts(rels.size(), requests, proposals, cpd, documents, profiles, members);
  }

  @Override
  public void forgetPerson(TenantId tenant, String personId, String erasedSubject) {
    em.flush();
    run(
        "UPDATE person SET subject = ?3, display_name = NULL, email = NULL"
            + " WHERE tenant_id = ?1 AND id = ?2",
        tenant.value(),
        personId,
        erasedSubject);
    run(
        "DELETE FROM course_member WHERE tenant_id = ?1 AND person_id = ?2",
        tenant.value(),
        personId);
    em.clear();
  }

  @Override
  public int deleteRelationshipContent(TenantId tenant, String relationshipId, Instant at) {
    em.flush();
    int n = deleteContent(tenant.value(), relationshipId, at);
    em.clear();
    return n;
  }

  /** Deletes a relationship's content; returns the rows deleted or emptied. */
  private int deleteContent(String t, String rel, Instant at) {
    int n = 0;
    String contracts = "SELECT id FROM contract WHERE tenant_id = ?1 AND relationship_id = ?2";
    String sessions = "SELECT id FROM session_record WHERE tenant_id = ?1 AND relationship_id = ?2";
    String goals = "SELECT id FROM goal WHERE tenant_id = ?1 AND relationship_id = ?2";
    n += run("DELETE FROM contract_signature WHERE contract_id IN (" + contracts + ")", t, rel);
    n += run("DELETE FROM contract WHERE tenant_id = ?1 AND relationship_id = ?2", t, rel);
    n += run("DELETE FROM session_action WHERE session_id IN (" + sessions + ")", t, rel);
    n += run("DELETE FROM session_addendum WHERE session_id IN (" + sessions + ")", t, rel);
    // A fee claim stays for finance (mentor, date, amounts); its free text goes with the content.
    n +=
        run(
            "UPDATE claim SET travel_note = NULL, return_reason = NULL"
                + " WHERE tenant_id = ?1 AND relationship_id = ?2",
            t,
            rel);
    n += run("DELETE FROM session_record WHERE tenant_id = ?1 AND relationship_id = ?2", t, rel);
    n += run("DELETE FROM goal_option WHERE goal_id IN (" + goals + ")", t, rel);
    n += run("DELETE FROM goal WHERE tenant_id = ?1 AND relationship_id = ?2", t, rel);
    n +=
        run(
            "UPDATE relationship_signpost SET note = NULL WHERE tenant_id = ?1 AND relationship_id = ?2",
            t,
            rel);
    n +=
        run(
            "UPDATE relationship SET closing_summary = NULL, content_deleted_at = ?3"
                + " WHERE tenant_id = ?1 AND id = ?2",
            t,
            rel,
            utc(at == null ? Instant.now() : at));
    return n;
  }

  @Override
  public List<String> closedBefore(SchemeRef scheme, Instant closedBefore) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM relationship WHERE tenant_id = ?1 AND scheme_id = ?2"
                    + " AND closed_at IS NOT NULL AND closed_at < ?3"
                    + " AND content_deleted_at IS NULL ORDER BY closed_at")
            .setParameter(1, scheme.tenant().value())
            .setParameter(2, scheme.schemeId())
            .setParameter(3, utc(closedBefore))
            .getResultList();
    return ids.stream().map(Object::toString).toList();
  }

  @Override
  public List<Retention> retentions() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT tenant_id, id, retention_years FROM scheme ORDER BY id")
            .getResultList();
    List<Retention> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          new Retention(
              new SchemeRef(new TenantId(r[0].toString()), r[1].toString()),
              ((Number) r[2]).intValue()));
    }
    return out;
  }

  @Override
  public int deleteTenant(TenantId tenant) {
    em.flush();
    String t = tenant.value();
    String schemes = "SELECT id FROM scheme WHERE tenant_id = ?1";
    int n = 0;
    n +=
        run(
            "DELETE FROM contract_signature WHERE contract_id IN"
                + " (SELECT id FROM contract WHERE tenant_id = ?1)",
            t);
    n += run("DELETE FROM contract WHERE tenant_id = ?1", t);
    n +=
        run(
            "DELETE FROM session_action WHERE session_id IN"
                + " (SELECT id FROM session_record WHERE tenant_id = ?1)",
            t);
    n +=
        run(
            "DELETE FROM session_addendum WHERE session_id IN"
                + " (SELECT id FROM session_record WHERE tenant_id = ?1)",
            t);
    n += run("DELETE FROM claim WHERE tenant_id = ?1", t);
    n += run("DELETE FROM claim_rules WHERE scheme_id IN (" + schemes + ")", t);
    n += run("DELETE FROM session_record WHERE tenant_id = ?1", t);
    n +=
        run(
            "DELETE FROM goal_option WHERE goal_id IN"
                + " (SELECT id FROM goal WHERE tenant_id = ?1)",
            t);
    n += run("DELETE FROM goal WHERE tenant_id = ?1", t);
    n +=
        run(
            "DELETE FROM safeguarding_concern_record WHERE concern_id IN"
                + " (SELECT id FROM safeguarding_concern WHERE tenant_id = ?1)",
            t);
    n += run("DELETE FROM safeguarding_concern WHERE tenant_id = ?1", t);
    // A mentee's requests to the lead refer to their relationships (and to the one matched into).
    n += run("DELETE FROM mentor_change_request WHERE tenant_id = ?1", t);
    n += run("DELETE FROM relationship_signpost WHERE tenant_id = ?1", t);
    n += run("DELETE FROM relationship WHERE tenant_id = ?1", t);
    n += run("DELETE FROM match_proposal WHERE tenant_id = ?1", t);
    n += run("DELETE FROM request_claim_link WHERE tenant_id = ?1", t);
    n += run("DELETE FROM mentoring_request WHERE tenant_id = ?1", t);
    n += run("DELETE FROM cpd_entry WHERE tenant_id = ?1", t);
    n += run("DELETE FROM issued_document_item WHERE tenant_id = ?1", t);
    n += run("DELETE FROM issued_document WHERE tenant_id = ?1", t);
    n += run("DELETE FROM mentor_invitation WHERE tenant_id = ?1", t);
    n += run("DELETE FROM mentor_support WHERE tenant_id = ?1", t);
    n += run("DELETE FROM mentor_profile WHERE tenant_id = ?1", t);
    n += run("DELETE FROM course_member WHERE tenant_id = ?1", t);
    n += run("DELETE FROM scheme_coordinator WHERE scheme_id IN (" + schemes + ")", t);
    n += run("DELETE FROM scheme_matching_coordinator WHERE scheme_id IN (" + schemes + ")", t);
    n += run("DELETE FROM scheme_signpost WHERE scheme_id IN (" + schemes + ")", t);
    n += run("DELETE FROM feedback_answer WHERE scheme_id IN (" + schemes + ")", t);
    n += run("DELETE FROM feedback_given WHERE scheme_id IN (" + schemes + ")", t);
    n += run("DELETE FROM feedback_release WHERE scheme_id IN (" + schemes + ")", t);
    n += run("DELETE FROM scheme WHERE tenant_id = ?1", t);
    n += run("DELETE FROM person WHERE tenant_id = ?1", t);
    em.clear();
    return n;
  }

  private int run(String sql, Object... params) {
    Query q = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      q.setParameter(i + 1, params[i]);
    }
    return q.executeUpdate();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
