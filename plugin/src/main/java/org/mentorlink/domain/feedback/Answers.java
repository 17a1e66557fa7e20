package org.mentorlink.domain.feedback;

import java.util.Set;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Values;

/**
 * One person's answers to the questionnaire, every one optional (at least one given): scales 1 to
 * 5, yes or no, themes, free text of at most 2,000 characters each, and whether the free text may
 * be quoted (without a name) in reports.
 */
public record Answers(
    Integer expectations,
    Integer helpful,
    Set<Theme> themes,
    Boolean useAgain,
    Boolean recommend,
    String unexpected,
    String outcomes,
    String comments,
    boolean mayQuote) {
  public static final int MAX_TEXT = 2000;

  public Answers {
    scale(expectations, "expectations");
    scale(helpful, "helpful");
    themes = themes == null ? Set.of() : Set.copyOf(themes);
    unexpected = Values.optionalText(unexpected, MAX_TEXT, "unexpected", "Your answer");
    outcomes = Values.optionalText(outcomes, MAX_TEXT, "outcomes", "Your answer");
    comments = Values.optionalText(comments, MAX_TEXT, "comments", "Your answer");
    if (expectations == null
        && helpful == null
        && themes.isEmpty()
        && useAgain == null
        && recommend == null
        && unexpected == null
        && outcomes == null
        && comments == null) {
      throw new DomainException(
          "FEEDBACK_EMPTY", "expectations", "Answer at least one question before you send.");
    }
  }

  private static void scale(Integer v, String field) {
    if (v != null && (v < 1 || v > 5)) {
      throw new DomainException("INVALID_SCALE", field, "Choose from 1 to 5.");
    }
  }

  public boolean hasText() {
    return unexpected != null || outcomes != null || comments != null;
  }
}
