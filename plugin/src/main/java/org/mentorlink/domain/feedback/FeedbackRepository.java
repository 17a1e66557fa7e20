package org.mentorlink.domain.feedback;

import java.util.List;
import java.util.Set;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/**
 * The anonymous answers, the "already answered" markers and the early releases of each scheme's
 * rounds. No method joins or relates an answer to a marker or a person: answers are read only in
 * bulk, per round and role.
 */
public interface FeedbackRepository {
  boolean hasAnswered(SchemeRef scheme, String roundKey, FeedbackRole role, PersonRef person);

  /** Stores a submission: its marker and its answers. */
  void add(Questionnaire.Submission submission);

  /** The answers of a round and role, in no meaningful order. */
  List<Answers> answers(SchemeRef scheme, String roundKey, FeedbackRole role);

  /** The rounds that have answers. */
  Set<String> roundsWithAnswers(SchemeRef scheme);

  boolean released(SchemeRef scheme, String roundKey);

  void add(Release release);
}
