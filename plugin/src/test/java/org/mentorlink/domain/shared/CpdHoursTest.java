package org.mentorlink.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CpdHoursTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.5", "1", "1.0", "1.50", "2", "49.5", "10000"})
  void acceptsWholeHalfHours(String hours) {
    assertEquals(new BigDecimal(hours).compareTo(CpdHours.of(hours).hours()), 0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.25", "1.2", "0.1", "2.75", "0.05"})
  void rejectsHoursNotInHalfHourSteps(String hours) {
    DomainException e = assertThrows(DomainException.class, () -> CpdHours.of(hours));
    assertEquals("CPD_HOURS_NOT_HALF_STEP", e.code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.5", "-1", "-0"})
  void rejectsNegativeHours(String hours) {
    if (hours.equals("-0")) {
      assertTrue(CpdHours.of(hours).isZero(), "minus zero is zero");
      return;
    }
    DomainException e = assertThrows(DomainException.class, () -> CpdHours.of(hours));
    assertEquals("CPD_HOURS_NEGATIVE", e.code());
  }

  @Test
  void rejectsNegativeHalfHourCount() {
    assertEquals(
        "CPD_HOURS_NEGATIVE",
        assertThrows(DomainException.class, () -> CpdHours.ofHalfHours(-1)).code());
  }

  @Test
  void rejectsMissingOrNonNumericHours() {
    assertEquals(
        "CPD_HOURS_REQUIRED", assertThrows(DomainException.class, () -> CpdHours.of("")).code());
    assertEquals(
        "CPD_HOURS_REQUIRED",
        assertThrows(DomainException.class, () -> CpdHours.of((BigDecimal) null)).code());
    assertEquals(
        "CPD_HOURS_NOT_A_NUMBER",
        assertThrows(DomainException.class, () -> CpdHours.of("two")).code());
  }

  @Test
  void rejectsAbsurdlyLargeHours() {
    assertEquals(
        "CPD_HOURS_TOO_LARGE",
        assertThrows(DomainException.class, () -> CpdHours.of("10000.5")).code());
  }

  @Test
  void addsExactly() {
    CpdHours total = CpdHours.ZERO;
    for (int i = 0; i < 10; i++) {
      total = total.plus(CpdHours.of("0.5"));
    }
    assertEquals(CpdHours.of("5"), total);
    assertEquals("5", total.toString());
    assertEquals("1.5", CpdHours.of("1.50").toString());
  }

  @Test
  void multipliesForImpact() {
    assertEquals(CpdHours.of("3"), CpdHours.of("1.5").times(2));
    assertThrows(DomainException.class, () -> CpdHours.of("1").times(-1));
  }

  @Test
  void comparesAndEqualsByValue() {
    assertEquals(CpdHours.of("2.0"), CpdHours.of("2"));
    assertEquals(CpdHours.of("2").hashCode(), CpdHours.of("2.00").hashCode());
    assertTrue(CpdHours.of("1").compareTo(CpdHours.of("1.5")) < 0);
  }
}
