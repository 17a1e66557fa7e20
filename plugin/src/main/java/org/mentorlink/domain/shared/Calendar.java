package org.mentorlink.domain.shared;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The one calendar rule of the domain: what day it is, and on which day an instant falls, in one
 * time zone. Every rule that needs a date — the end of a session allowance, "not in the future",
 * the CPD year, due and overdue — asks a calendar; no entity picks a zone itself. The tool's
 * default zone is configured ({@code mentorlink.time.zone}, Europe/London unless set); a scheme may
 * set its own (see {@code Scheme#calendar}). Instants stay instants: only the dates people see and
 * count are local.
 */
public final class Calendar {
  private final ZoneId zone;
  private final Clock clock;

  public Calendar(ZoneId zone, Clock clock) {
    this.zone = requireRegion(Objects.requireNonNull(zone, "zone"));
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The time-zone region named {@code id} ("Europe/London"), refusing anything else: offsets such
   * as "+01:00" (they ignore summer time), abbreviations such as "BST", and unknown names.
   */
  public static ZoneId region(String id) {
    if (id == null || id.isBlank() || !ZoneId.getAvailableZoneIds().contains(id.strip())) {
      throw invalid(id);
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw invalid(id);
    }
  }

  private static ZoneId requireRegion(ZoneId zone) {
    if (zone instanceof ZoneOffset || !ZoneId.getAvailableZoneIds().contains(zone.getId())) {
      throw invalid(zone.getId());
    }
    return zone;
  }

  private static DomainException invalid(String id) {
    return new DomainException(
        "INVALID_TIME_ZONE",
        "A time zone is a region such as Europe/London"
            + (id == null || id.isBlank() || id.length() > 64 ? "." : ", not \"" + id + "\"."));
  }

  /** The same clock in another zone (a scheme's own). */
  public Calendar in(ZoneId other) {
    return other.equals(zone) ? this : new Calendar(other, clock);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The current instant. */
  public Instant now() {
    return clock.instant();
  }

  /** Today's date in this zone. */
  public LocalDate today() {
    return dateOf(clock.instant());
  }

  /** The date in this zone on which {@code instant} falls. */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), zone);
  }

  /**
   * The first instant of {@code date} in this zone (midnight, or later where a clock change skips
   * it).
   */
  public Instant startOfDay(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Calendar c && c.zone.equals(zone) && c.clock.equals(clock);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, clock);
  }

  @Override
  public String toString() {
    return "Calendar[" + zone + "]";
  }
}
