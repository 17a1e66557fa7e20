package org.mentorlink.domain.cpd;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import org.mentorlink.domain.shared.DomainException;

/**
 * A CPD year: from the scheme's year start (usually 1 April) to the day before the next one. A year
 * start of 29 February is not allowed (it would not exist every year).
 */
public record CpdYear(LocalDate start) {
  public CpdYear {
    Objects.requireNonNull(start, "start");
  }

  /**
   * The CPD year that contains {@code date} for a scheme whose years start on {@code yearStart}.
   */
  public static CpdYear containing(LocalDate date, MonthDay yearStart) {
    requireValidStart(yearStart);
    LocalDate candidate = yearStart.atYear(date.getYear());
    return new CpdYear(candidate.isAfter(date) ? candidate.minusYears(1) : candidate);
  }

  /** Fails for 29 February. */
  public static void requireValidStart(MonthDay yearStart) {
    if (yearStart == null || yearStart.equals(MonthDay.of(2, 29))) {
      throw new DomainException(
          "INVALID_CPD_YEAR_START", "A CPD year cannot start on 29 February.");
    }
  }

  /** The last day of the year. */
  public LocalDate end() {
    return start.plusYears(1).minusDays(1);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end());
  }

  public CpdYear next() {
    return new CpdYear(start.plusYears(1));
  }

  public CpdYear previous() {
    return new CpdYear(start.minusYears(1));
  }

  /** "2025/26" for a year starting in 2025 (on 1 January: "2025"). */
  public String label() {
    if (start.getMonthValue() == 1 && start.getDayOfMonth() == 1) {
      return String.valueOf(start.getYear());
    }
    return start.getYear() + "/" + String.format("%02d", (start.getYear() + 1) % 100);
  }
}
