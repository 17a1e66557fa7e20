package org.mentorlink.domain.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** A fixed "now" for every test: the domain never reads the wall clock, and neither do tests. */
public final class Times {
  /** Tuesday 6 May 2025, 09:00 UTC. */
  public static final Instant NOW = Instant.parse("2025-05-06T09:00:00Z");

  /** The date of {@link #NOW}. */
  public static final LocalDate TODAY = LocalDate.of(2025, 5, 6);

  private Times() {}

  public static Instant minutesLater(long minutes) {
    return NOW.plus(Duration.ofMinutes(minutes));
  }

  public static Instant daysLater(long days) {
    return NOW.plus(Duration.ofDays(days));
  }
}
