package org.mentorlink.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mentorlink.domain.report.SchemeFigures.FeedbackRound;
import org.mentorlink.domain.report.SchemeFigures.RoleFigures;

/**
 * What a report is computed from, already counted in its scheme's calendar: the counts and rows of
 * scalars the {@link ReportRepository} returns, with the scheme's own rules applied where they
 * differ between schemes (the yearly minimum on each relationship, the impact multiplier on CPD
 * credit); {@code yearlyMinimum}: the scheme's (null: none, or schemes that differ). The facts of
 * several schemes {@link #merge merge} into the facts of their hub.
 */
public record ReportFacts(
    ReportPeriod period,
    LocalDate today,
    Integer yearlyMinimum,
    ReportRepository.RequestCounts requests,
    List<Integer> daysToMatch,
    List<Integer> daysToFirstSession,
    List<RelationshipFacts> relationships,
    List<ReportRepository.MentorRow> mentors,
    long menteeCreditHalfHours,
    long mentorCreditHalfHours,
    long approvedCpdEntries,
    ClaimSums approvedClaims,
    ClaimSums waitingClaims,
    List<BudgetFacts> budgets,
    List<FeedbackRound> feedback) {

  public ReportFacts {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(today, "today");
    daysToMatch = List.copyOf(daysToMatch);
    daysToFirstSession = List.copyOf(daysToFirstSession);
    relationships = List.copyOf(relationships);
    mentors = List.copyOf(mentors);
    budgets = List.copyOf(budgets);
    feedback = List.copyOf(feedback);
  }

  /**
   * A relationship that ran in the period, by the days it started and closed (null: open), with its
   * allowance, its scheme's yearly minimum (null: none) and its signed-off sessions held in the
   * period and before the period's end.
   */
  public record RelationshipFacts(
      LocalDate started,
      LocalDate closed,
      int allowance,
      Integer yearlyMinimum,
      long sessionsInPeriod,
      long sessionsToEnd) {}

  /** Claims: how many, their fees and travel, in pence. */
  public record ClaimSums(long claims, long feePence, long travelPence) {
    public static final ClaimSums NONE = new ClaimSums(0, 0, 0);

    public ClaimSums plus(ClaimSums o) {
      return new ClaimSums(claims + o.claims, feePence + o.feePence, travelPence + o.travelPence);
    }
  }

  /**
   * A budget year that overlaps the period: its yearly budget (null: no limit), what approved
   * claims spent and what waiting claims committed, in pence.
   */
  public record BudgetFacts(
      String year,
      LocalDate start,
      LocalDate end,
      Long yearlyPence,
      long spentPence,
      long committedPence) {}

  /**
   * The facts of several schemes over the same period, as one: counts and sums added, rows put
   * together (so the hub's waits are the median of every wait, not a median of medians), budgets
   * added per budget year (no limit if one scheme has none), feedback added per round from the
   * figures each scheme shows (each with at least its k answers).
   */
  public static ReportFacts merge(List<ReportFacts> all) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    ReportFacts first = all.get(0);
    long received = 0;
    long signposted = 0;
    long matched = 0;
    long during = 0;
    Long required = null;
    List<Integer> toMatch = new ArrayList<>();
    List<Integer> toFirst = new ArrayList<>();
    List<RelationshipFacts> rels = new ArrayList<>();
    List<ReportRepository.MentorRow> mentors = new ArrayList<>();
    long mentee = 0;
    long mentor = 0;
    long entries = 0;
    ClaimSums approved = ClaimSums.NONE;
    ClaimSums waiting = ClaimSums.NONE;
    Map<String, BudgetFacts> budgets = new LinkedHashMap<>();
    Map<String, List<FeedbackRound>> rounds = new LinkedHashMap<>();
    java.util.Set<Integer> minimums = new java.util.HashSet<>();
    for (ReportFacts f : all) {
      minimums.add(f.yearlyMinimum == null ? 0 : f.yearlyMinimum);
      received += f.requests.received();
      signposted += f.requests.signposted();
      matched += f.requests.matched();
      during += f.requests.signpostedDuring();
      // Only what each scheme shows (at least its k) is added: a hidden count never leaks through
      // the total.
      if (f.requests.required() != null) {
        required = (required == null ? 0 : required) + f.requests.required();
      }
      toMatch.addAll(f.daysToMatch);
      toFirst.addAll(f.daysToFirstSession);
      rels.addAll(f.relationships);
      mentors.addAll(f.mentors);
      mentee += f.menteeCreditHalfHours;
      mentor += f.mentorCreditHalfHours;
      entries += f.approvedCpdEntries;
      approved = approved.plus(f.approvedClaims);
      waiting = waiting.plus(f.waitingClaims);
      for (BudgetFacts b : f.budgets) {
        budgets.merge(b.year(), b, ReportFacts::plus);
      }
      for (FeedbackRound r : f.feedback) {
        rounds.computeIfAbsent(r.round(), k -> new ArrayList<>()).add(r);
      }
    }
    List<FeedbackRound> feedback = new ArrayList<>();
    for (List<FeedbackRound> same : rounds.values()) {
      FeedbackRound r = same.get(0);
      feedback.add(
          new FeedbackRound(
              r.round(),
              r.start(),
              r.end(),
              RoleFigures.sum(same.stream().map(FeedbackRound::mentees).toList()),
              RoleFigures.sum(same.stream().map(FeedbackRound::mentors).toList())));
    }
    return new ReportFacts(
        first.period,
        first.today,
        minimums.size() == 1 ? first.yearlyMinimum : null,
        new ReportRepository.RequestCounts(received, signposted, matched, during, required),
        toMatch,
        toFirst,
        rels,
        mentors,
        mentee,
        mentor,
        entries,
        approved,
        waiting,
        List.copyOf(budgets.values()),
        feedback);
  }

  private static BudgetFacts plus(BudgetFacts a, BudgetFacts b) {
    return new BudgetFacts(
        a.year(),
        a.start().isBefore(b.start()) ? a.start() : b.start(),
        a.end().isAfter(b.end()) ? a.end() : b.end(),
        a.yearlyPence() == null || b.yearlyPence() == null
            ? null
            : a.yearlyPence() + b.yearlyPence(),
        a.spentPence() + b.spentPence(),
        a.committedPence() + b.committedPence());
  }
}
