package org.mentorlink.tool.web;

import org.mentorlink.domain.app.ClaimViews;
import org.mentorlink.domain.claim.ClaimRules;
import org.mentorlink.domain.claim.Miles;
import org.mentorlink.domain.claim.Money;
import org.mentorlink.domain.claim.Travel;
import org.mentorlink.domain.claim.TravelKind;
import org.mentorlink.domain.shared.DomainException;

/** The claim form (a session's page) and the claim rules form (the coordinator's claims page). */
final class ClaimForms {
  /** Where a refused claim's error goes. */
  static final ErrorFields CLAIM =
      ErrorFields.otherwise("travel")
          .attribute("miles", "miles")
          .attribute("amount", "amount")
          .attribute("note", "note");

  /** Where refused rules' error goes. */
  static final ErrorFields RULES =
      ErrorFields.otherwise("session-fee")
          .attribute("sessionFee", "session-fee")
          .attribute("mileageRate", "mileage-rate")
          .attribute("yearlyBudget", "yearly-budget");

  private ClaimForms() {}

  /** The travel the form describes, or null with the problem added to {@code e}. */
  static Travel travel(FormData f, FormErrors e) {
    TravelKind kind =
        Parse.choice(f, "travel", TravelKind.class, "Choose whether you claim travel.", e);
    if (kind == null) {
      return null;
    }
    try {
      return switch (kind) {
        case NONE -> new Travel(TravelKind.NONE, null, null, f.text("note"));
        case MILEAGE -> {
          if (f.text("miles") == null) {
            e.add("miles", "Enter the miles you travelled, such as 12.5.");
            yield null;
          }
          yield Travel.mileage(Miles.parse(f.text("miles")), f.text("note"));
        }
        case AMOUNT -> {
          if (f.text("amount") == null) {
            e.add("amount", "Enter the travel amount in pounds, such as 12.40.");
            yield null;
          }
          yield Travel.amount(
              Money.parse(f.text("amount"), "amount", "The travel amount"), f.text("note"));
        }
      };
    } catch (DomainException x) {
      e.add(x, CLAIM);
      return null;
    }
  }

  /** The claim form, prefilled from a claim (or empty). */
  static FormData prefill(ClaimViews.ClaimView c) {
    if (c == null) {
      return FormData.empty().put("travel", TravelKind.NONE);
    }
    return FormData.empty()
        .put("travel", c.travelKind())
        .put("miles", c.miles())
        .put("amount", c.travelKind() == TravelKind.AMOUNT ? c.travel() : null)
        .put("note", c.travelNote());
  }

  /** The rules the form describes, or null with the problems added to {@code e}. */
  static ClaimRules.Amounts rules(FormData f, FormErrors e) {
    Money fee = money(f, "session-fee", "The session fee", true, e);
    Money rate = money(f, "mileage-rate", "The rate per mile", false, e);
    Money budget = money(f, "yearly-budget", "The yearly budget", false, e);
    if (e.any()) {
      return null;
    }
    try {
      return new ClaimRules.Amounts(fee, rate == null ? Money.ZERO : rate, budget);
    } catch (DomainException x) {
      e.add(x, RULES);
      return null;
    }
  }

  static FormData prefill(ClaimViews.RulesView r) {
    return r == null
        ? FormData.empty().put("mileage-rate", "0.45")
        : FormData.empty()
            .put("session-fee", r.sessionFee())
            .put("mileage-rate", r.mileageRate())
            .put("yearly-budget", r.yearlyBudget());
  }

  private static Money money(
      FormData f, String field, String what, boolean required, FormErrors e) {
    String v = f.text(field);
    if (v == null) {
      if (required) {
        e.add(field, "Enter " + what.toLowerCase(java.util.Locale.UK) + ", such as 250.");
      }
      return null;
    }
    try {
      return Money.parse(v, field, what);
    } catch (DomainException x) {
      e.add(field, what + " must be an amount in pounds with at most two decimals, like 12.50.");
      return null;
    }
  }
}
