package org.mentorlink.domain.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.relationship.Theme;

class RoundReportTest {
  private static Answers answer(int expectations, boolean useAgain, String outcome, boolean quote) {
    return new Answers(
        expectations,
        4,
        Set.of(Theme.PERSONAL_SUPPORT),
        useAgain,
        true,
        null,
        outcome,
        null,
        quote);
  }

  private static List<Answers> answers(int n) {
    List<Answers> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(answer(1 + i % 5, i != 0, "Outcome " + i, i % 2 == 0));
    }
    return out;
  }

  @Test
  void withOneAnswerFewerThanKNothingShows() {
    RoundReport r = RoundReport.of("2025/26-1", FeedbackRole.MENTEE, 5, answers(4));
    assertFalse(r.shown());
    assertEquals(4, r.answers());
    assertNull(r.expectations());
    assertNull(r.useAgain());
    assertNull(r.themes());
    assertTrue(r.quotes().isEmpty(), "no quote below k");
  }

  @Test
  void withKAnswersTheFiguresAppear() {
    RoundReport r = RoundReport.of("2025/26-1", FeedbackRole.MENTEE, 5, answers(5));
    assertTrue(r.shown());
    assertEquals(List.of(1, 1, 1, 1, 1), r.expectations().counts());
    assertEquals("3.0", r.expectations().mean());
    assertEquals(4, r.useAgain().yes());
    assertEquals(80, r.useAgain().percent());
    assertEquals(100, r.recommend().percent());
    assertEquals(5, r.themes().get(Theme.PERSONAL_SUPPORT));
    assertEquals(List.of("Outcome 0", "Outcome 2", "Outcome 4"), r.quotes(), "only quotable text");
  }

  @Test
  void aFigureNeedsKAnswersToItsOwnQuestion() {
    List<Answers> sets = answers(5);
    sets.set(0, new Answers(null, null, Set.of(), null, null, "x", null, null, false));
    RoundReport r = RoundReport.of("2025/26-1", FeedbackRole.MENTOR, 5, sets);
    assertTrue(r.shown());
    assertNull(r.expectations(), "only 4 answered this question");
    assertNull(r.useAgain());
  }

  @Test
  void answersAreCheckedAndAtLeastOneIsGiven() {
    refused(
        "FEEDBACK_EMPTY",
        () -> new Answers(null, null, Set.of(), null, null, " ", null, null, true));
    refused("INVALID_SCALE", () -> new Answers(6, null, null, null, null, null, null, null, false));
    refused("INVALID_SCALE", () -> new Answers(null, 0, null, null, null, null, null, null, false));
  }
}
