package org.mentorlink.domain.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.mentorlink.domain.shared.Calendar;

/** A fixed "now" for every test: the domain never reads the wall clock, and neither do tests. */
public final class Times {
  /** Tuesday 6 May 2025, 09:00 UTC (10:00 in London). */
  public static final Instant NOW = Instant.parse("2025-05-06T09:00:00Z");

  /** The date of {@link #NOW}. */
  public static final LocalDate TODAY = LocalDate.of(2025, 5, 6);

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** The tool's default calendar: Europe/London, stopped at {@link #NOW}. */
  public static final Calendar CALENDAR = at(NOW);

  private Times() {}

  /** The London calendar stopped at {@code now}. */
  public static Calendar at(Instant now) {
    return new Calendar(LONDON, Clock.fixed(now, ZoneOffset.UTC));
  }

  /** The London calendar stopped at {@code isoInstant} ("2025-03-30T00:30:00Z"). */
  public static Calendar at(String isoInstant) {
    return at(Instant.parse(isoInstant));
  }

  public static Instant minutesLater(long minutes) {
    return NOW.plus(Duration.ofMinutes(minutes));
  }

  public static Instant daysLater(long days) {
    return NOW.plus(Duration.ofDays(days));
  }
}
