package org.mentorlink.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Hours of learning counted for CPD: one credit is one hour, recorded in steps of half an hour,
 * never negative (corrections are reversing entries, not negative hours). Held as a count of
 * half-hours so that sums are exact.
 */
public final class CpdHours implements Comparable<CpdHours> {
  /** No hours at all. */
  public static final CpdHours ZERO = new CpdHours(0);

  private static final long MAX_HALF_HOURS = 2 * 10_000L;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final long halfHours;

  private CpdHours(long halfHours) {
    if (halfHours < 0) {
      throw new DomainException("CPD_HOURS_NEGATIVE", "CPD hours cannot be negative.");
    }
    if (halfHours > MAX_HALF_HOURS) {
      throw new DomainException("CPD_HOURS_TOO_LARGE", "CPD hours must be at most 10000.");
    }
    this.halfHours = halfHours;
  }

  /** Parses hours such as {@code "1.5"}; refuses negatives and anything but whole half-hours. */
  public static CpdHours of(BigDecimal hours) {
    if (hours == null) {
      throw new DomainException("CPD_HOURS_REQUIRED", "CPD hours are required.");
    }
    if (hours.signum() < 0) {
      throw new DomainException("CPD_HOURS_NEGATIVE", "CPD hours cannot be negative.");
    }
    BigDecimal doubled = hours.multiply(TWO);
    if (doubled.stripTrailingZeros().scale() > 0) {
      throw new DomainException(
          "CPD_HOURS_NOT_HALF_STEP", "CPD hours must be in steps of half an hour (0.5).");
    }
    if (doubled.compareTo(BigDecimal.valueOf(MAX_HALF_HOURS)) > 0) {
      throw new DomainException("CPD_HOURS_TOO_LARGE", "CPD hours must be at most 10000.");
    }
    return new CpdHours(doubled.longValueExact());
  }

  /** Parses a decimal string such as {@code "2"} or {@code "0.5"}. */
  public static CpdHours of(String hours) {
    if (hours == null || hours.isBlank()) {
      throw new DomainException("CPD_HOURS_REQUIRED", "CPD hours are required.");
    }
    try {
      return of(new BigDecimal(hours.strip()));
    } catch (NumberFormatException e) {
      throw new DomainException("CPD_HOURS_NOT_A_NUMBER", "CPD hours must be a number.");
    }
  }

  /** Exactly {@code halfHours} half-hours. */
  public static CpdHours ofHalfHours(long halfHours) {
    return new CpdHours(halfHours);
  }

  /** The number of half-hours. */
  public long halfHours() {
    return halfHours;
  }

  /** The hours as a decimal with one fraction digit, e.g. {@code 1.5}. */
  public BigDecimal hours() {
    return BigDecimal.valueOf(halfHours).divide(TWO, 1, RoundingMode.UNNECESSARY);
  }

  /** The sum of these hours and {@code other}. */
  public CpdHours plus(CpdHours other) {
    return new CpdHours(Math.addExact(halfHours, other.halfHours));
  }

  /** These hours multiplied by a whole factor (the legacy "impact" doubling uses 2). */
  public CpdHours times(int factor) {
    if (factor < 0) {
      throw new DomainException("CPD_FACTOR_NEGATIVE", "A CPD multiplier cannot be negative.");
    }
    return new CpdHours(Math.multiplyExact(halfHours, factor));
  }

  /** True if there are no hours. */
  public boolean isZero() {
    return halfHours == 0;
  }

  @Override
  public int compareTo(CpdHours o) {
    return Long.compare(halfHours, o.halfHours);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CpdHours other && other.halfHours == halfHours;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(halfHours);
  }

  /** Plain decimal hours without trailing ".0" for whole hours, e.g. {@code "2"}, {@code "1.5"}. */
  @Override
  public String toString() {
    return hours().stripTrailingZeros().toPlainString();
  }
}
