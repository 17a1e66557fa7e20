package org.mentorlink.tool.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.relationship.GoalOption;
import org.mentorlink.domain.shared.DomainException;

/** The goal form (goal, reality, options with criteria, the chosen action) to and from a goal. */
final class GoalForms {
  static final String OPTION_COLUMNS = "option,criteria";

  /** Where a refused goal's error goes. */
  static final ErrorFields ERRORS =
      ErrorFields.otherwise("goal")
          .attribute("reality", "reality")
          .attribute("options", "option-0")
          .attribute("chosenAction", "action");

  /** Where a refused option's error goes, before its row number is appended. */
  private static final ErrorFields OPTION =
      ErrorFields.otherwise("option").attribute("criteria", "criteria");

  /** A goal worked through, as the form describes it. */
  record Plan(
      String goal, String reality, List<GoalOption> options, String action, LocalDate due) {}

  private GoalForms() {}

  /** The form filled in from a goal. */
  static FormData prefill(Views.GoalView g) {
    return FormData.empty()
        .put("goal", g.goal())
        .put("reality", g.reality())
        .put("option", g.options().stream().map(GoalOption::option).toList())
        .put("criteria", g.options().stream().map(GoalOption::criteria).toList())
        .put("action", g.chosenAction())
        .put("action-due", g.actionDueOn());
  }

  /** The goal the form describes, or null with the problems added to {@code e}. */
  static Plan read(FormData f, FormErrors e) {
    LocalDate due = Parse.date(f, "action-due", "the action's date", false, e);
    List<GoalOption> options = new ArrayList<>();
    String[] cols = OPTION_COLUMNS.split(",");
    for (int i = 0; i < f.rowCount(cols); i++) {
      if (f.rowFilled(i, cols)) {
        try {
          options.add(new GoalOption(f.at("option", i), f.at("criteria", i)));
        } catch (DomainException x) {
          e.add(OPTION.fieldOf(x) + "-" + i, "Option " + (i + 1) + ": " + x.getMessage());
        }
      }
    }
    return e.any()
        ? null
        : new Plan(f.get("goal"), f.get("reality"), options, f.get("action"), due);
  }
}
