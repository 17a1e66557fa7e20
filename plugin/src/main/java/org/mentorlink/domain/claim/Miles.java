package org.mentorlink.domain.claim;

import java.math.BigDecimal;
import org.mentorlink.domain.shared.DomainException;

/** A distance travelled, in tenths of a mile: more than 0 and at most 2,000 miles. */
public record Miles(long tenths) {
  public static final long MAX_TENTHS = 20_000;

  public Miles {
    if (tenths <= 0 || tenths > MAX_TENTHS) {
      throw new DomainException(
          "INVALID_MILES", "miles", "The miles travelled must be more than 0 and at most 2,000.");
    }
  }

  /** Reads {@code 12} or {@code 12.5} (at most one decimal: refused, never rounded). */
  public static Miles parse(String miles) {
    String v = miles == null ? "" : miles.strip();
    if (!v.matches("\\d{1,5}(\\.\\d)?")) {
      throw new DomainException(
          "INVALID_MILES",
          "miles",
          "The miles travelled must be a number with at most one decimal, such as 12.5.");
    }
    return new Miles(new BigDecimal(v).movePointRight(1).longValueExact());
  }

  public BigDecimal value() {
    return BigDecimal.valueOf(tenths, 1);
  }

  @Override
  public String toString() {
    return value().stripTrailingZeros().toPlainString();
  }
}
