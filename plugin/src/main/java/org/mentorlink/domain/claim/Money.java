package org.mentorlink.domain.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.mentorlink.domain.shared.DomainException;

/**
 * An amount of money in pounds sterling, held exactly as whole pence (never a floating-point
 * number). Never negative; at most {@link #MAX} so that sums of a scheme's claims cannot overflow.
 */
public record Money(long pence) implements Comparable<Money> {
  public static final Money ZERO = new Money(0);

  /** £10,000,000: more than any scheme's yearly budget. */
  public static final long MAX = 1_000_000_000L;

  public Money {
    if (pence < 0 || pence > MAX) {
      throw new DomainException("INVALID_AMOUNT", "An amount must be from £0 to £10,000,000.");
    }
  }

  public static Money ofPence(long pence) {
    return new Money(pence);
  }

  /**
   * Reads pounds written as {@code 12}, {@code 12.5} or {@code 12.50} (an optional leading £, no
   * thousands separators): exact, at most two decimals — a third decimal is refused, never rounded.
   */
  public static Money parse(String pounds, String field, String what) {
    if (pounds == null || pounds.isBlank()) {
      throw new DomainException("INVALID_AMOUNT", field, what + " is required.");
    }
    String v = pounds.strip();
    if (v.startsWith("£")) {
      v = v.substring(1).strip();
    }
    if (!v.matches("\\d{1,8}(\\.\\d{1,2})?")) {
      throw new DomainException(
          "INVALID_AMOUNT",
          field,
          what + " must be an amount in pounds with at most two decimals, such as 12.50.");
    }
    return new Money(new BigDecimal(v).movePointRight(2).longValueExact());
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(pence, other.pence));
  }

  /** This amount less {@code other}, which may be negative (what is left of a budget). */
  public long minusPence(Money other) {
    return pence - other.pence;
  }

  /**
   * {@code miles} at this rate per mile, rounded to the nearest penny (a half penny up): 12.5 miles
   * at 45p is £5.63.
   */
  public Money perMile(Miles miles) {
    BigDecimal exact = BigDecimal.valueOf(pence).multiply(miles.value());
    return new Money(exact.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  public boolean isZero() {
    return pence == 0;
  }

  /** Pounds with two decimals, such as {@code 12.50} (for exports and the API). */
  public String decimal() {
    return BigDecimal.valueOf(pence, 2).toPlainString();
  }

  /** As people read it: {@code £1,234.50}. */
  public String display() {
    return String.format("£%,d.%02d", pence / 100, pence % 100);
  }

  @Override
  public int compareTo(Money o) {
    return Long.compare(pence, o.pence);
  }

  @Override
  public String toString() {
    return decimal();
  }
}
