package org.mentorlink.domain.relationship;

import java.time.LocalDate;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.Values;

/**
 * What mentee and mentor agree: ground rules, confidentiality and its limits (the scheme's text),
 * boundaries, objectives, how often and how they meet and where, start and review dates, and the
 * session allowance.
 */
public record ContractTerms(
    String groundRules,
    String confidentiality,
    String boundaries,
    String objectives,
    String meetingFrequency,
    MeetingMode mode,
    String venue,
    LocalDate startDate,
    LocalDate reviewDate,
    String allowance) {
  public ContractTerms {
    groundRules =
        Require.text(groundRules, "CONTRACT_INCOMPLETE", "groundRules", "Ground rules", 4000);
    confidentiality =
        Require.text(
            confidentiality,
            "CONTRACT_INCOMPLETE",
            "confidentiality",
            "Confidentiality and its limits",
            4000);
    boundaries = Values.optionalText(boundaries, 4000, "boundaries", "Boundaries");
    objectives = Require.text(objectives, "CONTRACT_INCOMPLETE", "objectives", "Objectives", 4000);
    meetingFrequency =
        Require.text(
            meetingFrequency, "CONTRACT_INCOMPLETE", "meetingFrequency", "Meeting frequency", 200);
    if (mode == null) {
      throw new DomainException("CONTRACT_INCOMPLETE", "mode", "How you will meet is required.");
    }
    venue = Values.optionalText(venue, 500, "venue", "Venue");
    if (startDate == null || reviewDate == null) {
      throw new DomainException(
          "CONTRACT_INCOMPLETE",
          startDate == null ? "startDate" : "reviewDate",
          "Start and review dates are required.");
    }
    if (!reviewDate.isAfter(startDate)) {
      throw new DomainException(
          "CONTRACT_DATES", "reviewDate", "The review date must be after the start date.");
    }
    allowance =
        Require.text(allowance, "CONTRACT_INCOMPLETE", "allowance", "The session allowance", 200);
  }

  /**
   * The exact text both parties sign: every term, labelled, in a fixed order. Its SHA-256 is what a
   * signature records.
   */
  public String text() {
    return String.join(
        "\n",
        "Mentoring contract",
        "Ground rules: " + groundRules,
        "Confidentiality and its limits: " + confidentiality,
        "Boundaries: " + (boundaries == null ? "-" : boundaries),
        "Objectives: " + objectives,
        "Meeting frequency: " + meetingFrequency,
        "Mode: " + mode.name(),
        "Venue: " + (venue == null ? "-" : venue),
        "Start date: " + startDate,
        "Review date: " + reviewDate,
        "Session allowance: " + allowance);
  }
}
