package org.mentorlink.domain.feedback;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.shared.DomainException;

/**
 * A feedback round: one half of the scheme's year (which starts on its CPD year start, 1 April by
 * default), keyed like {@code 2025/26-1} and {@code 2025/26-2}. Nothing finer than the round is
 * ever stored with an answer.
 */
public record Round(LocalDate start, LocalDate end, String key) {
  public Round {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(key, "key");
  }

  /** The round holding {@code day} in a scheme whose years start on {@code yearStart}. */
  public static Round containing(LocalDate day, MonthDay yearStart) {
    CpdYear year = CpdYear.containing(day, yearStart);
    LocalDate half = year.start().plusMonths(6);
    return day.isBefore(half)
        ? new Round(year.start(), half.minusDays(1), year.label() + "-1")
        : new Round(half, year.end(), year.label() + "-2");
  }

  /** The round named {@code key} ({@code 2025/26-1}); refused if it is not one. */
  public static Round of(String key, MonthDay yearStart) {
    if (key == null || !key.matches("\\d{4}(/\\d{2})?-[12]")) {
      throw new DomainException("UNKNOWN_ROUND", "round", "Name a round like 2025/26-1.");
    }
    int year = Integer.parseInt(key.substring(0, 4));
    LocalDate yearStartDay = yearStart.atYear(year);
    Round r = containing(key.endsWith("-1") ? yearStartDay : yearStartDay.plusMonths(6), yearStart);
    if (!r.key().equals(key)) {
      throw new DomainException("UNKNOWN_ROUND", "round", "Name a round like 2025/26-1.");
    }
    return r;
  }

  /** The round has ended by {@code today}. */
  public boolean endedBy(LocalDate today) {
    return today.isAfter(end);
  }

  public boolean overlaps(LocalDate from, LocalDate to) {
    return !to.isBefore(start) && !from.isAfter(end);
  }
}
