package org.mentorlink.tool.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.mentor.TrainingStatus;
import org.mentorlink.domain.relationship.ActionItem;
import org.mentorlink.domain.relationship.ClosureReason;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.request.HelpTopic;
import org.mentorlink.domain.scheme.CpdApproval;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.api.binding.DateWindow;
import org.mentorlink.tool.api.binding.Within;

/**
 * Request bodies of the mentoring API (JSON), read strictly ({@link
 * org.mentorlink.tool.api.binding.StrictJson}): the fields marked required here must be present,
 * dates must fall in their {@link DateWindow}, and the business rules are the domain values'.
 */
public final class Bodies {
  private Bodies() {}

  static <T> T required(T body) {
    if (body == null) {
      throw new DomainException("VALIDATION_FAILED", "A JSON body is required.");
    }
    return body;
  }

  /** Hours as a decimal string in half-hour steps. */
  static final String HOURS = "Hours as a decimal string in half-hour steps, such as \"1.5\"";

  public record SignpostBody(
      @Schema(required = true) String name, String description, String link) {}

  public record SettingsBody(
      @Schema(required = true) String name,
      List<String> regions,
      Integer allowanceSessions,
      Integer allowancePeriodMonths,
      Integer allowanceYearlyMinimum,
      @Schema(description = HOURS) String defaultSessionHours,
      @Schema(
              type = SchemaType.STRING,
              pattern = "^\\d{2}-\\d{2}$",
              example = "04-01",
              description = "The day the CPD year starts, as MM-DD")
          MonthDay cpdYearStart,
      CpdApproval cpdApproval,
      Integer feedbackMinimumGroup,
      String confidentialityText,
      List<SignpostBody> signposts,
      String timeZone) {}

  public record PersonBody(@Schema(required = true) String personId) {}

  /** "Only the lead knows", the notice (absent or empty: the default) and the retention years. */
  public record PrivacyBody(
      Boolean onlyLeadKnows,
      String notice,
      Integer retentionYears,
      @Schema(
              description =
                  "After a mentee changed mentor, the former mentor still reads, read-only, only"
                      + " what they wrote (their session notes and addenda); off: nothing of it")
          Boolean formerMentorKeepsOwnNotes) {}

  public record MentorProfileBody(
      List<String> areas,
      List<String> specialties,
      Set<MeetingMode> modes,
      Integer capacity,
      TrainingStatus trainingStatus,
      @Within(DateWindow.TRAINED) @Schema(description = DateWindow.Docs.TRAINED)
          LocalDate trainedOn,
      String availability,
      String practice,
      List<String> mustNotMentor) {}

  /** A mentor's training tier and date and indemnity (absent tier: the training stays as it is). */
  public record MentorRecordBody(
      org.mentorlink.domain.mentor.TrainingTier tier,
      @Within(DateWindow.TRAINED) @Schema(description = DateWindow.Docs.TRAINED)
          LocalDate trainedOn,
      String indemnityProvider,
      @Schema(description = "When the indemnity expires or is renewed (within 50 years of today)")
          LocalDate indemnityExpires,
      Boolean coversMentoring) {}

  /** A supervision, support-group or peer-review meeting the mentor attended. */
  public record AttendanceBody(
      @Within(DateWindow.CPD_ACTIVITY)
          @Schema(required = true, description = DateWindow.Docs.CPD_ACTIVITY)
          LocalDate heldOn,
      @Schema(required = true) org.mentorlink.domain.mentor.SupportKind kind,
      @Schema(description = "At most 500 characters; sealed at rest") String note) {}

  public record RequestBody(
      @Schema(required = true) Set<HelpTopic> helpWith,
      String otherDetails,
      String preferredArea,
      Set<MeetingMode> preferredModes,
      List<String> mustNotMatch,
      String lineManager,
      String practice,
      @Schema(description = "The mentor the mentee would like, by name (optional)")
          String preferredMentor,
      @Schema(
              description =
                  "I have been asked to have mentoring (for example by a regulator or the deanery);"
                      + " absent on a revision: unchanged")
          Boolean askedToHaveMentoring) {}

  /** A request the lead enters for someone who phoned in: the caller's name and the pro-forma. */
  public record CallerRequestBody(
      @Schema(required = true, description = "The caller's name, as they gave it")
          String callerName,
      @Schema(required = true) Set<HelpTopic> helpWith,
      String otherDetails,
      String preferredArea,
      Set<MeetingMode> preferredModes,
      List<String> mustNotMatch,
      String lineManager,
      String practice,
      String preferredMentor) {}

  /** Whether mentoring is required of the mentee (true) or voluntary (false). */
  public record RequiredBody(@Schema(required = true) Boolean required) {}

  public record SignpostingBody(
      @Schema(required = true) String service, @Schema(required = true) String reason) {}

  public record ProposeBody(@Schema(required = true) String mentorProfileId) {}

  public record ReasonBody(String reason) {}

  public record TermsBody(
      @Schema(required = true) String groundRules,
      @Schema(required = true) String confidentiality,
      String boundaries,
      @Schema(required = true) String objectives,
      @Schema(required = true) String meetingFrequency,
      @Schema(required = true) MeetingMode mode,
      String venue,
      @Within(DateWindow.CONTRACT_START)
          @Schema(required = true, description = DateWindow.Docs.CONTRACT_START)
          LocalDate startDate,
      @Within(DateWindow.CONTRACT_REVIEW)
          @Schema(required = true, description = DateWindow.Docs.CONTRACT_REVIEW)
          LocalDate reviewDate,
      @Schema(required = true) String allowance) {}

  public record ScheduleBody(
      @Within(DateWindow.SESSION) @Schema(required = true, description = DateWindow.Docs.SESSION)
          Instant scheduledAt,
      @Schema(required = true, description = HOURS) String durationHours,
      @Schema(required = true) MeetingMode mode) {}

  public record AgendaBody(String agenda) {}

  public record ActionBody(
      @Schema(required = true) String what,
      @Schema(required = true) ActionItem.Owner owner,
      @Within(DateWindow.DUE) @Schema(description = DateWindow.Docs.DUE) LocalDate dueOn) {}

  public record RecordBody(
      String notes,
      Set<Theme> themes,
      List<String> topics,
      String goalsReviewed,
      List<ActionBody> actions) {}

  public record TextBody(@Schema(required = true) String text) {}

  public record GoalBody(@Schema(required = true) String goal) {}

  public record GoalOptionBody(@Schema(required = true) String option, String criteria) {}

  public record GoalDevelopBody(
      @Schema(required = true) String goal,
      String reality,
      List<GoalOptionBody> options,
      String chosenAction,
      @Within(DateWindow.DUE) @Schema(description = DateWindow.Docs.DUE) LocalDate actionDueOn) {}

  public record CloseBody(
      @Schema(required = true) ClosureReason reason, @Schema(required = true) String summary) {}
}
