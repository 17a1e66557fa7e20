package org.mentorlink.domain.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorlink.domain.claim.ClaimState;
import org.mentorlink.domain.cpd.CpdRole;
import org.mentorlink.domain.cpd.EntryState;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.report.ReportRepository;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.shared.SchemeRef;

/**
 * {@link ReportRepository} on JPA: aggregate queries (counts, sums, group by) that return scalars,
 * each naming the tenant and the scheme (sessions, which carry no scheme, through their
 * relationship). Rows per relationship or mentor are scalars too, and bounded by {@code limit}.
 */
@ApplicationScoped
public class JpaReports implements ReportRepository {
  private static final String SIGNED_OFF = SessionState.SIGNED_OFF.name();

  /** The relationships that ran at some time in [:from, :to). */
  private static final String RAN =
      "r.tenantId = :t and r.schemeId = :s and r.startedAt < :to"
          + " and (r.closedAt is null or r.closedAt >= :from)";

  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Override
  public RequestCounts requests(SchemeRef scheme, Instant from, Instant to) {
    // One pass over the scheme's requests for the three counts (the report page's fixed cost).
    Object[] counts =
        ran(
                em.createQuery(
                    "select sum(case when x.submittedAt >= :from and x.submittedAt < :to then 1 else 0"
                        + " end), sum(case when x.state = :st and x.screenedAt >= :from"
                        + " and x.screenedAt < :to then 1 else 0 end), sum(case when x.matchedAt >= :from"
                        + " and x.matchedAt < :to then 1 else 0 end) from MentoringRequest x"
                        + " where x.tenantId = :t and x.schemeId = :s",
                    Object[].class),
                scheme,
                from,
                to)
            .setParameter("st", RequestState.SIGNPOSTED.name())
            .getSingleResult();
    long received = number(counts[0]);
    long signposted = number(counts[1]);
    long matched = number(counts[2]);
    long during =
        count(
            "select count(x) from RelationshipSignpost x where x.tenantId = :t and x.schemeId = :s"
                + " and x.recordedAt >= :from and x.recordedAt < :to",
            scheme,
            from,
            to);
    long required =
        count(
            "select count(r) from Relationship r, MentoringRequest q where "
                + RAN
                + " and q.tenantId = r.tenantId and q.id = r.requestId and q.mentoringRequired = true",
            scheme,
            from,
            to);
    return new RequestCounts(received, signposted, matched, during, required);
  }

  @Override
  public List<Span> requestToMatch(SchemeRef scheme, Instant from, Instant to, int limit) {
    return spans(
        em.createQuery(
                "select x.submittedAt, x.matchedAt from MentoringRequest x where x.tenantId = :t"
                    + " and x.schemeId = :s and x.matchedAt >= :from and x.matchedAt < :to",
                Object[].class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(limit)
            .getResultList());
  }

  @Override
  public List<Span> requestToFirstSession(SchemeRef scheme, Instant from, Instant to, int limit) {
    // Each relationship's signed-off session in the period with none signed off before it: its
    // first. (Selected as the attribute, not as min(): the provider would convert an aggregate's
    // raw value with the attribute's converter, which PostgreSQL's driver does not give it.)
    List<Object[]> rows =
        em.createQuery(
                "select r.id, q.submittedAt, x.scheduledAt from Relationship r,"
                    + " MentoringRequest q, SessionRecord x where r.tenantId = :t"
                    + " and r.schemeId = :s and q.tenantId = :t and q.id = r.requestId"
                    + " and x.tenantId = :t and x.relationshipId = r.id and x.state = :done"
                    + " and x.scheduledAt >= :from and x.scheduledAt < :to"
                    + " and not exists (select e from SessionRecord e where e.tenantId = :t"
                    + " and e.relationshipId = r.id and e.state = :done"
                    + " and e.scheduledAt < x.scheduledAt)",
                Object[].class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setParameter("done", SIGNED_OFF)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(limit)
            .getResultList();
    // Two first sessions at the very same instant count once.
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Span> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      if (seen.add((String) r[0])) {
        out.add(new Span(instant(r[1]), instant(r[2])));
      }
    }
    return out;
  }

  @Override
  public List<RelationshipRow> relationships(
      SchemeRef scheme, Instant from, Instant to, int limit) {
    List<Object[]> rows =
        ran(
                em.createQuery(
                    "select r.id, r.startedAt, r.closedAt, r.allowanceSessions from Relationship r"
                        + " where "
                        + RAN,
                    Object[].class),
                scheme,
                from,
                to)
            .setMaxResults(limit)
            .getResultList();
    Map<String, long[]> sessions = sessionsPerRelationship(scheme, from, to);
    List<RelationshipRow> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      long[] held = sessions.getOrDefault((String) r[0], NONE);
      out.add(
          new RelationshipRow(
              instant(r[1]), instant(r[2]), ((Number) r[3]).intValue(), held[0], held[1]));
    }
    return out;
  }

  private static final long[] NONE = {0, 0};

