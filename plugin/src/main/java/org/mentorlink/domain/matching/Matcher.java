package org.mentorlink.domain.matching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mentorlink.domain.mentor.Lapse;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.mentor.MentorDetails;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestDetails;
import org.mentorlink.domain.shared.PersonRef;

/**
 * Finds hard conflicts between a request and a mentor, and ranks candidates: the mentor the mentee
 * asked for by name, capacity left, area, mode and current training, each with its reason. A
 * preference only ranks: a mentor with a conflict stays blocked, and blocked mentors come last.
 * Names are compared loosely (case, spaces and punctuation ignored), because the mentee and the
 * mentor type them.
 */
public final class Matcher {
  private Matcher() {}

  /** A mentor as matching sees them: profile, name and how many active mentees they have. */
  public record MentorSnapshot(MentorProfile profile, String name, int activeMentees) {}

  /** The hard conflicts between the request's mentee and the mentor. */
  public static List<Conflict> conflicts(
      MentoringRequest request,
      String menteeName,
      MentorProfile mentor,
      String mentorName,
      int activeMentees) {
    return conflicts(request, menteeName, mentor, mentorName, activeMentees, Set.of());
  }

  /**
   * The hard conflicts between the request's mentee and the mentor, when the mentee is matched
   * again after asking to change from {@code formerMentors} (each of them a conflict too).
   */
  public static List<Conflict> conflicts(
      MentoringRequest request,
      String menteeName,
      MentorProfile mentor,
      String mentorName,
      int activeMentees,
      Set<PersonRef> formerMentors) {
    RequestDetails r = request.details();
    MentorDetails m = mentor.details();
    List<Conflict> out = new ArrayList<>();
    if (request.mentee() != null && request.mentee().equals(mentor.person())) {
      out.add(Conflict.SAME_PERSON);
    }
    if (sameName(r.lineManager(), mentorName)) {
      out.add(Conflict.LINE_MANAGER);
    }
    if (sameName(r.practice(), m.practice())) {
      out.add(Conflict.SAME_PRACTICE);
    }
    if (r.mustNotMatch().stream()
        .anyMatch(x -> sameName(x, mentorName) || sameName(x, m.practice()))) {
      out.add(Conflict.DECLARED_BY_MENTEE);
    }
    if (m.mustNotMentor().stream().anyMatch(x -> sameName(x, r.practice()))
        || m.mustNotMentor().stream().anyMatch(x -> sameName(x, menteeName))) {
      out.add(Conflict.DECLARED_BY_MENTOR);
    }
    if (activeMentees >= mentor.capacity()) {
      out.add(Conflict.AT_CAPACITY);
    }
    if (mentor.paused()) {
      out.add(Conflict.PAUSED);
    }
    if (formerMentors.contains(mentor.person())) {
      out.add(Conflict.FORMER_MENTOR);
    }
    return out;
  }

  /** Every mentor of the scheme as a candidate: unblocked first, best first. */
  public static List<Candidate> rank(
      MentoringRequest request, String menteeName, List<MentorSnapshot> mentors, LocalDate today) {
    return rank(request, menteeName, mentors, today, Set.of());
  }

  /**
   * Every mentor of the scheme as a candidate for matching the mentee again, after they asked to
   * change from {@code formerMentors}: unblocked first, best first.
   */
  public static List<Candidate> rank(
      MentoringRequest request,
      String menteeName,
      List<MentorSnapshot> mentors,
      LocalDate today,
      Set<PersonRef> formerMentors) {
    RequestDetails r = request.details();
    List<Candidate> out = new ArrayList<>();
    for (MentorSnapshot s : mentors) {
      MentorDetails m = s.profile().details();
      List<Conflict> conflicts =
          conflicts(request, menteeName, s.profile(), s.name(), s.activeMentees(), formerMentors);
      List<String> reasons = new ArrayList<>();
      int score = 0;
      boolean preferred = preferred(request, s.name());
      if (preferred) {
        reasons.add(ASKED_FOR);
        score += 100;
      }
      int left = Math.max(0, s.profile().capacity() - s.activeMentees());
      reasons.add(capacity(left, s.profile().capacity()));
      score += Math.min(left, 5) * 10;
      if (r.preferredArea() != null) {
        if (m.areas().stream().anyMatch(a -> sameName(a, r.preferredArea()))) {
          reasons.add("Same area: covers " + r.preferredArea());
          score += 40;
        } else {
          reasons.add("Does not cover " + r.preferredArea());
        }
      }
      Set<MeetingMode> wanted = r.preferredModes();
      if (!wanted.isEmpty()) {
        if (m.modes().stream().anyMatch(wanted::contains)) {
          reasons.add("Meets as the mentee prefers");
          score += 20;
        } else {
          reasons.add("Does not meet as the mentee prefers");
        }
      }
      boolean trained = s.profile().trainingCurrent(today);
      if (trained) {
        score += 30;
      }
      reasons.add(training(s.profile(), today));
      conflicts.forEach(c -> reasons.add(c.reason()));
      out.add(
          new Candidate(
              s.profile(),
              s.name(),
              s.activeMentees(),
              conflicts,
              reasons,
              score,
              preferred,
              trained));
    }
    out.sort(
        Comparator.comparing(Candidate::blocked)
            .thenComparing(Comparator.comparingInt(Candidate::score).reversed())
            .thenComparing(c -> c.mentorName() == null ? "" : c.mentorName()));
    return out;
  }

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

  /** The places a mentor has, in words: "Has capacity (2 of 3 places free)". */
  static String capacity(int left, int capacity) {
    return left > 0
        ? "Has capacity (" + left + " of " + capacity + " places free)"
        : "No places free (" + capacity + " of " + capacity + " taken)";
  }

  /**
   * Where the mentor's training stands on {@code today}, in words: current (and when it is due
   * again, if within {@value Lapse#WARN_DAYS} days), lapsed since a month, or not done.
   */
  static String training(MentorProfile m, LocalDate today) {
    LocalDate lapses = m.trainingLapsesOn();
    if (lapses == null) {
      return switch (m.details().trainingStatus()) {
        case IN_TRAINING -> "Training not current: still in mentor training";
        case NOT_TRAINED -> "Training not current: not trained as a mentor";
        case TRAINED -> "Training not current: the date it was done is not recorded";
      };
    }
    if (!m.trainingCurrent(today)) {
      return "Training not current: lapsed in " + MONTH.format(lapses);
    }
    if (ChronoUnit.DAYS.between(today, lapses) <= Lapse.WARN_DAYS) {
      return "Training current, due again in " + MONTH.format(lapses);
    }
    return "Training current until " + MONTH.format(lapses.minusDays(1));
  }

  /** The reason a mentor the mentee asked for by name is given. */
  public static final String ASKED_FOR = "Asked for by the mentee";

  /** True if the mentee named this mentor (by name, loosely) as the one they would like. */
  public static boolean preferred(MentoringRequest request, String mentorName) {
    return sameName(request.details().preferredMentor(), mentorName);
  }

  /** True if both are given and equal, ignoring case, spaces and punctuation. */
  static boolean sameName(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = normal(a);
    return !x.isEmpty() && x.equals(normal(b));
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replaceAll("\\b(dr|mr|mrs|ms|miss|prof)\\b\\.?", "")
        .replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
