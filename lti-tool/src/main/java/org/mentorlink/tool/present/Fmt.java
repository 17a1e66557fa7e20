package org.mentorlink.tool.present;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mentorlink.domain.shared.CpdHours;

/**
 * Dates, times and hours as pages and documents show them: UK formats, in the scheme's time zone
 * (the tool's default, Europe/London, unless the scheme sets its own).
 */
public final class Fmt {
  private final ZoneId zone;

  public Fmt(ZoneId zone) {
    this.zone = zone;
  }

  /** The time zone dates are shown in. */
  public ZoneId zone() {
    return zone;
  }

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter WEEKDAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** "4 March 2025". */
  public String date(Instant at) {
    return at == null ? "" : DAY.format(at.atZone(zone));
  }

  /** "4 March 2025, 14:30". */
  public String dateTime(Instant at) {
    return at == null ? "" : DAY.format(at.atZone(zone)) + ", " + TIME.format(at.atZone(zone));
  }

  /** "Tuesday 4 March 2025, 14:30" (a session's time). */
  public String when(Instant at) {
    return at == null ? "" : WEEKDAY.format(at.atZone(zone)) + ", " + TIME.format(at.atZone(zone));
  }

  /** "4 March 2025" for a calendar date. */
  public String day(LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }

  /** The date of an instant as a form value (yyyy-mm-dd). */
  public String isoDate(Instant at) {
    return at == null ? "" : at.atZone(zone).toLocalDate().toString();
  }

  /** The time of day of an instant as a form value (hh:mm). */
  public String isoTime(Instant at) {
    return at == null ? "" : ISO_TIME.format(at.atZone(zone));
  }

  /** "1 hour", "1.5 hours", "30 minutes". */
  public String hours(CpdHours h) {
    return hoursOf(h);
  }

  /** "1 hour", "1.5 hours", "30 minutes" (no zone involved). */
  public static String hoursOf(CpdHours h) {
    if (h == null) {
      return "";
    }
    if (h.halfHours() == 1) {
      return "30 minutes";
    }
    return h + (h.halfHours() == 2 ? " hour" : " hours");
  }

  /** The first 12 hex digits of a SHA-256, enough to compare by eye. */
  public String shortHash(String sha256) {
    return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length()));
  }
}
