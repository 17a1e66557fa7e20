package org.mentorlink.it.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bare SQL that computes a scheme's report figures — the baseline of the report benchmark: one
 * aggregate statement per group of figures (requests; each wait with {@code percentile_disc};
 * relationships and their sessions; mentors' load; CPD credit; claims; budgets), no ORM, no
 * rendering. Its figures are named by their JSON path in the report API ({@code requests.received},
 * {@code waits.toMatch.median}, …) so the benchmark can check that both compute the same.
 * PostgreSQL and H2; dates are counted in the scheme's zone (its own, else Europe/London, the
 * tool's default).
 */
public final class ReportSql {
  private final Connection c;
  private final boolean postgres;
  private final String tenant;
  private final String scheme;
  private final ZoneId zone;
  private final Integer minimum;
  private final boolean doubled;
  private final MonthDay yearStart;
  private final int fewest;

  private ReportSql(Connection c, String tenant, String scheme) throws SQLException {
    this.c = c;
    this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    this.tenant = tenant;
    this.scheme = scheme;
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT allowance_yearly_minimum, cpd_impact_multiplier, time_zone,"
                + " cpd_year_start_month, cpd_year_start_day, feedback_min_group FROM scheme"
                + " WHERE tenant_id = ? AND id = ?")) {
      q.setString(1, tenant);
      q.setString(2, scheme);
      try (ResultSet rs = q.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no scheme " + scheme);
        }
        int min = rs.getInt(1);
        minimum = rs.wasNull() || min == 0 ? null : min;
        doubled = rs.getBoolean(2);
        String z = rs.getString(3);
        zone = ZoneId.of(z == null ? "Europe/London" : z);
        yearStart = MonthDay.of(rs.getInt(4), rs.getInt(5));
        fewest = rs.getInt(6);
      }
    }
  }

  /** The figures of {@code scheme} from {@code from} to {@code to} (both included). */
  public static Map<String, String> figures(
      Connection c, String tenant, String scheme, LocalDate from, LocalDate to)
      throws SQLException {
    return new ReportSql(c, tenant, scheme).run(from, to);
  }

  private Map<String, String> run(LocalDate fromDay, LocalDate toDay) throws SQLException {
    Map<String, String> f = new LinkedHashMap<>();
    OffsetDateTime from = start(fromDay);
    OffsetDateTime to = start(toDay.plusDays(1));
    LocalDate today = LocalDate.now(zone);
    LocalDate endDay = today.isBefore(toDay) ? today : toDay;
    OffsetDateTime openAt = start(endDay.plusDays(1));
    Instant now = Instant.now();
    OffsetDateTime loadAt = now.isBefore(to.toInstant()) ? utc(now) : to;

    row(
        f,
        "SELECT SUM(CASE WHEN submitted_at >= ? AND submitted_at < ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN state = 'SIGNPOSTED' AND screened_at >= ? AND screened_at < ?"
            + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN matched_at >= ? AND matched_at < ? THEN 1 ELSE 0 END)"
            + " FROM mentoring_request WHERE tenant_id = ? AND scheme_id = ?",
        new String[] {"requests.received", "requests.signposted", "requests.matched"},
        from,
        to,
        from,
        to,
        from,
        to,
        tenant,
        scheme);

    // Signposting during relationships, and the relationships that ran of required mentoring:
    // shown only from the scheme's smallest group (k), as feedback is.
    row(
        f,
        "SELECT COUNT(*) FROM relationship_signpost WHERE tenant_id = ? AND scheme_id = ?"
            + " AND recorded_at >= ? AND recorded_at < ?",
        new String[] {"requests.signpostedDuring"},
        tenant,
        scheme,
        from,
        to);
    Map<String, String> required = new LinkedHashMap<>();
    row(
        required,
        "SELECT COUNT(*) FROM relationship r JOIN mentoring_request q"
            + " ON q.tenant_id = r.tenant_id AND q.id = r.request_id"
            + " WHERE r.tenant_id = ? AND r.scheme_id = ? AND r.started_at < ?"
            + " AND (r.closed_at IS NULL OR r.closed_at >= ?) AND q.mentoring_required",
        new String[] {"requests.required"},
        tenant,
        scheme,
        to,
        from);
    if (Long.parseLong(required.get("requests.required")) >= fewest) {
      f.putAll(required);
    }

    row(
        f,
        waits(
            "SELECT GREATEST(0, "
                + days("submitted_at", "matched_at")
                + ") AS d FROM mentoring_request WHERE tenant_id = ? AND scheme_id = ?"
                + " AND matched_at >= ? AND matched_at < ?"),
        new String[] {"waits.toMatch.count", "waits.toMatch.median", "waits.toMatch.p90"},
        tenant,
        scheme,
        from,
        to);

    row(
        f,
        waits(
            "SELECT GREATEST(0, "
                + days("q.submitted_at", "x.first_at")
                + ") AS d FROM (SELECT s.relationship_id, MIN(s.scheduled_at) AS first_at"
                + " FROM session_record s JOIN relationship r ON r.id = s.relationship_id"
                + " WHERE s.tenant_id = ? AND r.tenant_id = ? AND r.scheme_id = ?"
                + " AND s.state = 'SIGNED_OFF' GROUP BY s.relationship_id) x"
                + " JOIN relationship r ON r.id = x.relationship_id"
                + " JOIN mentoring_request q ON q.id = r.request_id"
                + " WHERE x.first_at >= ? AND x.first_at < ?"),
        new String[] {
          "waits.toFirstSession.count", "waits.toFirstSession.median", "waits.toFirstSession.p90"
        },
        tenant,
        tenant,
        scheme,
        from,
        to);

    String activeDays =
        "GREATEST(0, "
            + days(
                "GREATEST(started_at, CAST(? AS TIMESTAMP WITH TIME ZONE))",
                "LEAST(COALESCE(closed_at, CAST(? AS TIMESTAMP WITH TIME ZONE)),"
                    + " CAST(? AS TIMESTAMP WITH TIME ZONE))")
            + " + 1)";
    String owed = minimum == null ? "0" : "(" + minimum + " * " + activeDays + ") / 365";
    String met =
        minimum == null
            ? "0, 0"
            : "SUM(CASE WHEN in_period >= "
                + owed
                + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN in_period < "
                + owed
                + " THEN 1 ELSE 0 END)";
    StringBuilder bands = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      bands.append(" SUM(CASE WHEN in_period = ").append(i).append(" THEN 1 ELSE 0 END),");
    }
    // days(a, b) writes b before a on PostgreSQL (b - a), a before b on H2 (DATEDIFF(DAY, a, b)).
    Object[] oneOwed =
        postgres
            ? new Object[] {endOf(endDay), endOf(endDay), from}
            : new Object[] {from, endOf(endDay), endOf(endDay)};
    Object[] minimumParams = minimum == null ? new Object[0] : concat(oneOwed, oneOwed);
    Object[] params =
        concat(
            new Object[] {from, to, openAt, openAt},
            minimumParams,
            new Object[] {tenant, from, to, tenant, to, tenant, scheme, to, from});
    row(
        f,
        "SELECT COUNT(*), SUM(CASE WHEN started_at >= ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN closed_at IS NOT NULL AND closed_at < ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN started_at < ? AND (closed_at IS NULL OR closed_at >= ?)"
            + " THEN 1 ELSE 0 END), SUM(in_period),"
            + bands
            + " SUM(CASE WHEN in_period >= 6 THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN to_end < allowance THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN to_end = allowance THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN to_end > allowance THEN 1 ELSE 0 END), "
            + met
            + " FROM (SELECT r.started_at, r.closed_at, r.allowance_sessions AS allowance,"
            + " (SELECT COUNT(*) FROM session_record s WHERE s.tenant_id = ?"
            + " AND s.relationship_id = r.id AND s.state = 'SIGNED_OFF'"
            + " AND s.scheduled_at >= ? AND s.scheduled_at < ?) AS in_period,"
            + " (SELECT COUNT(*) FROM session_record s WHERE s.tenant_id = ?"
            + " AND s.relationship_id = r.id AND s.state = 'SIGNED_OFF'"
            + " AND s.scheduled_at < ?) AS to_end"
            + " FROM relationship r WHERE r.tenant_id = ? AND r.scheme_id = ?"
            + " AND r.started_at < ? AND (r.closed_at IS NULL OR r.closed_at >= ?)) x",
        new String[] {
          "relationships.active",
          "relationships.started",
          "relationships.closed",
          "relationships.openAtEnd",
          "sessions.held",
          "sessions.byCount.0",
          "sessions.byCount.1",
          "sessions.byCount.2",
          "sessions.byCount.3",
          "sessions.byCount.4",
          "sessions.byCount.5",
          "sessions.byCount.6",
          "sessions.allowance.below",
          "sessions.allowance.used",
          "sessions.allowance.beyond",
          "sessions.minimum.met",
          "sessions.minimum.notMet"
        },
        params);

    row(
        f,
        "SELECT COUNT(*), SUM(CASE WHEN paused THEN 1 ELSE 0 END), SUM(capacity), SUM(n),"
            + " SUM(CASE WHEN n = 0 AND n < capacity THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN n > 0 AND n < capacity THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN n = capacity THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN n > capacity THEN 1 ELSE 0 END)"
            + " FROM (SELECT m.capacity, m.paused, (SELECT COUNT(*) FROM relationship r"
            + " WHERE r.tenant_id = ? AND r.scheme_id = ? AND r.mentor_id = m.person_id"
            + " AND r.started_at < ? AND (r.closed_at IS NULL OR r.closed_at >= ?)) AS n"
            + " FROM mentor_profile m WHERE m.tenant_id = ? AND m.scheme_id = ?) x",
        new String[] {
          "mentors.mentors",
          "mentors.paused",
          "mentors.capacity",
          "mentors.load",
          "mentors.withoutMentee",
          "mentors.withRoom",
          "mentors.full",
          "mentors.overCapacity"
        },
        tenant,
        scheme,
        loadAt,
        loadAt,
        tenant,
        scheme);

    String credit = doubled ? "half_hours * (CASE WHEN impact THEN 2 ELSE 1 END)" : "half_hours";
    Map<String, String> cpd = new LinkedHashMap<>();
    row(
        cpd,
        "SELECT SUM(CASE WHEN cpd_role = 'MENTEE' THEN "
            + credit
            + " ELSE 0 END),"
            + " SUM(CASE WHEN cpd_role = 'MENTOR' THEN "
            + credit
            + " ELSE 0 END), COUNT(*)"
            + " FROM cpd_entry e WHERE e.tenant_id = ? AND e.scheme_id = ?"
            + " AND e.state = 'APPROVED' AND e.reverses_entry_id IS NULL"
            + " AND e.entry_date >= ? AND e.entry_date <= ?"
            + " AND NOT EXISTS (SELECT 1 FROM cpd_entry c WHERE c.tenant_id = e.tenant_id"
            + " AND c.scheme_id = e.scheme_id AND c.reverses_entry_id = e.id)",
        new String[] {"mentees", "mentors", "entries"},
        tenant,
        scheme,
        fromDay,
        toDay);
    long mentee = Long.parseLong(cpd.get("mentees"));
    long mentor = Long.parseLong(cpd.get("mentors"));
    f.put("cpd.mentees", hours(mentee));
    f.put("cpd.mentors", hours(mentor));
    f.put("cpd.total", hours(mentee + mentor));
    f.put("cpd.entries", cpd.get("entries"));

    long[] approved = new long[3];
    long[] waiting = new long[3];
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT state, COUNT(*), SUM(fee_pence), SUM(travel_pence) FROM claim"
                + " WHERE tenant_id = ? AND scheme_id = ? AND session_date >= ?"
                + " AND session_date <= ? GROUP BY state")) {
      bind(q, tenant, scheme, fromDay, toDay);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          long[] into = "APPROVED".equals(rs.getString(1)) ? approved : waiting;
          into[0] += rs.getLong(2);
          into[1] += rs.getLong(3);
          into[2] += rs.getLong(4);
        }
      }
    }
    claims(f, "claims.approved", approved);
    claims(f, "claims.waiting", waiting);

    LocalDate firstYear = yearStart.atYear(fromDay.getYear());
    if (firstYear.isAfter(fromDay)) {
      firstYear = firstYear.minusYears(1);
    }
    Long yearly = null;
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT yearly_budget_pence FROM claim_rules WHERE tenant_id = ? AND scheme_id = ?")) {
      bind(q, tenant, scheme);
      try (ResultSet rs = q.executeQuery()) {
        if (rs.next()) {
          long v = rs.getLong(1);
          yearly = rs.wasNull() ? null : v;
        }
      }
    }
    Map<LocalDate, long[]> years = new LinkedHashMap<>();
    for (LocalDate y = firstYear; !y.isAfter(toDay); y = y.plusYears(1)) {
      years.put(y, new long[2]);
    }
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT budget_year_start, state, SUM(total_pence) FROM claim WHERE tenant_id = ?"
                + " AND scheme_id = ? AND budget_year_start >= ? AND budget_year_start <= ?"
                + " GROUP BY budget_year_start, state")) {
      bind(q, tenant, scheme, firstYear, toDay);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          long[] y = years.get(rs.getObject(1, LocalDate.class));
          if (y != null) {
            y[("APPROVED".equals(rs.getString(2))) ? 0 : 1] += rs.getLong(3);
          }
        }
      }
    }
    int i = 0;
    for (long[] y : years.values()) {
      f.put("claims.budgets." + i + ".spent", pounds(y[0]));
      f.put("claims.budgets." + i + ".committed", pounds(y[1]));
      if (yearly != null) {
        f.put("claims.budgets." + i + ".left", pounds(yearly - y[0] - y[1]));
      }
      i++;
    }
    return f;
  }

  /**
   * How many waits {@code days} (a query of one column {@code d}) holds, its median and 90th
   * percentile by the SQL standard's {@code percentile_disc} (the least value whose cumulative
   * distribution reaches p: the nearest rank). H2's {@code percentile_disc} picks another value
   * (for 9 waits its 90th percentile is the 8th), so on H2 the nearest rank is found by row number.
   */
  private String waits(String days) {
    if (postgres) {
      return "SELECT COUNT(*), PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY d),"
          + " PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY d) FROM ("
          + days
          + ") w";
    }
    return "SELECT COUNT(*), MIN(CASE WHEN rn >= (50 * n + 99) / 100 THEN d END),"
        + " MIN(CASE WHEN rn >= (90 * n + 99) / 100 THEN d END) FROM (SELECT d,"
        + " ROW_NUMBER() OVER (ORDER BY d) AS rn, COUNT(*) OVER () AS n FROM ("
        + days
        + ") w) r";
  }

  /** Whole days from {@code a} to {@code b} in the scheme's zone. */
  private String days(String a, String b) {
    return postgres
        ? "(" + date(b) + " - " + date(a) + ")"
        : "DATEDIFF(DAY, " + date(a) + ", " + date(b) + ")";
  }

  /**
   * The day on which the instant {@code x} falls in the scheme's zone. (H2 casts a {@code TIMESTAMP
   * WITH TIME ZONE} moved {@code AT TIME ZONE} to the wrong day near midnight: it is formatted in
   * the zone instead.)
   */
  private String date(String x) {
    String z = "'" + zone.getId() + "'";
    return postgres
        ? "CAST((" + x + ") AT TIME ZONE " + z + " AS DATE)"
        : "CAST(FORMATDATETIME(" + x + ", 'yyyy-MM-dd', 'en', " + z + ") AS DATE)";
  }

  /**
   * Runs {@code sql} (one row) into {@code into} by {@code names}: a sum over no rows is 0, a
   * median or percentile of nothing is left out (as the API leaves it out).
   */
  private void row(Map<String, String> into, String sql, String[] names, Object... params)
      throws SQLException {
    long t0 = System.nanoTime();
    try (PreparedStatement q = c.prepareStatement(sql)) {
      bind(q, params);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        if (Boolean.getBoolean("reportsql.trace")) {
          System.err.println((System.nanoTime() - t0) / 1_000_000 + " ms " + names[0]);
        }
        for (int i = 0; i < names.length; i++) {
          Object v = rs.getObject(i + 1);
          if (v != null) {
            into.put(names[i], number(v));
          } else if (!names[i].endsWith("median") && !names[i].endsWith("p90")) {
            into.put(names[i], "0");
          }
        }
      }
    }
  }

  private static void bind(PreparedStatement q, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      q.setObject(i + 1, params[i]);
    }
  }

  private static String number(Object v) {
    if (v instanceof BigDecimal b) {
      return b.stripTrailingZeros().toPlainString();
    }
    if (v instanceof Number n) {
      return String.valueOf(n.longValue());
    }
    return v.toString();
  }

  private static void claims(Map<String, String> f, String key, long[] v) {
    f.put(key + ".claims", String.valueOf(v[0]));
    f.put(key + ".fees", pounds(v[1]));
    f.put(key + ".travel", pounds(v[2]));
    f.put(key + ".total", pounds(v[1] + v[2]));
  }

  private OffsetDateTime start(LocalDate day) {
    return utc(day.atStartOfDay(zone).toInstant());
  }

  /** The last instant that still counts as {@code day}: the start of the next, less a micro. */
  private OffsetDateTime endOf(LocalDate day) {
    return start(day.plusDays(1)).minusNanos(1_000);
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static String pounds(long pence) {
    return BigDecimal.valueOf(pence, 2).toPlainString();
  }

  private static String hours(long halfHours) {
    return BigDecimal.valueOf(halfHours * 5, 1).stripTrailingZeros().toPlainString();
  }

  private static Object[] concat(Object[]... parts) {
    int n = 0;
    for (Object[] p : parts) {
      n += p.length;
    }
    Object[] out = new Object[n];
    int i = 0;
    for (Object[] p : parts) {
      System.arraycopy(p, 0, out, i, p.length);
      i += p.length;
    }
    return out;
  }
}
