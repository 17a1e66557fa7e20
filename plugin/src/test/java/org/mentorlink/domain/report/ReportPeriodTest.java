package org.mentorlink.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.report.ReportPeriod.Preset;
import org.mentorlink.domain.shared.DomainException;

class ReportPeriodTest {
  private static final MonthDay APRIL = MonthDay.of(4, 1);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static ReportPeriod parse(String preset, String from, String to) {
    return ReportPeriod.parse(preset, from, to, TODAY, APRIL);
  }

  @Test
  void withoutAnythingTheSchemesCurrentYear() {
    ReportPeriod p = parse(null, null, " ");
    assertEquals(LocalDate.of(2026, 4, 1), p.from());
    assertEquals(LocalDate.of(2027, 3, 31), p.to());
    assertEquals(Preset.THIS_YEAR, p.preset());
  }

  @Test
  void presetsFollowTheSchemesYearStart() {
    assertEquals(
        new ReportPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), Preset.LAST_YEAR),
        parse("last-year", null, null));
    assertEquals(
        new ReportPeriod(
            LocalDate.of(2025, 11, 24), LocalDate.of(2026, 11, 23), Preset.LAST_12_MONTHS),
        parse("last-12-months", null, null));
    // The scheme's quarters: April–June, July–September, October–December, January–March.
    assertEquals(
        new ReportPeriod(
            LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), Preset.THIS_QUARTER),
        parse("this-quarter", null, null));
    assertEquals(
        new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), Preset.LAST_QUARTER),
        parse("last-quarter", null, null));
    ReportPeriod calendarYear =
        ReportPeriod.of(Preset.THIS_QUARTER, LocalDate.of(2027, 2, 10), MonthDay.of(1, 1));
    assertEquals(LocalDate.of(2027, 1, 1), calendarYear.from());
    assertEquals(LocalDate.of(2027, 3, 31), calendarYear.to());
  }

  @Test
  void twoDatesMakeACustomPeriod() {
    ReportPeriod p = parse("custom", "2026-01-01", "2026-03-31");
    assertEquals(Preset.CUSTOM, p.preset());
    assertEquals(90, p.days());
    assertEquals(1, parse(null, "2026-05-05", "2026-05-05").days());
  }

  @Test
  void refusesPeriodsThatCannotBe() {
    assertEquals(
        "to", refused("INVALID_PERIOD", () -> parse(null, "2026-05-02", "2026-05-01")).field());
    refused("INVALID_PERIOD", () -> parse(null, "2020-01-01", "2025-01-01"));
    parse(null, "2020-01-01", "2024-12-31");
    assertEquals("to", refused("INVALID_PERIOD", () -> parse(null, "2026-01-01", null)).field());
    assertEquals("from", refused("INVALID_PERIOD", () -> parse(null, "", "2026-01-01")).field());
    assertEquals(
        "from",
        refused("VALIDATION_FAILED", () -> parse(null, "01/02/2026", "2026-03-01")).field());
    assertEquals(
        "to", refused("VALIDATION_FAILED", () -> parse(null, "2026-01-01", "2026-02-30")).field());
    refused("DATE_OUT_OF_RANGE", () -> parse(null, "1999-12-31", "2000-01-31"));
    refused("DATE_OUT_OF_RANGE", () -> parse(null, "+10000-01-01", "+10000-02-01"));
    assertEquals("period", refused("INVALID_PERIOD", () -> parse("fortnight", null, null)).field());
    assertEquals(
        "period",
        refused("INVALID_PERIOD", () -> parse("this-year", "2026-01-01", "2026-02-01")).field());
    DomainException e = refused("INVALID_PERIOD", () -> parse("custom", null, null));
    assertEquals("from", e.field());
  }
}
