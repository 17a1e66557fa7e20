package org.mentorlink.domain.relationship;

import java.util.List;
import java.util.Set;
import org.mentorlink.domain.shared.Values;

/**
 * What is written about a session: notes, themes, topics, goals reviewed and actions.
 *
 * <p>A part left out ({@code null}) keeps what the record holds, so a mentor who writes only their
 * notes leaves the mentee's actions as they are; a part sent empty clears it (empty text is held
 * here as {@code ""}).
 */
public record SessionRecordDetails(
    String notes,
    Set<Theme> themes,
    List<String> topics,
    String goalsReviewed,
    List<ActionItem> actions) {
  public SessionRecordDetails {
    notes = notes == null ? null : orEmpty(Values.optionalText(notes, 20000, "notes", "Notes"));
    themes = themes == null ? null : Set.copyOf(themes);
    topics = topics == null ? null : Values.tidyLines(topics, 100, 20, "topics", "Topics");
    goalsReviewed =
        goalsReviewed == null
            ? null
            : orEmpty(Values.optionalText(goalsReviewed, 4000, "goalsReviewed", "Goals reviewed"));
    actions = actions == null ? null : List.copyOf(actions);
    if (actions != null && actions.size() > 30) {
      throw new org.mentorlink.domain.shared.DomainException(
          "TOO_MANY_ITEMS", "actions", "At most 30 actions per session.");
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
