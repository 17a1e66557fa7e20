package org.mentorlink.it.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Fills a Mentorlink database with made-up mentoring for the report benchmark: mentees (each with a
 * request, most of them matched into a relationship), mentors (with capacities), signed-off
 * sessions (each earning a CPD entry for its mentee and its mentor, and most a claim), and further
 * CPD entries (mentors' training and supervision) up to the number asked for — spread over the
 * schemes given, in one tenant, over the last three years. Rows go in by JDBC batches, straight
 * into the schema the migrations made; nothing here is sample data of the tool (test scope only).
 * Free text columns are left empty (they would be sealed), so any page of the tool can show the
 * rows.
 *
 * <p>As a command (the database's driver on the class path; see the README, "Benchmarks"):
 *
 * <pre>
 * java -cp … org.mentorlink.it.bench.ReportData --db-url jdbc:postgresql://127.0.0.1:5432/mentorlink?user=postgres
 *     [--tenant &lt;registration id&gt;] [--schemes 5] [--mentees 200] [--mentors 40] [--sessions 2000]
 *     [--cpd 20000] [--seed 1]
 * </pre>
 *
 * Without {@code --tenant} it makes a tenant of its own (no platform can launch into it: for
 * measuring queries); with it, new schemes of that registration (courses {@code bench-county-N}).
 */
public final class ReportData {
  /** How much to make; {@link #small()} by default, {@link #issue()} for the issue's scale. */
  public record Plan(int mentees, int mentors, int sessions, int cpdEntries, long seed) {
    public Plan {
      if (mentees < 1 || mentors < 1 || sessions < 0 || cpdEntries < 0) {
        throw new IllegalArgumentException("at least one mentee and one mentor");
      }
    }

    public static Plan small() {
      return new Plan(200, 40, 2_000, 20_000, 1);
    }

    public static Plan issue() {
      return new Plan(10_000, 2_000, 100_000, 1_000_000, 1);
    }
  }

  /** What was made. */
  public record Made(
      int people, int requests, int relationships, int sessions, int cpdEntries, int claims) {}

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final MonthDay YEAR_START = MonthDay.of(4, 1);
  private static final int BATCH = 1_000;

  private final Connection c;
  private final String tenant;
  private final Random random;
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private ReportData(Connection c, String tenant, long seed) {
    this.c = c;
    this.tenant = tenant;
    this.random = new Random(seed);
  }

  /**
   * Fills {@code schemeIds} (schemes of {@code tenant}) by {@code plan}, on the connection's own
   * transactions (committed every {@value #BATCH} rows of a table and at the end; a failed fill
   * leaves what it committed, in a tenant of its own).
   */
  public static Made fill(Connection c, String tenant, List<String> schemeIds, Plan plan)
      throws SQLException {
    boolean auto = c.getAutoCommit();
    boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
    if (h2) {
      // The server's H2 writes each commit at once (WRITE_DELAY=0), which also stops its
      // background compaction. For the load only, commits are written by H2's background writer,
      // which compacts as it goes (the issue's scale still left a 44 GB file: README).
      writeDelay(c, 500);
    }
    c.setAutoCommit(false);
    try {
      Made made = new ReportData(c, tenant, plan.seed()).run(schemeIds, plan);
      c.commit();
      analyze(c);
      return made;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
      if (h2) {
        writeDelay(c, 0);
      }
    }
  }

  private static void writeDelay(Connection c, int ms) throws SQLException {
    try (var st = c.createStatement()) {
      st.execute("SET WRITE_DELAY " + ms);
    }
  }

  /**
   * Brings PostgreSQL's statistics of the filled tables up to date, as its autovacuum would soon
   * after such a load: until then the planner takes the new tables for nearly empty.
   */
  private static void analyze(Connection c) throws SQLException {
    if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
      return;
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(true);
    try (var st = c.createStatement()) {
      for (String t :
          List.of(
              "person",
              "mentor_profile",
              "mentoring_request",
              "relationship",
              "session_record",
              "cpd_entry",
              "claim")) {
        st.execute("ANALYZE " + t);
      }
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /** Makes {@code count} schemes of {@code tenant} (with a lead each); returns their ids. */
  public static List<String> schemes(Connection c, String tenant, int count) throws SQLException {
    List<String> ids = new ArrayList<>();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    try (PreparedStatement person = c.prepareStatement(PERSON);
        PreparedStatement scheme =
            c.prepareStatement(
                "INSERT INTO scheme (id, tenant_id, course_ref, name, allowance_sessions,"
                    + " allowance_period_months, allowance_yearly_minimum,"
                    + " default_session_half_hours, cpd_year_start_month, cpd_year_start_day,"
                    + " cpd_approval, feedback_min_group, confidentiality_text, lead_person_id,"
                    + " created_at) VALUES (?, ?, ?, ?, 4, 12, 3, 4, 4, 1, 'MANUAL', 5,"
                    + " 'Confidential within the limits of safeguarding.', ?, ?)")) {
      for (int i = 1; i <= count; i++) {
        String lead = UUID.randomUUID().toString();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).minusYears(4);
        person.setString(1, lead);
        person.setString(2, tenant);
        person.setString(3, "bench-lead-" + suffix + "-" + i);
        person.setString(4, "Bench lead " + i);
        person.setObject(5, at);
        person.setObject(6, at);
        person.executeUpdate();
        String id = UUID.randomUUID().toString();
        scheme.setString(1, id);
        scheme.setString(2, tenant);
        scheme.setString(3, "bench-county-" + suffix + "-" + i);
        scheme.setString(4, "Bench county " + i);
        scheme.setString(5, lead);
        scheme.setObject(6, at);
        scheme.executeUpdate();
        ids.add(id);
      }
    }
    return ids;
  }

  private static final String PERSON =
      "INSERT INTO person (id, tenant_id, subject, display_name, created_at, last_seen_at)"
          + " VALUES (?, ?, ?, ?, ?, ?)";

  private record Mentor(String personId, String schemeId) {}

  private record Rel(
      String id, String schemeId, String menteeId, String mentorId, Instant start, Instant end) {}

  private Made run(List<String> schemes, Plan plan) throws SQLException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    // People: the mentors first, then the mentees.
    List<Mentor> mentors = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(PERSON);
        PreparedStatement m =
            c.prepareStatement(
                "INSERT INTO mentor_profile (id, tenant_id, scheme_id, person_id, modes, capacity,"
                    + " training_status, trained_on, paused, designated_at)"
                    + " VALUES (?, ?, ?, ?, 'IN_PERSON,VIDEO', ?, 'TRAINED', ?, ?, ?)")) {
      for (int i = 0; i < plan.mentors(); i++) {
        String person = UUID.randomUUID().toString();
        String scheme = schemes.get(i % schemes.size());
        person(p, person, "bench-mentor-" + run + "-" + i, "Bench mentor " + i);
        m.setString(1, UUID.randomUUID().toString());
        m.setString(2, tenant);
        m.setString(3, scheme);
        m.setString(4, person);
        m.setInt(5, 1 + random.nextInt(5));
        m.setObject(6, LocalDate.now(LONDON).minusYears(3));
        m.setBoolean(7, random.nextInt(20) == 0);
        m.setObject(8, utc(now.minus(1200, ChronoUnit.DAYS)));
        batch(m, i);
        batch(p, i);
        mentors.add(new Mentor(person, scheme));
      }
      p.executeBatch();
      m.executeBatch();
    }

    // Mentees and their requests: most matched into a relationship, some signposted or waiting.
    List<Rel> rels = new ArrayList<>();
    int requests = 0;
    try (PreparedStatement p = c.prepareStatement(PERSON);
        PreparedStatement q =
            c.prepareStatement(
                "INSERT INTO mentoring_request (id, tenant_id, scheme_id, mentee_id, help_with,"
                    + " state, signpost_name, submitted_at, screened_at, matched_at,"
                    + " mentoring_required) VALUES (?, ?, ?, ?, 'CAREER_DECISION', ?, ?, ?, ?, ?, ?)");
        // One relationship in twenty is signposted to another service while it runs.
        PreparedStatement g =
            c.prepareStatement(
                "INSERT INTO relationship_signpost (id, tenant_id, scheme_id, relationship_id,"
                    + " signpost_name, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, 'Practitioner Health', ?, ?)");
        PreparedStatement r =
            c.prepareStatement(
                "INSERT INTO relationship (id, tenant_id, scheme_id, request_id, mentee_id,"
                    + " mentor_id, allowance_sessions, allowance_period_months, started_at,"
                    + " closed_at, closure_reason) VALUES (?, ?, ?, ?, ?, ?, 4, 12, ?, ?, ?)")) {
      int n = 0;
      for (int i = 0; i < plan.mentees(); i++) {
        String person = UUID.randomUUID().toString();
        person(p, person, "bench-mentee-" + run + "-" + i, "Bench mentee " + i);
        batch(p, i);
        String scheme = schemes.get(i % schemes.size());
        Instant submitted = now.minus(random.nextInt(3 * 365), ChronoUnit.DAYS);
        int kind = random.nextInt(100);
        String state =
            kind < 80 ? "MATCHED" : kind < 86 ? "SIGNPOSTED" : kind < 95 ? "ACCEPTED" : "SUBMITTED";
        Instant screened =
            "SUBMITTED".equals(state) ? null : later(submitted, 1 + random.nextInt(7));
        Instant matched = "MATCHED".equals(state) ? later(submitted, 2 + random.nextInt(60)) : null;
        String id = UUID.randomUUID().toString();
        q.setString(1, id);
        q.setString(2, tenant);
        q.setString(3, scheme);
        q.setString(4, person);
        q.setString(5, state);
        q.setString(6, "SIGNPOSTED".equals(state) ? "Practitioner Health" : null);
        q.setObject(7, utc(submitted));
        q.setObject(8, screened == null ? null : utc(screened));
        q.setObject(9, matched == null ? null : utc(matched));
        // Mentoring required of one mentee in ten (a condition set by a regulator, say).
        q.setBoolean(10, random.nextInt(10) == 0);
        batch(q, i);
        requests++;
        if (matched != null) {
          Mentor mentor = mentorOf(mentors, scheme, i);
          Instant closed =
              random.nextInt(10) < 4 ? later(matched, 100 + random.nextInt(300)) : null;
          String rid = UUID.randomUUID().toString();
          r.setString(1, rid);
          r.setString(2, tenant);
          r.setString(3, scheme);
          r.setString(4, id);
          r.setString(5, person);
          r.setString(6, mentor.personId());
          r.setObject(7, utc(matched));
          r.setObject(8, closed == null ? null : utc(closed));
          r.setString(9, closed == null ? null : "NATURAL_END");
          batch(r, n);
          if (random.nextInt(20) == 0) {
            g.setString(1, UUID.randomUUID().toString());
            g.setString(2, tenant);
            g.setString(3, scheme);
            g.setString(4, rid);
            g.setString(5, mentor.personId());
            g.setObject(6, utc(later(matched, 1 + random.nextInt(200))));
            batch(g, n, r);
          }
          n++;
          rels.add(
              new Rel(
                  rid, scheme, person, mentor.personId(), matched, closed == null ? now : closed));
        }
      }
      p.executeBatch();
      q.executeBatch();
      r.executeBatch();
      g.executeBatch();
    }

    // Sessions, spread over the relationships; each signed-off one earns two CPD entries and,
    // mostly, a claim.
    int sessions = 0;
    int cpd = 0;
    int claims = 0;
    rules(schemes);
    try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO session_record (id, tenant_id, relationship_id, seq_no, scheduled_at,"
                    + " duration_half_hours, mode, state, beyond_allowance, submitted_at,"
                    + " signed_off_at) VALUES (?, ?, ?, ?, ?, ?, 'IN_PERSON', ?, ?, ?, ?)");
        PreparedStatement e = c.prepareStatement(CPD);
        PreparedStatement k =
            c.prepareStatement(
                "INSERT INTO claim (id, tenant_id, scheme_id, session_id, relationship_id,"
                    + " mentor_person_id, session_number, session_date, budget_year_start,"
                    + " fee_pence, travel_kind, miles_tenths, mileage_rate_pence, travel_pence,"
                    + " total_pence, state, submitted_at, decided_by, decided_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 25000, ?, ?, 45, ?, ?, ?, ?, ?, ?)")) {
      int[] seq = new int[rels.size()];
      for (int i = 0; i < plan.sessions() && !rels.isEmpty(); i++) {
        int which = random.nextInt(rels.size());
        Rel rel = rels.get(which);
        int number = ++seq[which];
        long span = Math.max(1, ChronoUnit.DAYS.between(rel.start(), rel.end()));
        Instant at = later(rel.start(), Math.min(span, 14L * number + random.nextInt(14)));
        boolean signed = at.isBefore(now) && random.nextInt(10) != 0;
        long halfHours = 2 + random.nextInt(3);
        String sid = UUID.randomUUID().toString();
        s.setString(1, sid);
        s.setString(2, tenant);
        s.setString(3, rel.id());
        s.setInt(4, number);
        s.setObject(5, utc(at));
        s.setLong(6, halfHours);
        s.setString(7, signed ? "SIGNED_OFF" : "DRAFT");
        s.setBoolean(8, number > 4);
        s.setObject(9, signed ? utc(at) : null);
        s.setObject(10, signed ? utc(at) : null);
        batch(s, sessions++);
        if (!signed) {
          continue;
        }
        LocalDate held = LocalDate.ofInstant(at, LONDON);
        for (String person : List.of(rel.menteeId(), rel.mentorId())) {
          cpd(
              e,
              rel.schemeId(),
              person,
              "SESSION",
              sid,
              held,
              halfHours,
              person.equals(rel.menteeId()) ? "MENTEE" : "MENTOR",
              cpd++);
        }
        if (random.nextInt(10) < 7) {
          int miles = random.nextInt(3) == 0 ? 0 : 10 * (1 + random.nextInt(30));
          long travel = (miles * 45L + 5) / 10;
          boolean approved = random.nextInt(10) < 8;
          k.setString(1, UUID.randomUUID().toString());
          k.setString(2, tenant);
          k.setString(3, rel.schemeId());
          k.setString(4, sid);
          k.setString(5, rel.id());
          k.setString(6, rel.mentorId());
          k.setInt(7, number);
          k.setObject(8, held);
          k.setObject(9, yearStart(held));
          k.setString(10, miles == 0 ? "NONE" : "MILEAGE");
          k.setObject(11, miles == 0 ? null : (long) miles);
          k.setLong(12, travel);
          k.setLong(13, 25000 + travel);
          k.setString(14, approved ? "APPROVED" : "SUBMITTED");
          k.setObject(15, utc(at));
          k.setString(16, approved ? rel.mentorId() : null);
          k.setObject(17, approved ? utc(at) : null);
          batch(k, claims++, s);
        }
      }
      s.executeBatch();
      k.executeBatch();
      // The rest of the CPD entries: mentors' training and supervision.
      for (int i = 0; cpd < plan.cpdEntries(); i++) {
        Mentor m = mentors.get(i % mentors.size());
        LocalDate day = LocalDate.now(LONDON).minusDays(random.nextInt(3 * 365));
        cpd(
            e,
            m.schemeId(),
            m.personId(),
            random.nextBoolean() ? "MENTOR_TRAINING" : "SUPERVISION",
            null,
            day,
            1 + random.nextInt(8),
            "MENTOR",
            cpd++);
      }
      e.executeBatch();
    }
    return new Made(plan.mentees() + plan.mentors(), requests, rels.size(), sessions, cpd, claims);
  }

  private static final String CPD =
      "INSERT INTO cpd_entry (id, tenant_id, scheme_id, person_id, activity, source_session_id,"
          + " entry_date, half_hours, cpd_role, kind, cpd_year_start, share_reflection, impact,"
          + " state, decided_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?,"
          + " ?, ?)";

  private void cpd(
      PreparedStatement e,
      String scheme,
      String person,
      String activity,
      String session,
      LocalDate day,
      long halfHours,
      String role,
      int n)
      throws SQLException {
    int kind = random.nextInt(10);
    String state = kind < 7 ? "APPROVED" : kind < 9 ? "AWAITING_REFLECTION" : "AWAITING_APPROVAL";
    OffsetDateTime at = day.atTime(18, 0).atZone(LONDON).toOffsetDateTime();
    e.setString(1, UUID.randomUUID().toString());
    e.setString(2, tenant);
    e.setString(3, scheme);
    e.setString(4, person);
    e.setString(5, activity);
    e.setString(6, session);
    e.setObject(7, day);
    e.setLong(8, halfHours);
    e.setString(9, role);
    e.setString(10, session == null ? "EXTERNAL" : "INTERNAL");
    e.setObject(11, yearStart(day));
    e.setBoolean(12, random.nextInt(5) == 0);
    e.setString(13, state);
    e.setObject(14, "APPROVED".equals(state) ? at : null);
    e.setObject(15, at);
    batch(e, n);
  }

  /** A fee, mileage rate and budget for each scheme that has none. */
  private void rules(List<String> schemes) throws SQLException {
    try (PreparedStatement r =
        c.prepareStatement(
            "INSERT INTO claim_rules (scheme_id, tenant_id, session_fee_pence, mileage_rate_pence,"
                + " yearly_budget_pence) SELECT ?, ?, 25000, 45, 2800000"
                + " WHERE NOT EXISTS (SELECT 1 FROM claim_rules WHERE scheme_id = ?)")) {
      for (String s : schemes) {
        r.setString(1, s);
        r.setString(2, tenant);
        r.setString(3, s);
        r.executeUpdate();
      }
    }
  }

  private void person(PreparedStatement p, String id, String subject, String name)
      throws SQLException {
    OffsetDateTime at = utc(now.minus(1300, ChronoUnit.DAYS));
    p.setString(1, id);
    p.setString(2, tenant);
    p.setString(3, subject);
    p.setString(4, name);
    p.setObject(5, at);
    p.setObject(6, at);
  }

  private static Mentor mentorOf(List<Mentor> mentors, String scheme, int i) {
    List<Mentor> own = mentors.stream().filter(m -> m.schemeId().equals(scheme)).toList();
    return own.isEmpty() ? mentors.get(i % mentors.size()) : own.get(i % own.size());
  }

  private Instant later(Instant from, long days) {
    Instant t = from.plus(days, ChronoUnit.DAYS).plus(random.nextInt(8 * 3600), ChronoUnit.SECONDS);
    return t.isAfter(now) ? now : t;
  }

  private static LocalDate yearStart(LocalDate day) {
    LocalDate start = YEAR_START.atYear(day.getYear());
    return start.isAfter(day) ? start.minusYears(1) : start;
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static void batch(PreparedStatement p, int n) throws SQLException {
    batch(p, n, null);
  }

  /**
   * Adds to {@code p}'s batch, sending it (after {@code first}'s, which it refers to) when full.
   */
  private static void batch(PreparedStatement p, int n, PreparedStatement first)
      throws SQLException {
    p.addBatch();
    if ((n + 1) % BATCH == 0) {
      if (first != null) {
        first.executeBatch();
      }
      p.executeBatch();
      // Committed as it goes: one transaction of a million rows keeps H2's undo log (and its
      // file, tens of gigabytes) growing until the end.
      if (!p.getConnection().getAutoCommit()) {
        p.getConnection().commit();
      }
    }
  }

  /** The command: see the class comment. */
  public static void main(String[] args) throws Exception {
    String url = null;
    String tenant = null;
    int schemes = 5;
    Plan small = Plan.small();
    int mentees = small.mentees();
    int mentors = small.mentors();
    int sessions = small.sessions();
    int cpd = small.cpdEntries();
    long seed = small.seed();
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--db-url" -> url = v;
        case "--tenant" -> tenant = v;
        case "--schemes" -> schemes = Integer.parseInt(v);
        case "--mentees" -> mentees = Integer.parseInt(v);
        case "--mentors" -> mentors = Integer.parseInt(v);
        case "--sessions" -> sessions = Integer.parseInt(v);
        case "--cpd" -> cpd = Integer.parseInt(v);
        case "--seed" -> seed = Long.parseLong(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (url == null) {
      throw new IllegalArgumentException("--db-url is required");
    }
    try (Connection c = DriverManager.getConnection(url)) {
      String t = tenant == null ? UUID.randomUUID().toString() : tenant;
      List<String> ids = schemes(c, t, schemes);
      long start = System.nanoTime();
      Made made = fill(c, t, ids, new Plan(mentees, mentors, sessions, cpd, seed));
      System.out.printf(
          "[report-data] tenant %s, schemes %s: %s in %d ms%n",
          t, ids, made, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
