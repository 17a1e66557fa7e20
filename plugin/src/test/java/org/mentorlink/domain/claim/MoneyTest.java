package org.mentorlink.domain.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorlink.domain.testing.Refusals.refused;

import org.junit.jupiter.api.Test;

class MoneyTest {
  @Test
  void readsPoundsExactlyAsWholePence() {
    assertEquals(1250, Money.parse("12.5", "fee", "The fee").pence());
    assertEquals(1250, Money.parse("12.50", "fee", "The fee").pence());
    assertEquals(1200, Money.parse("£12", "fee", "The fee").pence());
    assertEquals(1, Money.parse("0.01", "fee", "The fee").pence());
    // 0.1 + 0.2 in pence is exactly 0.30, as it never is in a double.
    assertEquals(
        Money.parse("0.30", "fee", "The fee"),
        Money.parse("0.10", "fee", "The fee").plus(Money.parse("0.20", "fee", "The fee")));
  }

  @Test
  void refusesAThirdDecimalRatherThanRoundingIt() {
    refused("INVALID_AMOUNT", () -> Money.parse("12.345", "fee", "The fee"));
    refused("INVALID_AMOUNT", () -> Money.parse("-1", "fee", "The fee"));
    refused("INVALID_AMOUNT", () -> Money.parse("1e3", "fee", "The fee"));
    refused("INVALID_AMOUNT", () -> Money.parse("1,000", "fee", "The fee"));
    refused("INVALID_AMOUNT", () -> Money.parse(" ", "fee", "The fee"));
    refused("INVALID_AMOUNT", () -> Money.parse("NaN", "fee", "The fee"));
    refused("INVALID_AMOUNT", () -> Money.ofPence(-1));
    refused("INVALID_AMOUNT", () -> Money.ofPence(Money.MAX + 1));
  }

  @Test
  void mileageIsRoundedToTheNearestPennyHalfUp() {
    Money rate = Money.parse("0.45", "rate", "The rate");
    assertEquals(563, rate.perMile(Miles.parse("12.5")).pence(), "562.5p rounds up");
    assertEquals(558, rate.perMile(Miles.parse("12.4")).pence(), "558p exactly");
    assertEquals(4500, rate.perMile(Miles.parse("100")).pence());
    assertEquals(1, Money.ofPence(1).perMile(Miles.parse("0.5")).pence(), "0.5p rounds up");
    assertEquals(0, Money.ofPence(1).perMile(Miles.parse("0.4")).pence());
    refused("INVALID_MILES", () -> Miles.parse("12.25"));
    refused("INVALID_MILES", () -> Miles.parse("0"));
    refused("INVALID_MILES", () -> Miles.parse("2000.1"));
  }

  @Test
  void showsAmountsAsPeopleReadThem() {
    assertEquals("£1,234.05", Money.ofPence(123405).display());
    assertEquals("1234.05", Money.ofPence(123405).decimal());
    assertEquals("0.00", Money.ZERO.decimal());
  }
}
