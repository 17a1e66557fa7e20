package org.mentorlink.tool.present;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mentorlink.domain.claim.ClaimState;
import org.mentorlink.domain.claim.TravelKind;
import org.mentorlink.domain.cpd.CpdActivity;
import org.mentorlink.domain.cpd.CpdKind;
import org.mentorlink.domain.cpd.CpdRole;
import org.mentorlink.domain.cpd.EntryState;
import org.mentorlink.domain.matching.MatchState;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.mentor.TrainingStatus;
import org.mentorlink.domain.relationship.ActionItem;
import org.mentorlink.domain.relationship.ClosureReason;
import org.mentorlink.domain.relationship.GoalState;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.request.HelpTopic;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.scheme.CpdApproval;

/** The words pages use for the domain's states and choices. */
public final class Labels {
  /** A choice for a set of radio buttons, checkboxes or a select. */
  public record Option(String value, String label) {}

  private static final Map<String, String> TEXT = new HashMap<>();

  static {
    put(HelpTopic.CAREER_DECISION, "A career decision");
    put(HelpTopic.WORK_LIFE_BALANCE, "Work–life balance");
    put(HelpTopic.RETURN_TO_PRACTICE, "Returning to practice");
    put(HelpTopic.NEW_TO_AREA, "Being new to the area or the role");
    put(HelpTopic.PERFORMANCE_WORRIES, "Worries about my performance");
    put(HelpTopic.OTHER, "Something else");
    put(MeetingMode.IN_PERSON, "In person");
    put(MeetingMode.VIDEO, "Video call");
    put(MeetingMode.PHONE, "Phone");
    put(RequestState.SUBMITTED, "Waiting to be read");
    put(RequestState.ACCEPTED, "Accepted: finding a mentor");
    put(RequestState.MATCHED, "Matched with a mentor");
    put(RequestState.SIGNPOSTED, "Pointed to another service");
    put(RequestState.WITHDRAWN, "Withdrawn");
    put(MatchState.PROPOSED, "Waiting for the mentor");
    put(MatchState.MENTOR_ACCEPTED, "Mentor accepted: waiting for the mentee");
    put(MatchState.CONFIRMED, "Confirmed");
    put(MatchState.DECLINED_BY_MENTOR, "Declined by the mentor");
    put(MatchState.DECLINED_BY_MENTEE, "Declined by the mentee");
    put(SessionState.DRAFT, "Draft");
    put(SessionState.SUBMITTED, "Waiting for sign-off");
    put(SessionState.RETURNED, "Returned for changes");
    put(SessionState.SIGNED_OFF, "Signed off and locked");
    put(ClaimState.SUBMITTED, "Waiting for approval");
    put(ClaimState.RETURNED, "Returned for changes");
    put(ClaimState.APPROVED, "Approved");
    put(TravelKind.NONE, "No travel");
    put(TravelKind.MILEAGE, "Miles, at the scheme's rate");
    put(TravelKind.AMOUNT, "An amount (train, bus, parking), with a note");
    put(GoalState.OPEN, "Open");
    put(GoalState.ACHIEVED, "Achieved");
    put(GoalState.DROPPED, "Dropped");
    put(ClosureReason.NATURAL_END, "It came to a natural end");
    put(ClosureReason.ENDED_BY_MENTEE, "Ended by the mentee");
    put(ClosureReason.ENDED_BY_MENTOR, "Ended by the mentor");
    put(ClosureReason.ALLOWANCE_USED, "The session allowance was used up");
    put(Theme.EDUCATION, "Education");
    put(Theme.PERSONAL_SUPPORT, "Personal support");
    put(Theme.PROFESSIONAL_DEVELOPMENT, "Professional development");
    put(TrainingStatus.TRAINED, "Trained");
    put(TrainingStatus.IN_TRAINING, "In training");
    put(TrainingStatus.NOT_TRAINED, "Not yet trained");
    put(ActionItem.Owner.MENTEE, "Mentee");
    put(ActionItem.Owner.MENTOR, "Mentor");
    put(CpdApproval.MANUAL, "Manual: an educator approves each entry");
    put(CpdApproval.AUTOMATIC, "Automatic: an entry counts once it has a reflection");
    put(CpdActivity.SESSION, "Mentoring session");
    put(CpdActivity.MENTOR_TRAINING, "Mentor training");
    put(CpdActivity.SUPERVISION, "Supervision");
    put(CpdKind.INTERNAL, "Internal");
    put(CpdKind.EXTERNAL, "External");
    put(CpdKind.PERSONAL, "Personal");
    put(CpdRole.MENTEE, "Mentee");
    put(CpdRole.MENTOR, "Mentor");
    put(EntryState.AWAITING_REFLECTION, "Needs your reflection");
    put(EntryState.AWAITING_APPROVAL, "Waiting for an educator's approval");
    put(EntryState.RETURNED, "Returned: reflect again");
    put(EntryState.APPROVED, "Approved");
  }

  private static void put(Enum<?> e, String text) {
    TEXT.put(e.getDeclaringClass().getSimpleName() + "." + e.name(), text);
  }

  /** The words for a state or choice. */
  public String of(Enum<?> e) {
    if (e == null) {
      return "";
    }
    String t = TEXT.get(e.getDeclaringClass().getSimpleName() + "." + e.name());
    return t != null ? t : humanise(e.name());
  }

  /** The words for a help topic given by name (as the mentor's request summary carries it). */
  public String topic(String name) {
    try {
      return of(HelpTopic.valueOf(name));
    } catch (IllegalArgumentException | NullPointerException e) {
      return humanise(String.valueOf(name));
    }
  }

  /** The words for a launch role name (LEARNER, INSTRUCTOR, MENTOR). */
  public String launchRole(String name) {
    return switch (name) {
      case "LEARNER" -> "Learner";
      case "INSTRUCTOR" -> "Teacher";
      case "MENTOR" -> "Mentor";
      default -> humanise(name);
    };
  }

  public List<Option> helpTopics() {
    return options(HelpTopic.values());
  }

  public List<Option> modes() {
    return options(MeetingMode.values());
  }

  public List<Option> travelKinds() {
    return options(TravelKind.values());
  }

  public List<Option> themes() {
    return options(Theme.values());
  }

  public List<Option> trainingStatuses() {
    return options(TrainingStatus.values());
  }

  public List<Option> owners() {
    return options(ActionItem.Owner.values());
  }

  /** What a mentor may log themselves: training and supervision. */
  public List<Option> cpdActivities() {
    return options(new Enum<?>[] {CpdActivity.MENTOR_TRAINING, CpdActivity.SUPERVISION});
  }

  public List<Option> cpdKinds() {
    return options(CpdKind.values());
  }

  public List<Option> approvals() {
    return options(CpdApproval.values());
  }

  /** Session lengths from half an hour to eight hours. */
  public List<Option> durations() {
    return java.util.stream.IntStream.rangeClosed(1, 16)
        .mapToObj(
            i ->
                new Option(
                    org.mentorlink.domain.shared.CpdHours.ofHalfHours(i).toString(),
                    Fmt.hoursOf(org.mentorlink.domain.shared.CpdHours.ofHalfHours(i))))
        .toList();
  }

  /** The months of the year, 1 to 12. */
  public List<Option> months() {
    return Arrays.stream(java.time.Month.values())
        .map(
            m ->
                new Option(
                    Integer.toString(m.getValue()),
                    m.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)))
        .toList();
  }

  private List<Option> options(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> new Option(v.name(), of(v))).toList();
  }

  private static String humanise(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
