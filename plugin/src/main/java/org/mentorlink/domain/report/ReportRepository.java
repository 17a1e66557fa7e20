package org.mentorlink.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mentorlink.domain.cpd.CpdRole;
import org.mentorlink.domain.shared.SchemeRef;

/**
 * The aggregate queries behind a scheme's report. Each answers counts, sums or rows of scalars —
 * never an entity, never a name — within one tenant and scheme; instants are from {@code from}
 * (included) to {@code to} (excluded). Lists of rows are bounded: a query asked for at most {@code
 * limit} rows returns no more.
 */
public interface ReportRepository {

  /**
   * Requests received, signposted (screened to another service) and matched in the period; the
   * signpostings during relationships in the period; and how many relationships that ran in the
   * period are of mentoring required of the mentee ({@code required}; null where a report must not
   * show it: fewer than the scheme's k).
   */
  record RequestCounts(
      long received, long signposted, long matched, long signpostedDuring, Long required) {
    public RequestCounts(long received, long signposted, long matched) {
      this(received, signposted, matched, 0, null);
    }

    /** The same counts with {@code required} only if at least {@code k} (else null). */
    public RequestCounts requiredFrom(int k) {
      return new RequestCounts(
          received,
          signposted,
          matched,
          signpostedDuring,
          required != null && required >= k ? required : null);
    }
  }

  /** Two instants: a request's submission, and its match or its relationship's first session. */
  record Span(Instant start, Instant end) {}

  /**
   * A relationship that ran at some time in the period: its start and close (null: open), its
   * session allowance, and its signed-off sessions held in the period and before the period's end.
   */
  record RelationshipRow(
      Instant startedAt,
      Instant closedAt,
      int allowance,
      long sessionsInPeriod,
      long sessionsToEnd) {}

  /** A mentor's capacity, whether they are paused, and their relationships open at an instant. */
  record MentorRow(int capacity, boolean paused, long load) {}

  /** Approved, unreversed CPD entries of one role, with or without an impact reflection. */
  record CpdRow(CpdRole role, boolean impact, long halfHours, long entries) {}

  /** Claims for sessions in the period in one state: how many, their fees and travel. */
  record ClaimRow(String state, long claims, long feePence, long travelPence) {}

  /** The totals of a budget year's claims in one state. */
  record BudgetRow(LocalDate yearStart, String state, long totalPence) {}

  RequestCounts requests(SchemeRef scheme, Instant from, Instant to);

  /** Submission and match of the requests matched in the period. */
  List<Span> requestToMatch(SchemeRef scheme, Instant from, Instant to, int limit);

  /**
   * Submission of the request and the first signed-off session of each relationship whose first
   * signed-off session was held in the period.
   */
  List<Span> requestToFirstSession(SchemeRef scheme, Instant from, Instant to, int limit);

  /** The relationships that ran at some time in the period. */
  List<RelationshipRow> relationships(SchemeRef scheme, Instant from, Instant to, int limit);

  /** Every mentor of the scheme, with the relationships open at {@code at}. */
  List<MentorRow> mentors(SchemeRef scheme, Instant at, int limit);

  /** The approved CPD entries dated in the period (by their activity's date), not reversed. */
  List<CpdRow> approvedCpd(SchemeRef scheme, LocalDate from, LocalDate to);

  /** Claims by state for sessions dated in the period. */
  List<ClaimRow> claims(SchemeRef scheme, LocalDate from, LocalDate to);

  /**
   * Claims' totals by budget year (those starting from {@code first} to {@code last}) and state.
   */
  List<BudgetRow> budgets(SchemeRef scheme, LocalDate first, LocalDate last);
}