  /**
   * Signed-off sessions per relationship that ran in the period, in one pass: {held in it, held
   * before its end}.
   */
  private Map<String, long[]> sessionsPerRelationship(SchemeRef scheme, Instant from, Instant to) {
    List<Object[]> rows =
        ran(
                em.createQuery(
                    "select x.relationshipId, sum(case when x.scheduledAt >= :from then 1 else 0"
                        + " end), count(x) from SessionRecord x, Relationship r"
                        + " where x.tenantId = :t and x.relationshipId = r.id and x.state = :done"
                        + " and x.scheduledAt < :to and "
                        + RAN
                        + " group by x.relationshipId",
                    Object[].class),
                scheme,
                from,
                to)
            .setParameter("done", SIGNED_OFF)
            .getResultList();
    Map<String, long[]> out = new HashMap<>();
    for (Object[] r : rows) {
      out.put((String) r[0], new long[] {number(r[1]), number(r[2])});
    }
    return out;
  }

  @Override
  public List<MentorRow> mentors(SchemeRef scheme, Instant at, int limit) {
    List<Object[]> profiles =
        em.createQuery(
                "select m.personId, m.capacity, m.paused from MentorProfile m"
                    + " where m.tenantId = :t and m.schemeId = :s",
                Object[].class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setMaxResults(limit)
            .getResultList();
    Map<String, Long> load = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select r.mentorId, count(r) from Relationship r where r.tenantId = :t"
                    + " and r.schemeId = :s and r.startedAt < :at"
                    + " and (r.closedAt is null or r.closedAt >= :at) group by r.mentorId",
                Object[].class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setParameter("at", at)
            .getResultList()) {
      load.put((String) r[0], ((Number) r[1]).longValue());
    }
    List<MentorRow> out = new ArrayList<>(profiles.size());
    for (Object[] m : profiles) {
      out.add(
          new MentorRow(
              ((Number) m[1]).intValue(),
              Boolean.TRUE.equals(m[2]),
              load.getOrDefault((String) m[0], 0L)));
    }
    return out;
  }

  @Override
  public List<CpdRow> approvedCpd(SchemeRef scheme, LocalDate from, LocalDate to) {
    List<CpdRow> out = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "select e.role, e.impact, sum(e.halfHours), count(e) from CpdEntry e"
                    + " where e.tenantId = :t and e.schemeId = :s and e.state = :approved"
                    + " and e.reversesEntryId is null and e.date >= :from and e.date <= :to"
                    + " and not exists (select c from CpdEntry c where c.tenantId = :t"
                    + " and c.schemeId = :s and c.reversesEntryId = e.id)"
                    + " group by e.role, e.impact",
                Object[].class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setParameter("approved", EntryState.APPROVED.name())
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()) {
      out.add(
          new CpdRow(
              CpdRole.valueOf((String) r[0]),
              Boolean.TRUE.equals(r[1]),
              ((Number) r[2]).longValue(),
              ((Number) r[3]).longValue()));
    }
    return out;
  }

  @Override
  public List<ClaimRow> claims(SchemeRef scheme, LocalDate from, LocalDate to) {
    List<ClaimRow> out = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "select c.state, count(c), sum(c.feePence), sum(c.travelPence) from Claim c"
                    + " where c.tenantId = :t and c.schemeId = :s"
                    + " and c.sessionDate >= :from and c.sessionDate <= :to group by c.state",
                Object[].class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList()) {
      out.add(
          new ClaimRow(
              ClaimState.valueOf((String) r[0]).name(),
              ((Number) r[1]).longValue(),
              r[2] == null ? 0 : ((Number) r[2]).longValue(),
              r[3] == null ? 0 : ((Number) r[3]).longValue()));
    }
    return out;
  }

  @Override
  public List<BudgetRow> budgets(SchemeRef scheme, LocalDate first, LocalDate last) {
    List<BudgetRow> out = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "select c.budgetYearStart, c.state, sum(c.totalPence) from Claim c"
                    + " where c.tenantId = :t and c.schemeId = :s and c.budgetYearStart >= :first"
                    + " and c.budgetYearStart <= :last group by c.budgetYearStart, c.state",
                Object[].class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setParameter("first", first)
            .setParameter("last", last)
            .getResultList()) {
      out.add(
          new BudgetRow(
              (LocalDate) r[0], (String) r[1], r[2] == null ? 0 : ((Number) r[2]).longValue()));
    }
    return out;
  }

  private long count(String jpql, SchemeRef scheme, Instant from, Instant to, Object... more) {
    TypedQuery<Long> q =
        em.createQuery(jpql, Long.class)
            .setParameter("t", scheme.tenant().value())
            .setParameter("s", scheme.schemeId())
            .setParameter("from", from)
            .setParameter("to", to);
    for (int i = 0; i < more.length; i += 2) {
      q.setParameter((String) more[i], more[i + 1]);
    }
    return q.getSingleResult();
  }

  /** A count or sum as the provider returned it (a sum over no rows is null). */
  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static <T> TypedQuery<T> ran(
      TypedQuery<T> q, SchemeRef scheme, Instant from, Instant to) {
    return q.setParameter("t", scheme.tenant().value())
        .setParameter("s", scheme.schemeId())
        .setParameter("from", from)
        .setParameter("to", to);
  }

  private static List<Span> spans(List<Object[]> rows) {
    List<Span> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      out.add(new Span(instant(r[0]), instant(r[1])));
    }
    return out;
  }

  /**
   * An instant as a query returned it: converted by the attribute's converter, or — for an
   * aggregate such as {@code min}, which some providers return as the database gave it — raw.
   */
  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.ZonedDateTime z) {
      return z.toInstant();
    }
    throw new IllegalStateException("Not an instant: " + value.getClass().getName());
  }
}
