package org.mentorlink.domain.claim;

/**
 * A scheme's budget for one budget year: the yearly amount (null: no limit), what approved claims
 * have spent, and what claims not yet approved have committed. What is left may be negative when
 * claims made exceed the budget.
 */
public record Budget(String year, Money yearly, Money spent, Money committed) {

  public boolean limited() {
    return yearly != null;
  }

  /** Yearly budget less spent and committed, in pence (negative: over), or 0 without a limit. */
  public long leftPence() {
    return yearly == null ? 0 : yearly.minusPence(spent.plus(committed));
  }

  /** Claims made (spent and committed) exceed the budget. */
  public boolean overCommitted() {
    return limited() && leftPence() < 0;
  }

  /**
   * Whether approving {@code claim} (not yet counted as spent) keeps spending within the budget.
   */
  public boolean allowsApproving(Money claim) {
    return !limited() || yearly.minusPence(spent.plus(claim)) >= 0;
  }

  /** Left as a signed decimal in pounds, such as {@code -12.50}. */
  public String left() {
    long p = leftPence();
    return (p < 0 ? "-" : "") + Money.ofPence(Math.abs(p)).decimal();
  }

  /** Left as people read it, such as {@code £1,200.00} or {@code −£12.50}. */
  public String leftDisplay() {
    long p = leftPence();
    return (p < 0 ? "−" : "") + Money.ofPence(Math.abs(p)).display();
  }
}
