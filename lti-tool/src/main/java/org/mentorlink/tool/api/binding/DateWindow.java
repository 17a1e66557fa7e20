package org.mentorlink.tool.api.binding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * The dates a field may plausibly hold, counted from today in the UK: a typo'd year (0001, 9999,
 * 20255) is refused with {@code DATE_OUT_OF_RANGE} instead of being stored, shown and counted. The
 * OpenAPI document states each window ({@link Docs}, used in the fields' descriptions).
 */
public enum DateWindow {
  /** When a session is held: recorded up to 5 years late, booked up to 2 years ahead. */
  SESSION(Period.ofYears(5), Period.ofYears(2), Docs.SESSION),
  /** A CPD activity (training, supervision): within the CPD cycle (6 years), not in the future. */
  CPD_ACTIVITY(Period.ofYears(6), Period.ofDays(1), Docs.CPD_ACTIVITY),
  /** When a goal's or an action's step is due. */
  DUE(Period.ofYears(5), Period.ofYears(5), Docs.DUE),
  /** When a contract starts. */
  CONTRACT_START(Period.ofYears(5), Period.ofYears(2), Docs.CONTRACT_START),
  /** When a contract is reviewed. */
  CONTRACT_REVIEW(Period.ofYears(5), Period.ofYears(5), Docs.CONTRACT_REVIEW),
  /** When a mentor was trained. */
  TRAINED(Period.ofYears(50), Period.ofDays(1), Docs.TRAINED);

  /** The windows in words, for the OpenAPI descriptions (annotation values must be constants). */
  public static final class Docs {
    private Docs() {}

    public static final String SESSION =
        "When the session is held: from 5 years ago to 2 years ahead (else DATE_OUT_OF_RANGE).";
    public static final String CPD_ACTIVITY =
        "When the learning happened: within the last 6 years and not after tomorrow (else"
            + " DATE_OUT_OF_RANGE).";
    public static final String DUE =
        "When it is due: from 5 years ago to 5 years ahead (else DATE_OUT_OF_RANGE).";
    public static final String CONTRACT_START =
        "When the contract starts: from 5 years ago to 2 years ahead (else DATE_OUT_OF_RANGE).";
    public static final String CONTRACT_REVIEW =
        "When the contract is reviewed: from 5 years ago to 5 years ahead (else"
            + " DATE_OUT_OF_RANGE).";
    public static final String TRAINED =
        "When the mentor was trained: within the last 50 years and not after tomorrow (else"
            + " DATE_OUT_OF_RANGE).";
  }

  /** Days are counted in the UK, where the schemes are. */
  static final ZoneId UK = ZoneId.of("Europe/London");

  private final Period back;
  private final Period ahead;
  private final String doc;

  DateWindow(Period back, Period ahead, String doc) {
    this.back = back;
    this.ahead = ahead;
    this.doc = doc;
  }

  /** The text the OpenAPI description of a field in this window carries. */
  public String doc() {
    return doc;
  }

  public LocalDate earliest(LocalDate today) {
    return today.minus(back);
  }

  public LocalDate latest(LocalDate today) {
    return today.plus(ahead);
  }

  /** Whether {@code date} falls in the window around {@code today}. */
  public boolean admits(LocalDate date, LocalDate today) {
    return !date.isBefore(earliest(today)) && !date.isAfter(latest(today));
  }

  /** Whether the day of {@code instant} in the UK falls in the window around {@code now}. */
  public boolean admits(Instant instant, Instant now) {
    return admits(instant.atZone(UK).toLocalDate(), now.atZone(UK).toLocalDate());
  }
}
