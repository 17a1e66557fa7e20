package org.mentorlink.tool.present;

import java.time.LocalDate;
import java.util.List;
import org.mentorlink.domain.report.ReportFacts;
import org.mentorlink.domain.report.ReportFacts.BudgetFacts;
import org.mentorlink.domain.report.ReportFacts.ClaimSums;
import org.mentorlink.domain.report.ReportFacts.RelationshipFacts;
import org.mentorlink.domain.report.ReportPeriod;
import org.mentorlink.domain.report.ReportRepository.MentorRow;
import org.mentorlink.domain.report.ReportRepository.RequestCounts;
import org.mentorlink.domain.report.SchemeFigures;

/** Report figures computed by hand (the plugin's SchemeFiguresTest has the same fixture). */
public final class ReportFixture {
  private ReportFixture() {}

  static final ReportPeriod YEAR =
      new ReportPeriod(
          LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), ReportPeriod.Preset.THIS_YEAR);

  /**
   * North: 10 requests (2 signposted, 5 matched; 3 signpostings during relationships; 5 of the
   * relationships required mentoring), five relationships, five mentors, claims.
   */
  public static ReportFacts north() {
    return new ReportFacts(
        YEAR,
        LocalDate.of(2026, 10, 1),
        3,
        new RequestCounts(10, 2, 5, 3, 5L),
        List.of(3, 10, 1, 7),
        List.of(14, 30, 21),
        List.of(
            new RelationshipFacts(LocalDate.of(2025, 6, 1), null, 4, 3, 2, 4),
            new RelationshipFacts(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 8, 20), 4, 3, 0, 0),
            new RelationshipFacts(LocalDate.of(2026, 4, 15), null, 2, 3, 3, 3),
            new RelationshipFacts(LocalDate.of(2024, 1, 1), null, 6, 3, 0, 5),
            new RelationshipFacts(LocalDate.of(2026, 9, 1), null, 4, 3, 7, 7)),
        List.of(
            new MentorRow(2, false, 2),
            new MentorRow(3, true, 0),
            new MentorRow(2, false, 1),
            new MentorRow(1, false, 2),
            new MentorRow(0, false, 0)),
        25,
        6,
        9,
        new ClaimSums(3, 75_000, 2_550),
        new ClaimSums(1, 25_000, 0),
        List.of(
            new BudgetFacts(
                "2026/27",
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31),
                2_800_000L,
                77_550,
                25_000)),
        List.of());
  }

  /** A scheme with nothing in the period and a name a spreadsheet would read as a formula. */
  public static ReportFacts empty() {
    return new ReportFacts(
        YEAR,
        LocalDate.of(2026, 10, 1),
        null,
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
  }

  public static SchemeFigures northFigures() {
    return SchemeFigures.of("n", "North", north());
  }
}
