package org.mentorlink.domain.relationship;

import java.util.List;
import java.util.Set;
import org.mentorlink.domain.shared.Values;

/** What is written about a session: notes, themes, topics, goals reviewed and actions. */
public record SessionRecordDetails(
    String notes,
    Set<Theme> themes,
    List<String> topics,
    String goalsReviewed,
    List<ActionItem> actions) {
  public SessionRecordDetails {
    notes = Values.optionalText(notes, 20000, "notes", "Notes");
    themes = themes == null ? Set.of() : Set.copyOf(themes);
    topics = Values.tidyLines(topics, 100, 20, "topics", "Topics");
    goalsReviewed = Values.optionalText(goalsReviewed, 4000, "goalsReviewed", "Goals reviewed");
    actions = actions == null ? List.of() : List.copyOf(actions);
    if (actions.size() > 30) {
      throw new org.mentorlink.domain.shared.DomainException(
          "TOO_MANY_ITEMS", "actions", "At most 30 actions per session.");
    }
  }
}
