package org.mentorlink.domain.mentor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A mentor's training or indemnity that has lapsed, or lapses soon ({@link #WARN_DAYS} days or
 * less): what lapses, and on which day (the first day it no longer holds).
 */
public record Lapse(What what, LocalDate on, boolean lapsed) {
  /** How many days ahead a coming lapse is announced. */
  public static final int WARN_DAYS = 60;

  /** What lapses. */
  public enum What {
    TRAINING,
    INDEMNITY
  }

  /** The lapse on {@code on}, if it is past or within {@link #WARN_DAYS} days of {@code today}. */
  static Lapse of(What what, LocalDate on, LocalDate today) {
    if (on == null || ChronoUnit.DAYS.between(today, on) > WARN_DAYS) {
      return null;
    }
    return new Lapse(what, on, !on.isAfter(today));
  }
}
