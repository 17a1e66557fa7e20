package org.mentorlink.domain.scheme;

import org.mentorlink.domain.shared.DomainException;

/**
 * How many sessions a mentee may have: {@code sessions} within {@code periodMonths} of the
 * relationship's start (e.g. four in twelve months), and/or a yearly minimum the scheme hopes for
 * (e.g. at least three a year). Sessions beyond the allowance need the coordinator's approval.
 */
public record SessionAllowance(int sessions, int periodMonths, Integer yearlyMinimum) {
  public SessionAllowance {
    if (sessions < 1 || sessions > 100) {
      throw new DomainException(
          "INVALID_ALLOWANCE", "sessions", "The allowance must be 1 to 100 sessions.");
    }
    if (periodMonths < 1 || periodMonths > 60) {
      throw new DomainException(
          "INVALID_ALLOWANCE", "periodMonths", "The allowance period must be 1 to 60 months.");
    }
    if (yearlyMinimum != null && (yearlyMinimum < 0 || yearlyMinimum > 52)) {
      throw new DomainException(
          "INVALID_ALLOWANCE", "yearlyMinimum", "The yearly minimum must be 0 to 52.");
    }
  }

  /** "4 sessions in 12 months" (and "at least 3 a year"). */
  public String describe() {
    String s =
        sessions
            + (sessions == 1 ? " session" : " sessions")
            + " in "
            + periodMonths
            + (periodMonths == 1 ? " month" : " months");
    return yearlyMinimum == null || yearlyMinimum == 0
        ? s
        : s + ", at least " + yearlyMinimum + " a year";
  }
}
