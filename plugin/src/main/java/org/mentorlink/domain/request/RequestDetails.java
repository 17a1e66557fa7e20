package org.mentorlink.domain.request;

import java.util.List;
import java.util.Set;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Values;

/**
 * The intake pro-forma: what the mentee wants help with, preferred area and modes, people or
 * practices they must not be matched with, their line manager and their practice, and the mentor
 * they would like, by name ({@code preferredMentor}: free text, sealed like the rest — mentees do
 * not see the scheme's list of mentors). A preference ranks that mentor up; it never lifts a
 * conflict.
 */
public record RequestDetails(
    Set<HelpTopic> helpWith,
    String otherDetails,
    String preferredArea,
    Set<MeetingMode> preferredModes,
    List<String> mustNotMatch,
    String lineManager,
    String practice,
    String preferredMentor) {
  /** The pro-forma without a preferred mentor. */
  public RequestDetails(
      Set<HelpTopic> helpWith,
      String otherDetails,
      String preferredArea,
      Set<MeetingMode> preferredModes,
      List<String> mustNotMatch,
      String lineManager,
      String practice) {
    this(
        helpWith,
        otherDetails,
        preferredArea,
        preferredModes,
        mustNotMatch,
        lineManager,
        practice,
        null);
  }

  public RequestDetails {
    helpWith = helpWith == null ? Set.of() : Set.copyOf(helpWith);
    if (helpWith.isEmpty()) {
      throw new DomainException("HELP_TOPIC_REQUIRED", "Say what you would like help with.");
    }
    otherDetails = Values.optionalText(otherDetails, 2000, "otherDetails", "Other details");
    if (helpWith.contains(HelpTopic.OTHER) && otherDetails == null) {
      throw new DomainException(
          "OTHER_DETAILS_REQUIRED",
          "You chose \"other\": say briefly what you would like help with.");
    }
    preferredArea = Values.optionalText(preferredArea, 100, "preferredArea", "Preferred area");
    preferredModes = preferredModes == null ? Set.of() : Set.copyOf(preferredModes);
    mustNotMatch =
        Values.tidyLines(mustNotMatch, 200, 50, "mustNotMatch", "People or practices to avoid");
    lineManager = Values.optionalText(lineManager, 200, "lineManager", "Line manager");
    practice = Values.optionalText(practice, 200, "practice", "Practice");
    preferredMentor =
        Values.optionalText(preferredMentor, 200, "preferredMentor", "Preferred mentor");
  }
}
