package org.mentorlink.domain.cpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.shared.DomainException;

class CpdYearTest {
  private static final MonthDay APRIL = MonthDay.of(4, 1);

  @Test
  void thirtyFirstMarchBelongsToTheYearBeforeFirstApril() {
    CpdYear march = CpdYear.containing(LocalDate.of(2026, 3, 31), APRIL);
    CpdYear april = CpdYear.containing(LocalDate.of(2026, 4, 1), APRIL);
    assertEquals(LocalDate.of(2025, 4, 1), march.start());
    assertEquals(LocalDate.of(2026, 3, 31), march.end());
    assertEquals(LocalDate.of(2026, 4, 1), april.start());
    assertEquals(april, march.next());
    assertEquals("2025/26", march.label());
  }

  @Test
  void aSchemeWithAnotherYearStartCountsFromIt() {
    MonthDay september = MonthDay.of(9, 1);
    assertEquals(
        LocalDate.of(2025, 9, 1), CpdYear.containing(LocalDate.of(2026, 8, 31), september).start());
    assertEquals(
        LocalDate.of(2026, 9, 1), CpdYear.containing(LocalDate.of(2026, 9, 1), september).start());
    CpdYear calendar = CpdYear.containing(LocalDate.of(2026, 12, 31), MonthDay.of(1, 1));
    assertEquals("2026", calendar.label());
    assertEquals(LocalDate.of(2026, 12, 31), calendar.end());
  }

  @Test
  void containsItsFirstAndLastDayOnly() {
    CpdYear y = new CpdYear(LocalDate.of(2025, 4, 1));
    assertTrue(y.contains(LocalDate.of(2025, 4, 1)));
    assertTrue(y.contains(LocalDate.of(2026, 3, 31)));
    assertFalse(y.contains(LocalDate.of(2025, 3, 31)));
    assertFalse(y.contains(LocalDate.of(2026, 4, 1)));
  }

  @Test
  void rejectsAYearStartingOnTwentyNinthFebruary() {
    assertEquals(
        "INVALID_CPD_YEAR_START",
        assertThrows(
                DomainException.class,
                () -> CpdYear.containing(LocalDate.of(2024, 3, 1), MonthDay.of(2, 29)))
            .code());
  }
}
