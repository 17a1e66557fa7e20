package org.mentorlink.tool.web;

import java.time.LocalDate;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.relationship.ContractTerms;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.present.Fmt;

/** The contract form to and from {@link ContractTerms}. */
final class ContractForms {
  /** Where a refused draft's error goes. */
  static final ErrorFields ERRORS =
      ErrorFields.otherwise("ground-rules")
          .attribute("groundRules", "ground-rules")
          .attribute("confidentiality", "confidentiality")
          .attribute("boundaries", "boundaries")
          .attribute("objectives", "objectives")
          .attribute("meetingFrequency", "frequency")
          .attribute("mode", "mode")
          .attribute("venue", "venue")
          .attribute("startDate", "start-date")
          .attribute("reviewDate", "review-date")
          .attribute("allowance", "allowance");

  private static final String GROUND_RULES =
      "We keep to the times we agree, come prepared, and say early if we cannot make a"
          + " session. The mentee sets each session's agenda. Either of us can end the"
          + " mentoring at any time.";

  private ContractForms() {}

  /** The form filled in from a version's terms (to amend it). */
  static FormData prefill(ContractTerms t) {
    return FormData.empty()
        .put("ground-rules", t.groundRules())
        .put("confidentiality", t.confidentiality())
        .put("boundaries", t.boundaries())
        .put("objectives", t.objectives())
        .put("frequency", t.meetingFrequency())
        .put("mode", t.mode())
        .put("venue", t.venue())
        .put("start-date", t.startDate())
        .put("review-date", t.reviewDate())
        .put("allowance", t.allowance());
  }

  /**
   * A first draft's starting points: ground rules, the scheme's confidentiality text and allowance
   * ({@code settings} may be null), the mode the mentee asked for, starting {@code today}.
   */
  static FormData firstDraft(
      SchemeSettings settings, Views.RelationshipView r, LocalDate today, Fmt fmt) {
    String allowance =
        settings != null
            ? settings.allowance().describe()
            : r.allowanceSessions() + " sessions by " + fmt.day(r.allowanceEnds());
    MeetingMode mode =
        r.requestSummary() == null
            ? null
            : r.requestSummary().modes().stream().sorted().findFirst().orElse(null);
    return FormData.empty()
        .put("ground-rules", GROUND_RULES)
        .put(
            "confidentiality",
            settings != null
                ? settings.confidentialityText()
                : SchemeSettings.DEFAULT_CONFIDENTIALITY)
        .put("mode", mode)
        .put("start-date", today)
        .put("allowance", allowance);
  }

  /** The terms the form describes, or null with the problems added to {@code e}. */
  static ContractTerms read(FormData f, FormErrors e) {
    LocalDate start = Parse.date(f, "start-date", "the start date", true, e);
    LocalDate review = Parse.date(f, "review-date", "the review date", true, e);
    MeetingMode mode =
        Parse.choice(f, "mode", MeetingMode.class, "Choose how you will usually meet.", e);
    if (e.any()) {
      return null;
    }
    try {
      return new ContractTerms(
          f.get("ground-rules"),
          f.get("confidentiality"),
          f.get("boundaries"),
          f.get("objectives"),
          f.get("frequency"),
          mode,
          f.get("venue"),
          start,
          review,
          f.get("allowance"));
    } catch (DomainException x) {
      e.add(x, ERRORS);
      return null;
    }
  }
}
