package org.mentorlink.domain.feedback;

import java.time.LocalDate;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.StateConflict;

/**
 * Answering a round's questionnaire: who may (a person who had a relationship in the round in that
 * role) → which state (the round is open: neither ended nor released) → precondition (not answered
 * yet) → two records that share nothing but the round: the marker and the anonymous answers.
 */
public final class Questionnaire {
  private Questionnaire() {}

  /** What one submission stores. */
  public record Submission(Answered marker, AnswerSet answers) {}

  public static Submission answer(
      SchemeRef scheme,
      Actor by,
      FeedbackRole role,
      boolean hadRelationshipInRound,
      Round round,
      LocalDate today,
      boolean released,
      boolean alreadyAnswered,
      Answers answers) {
    if (!hadRelationshipInRound) {
      throw new Forbidden(
          "The questionnaire is for "
              + (role == FeedbackRole.MENTEE ? "mentees" : "mentors")
              + " who had mentoring in this round.");
    }
    if (released || round.endedBy(today)) {
      throw new InvalidTransition(
          "ROUND_CLOSED", "This round of feedback has closed: its answers have been counted.");
    }
    if (alreadyAnswered) {
      throw new StateConflict(
          "FEEDBACK_ALREADY_GIVEN", "You have answered this round already. Thank you.");
    }
    return new Submission(
        Answered.of(scheme, round, role, by.person()), AnswerSet.of(scheme, round, role, answers));
  }
}
