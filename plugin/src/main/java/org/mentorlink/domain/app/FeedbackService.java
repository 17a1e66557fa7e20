package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentorlink.domain.feedback.Answers;
import org.mentorlink.domain.feedback.FeedbackRepository;
import org.mentorlink.domain.feedback.FeedbackRole;
import org.mentorlink.domain.feedback.Question;
import org.mentorlink.domain.feedback.Questionnaire;
import org.mentorlink.domain.feedback.Release;
import org.mentorlink.domain.feedback.Round;
import org.mentorlink.domain.feedback.RoundReport;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.RelationshipRepository;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.InvalidTransition;

/**
 * The anonymous questionnaire. A mentee or mentor who had a relationship in the current round
 * answers it once; the answers are stored without them. Nothing here records who answered beyond
 * the marker: no confidential-read event, no log line. Reports show a round only once it is
 * released (its half-year ended, or the lead released it), each figure only with at least k answers
 * behind it.
 */
@ApplicationScoped
@Transactional
public class FeedbackService {
  @Inject Context ctx;
  @Inject RelationshipRepository relationships;
  @Inject FeedbackRepository feedback;

  /** What the questionnaire page shows a person for one role. */
  public record Offer(
      FeedbackRole role,
      String round,
      LocalDate roundStart,
      LocalDate roundEnd,
      boolean open,
      boolean answered,
      List<Question> questions) {}

  /** A round in the coordinators' report: released or not, and, when released, its figures. */
  public record ReportRound(
      String round,
      LocalDate start,
      LocalDate end,
      boolean released,
      RoundReport mentees,
      RoundReport mentors) {}

  /** The questionnaires of the current round open to the actor (as mentee, as mentor, or both). */
  public List<Offer> offers(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    Calendar cal = ctx.calendar(s);
    Round round = Round.containing(cal.today(), s.settings().cpdYearStart());
    boolean released = feedback.released(s.ref(), round.key());
    List<Offer> out = new ArrayList<>();
    for (FeedbackRole role : FeedbackRole.values()) {
      if (hadRelationship(s, actor, role, round, cal)) {
        out.add(
            new Offer(
                role,
                round.key(),
                round.start(),
                round.end(),
                !released,
                feedback.hasAnswered(s.ref(), round.key(), role, actor.person()),
                Question.DEFAULTS));
      }
    }
    return out;
  }

  /** The actor answers the current round as {@code role}. */
  public void answer(Actor actor, String courseRef, FeedbackRole role, Answers answers) {
    Scheme s = ctx.scheme(actor, courseRef);
    Calendar cal = ctx.calendar(s);
    LocalDate today = cal.today();
    Round round = Round.containing(today, s.settings().cpdYearStart());
    feedback.add(
        Questionnaire.answer(
            s.ref(),
            actor,
            role,
            hadRelationship(s, actor, role, round, cal),
            round,
            today,
            feedback.released(s.ref(), round.key()),
            feedback.hasAnswered(s.ref(), round.key(), role, actor.person()),
            answers));
  }

  /** The lead or a coordinator releases the current round now: it takes no more answers. */
  public void releaseCurrentRound(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    s.requireCoordinator(actor);
    Round round = Round.containing(ctx.calendar(s).today(), s.settings().cpdYearStart());
    if (feedback.released(s.ref(), round.key())) {
      throw new InvalidTransition("ROUND_RELEASED", "This round has been released already.");
    }
    feedback.add(Release.of(s, actor, round));
  }

  /**
   * The report for coordinators: the current round (figures only once released) and every round
   * with answers, newest first.
   */
  public List<ReportRound> report(Actor actor, String courseRef) {
    Scheme s = ctx.scheme(actor, courseRef);
    s.requireCoordinator(actor);
    LocalDate today = ctx.calendar(s).today();
    var start = s.settings().cpdYearStart();
    int k = s.settings().feedbackMinimumGroup();
    java.util.TreeSet<String> keys = new java.util.TreeSet<>(feedback.roundsWithAnswers(s.ref()));
    keys.add(Round.containing(today, start).key());
    List<ReportRound> out = new ArrayList<>();
    for (String key : keys.descendingSet()) {
      Round r = Round.of(key, start);
      boolean released = r.endedBy(today) || feedback.released(s.ref(), key);
      out.add(
          new ReportRound(
              key,
              r.start(),
              r.end(),
              released,
              released ? report(s, key, FeedbackRole.MENTEE, k) : null,
              released ? report(s, key, FeedbackRole.MENTOR, k) : null));
    }
    return out;
  }

  /** The released round {@code key}'s report, or empty while it is open. */
  public Optional<ReportRound> round(Actor actor, String courseRef, String key) {
    Scheme s = ctx.scheme(actor, courseRef);
    s.requireCoordinator(actor);
    Round.of(key, s.settings().cpdYearStart());
    return report(actor, courseRef).stream().filter(r -> r.round().equals(key)).findFirst();
  }

  /**
   * The released rounds of {@code s} that overlap {@code from} to {@code to}, oldest first, for the
   * coordinators' reports (whose callers have checked who asks).
   */
  List<ReportRound> releasedBetween(Scheme s, LocalDate from, LocalDate to) {
    LocalDate today = ctx.calendar(s).today();
    var start = s.settings().cpdYearStart();
    int k = s.settings().feedbackMinimumGroup();
    List<ReportRound> out = new ArrayList<>();
    for (String key : new java.util.TreeSet<>(feedback.roundsWithAnswers(s.ref()))) {
      Round r = Round.of(key, start);
      if (r.overlaps(from, to) && (r.endedBy(today) || feedback.released(s.ref(), key))) {
        out.add(
            new ReportRound(
                key,
                r.start(),
                r.end(),
                true,
                report(s, key, FeedbackRole.MENTEE, k),
                report(s, key, FeedbackRole.MENTOR, k)));
      }
    }
    return out;
  }

  private RoundReport report(Scheme s, String key, FeedbackRole role, int k) {
    return RoundReport.of(key, role, k, feedback.answers(s.ref(), key, role));
  }

  /**
   * Whether the actor had, in {@code role}, a relationship of the scheme that was running at some
   * time in the round (read straight from the repository: no confidential-read event).
   */
  private boolean hadRelationship(
      Scheme s, Actor actor, FeedbackRole role, Round round, Calendar cal) {
    List<Relationship> rs =
        role == FeedbackRole.MENTEE
            ? relationships.forMentee(s.ref(), actor.person())
            : relationships.forMentor(s.ref(), actor.person());
    for (Relationship r : rs) {
      LocalDate from = cal.dateOf(r.startedAt());
      LocalDate to = r.closedAt() == null ? cal.today() : cal.dateOf(r.closedAt());
      if (round.overlaps(from, to)) {
        return true;
      }
    }
    return false;
  }
}
