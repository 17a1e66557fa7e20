package org.mentorlink.domain.app;

import java.time.Instant;
import java.time.LocalDate;
import org.mentorlink.domain.claim.Budget;
import org.mentorlink.domain.claim.ClaimRules;
import org.mentorlink.domain.claim.ClaimState;
import org.mentorlink.domain.claim.TravelKind;

/** What the claims service answers: claims by mentor and session date, never the mentee. */
public final class ClaimViews {
  private ClaimViews() {}

  /** Money as decimal pounds ("12.50"), exact. */
  public record ClaimView(
      String id,
      String sessionId,
      String relationshipId,
      int sessionNumber,
      LocalDate sessionDate,
      String budgetYear,
      Views.PersonView mentor,
      String fee,
      TravelKind travelKind,
      String miles,
      String mileageRate,
      String travel,
      String travelNote,
      String total,
      ClaimState state,
      String returnReason,
      Instant submittedAt,
      Instant decidedAt) {}

  /** The scheme's rules for claims; {@code yearlyBudget} null: no limit. */
  public record RulesView(String sessionFee, String mileageRate, String yearlyBudget) {
    static RulesView of(ClaimRules r) {
      return new RulesView(
          r.sessionFee().decimal(),
          r.mileageRate().decimal(),
          r.yearlyBudget() == null ? null : r.yearlyBudget().decimal());
    }
  }

  /**
   * A budget year: the yearly budget (null: no limit), spent (approved), committed (claimed, not
   * yet approved), left (may be negative), and whether claims made exceed it.
   */
  public record BudgetView(
      String year,
      LocalDate start,
      LocalDate end,
      String yearly,
      String spent,
      String committed,
      String left,
      String leftDisplay,
      boolean overCommitted,
      long waiting) {
    static BudgetView of(Budget b, LocalDate start, LocalDate end, long waiting) {
      return new BudgetView(
          b.year(),
          start,
          end,
          b.yearly() == null ? null : b.yearly().decimal(),
          b.spent().decimal(),
          b.committed().decimal(),
          b.limited() ? b.left() : null,
          b.limited() ? b.leftDisplay() : null,
          b.overCommitted(),
          waiting);
    }
  }

  /**
   * A session's claim as its mentor sees it: the claim if made, the scheme's rules (null: not set
   * up, so no claim can be made yet), and whether a claim can be made or changed now.
   */
  public record SessionClaim(
      ClaimView claim, RulesView rules, boolean canClaim, boolean canResubmit) {}

  /** The answer to a submission: the claim, and whether the year's claims now exceed the budget. */
  public record Submitted(ClaimView claim, boolean overBudget, String budgetLeft) {}

  /** One row of the finance export: mentor, session date and amounts, never the mentee. */
  public record FinanceRow(
      String claimId,
      String mentor,
      LocalDate sessionDate,
      int sessionNumber,
      String fee,
      TravelKind travelKind,
      String miles,
      String travel,
      String travelNote,
      String total,
      LocalDate approvedOn) {}
}
