package org.mentorlink.domain.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class RoundTest {
  private static final MonthDay APRIL = MonthDay.of(4, 1);

  @Test
  void aYearHasTwoSixMonthRounds() {
    Round first = Round.containing(LocalDate.of(2025, 9, 30), APRIL);
    assertEquals("2025/26-1", first.key());
    assertEquals(LocalDate.of(2025, 4, 1), first.start());
    assertEquals(LocalDate.of(2025, 9, 30), first.end());
    Round second = Round.containing(LocalDate.of(2025, 10, 1), APRIL);
    assertEquals("2025/26-2", second.key());
    assertEquals(LocalDate.of(2026, 3, 31), second.end());
    assertEquals("2024/25-2", Round.containing(LocalDate.of(2025, 3, 31), APRIL).key());
  }

  @Test
  void aRoundIsFoundAgainByItsKey() {
    assertEquals(Round.containing(LocalDate.of(2026, 1, 5), APRIL), Round.of("2025/26-2", APRIL));
    assertEquals("2025-1", Round.of("2025-1", MonthDay.of(1, 1)).key());
    refused("UNKNOWN_ROUND", () -> Round.of("2025/27-1", APRIL));
    refused("UNKNOWN_ROUND", () -> Round.of("2025/26-3", APRIL));
    refused("UNKNOWN_ROUND", () -> Round.of(null, APRIL));
  }

  @Test
  void endsAfterItsLastDay() {
    Round r = Round.of("2025/26-1", APRIL);
    assertFalse(r.endedBy(LocalDate.of(2025, 9, 30)));
    assertTrue(r.endedBy(LocalDate.of(2025, 10, 1)));
    assertTrue(r.overlaps(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 4, 1)));
    assertFalse(r.overlaps(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 3, 31)));
  }
}
