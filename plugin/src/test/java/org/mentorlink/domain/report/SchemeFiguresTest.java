package org.mentorlink.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.feedback.RoundReport.Scale;
import org.mentorlink.domain.feedback.RoundReport.Share;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.report.ReportFacts.BudgetFacts;
import org.mentorlink.domain.report.ReportFacts.ClaimSums;
import org.mentorlink.domain.report.ReportFacts.RelationshipFacts;
import org.mentorlink.domain.report.ReportRepository.MentorRow;
import org.mentorlink.domain.report.ReportRepository.RequestCounts;
import org.mentorlink.domain.report.SchemeFigures.FeedbackRound;
import org.mentorlink.domain.report.SchemeFigures.RoleFigures;

/**
 * A scheme's figures against a fixture computed by hand: the scheme year 2026/27 (1 April 2026 to
 * 31 March 2027), looked at on 1 October 2026, with a yearly minimum of three sessions.
 */
class SchemeFiguresTest {
  static final ReportPeriod YEAR =
      new ReportPeriod(
          LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), ReportPeriod.Preset.THIS_YEAR);
  static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  /**
   * Five relationships. Days run in the period (to today) and the minimum they owe, 3 × days / 365
   * rounded down: A 184 → 1, B 103 → 0, C 170 → 1, D 184 → 1, E 31 → 0.
   */
  static List<RelationshipFacts> relationships(Integer minimum) {
    return List.of(
        new RelationshipFacts(d("2025-06-01"), null, 4, minimum, 2, 4), // A: allowance used, met
        new RelationshipFacts(d("2026-05-10"), d("2026-08-20"), 4, minimum, 0, 0), // B: below, met
        new RelationshipFacts(d("2026-04-15"), null, 2, minimum, 3, 3), // C: beyond, met
        new RelationshipFacts(d("2024-01-01"), null, 6, minimum, 0, 5), // D: below, not met
        new RelationshipFacts(d("2026-09-01"), null, 4, minimum, 7, 7)); // E: beyond, met
  }

  static List<MentorRow> mentors() {
    return List.of(
        new MentorRow(2, false, 2), // full
        new MentorRow(3, true, 0), // without a mentee (paused)
        new MentorRow(2, false, 1), // with room
        new MentorRow(1, false, 2), // over capacity
        new MentorRow(0, false, 0)); // full (no room at all)
  }

  static ReportFacts fixture() {
    return new ReportFacts(
        YEAR,
        TODAY,
        3,
        new RequestCounts(10, 2, 5),
        List.of(3, 10, 1, 7),
        List.of(14, 30, 21),
        relationships(3),
        mentors(),
        25,
        6,
        9,
        new ClaimSums(3, 75_000, 2_550),
        new ClaimSums(1, 25_000, 0),
        List.of(
            new BudgetFacts(
                "2026/27", d("2026-04-01"), d("2027-03-31"), 2_800_000L, 77_550, 25_000)),
        List.of());
  }

  @Test
  void theFiguresOfTheFixture() {
    SchemeFigures f = SchemeFigures.of("s1", "North", fixture());

    assertEquals(new SchemeFigures.Requests(10, 2, 5), f.requests());
    assertEquals(new Wait(4, 3, 10), f.waits().toMatch());
    assertEquals(new Wait(3, 21, 30), f.waits().toFirstSession());

    // Started in the period: B, C, E; closed: B; open on 1 October: A, C, D, E.
    assertEquals(new SchemeFigures.Relationships(5, 3, 1, 4), f.relationships());

    SchemeFigures.Sessions s = f.sessions();
    assertEquals(12, s.held());
    assertEquals("2.4", s.perRelationship());
    assertEquals(
        List.of(2L, 0L, 1L, 1L, 0L, 0L, 1L),
        s.byCount().stream().map(SchemeFigures.SessionBand::relationships).toList());
    assertTrue(s.byCount().get(6).orMore());
    assertFalse(s.byCount().get(5).orMore());
    assertEquals(new SchemeFigures.Allowance(2, 1, 2), s.allowance());
    assertEquals(new SchemeFigures.Minimum(3, 4, 1), s.minimum());

    assertEquals(new SchemeFigures.MentorLoad(5, 1, 8, 5, 1, 1, 2, 1), f.mentors());

    assertEquals(new SchemeFigures.Cpd("12.5", "3", "15.5", 9), f.cpd());

    assertEquals(
        new SchemeFigures.ClaimTotals(3, "750.00", "25.50", "775.50"), f.claims().approved());
    assertEquals(
        new SchemeFigures.ClaimTotals(1, "250.00", "0.00", "250.00"), f.claims().waiting());
    assertEquals(
        List.of(
            new SchemeFigures.BudgetYear(
                "2026/27",
                d("2026-04-01"),
                d("2027-03-31"),
                "28000.00",
                "775.50",
                "250.00",
                "26974.50")),
        f.claims().budgets());
  }

  @Test
  void theMinimumIsOwedInProportionToTheDaysARelationshipRanInThePeriod() {
    RelationshipFacts wholeYear = new RelationshipFacts(d("2020-01-01"), null, 4, 3, 2, 2);
    ReportFacts past =
        new ReportFacts(
            YEAR,
            d("2027-06-01"),
            3,
            new RequestCounts(0, 0, 0),
            List.of(),
            List.of(),
            List.of(wholeYear),
            List.of(),
            0,
            0,
            0,
            ClaimSums.NONE,
            ClaimSums.NONE,
            List.of(),
            List.of());
    assertEquals(3, SchemeFigures.expected(wholeYear, past), "a whole year owes the minimum");
    assertEquals(
        new SchemeFigures.Minimum(3, 0, 1), SchemeFigures.of("s", "S", past).sessions().minimum());
    // Closed after 73 days of the period: 3 × 73 / 365 = 0.6, owing none.
    RelationshipFacts shortOne =
        new RelationshipFacts(d("2026-03-01"), d("2026-06-12"), 4, 3, 0, 1);
    assertEquals(0, SchemeFigures.expected(shortOne, past));
  }

  @Test
  void withoutAYearlyMinimumNoRelationshipIsCountedAgainstOne() {
    ReportFacts none =
        new ReportFacts(
            YEAR,
            TODAY,
            null,
            new RequestCounts(0, 0, 0),
            List.of(),
            List.of(),
            relationships(null),
            mentors(),
            0,
            0,
            0,
            ClaimSums.NONE,
            ClaimSums.NONE,
            List.of(),
            List.of());
    SchemeFigures f = SchemeFigures.of("s", "S", none);
    assertEquals(new SchemeFigures.Minimum(null, 0, 0), f.sessions().minimum());
    assertNull(f.waits().toMatch().median());
  }

  @Test
  void withoutRelationshipsThereIsNoAverage() {
    ReportFacts empty =
        new ReportFacts(
            YEAR,
            TODAY,
            3,
            new RequestCounts(0, 0, 0),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            0,
            0,
            0,
            ClaimSums.NONE,
            ClaimSums.NONE,
            List.of(),
            List.of());
    SchemeFigures f = SchemeFigures.of("s", "S", empty);
    assertNull(f.sessions().perRelationship());
    assertEquals(0, f.sessions().held());
    assertEquals(new SchemeFigures.Cpd("0", "0", "0", 0), f.cpd());
  }

  @Test
  void aBudgetWithoutLimitHasNothingLeftAndOneOverspentIsNegative() {
    assertEquals("-275.50", SchemeFigures.pounds(50_000 - 77_550));
    assertEquals("0.05", SchemeFigures.pounds(5));
    assertEquals("3", SchemeFigures.hours(6));
    assertEquals("0.5", SchemeFigures.hours(1));
  }

  @Test
  void feedbackFiguresLeaveTheirQuotesOut() {
    var report =
        org.mentorlink.domain.feedback.RoundReport.of(
            "2026/27-1",
            org.mentorlink.domain.feedback.FeedbackRole.MENTEE,
            3,
            List.of(
                answers(4, true, "QUOTE ME"),
                answers(5, true, "QUOTE ME TOO"),
                answers(3, false, null)));
    assertFalse(report.quotes().isEmpty());
    RoleFigures r = RoleFigures.of(report);
    assertEquals(3, r.answers());
    assertEquals(new Share(3, 2, 67), r.useAgain());
    assertTrue(
        java.util.Arrays.stream(RoleFigures.class.getRecordComponents())
            .noneMatch(c -> c.getName().contains("quote")),
        "no free text in a report's feedback figures");
    RoleFigures hidden =
        RoleFigures.of(
            org.mentorlink.domain.feedback.RoundReport.of(
                "2026/27-1",
                org.mentorlink.domain.feedback.FeedbackRole.MENTOR,
                5,
                List.of(answers(4, true, null))));
    assertFalse(hidden.shown());
    assertNull(hidden.answers(), "below k not even how many answered");
    assertNull(hidden.useAgain());
  }

  static org.mentorlink.domain.feedback.Answers answers(
      int expectations, boolean again, String text) {
    return new org.mentorlink.domain.feedback.Answers(
        expectations,
        4,
        java.util.Set.of(Theme.PERSONAL_SUPPORT),
        again,
        true,
        null,
        text,
        null,
        text != null);
  }

  /** A hub's feedback adds only what each scheme shows: every sum stands on at least k answers. */
  @Test
  void feedbackOfSeveralSchemesAddsWhatEachShows() {
    RoleFigures five =
        new RoleFigures(
            5,
            true,
            5,
            new Scale(5, List.of(1, 1, 1, 1, 1), "3.0"),
            null,
            new Share(5, 4, 80),
            null,
            Map.of(Theme.PERSONAL_SUPPORT, 2));
    RoleFigures three =
        new RoleFigures(
            3,
            true,
            3,
            new Scale(3, List.of(0, 0, 0, 1, 2), "4.7"),
            null,
            new Share(3, 3, 100),
            null,
            Map.of(Theme.PERSONAL_SUPPORT, 3));
    RoleFigures hidden = new RoleFigures(5, false, null, null, null, null, null, null);
    RoleFigures sum = RoleFigures.sum(List.of(five, three, hidden));
    assertEquals(5, sum.k());
    assertEquals(8, sum.answers());
    // (1 + 2 + 3 + 4·2 + 5·3) / 8 = 29 / 8 = 3.625
    assertEquals(new Scale(8, List.of(1, 1, 1, 2, 3), "3.6"), sum.expectations());
    assertEquals(new Share(8, 7, 88), sum.useAgain());
    assertNull(sum.recommend());
    assertEquals(5, sum.themes().get(Theme.PERSONAL_SUPPORT));
    assertFalse(RoleFigures.sum(List.of(hidden, hidden)).shown());
  }

  @Test
  void theHubSumsItsSchemes() {
    ReportFacts north = fixture();
    ReportFacts south =
        new ReportFacts(
            YEAR,
            TODAY,
            null,
            new RequestCounts(4, 1, 1),
            List.of(2),
            List.of(),
            List.of(new RelationshipFacts(d("2026-06-01"), null, 4, null, 1, 1)),
            List.of(new MentorRow(2, false, 1)),
            4,
            2,
            3,
            new ClaimSums(1, 25_000, 1_000),
            ClaimSums.NONE,
            List.of(new BudgetFacts("2026/27", d("2026-04-01"), d("2027-03-31"), null, 26_000, 0)),
            List.of(
                new FeedbackRound(
                    "2026/27-1",
                    d("2026-04-01"),
                    d("2026-09-30"),
                    hiddenFigures(),
                    hiddenFigures())));
    SchemeFigures n = SchemeFigures.of("n", "North", north);
    SchemeFigures s = SchemeFigures.of("s", "South", south);
    SchemeFigures total =
        SchemeFigures.of(null, "All schemes", ReportFacts.merge(List.of(north, south)));

    assertNull(total.schemeId());
    assertEquals(new SchemeFigures.Requests(14, 3, 6), total.requests());
    // Every wait together (1, 2, 3, 7, 10), not a median of medians.
    assertEquals(new Wait(5, 3, 10), total.waits().toMatch());
    assertEquals(
        n.relationships().active() + s.relationships().active(), total.relationships().active());
    assertEquals(n.sessions().held() + s.sessions().held(), total.sessions().held());
    assertEquals(new SchemeFigures.Allowance(2, 1, 2), n.sessions().allowance());
    assertEquals(new SchemeFigures.Allowance(3, 1, 2), total.sessions().allowance());
    // South sets no minimum: its relationship counts in neither, and the total names no minimum.
    assertEquals(new SchemeFigures.Minimum(null, 4, 1), total.sessions().minimum());
    assertEquals(new SchemeFigures.MentorLoad(6, 1, 10, 6, 1, 2, 2, 1), total.mentors());
    assertEquals(new SchemeFigures.Cpd("14.5", "4", "18.5", 12), total.cpd());
    assertEquals(
        new SchemeFigures.ClaimTotals(4, "1000.00", "35.50", "1035.50"), total.claims().approved());
    // One scheme has no limit: the hub's year has none either.
    assertEquals(
        new SchemeFigures.BudgetYear(
            "2026/27", d("2026-04-01"), d("2027-03-31"), null, "1035.50", "250.00", null),
        total.claims().budgets().get(0));
    assertEquals(1, total.feedback().size());
    assertFalse(total.feedback().get(0).mentees().shown());
  }

  private static RoleFigures hiddenFigures() {
    return new RoleFigures(5, false, null, null, null, null, null, null);
  }
}
