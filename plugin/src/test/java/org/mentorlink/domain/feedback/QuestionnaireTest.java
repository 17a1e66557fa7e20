package org.mentorlink.domain.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.invalidTransition;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.StateConflict;
import org.mentorlink.domain.testing.Actors;

class QuestionnaireTest {
  private static final SchemeRef SCHEME = new SchemeRef(Actors.TENANT, "scheme-1");
  private static final Round ROUND = Round.of("2025/26-1", MonthDay.of(4, 1));
  private static final LocalDate IN_ROUND = LocalDate.of(2025, 6, 1);
  private static final Answers ANSWERS =
      new Answers(4, 5, Set.of(), true, true, null, "I chose", null, true);

  private static Questionnaire.Submission answer(
      boolean had, LocalDate today, boolean released, boolean answered) {
    return Questionnaire.answer(
        SCHEME,
        Actors.aLearner(),
        FeedbackRole.MENTEE,
        had,
        ROUND,
        today,
        released,
        answered,
        ANSWERS);
  }

  @Test
  void aMenteeOfTheRoundAnswersOnceAndTheAnswersHoldNoPerson() {
    Questionnaire.Submission s = answer(true, IN_ROUND, false, false);
    assertEquals("2025/26-1", s.answers().roundKey());
    assertEquals(ANSWERS, s.answers().answers());
    StateConflict twice =
        assertThrows(StateConflict.class, () -> answer(true, IN_ROUND, false, true));
    assertEquals("FEEDBACK_ALREADY_GIVEN", twice.code());
  }

  @Test
  void onlyThoseWhoHadMentoringInTheRoundAnswerAndOnlyWhileItIsOpen() {
    forbidden(() -> answer(false, IN_ROUND, false, false));
    invalidTransition("ROUND_CLOSED", () -> answer(true, IN_ROUND, true, false));
    invalidTransition("ROUND_CLOSED", () -> answer(true, LocalDate.of(2025, 10, 1), false, false));
  }
}
