package org.mentorlink.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mentorlink.domain.feedback.RoundReport;
import org.mentorlink.domain.feedback.RoundReport.Scale;
import org.mentorlink.domain.feedback.RoundReport.Share;
import org.mentorlink.domain.relationship.Theme;

/**
 * A scheme's report over a period (or a hub's, {@code schemeId} null): counts and sums only — never
 * a name, an id of a person or record, or anything anyone wrote. Money is in pounds as exact
 * decimals ({@code "250.00"}), CPD credit in hours ({@code "12.5"}), waits in whole days.
 */
public record SchemeFigures(
    String schemeId,
    String schemeName,
    LocalDate from,
    LocalDate to,
    Requests requests,
    Waits waits,
    Relationships relationships,
    Sessions sessions,
    MentorLoad mentors,
    Cpd cpd,
    Claims claims,
    List<FeedbackRound> feedback) {

  /** The highest band of sessions per relationship: "this many or more". */
  public static final int SESSION_BANDS = 6;

  /**
   * Requests received, signposted to another service and matched with a mentor in the period;
   * signpostings during relationships in the period; relationships of required (not voluntary)
   * mentoring that ran in it — null when fewer than the scheme's k, as feedback figures are.
   */
  public record Requests(
      long received, long signposted, long matched, long signpostedDuring, Long required) {
    public Requests(long received, long signposted, long matched) {
      this(received, signposted, matched, 0, null);
    }
  }

  /**
   * Days from request to match (requests matched in the period), and from request to the first
   * signed-off session (relationships whose first one was held in the period; a session recorded as
   * held before the request counts as no wait).
   */
  public record Waits(Wait toMatch, Wait toFirstSession) {}

  /**
   * Relationships that ran at some time in the period, started in it, closed in it, and were still
   * open at its end (or today, if it ends later).
   */
  public record Relationships(long active, long started, long closed, long openAtEnd) {}

  /**
   * Signed-off sessions held in the period by the relationships that ran in it: in all, on average
   * per relationship (one decimal; null without relationships), how many relationships held each
   * number of them ({@link #SESSION_BANDS} or more together), against each relationship's allowance
   * (sessions before the period's end below, at or beyond it) and against the scheme's yearly
   * minimum.
   */
  public record Sessions(
      long held,
      String perRelationship,
      List<SessionBand> byCount,
      Allowance allowance,
      Minimum minimum) {}

  /**
   * {@code relationships} held {@code sessions} signed-off sessions (or more, when {@code orMore}).
   */
  public record SessionBand(int sessions, boolean orMore, long relationships) {}

  /**
   * Relationships below their session allowance, at it, and beyond it (extra sessions approved).
   */
  public record Allowance(long below, long used, long beyond) {}

  /**
   * The scheme's yearly minimum ({@code perYear}, null when it sets none or schemes differ) against
   * the sessions each relationship held in the period: a relationship meets it with at least the
   * minimum in proportion to the days it ran in the period (rounded down; a full year: the
   * minimum). Relationships of a scheme without a minimum count in neither.
   */
  public record Minimum(Integer perYear, long met, long notMet) {}

  /**
   * Mentors (the paused among them) and their load at the period's end against their capacity as
   * set now: capacity and load in all; mentors without a mentee, with room, full, over capacity.
   */
  public record MentorLoad(
      long mentors,
      long paused,
      long capacity,
      long load,
      long withoutMentee,
      long withRoom,
      long full,
      long overCapacity) {}

  /** CPD credit approved for activities in the period, in hours, and the entries behind it. */
  public record Cpd(String mentees, String mentors, String total, long entries) {}

  /** Claims for sessions in the period: approved, and waiting (sent or returned); the budgets. */
  public record Claims(ClaimTotals approved, ClaimTotals waiting, List<BudgetYear> budgets) {}

  /** How many claims, their fees, travel and total, in pounds. */
  public record ClaimTotals(long claims, String fees, String travel, String total) {}

  /**
   * A budget year overlapping the period: the yearly budget (null: no limit), spent by approved
   * claims, committed by waiting ones, and what is left (null without a limit; negative: over).
   */
  public record BudgetYear(
      String year,
      LocalDate start,
      LocalDate end,
      String yearly,
      String spent,
      String committed,
      String left) {}

  /** A released feedback round overlapping the period: the mentees' and the mentors' figures. */
  public record FeedbackRound(
      String round, LocalDate start, LocalDate end, RoleFigures mentees, RoleFigures mentors) {}

  /**
   * One role's answers of a round, without any free text: each figure only with at least {@code k}
   * answers behind it (else null), and how many answered only when the round has k answers ({@code
   * shown}).
   */
  public record RoleFigures(
      int k,
      boolean shown,
      Integer answers,
      Scale expectations,
      Scale helpful,
      Share useAgain,
      Share recommend,
      Map<Theme, Integer> themes) {

    /** The figures of {@code r}, its quotes left out. */
    public static RoleFigures of(RoundReport r) {
      return new RoleFigures(
          r.k(),
          r.shown(),
          r.shown() ? r.answers() : null,
          r.expectations(),
          r.helpful(),
          r.useAgain(),
          r.recommend(),
          r.themes());
    }

    /**
     * The figures of several schemes' same round together: only what each shows is added, so every
     * sum stands on at least k answers; {@code k} is the largest of theirs.
     */
    public static RoleFigures sum(List<RoleFigures> all) {
      int k = all.stream().mapToInt(RoleFigures::k).max().orElse(0);
      List<RoleFigures> shown = all.stream().filter(RoleFigures::shown).toList();
      if (shown.isEmpty()) {
        return new RoleFigures(k, false, null, null, null, null, null, null);
      }
      Map<Theme, Integer> themes = new EnumMap<>(Theme.class);
      for (RoleFigures r : shown) {
        r.themes().forEach((t, n) -> themes.merge(t, n, Integer::sum));
      }
      return new RoleFigures(
          k,
          true,
          shown.stream().mapToInt(RoleFigures::answers).sum(),
          scale(shown.stream().map(RoleFigures::expectations).toList()),
          scale(shown.stream().map(RoleFigures::helpful).toList()),
          share(shown.stream().map(RoleFigures::useAgain).toList()),
          share(shown.stream().map(RoleFigures::recommend).toList()),
          themes);
    }

    private static Scale scale(List<Scale> parts) {
      List<Scale> given = parts.stream().filter(p -> p != null).toList();
      if (given.isEmpty()) {
        return null;
      }
      List<Integer> counts = new ArrayList<>(List.of(0, 0, 0, 0, 0));
      int answered = 0;
      long sum = 0;
      for (Scale s : given) {
        answered += s.answered();
        for (int i = 0; i < 5; i++) {
          counts.set(i, counts.get(i) + s.counts().get(i));
          sum += (long) (i + 1) * s.counts().get(i);
        }
      }
      return new Scale(answered, List.copyOf(counts), ratio(sum, answered, 1).toPlainString());
    }

    private static Share share(List<Share> parts) {
      List<Share> given = parts.stream().filter(p -> p != null).toList();
      if (given.isEmpty()) {
        return null;
      }
      int answered = given.stream().mapToInt(Share::answered).sum();
      int yes = given.stream().mapToInt(Share::yes).sum();
      return new Share(answered, yes, ratio(100L * yes, answered, 0).intValue());
    }
  }

  /** The figures of {@code facts}, for the scheme {@code schemeId} (null: a hub's total). */
  public static SchemeFigures of(String schemeId, String schemeName, ReportFacts facts) {
    ReportPeriod p = facts.period();
    return new SchemeFigures(
        schemeId,
        schemeName,
        p.from(),
        p.to(),
        new Requests(
            facts.requests().received(),
            facts.requests().signposted(),
            facts.requests().matched(),
            facts.requests().signpostedDuring(),
            facts.requests().required()),
        new Waits(Wait.of(facts.daysToMatch()), Wait.of(facts.daysToFirstSession())),
        relationships(facts),
        sessions(facts),
        mentors(facts.mentors()),
        new Cpd(
            hours(facts.menteeCreditHalfHours()),
            hours(facts.mentorCreditHalfHours()),
            hours(facts.menteeCreditHalfHours() + facts.mentorCreditHalfHours()),
            facts.approvedCpdEntries()),
        new Claims(
            totals(facts.approvedClaims()),
            totals(facts.waitingClaims()),
            facts.budgets().stream().map(SchemeFigures::budget).toList()),
        facts.feedback());
  }

  /** The last day that counts as the period's end: its last day, or today if that is earlier. */
  static LocalDate end(ReportFacts f) {
    return f.today().isBefore(f.period().to()) ? f.today() : f.period().to();
  }

  static Relationships relationships(ReportFacts f) {
    ReportPeriod p = f.period();
    LocalDate end = end(f);
    long started = 0;
    long closed = 0;
    long open = 0;
    for (ReportFacts.RelationshipFacts r : f.relationships()) {
      started += p.contains(r.started()) ? 1 : 0;
      closed += r.closed() != null && p.contains(r.closed()) ? 1 : 0;
      open += !r.started().isAfter(end) && (r.closed() == null || r.closed().isAfter(end)) ? 1 : 0;
    }
    return new Relationships(f.relationships().size(), started, closed, open);
  }

  static Sessions sessions(ReportFacts f) {
    long[] bands = new long[SESSION_BANDS + 1];
    long held = 0;
    long below = 0;
    long used = 0;
    long beyond = 0;
    long met = 0;
    long notMet = 0;
    for (ReportFacts.RelationshipFacts r : f.relationships()) {
      held += r.sessionsInPeriod();
      bands[(int) Math.min(SESSION_BANDS, r.sessionsInPeriod())]++;
      if (r.sessionsToEnd() < r.allowance()) {
        below++;
      } else if (r.sessionsToEnd() == r.allowance()) {
        used++;
      } else {
        beyond++;
      }
      if (r.yearlyMinimum() != null && r.yearlyMinimum() > 0) {
        if (r.sessionsInPeriod() >= expected(r, f)) {
          met++;
        } else {
          notMet++;
        }
      }
    }
    List<SessionBand> byCount = new ArrayList<>();
    for (int i = 0; i <= SESSION_BANDS; i++) {
      byCount.add(new SessionBand(i, i == SESSION_BANDS, bands[i]));
    }
    Integer perYear =
        f.yearlyMinimum() == null || f.yearlyMinimum() == 0 ? null : f.yearlyMinimum();
    int n = f.relationships().size();
    return new Sessions(
        held,
        n == 0 ? null : ratio(held, n, 1).toPlainString(),
        List.copyOf(byCount),
        new Allowance(below, used, beyond),
        new Minimum(perYear, met, notMet));
  }

  /**
   * The sessions {@code r} should have held in the period: its scheme's yearly minimum times the
   * days it ran in the period (to the period's end or today) over 365, rounded down.
   */
  static long expected(ReportFacts.RelationshipFacts r, ReportFacts f) {
    LocalDate first = r.started().isAfter(f.period().from()) ? r.started() : f.period().from();
    LocalDate last = end(f);
    if (r.closed() != null && r.closed().isBefore(last)) {
      last = r.closed();
    }
    long days = last.isBefore(first) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    return r.yearlyMinimum() * days / 365;
  }

  static MentorLoad mentors(List<ReportRepository.MentorRow> rows) {
    long paused = 0;
    long capacity = 0;
    long load = 0;
    long without = 0;
    long room = 0;
    long full = 0;
    long over = 0;
    for (ReportRepository.MentorRow m : rows) {
      paused += m.paused() ? 1 : 0;
      capacity += m.capacity();
      load += m.load();
      if (m.load() > m.capacity()) {
        over++;
      } else if (m.load() == m.capacity()) {
        full++;
      } else if (m.load() == 0) {
        without++;
      } else {
        room++;
      }
    }
    return new MentorLoad(rows.size(), paused, capacity, load, without, room, full, over);
  }

  private static ClaimTotals totals(ReportFacts.ClaimSums c) {
    return new ClaimTotals(
        c.claims(),
        pounds(c.feePence()),
        pounds(c.travelPence()),
        pounds(c.feePence() + c.travelPence()));
  }

  private static BudgetYear budget(ReportFacts.BudgetFacts b) {
    return new BudgetYear(
        b.year(),
        b.start(),
        b.end(),
        b.yearlyPence() == null ? null : pounds(b.yearlyPence()),
        pounds(b.spentPence()),
        pounds(b.committedPence()),
        b.yearlyPence() == null
            ? null
            : pounds(b.yearlyPence() - b.spentPence() - b.committedPence()));
  }

  /** Pence as pounds with two decimals, such as {@code "-12.50"}. */
  static String pounds(long pence) {
    return BigDecimal.valueOf(pence, 2).toPlainString();
  }

  /** Half-hours as hours, such as {@code "12.5"} or {@code "3"}. */
  static String hours(long halfHours) {
    return BigDecimal.valueOf(halfHours * 5, 1).stripTrailingZeros().toPlainString();
  }

  private static BigDecimal ratio(long a, long b, int scale) {
    return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), scale, RoundingMode.HALF_UP);
  }
}
