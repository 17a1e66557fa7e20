package org.mentorlink.tool.present;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mentorlink.domain.claim.TravelKind;
import org.mentorlink.domain.cpd.CpdActivity;
import org.mentorlink.domain.cpd.CpdKind;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.mentor.TrainingStatus;
import org.mentorlink.domain.relationship.ActionItem;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.request.HelpTopic;
import org.mentorlink.domain.scheme.CpdApproval;
import org.mentorlink.tool.infrastructure.web.Messages;

/**
 * The words pages and documents use for the domain's states and choices, from the message bundle
 * ({@code label.<EnumType>.<NAME>} in {@code i18n/messages_en_GB.properties}).
 */
public final class Labels {
  /** A choice for a set of radio buttons, checkboxes or a select. */
  public record Option(String value, String label) {}

  /** The bundle key of an enum value's words: {@code label.<EnumType>.<NAME>}. */
  public static String key(Enum<?> e) {
    return "label." + e.getDeclaringClass().getSimpleName() + "." + e.name();
  }

  /** The words for a state or choice. */
  public String of(Enum<?> e) {
    if (e == null) {
      return "";
    }
    String t = Messages.find(key(e));
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
      case "LEARNER", "INSTRUCTOR", "MENTOR" -> Messages.text("label.LaunchRole." + name);
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

  public List<Option> trainingTiers() {
    return options(org.mentorlink.domain.mentor.TrainingTier.values());
  }

  public List<Option> supportKinds() {
    return options(org.mentorlink.domain.mentor.SupportKind.values());
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
