package org.mentorlink.tool.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.mentor.TrainingStatus;
import org.mentorlink.domain.relationship.ActionItem;
import org.mentorlink.domain.relationship.ClosureReason;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.request.HelpTopic;
import org.mentorlink.domain.scheme.CpdApproval;
import org.mentorlink.domain.shared.DomainException;

/** Request bodies of the mentoring API (JSON); validation happens in the domain values. */
public final class Bodies {
  private Bodies() {}

  static <T> T required(T body) {
    if (body == null) {
      throw new DomainException("VALIDATION_FAILED", "A JSON body is required.");
    }
    return body;
  }

  public record SignpostBody(String name, String description, String link) {}

  public record SettingsBody(
      String name,
      List<String> regions,
      Integer allowanceSessions,
      Integer allowancePeriodMonths,
      Integer allowanceYearlyMinimum,
      String defaultSessionHours,
      MonthDay cpdYearStart,
      CpdApproval cpdApproval,
      Integer feedbackMinimumGroup,
      String confidentialityText,
      List<SignpostBody> signposts,
      String timeZone) {}

  public record PersonBody(String personId) {}

  public record MentorProfileBody(
      List<String> areas,
      List<String> specialties,
      Set<MeetingMode> modes,
      Integer capacity,
      TrainingStatus trainingStatus,
      LocalDate trainedOn,
      String availability,
      String practice,
      List<String> mustNotMentor) {}

  public record RequestBody(
      Set<HelpTopic> helpWith,
      String otherDetails,
      String preferredArea,
      Set<MeetingMode> preferredModes,
      List<String> mustNotMatch,
      String lineManager,
      String practice) {}

  public record SignpostingBody(String service, String reason) {}

  public record ProposeBody(String mentorProfileId) {}

  public record ReasonBody(String reason) {}

  public record TermsBody(
      String groundRules,
      String confidentiality,
      String boundaries,
      String objectives,
      String meetingFrequency,
      MeetingMode mode,
      String venue,
      LocalDate startDate,
      LocalDate reviewDate,
      String allowance) {}

  public record ScheduleBody(Instant scheduledAt, String durationHours, MeetingMode mode) {}

  public record AgendaBody(String agenda) {}

  public record ActionBody(String what, ActionItem.Owner owner, LocalDate dueOn) {}

  public record RecordBody(
      String notes,
      Set<Theme> themes,
      List<String> topics,
      String goalsReviewed,
      List<ActionBody> actions) {}

  public record TextBody(String text) {}

  public record GoalBody(String goal) {}

  public record GoalOptionBody(String option, String criteria) {}

  public record GoalDevelopBody(
      String goal,
      String reality,
      List<GoalOptionBody> options,
      String chosenAction,
      LocalDate actionDueOn) {}

  public record CloseBody(ClosureReason reason, String summary) {}
}
