package org.mentorlink.domain.matching;

import java.util.List;
import org.mentorlink.domain.mentor.MentorProfile;

/**
 * A mentor considered for a request: the conflicts that block them (if any), the reasons for and
 * against, a score for ranking (higher first), whether the mentee asked for them by name, and
 * whether their mentor training is current (a warning before proposing them if not).
 */
public record Candidate(
    MentorProfile mentor,
    String mentorName,
    int activeMentees,
    List<Conflict> conflicts,
    List<String> reasons,
    int score,
    boolean preferred,
    boolean trainingCurrent) {
  public Candidate {
    conflicts = List.copyOf(conflicts);
    reasons = List.copyOf(reasons);
  }

  public boolean blocked() {
    return !conflicts.isEmpty();
  }

  public int capacityLeft() {
    return Math.max(0, mentor.capacity() - activeMentees);
  }
}
