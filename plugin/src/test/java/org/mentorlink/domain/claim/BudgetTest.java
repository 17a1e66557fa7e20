package org.mentorlink.domain.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BudgetTest {
  private static Money pounds(long p) {
    return Money.ofPence(p * 100);
  }

  @Test
  void leftIsTheBudgetLessSpentAndCommitted() {
    Budget b =
        new Budget("2025/26", pounds(28_000), pounds(20_000), Money.parse("7999.99", "x", "x"));
    assertEquals(1, b.leftPence());
    assertEquals("0.01", b.left());
    assertFalse(b.overCommitted());
  }

  @Test
  void claimsBeyondTheBudgetShowANegativeRemainder() {
    Budget b = new Budget("2025/26", pounds(1_000), pounds(900), pounds(250));
    assertEquals(-15_000, b.leftPence());
    assertEquals("-150.00", b.left());
    assertEquals("−£150.00", b.leftDisplay());
    assertTrue(b.overCommitted());
  }

  @Test
  void approvingCountsOnlyWhatIsSpentAlready() {
    Budget b = new Budget("2025/26", pounds(1_000), pounds(900), pounds(250));
    assertTrue(b.allowsApproving(pounds(100)), "exactly to the budget");
    assertFalse(b.allowsApproving(Money.parse("100.01", "x", "x")), "a penny over");
  }

  @Test
  void aSchemeWithoutABudgetHasNoLimit() {
    Budget b = new Budget("2025/26", null, pounds(900_000), pounds(250));
    assertFalse(b.limited());
    assertFalse(b.overCommitted());
    assertTrue(b.allowsApproving(pounds(1_000_000)));
  }
}
