package org.mentorlink.domain.feedback;

import java.util.List;

/**
 * A question of the questionnaire: its stable id, the words people read and how it is answered. The
 * default set comes from the review sheets of the source schemes: expectations met, unexpected
 * developments, main themes, outcomes, would use again, would recommend, how helpful it was, and
 * free text.
 */
public record Question(String id, Kind kind, String text) {
  /** How a question is answered. */
  public enum Kind {
    /** 1 (not at all) to 5 (completely). */
    SCALE,
    YES_NO,
    /** Any of the holistic model's themes. */
    THEMES,
    TEXT
  }

  public static final List<Question> DEFAULTS =
      List.of(
          new Question("expectations", Kind.SCALE, "How far did mentoring meet your expectations?"),
          new Question("helpful", Kind.SCALE, "How helpful has mentoring been?"),
          new Question("themes", Kind.THEMES, "What were the main themes?"),
          new Question("useAgain", Kind.YES_NO, "Would you use the scheme again?"),
          new Question("recommend", Kind.YES_NO, "Would you recommend the scheme to a colleague?"),
          new Question("unexpected", Kind.TEXT, "Did anything unexpected come from the mentoring?"),
          new Question("outcomes", Kind.TEXT, "What has changed for you: the outcomes?"),
          new Question("comments", Kind.TEXT, "Anything else you would like to tell the scheme?"));
}
