package org.mentorlink.domain.report;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.shared.DomainException;

/**
 * The days a report covers: from its first day to its last, both included, counted in the scheme's
 * calendar. At most {@value #MAX_YEARS} years, between 2000 and 2100. Chosen by a {@link Preset}
 * (the scheme's year, the last twelve months, a quarter of the scheme's year) or by two dates.
 */
public record ReportPeriod(LocalDate from, LocalDate to, Preset preset) {
  public static final int MAX_YEARS = 5;

  /** The periods offered by name; quarters and years are the scheme's (from its year start). */
  public enum Preset {
    THIS_YEAR("this-year"),
    LAST_YEAR("last-year"),
    LAST_12_MONTHS("last-12-months"),
    THIS_QUARTER("this-quarter"),
    LAST_QUARTER("last-quarter"),
    CUSTOM("custom");

    private final String key;

    Preset(String key) {
      this.key = key;
    }

    /** The name in a query string, such as {@code last-12-months}. */
    public String key() {
      return key;
    }

    public static Optional<Preset> byKey(String key) {
      return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
  }

  public ReportPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(preset, "preset");
    if (to.isBefore(from)) {
      throw new DomainException(
          "INVALID_PERIOD", "to", "The period must end on or after the day it starts.");
    }
    if (to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
      throw new DomainException(
          "INVALID_PERIOD", "to", "A report covers at most " + MAX_YEARS + " years.");
    }
    inRange(from, "from");
    inRange(to, "to");
  }

  /** The period {@code preset} names on {@code today}, for a scheme whose years start then. */
  public static ReportPeriod of(Preset preset, LocalDate today, MonthDay yearStart) {
    CpdYear year = CpdYear.containing(today, yearStart);
    LocalDate quarter = year.start();
    while (!quarter.plusMonths(3).isAfter(today)) {
      quarter = quarter.plusMonths(3);
    }
    return switch (preset) {
      case THIS_YEAR -> new ReportPeriod(year.start(), year.end(), preset);
      case LAST_YEAR -> new ReportPeriod(year.previous().start(), year.previous().end(), preset);
      case LAST_12_MONTHS -> new ReportPeriod(today.minusMonths(12).plusDays(1), today, preset);
      case THIS_QUARTER -> new ReportPeriod(quarter, quarter.plusMonths(3).minusDays(1), preset);
      case LAST_QUARTER -> new ReportPeriod(quarter.minusMonths(3), quarter.minusDays(1), preset);
      case CUSTOM ->
          throw new DomainException(
              "INVALID_PERIOD", "from", "Give the first and the last day of the period.");
    };
  }

  /**
   * The period a query asks for: {@code from} and {@code to} ({@code YYYY-MM-DD}, both or neither),
   * else the preset named {@code preset} (the scheme's current year when none is named). Refused
   * with a field-named 400 when a date cannot be read, lies outside 2000–2100, the period ends
   * before it starts or is longer than {@value #MAX_YEARS} years, or the preset is unknown.
   */
  public static ReportPeriod parse(
      String preset, String from, String to, LocalDate today, MonthDay yearStart) {
    boolean hasFrom = from != null && !from.isBlank();
    boolean hasTo = to != null && !to.isBlank();
    String named = preset == null || preset.isBlank() ? null : preset.strip();
    if (hasFrom || hasTo) {
      if (named != null && !named.equals(Preset.CUSTOM.key())) {
        throw new DomainException(
            "INVALID_PERIOD", "period", "Choose a period by its name or by two dates, not both.");
      }
      if (!hasFrom || !hasTo) {
        throw new DomainException(
            "INVALID_PERIOD",
            hasFrom ? "to" : "from",
            "Give both the first and the last day of the period.");
      }
      return new ReportPeriod(date(from, "from"), date(to, "to"), Preset.CUSTOM);
    }
    if (named == null) {
      return of(Preset.THIS_YEAR, today, yearStart);
    }
    Preset p =
        Preset.byKey(named)
            .orElseThrow(
                () ->
                    new DomainException(
                        "INVALID_PERIOD",
                        "period",
                        "The period must be this-year, last-year, last-12-months, this-quarter,"
                            + " last-quarter or two dates."));
    return of(p, today, yearStart);
  }

  /** How many days the period covers. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  private static LocalDate date(String value, String field) {
    try {
      return inRange(LocalDate.parse(value.strip()), field);
    } catch (DateTimeParseException e) {
      throw new DomainException(
          "VALIDATION_FAILED", field, "The date must be written as YYYY-MM-DD.");
    }
  }

  private static LocalDate inRange(LocalDate d, String field) {
    if (d.getYear() < 2000 || d.getYear() > 2100) {
      throw new DomainException(
          "DATE_OUT_OF_RANGE", field, "The date must be between 2000 and 2100.");
    }
    return d;
  }
}
