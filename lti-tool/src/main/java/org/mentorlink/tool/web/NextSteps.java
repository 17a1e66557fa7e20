package org.mentorlink.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.app.CpdService;
import org.mentorlink.domain.app.FeedbackService;
import org.mentorlink.domain.app.MatchingService;
import org.mentorlink.domain.app.MentorRecordService;
import org.mentorlink.domain.app.RelationshipService;
import org.mentorlink.domain.app.RequestService;
import org.mentorlink.domain.app.SafeguardingService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.matching.MatchState;
import org.mentorlink.domain.mentor.Lapse;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.tool.infrastructure.web.Messages;
import org.mentorlink.tool.present.Fmt;

/**
 * What each person should do next, for the top of their start page: a mentor to confirm, a contract
 * to agree or sign, an agenda to write, a proposal to answer, a record to sign off or returned, CPD
 * to reflect on or approved, a questionnaire to answer; for coordinators, requests to read or match
 * and CPD to approve (counts only, and only for those who may decide), and for the lead the
 * concerns to read (a count). Each step is built from what that person may already see on their own
 * pages, and links to the place to act. The e-mail of the same things ({@code tool.notify}) names
 * nothing.
 */
@ApplicationScoped
public class NextSteps {
  /** One thing to do: a title, a line of why, and the link that does it. */
  public record Step(String title, String hint, String href, String linkText) {}

  @Inject RequestService requests;
  @Inject MatchingService matching;
  @Inject RelationshipService relationships;
  @Inject CpdService cpd;
  @Inject FeedbackService feedback;
  @Inject SafeguardingService safeguarding;
  @Inject MentorRecordService mentorRecords;

  /** The steps for {@code me} in the course's scheme, most pressing first (none without one). */
  public List<Step> of(
      Actor actor,
      String course,
      String me,
      Views.MyRoles roles,
      Views.SchemeView scheme,
      Fmt fmt) {
    List<Step> steps = new ArrayList<>();
    if (scheme == null) {
      return steps;
    }
    boolean mentee = roles.mentee() || actor.has(LaunchRole.LEARNER);
    List<Views.ProposalView> proposals =
        mentee || roles.mentor() ? matching.mine(actor, course) : List.of();
    List<Views.RelationshipView> mine =
        mentee || roles.mentor() ? relationships.mine(actor, course) : List.of();
    if (mentee) {
      menteeSteps(actor, course, me, !roles.mentor(), proposals, mine, fmt, steps);
    }
    if (roles.mentor()) {
      lapseSteps(actor, course, fmt, steps);
      mentorSteps(me, proposals, mine, steps);
    }
    if (mentee || roles.mentor()) {
      cpdSteps(actor, course, steps);
      questionnaireSteps(actor, course, steps);
    }
    if (roles.coordinator()) {
      coordinatorSteps(actor, course, steps);
    }
    return steps;
  }

  private void menteeSteps(
      Actor actor,
      String course,
      String me,
      boolean mayAsk,
      List<Views.ProposalView> proposals,
      List<Views.RelationshipView> mine,
      Fmt fmt,
      List<Step> steps) {
    for (Views.ProposalView p : proposals) {
      if (p.mentee().id().equals(me) && p.state() == MatchState.MENTOR_ACCEPTED) {
        steps.add(step("next.confirm", "/app/mentee", p.mentor().name()));
      }
    }
    List<Views.RelationshipView> asMentee =
        mine.stream().filter(r -> r.mentee().id().equals(me) && r.active()).toList();
    for (Views.RelationshipView r : asMentee) {
      relationshipSteps(r, r.mentor().name(), fmt, steps);
    }
    if (asMentee.isEmpty() && proposals.stream().noneMatch(p -> p.mentee().id().equals(me))) {
      List<Views.RequestView> asked = requests.mine(actor, course);
      if (asked.stream().noneMatch(q -> q.state().open())
          && actor.has(LaunchRole.LEARNER)
          && mayAsk) {
        steps.add(step("next.ask", "/app/mentee/request"));
      } else if (asked.stream().anyMatch(q -> q.state() == RequestState.SUBMITTED)) {
        steps.add(step("next.waitingToBeRead", "/app/mentee"));
      } else if (asked.stream().anyMatch(q -> q.state() == RequestState.ACCEPTED)) {
        steps.add(step("next.findingAMentor", "/app/mentee"));
      }
    }
  }

  private void mentorSteps(
      String me,
      List<Views.ProposalView> proposals,
      List<Views.RelationshipView> mine,
      List<Step> steps) {
    for (Views.ProposalView p : proposals) {
      if (p.mentor().id().equals(me) && p.state() == MatchState.PROPOSED) {
        steps.add(step("next.answer", "/app/mentor", p.mentee().name()));
      }
    }
    for (Views.RelationshipView r : mine) {
      if (!r.mentor().id().equals(me)) {
        continue;
      }
      for (Views.SessionView v : r.sessions()) {
        if (v.state() == SessionState.SUBMITTED) {
          steps.add(
              step(
                  "next.signOff",
                  "/app/relationships/" + r.id() + "/sessions/" + v.id(),
                  v.number(),
                  r.mentee().name()));
        }
      }
      if (r.active()) {
        Views.ContractView c = RelationshipScreens.latest(r);
        if (c == null) {
          steps.add(
              step(
                  "next.agreeContract",
                  "/app/relationships/" + r.id() + "/contract",
                  r.mentee().name()));
        } else if (!c.fullySigned() && !c.signedByMe()) {
          steps.add(
              step(
                  "next.signContract",
                  "/app/relationships/" + r.id() + "/contract",
                  r.mentee().name()));
        } else if (c != null && c.fullySigned() && r.sessions().isEmpty()) {
          steps.add(
              step(
                  "next.firstSession",
                  "/app/relationships/" + r.id() + "#schedule-title",
                  r.mentee().name()));
        }
      }
    }
  }

  private void relationshipSteps(
      Views.RelationshipView r, String other, Fmt fmt, List<Step> steps) {
    String base = "/app/relationships/" + r.id();
    Views.ContractView c = RelationshipScreens.latest(r);
    if (c == null) {
      steps.add(step("next.agreeContract", base + "/contract", other));
    } else if (!c.fullySigned() && !c.signedByMe()) {
      steps.add(step("next.signContract", base + "/contract", other));
    } else if (c.fullySigned() && r.sessions().isEmpty()) {
      steps.add(step("next.firstSession", base + "#schedule-title", other));
    }
    Instant now = Instant.now();
    r.sessions().stream()
        .filter(v -> v.scheduledAt() != null && v.scheduledAt().isAfter(now))
        .filter(v -> v.state() == SessionState.DRAFT)
        .min(Comparator.comparing(Views.SessionView::scheduledAt))
        .ifPresent(
            v -> {
              String when = fmt.date(v.scheduledAt());
              if (v.agenda() == null || v.agenda().isBlank()) {
                steps.add(step("next.agenda", base + "/sessions/" + v.id(), when, other));
              } else {
                steps.add(step("next.session", base + "/sessions/" + v.id(), when, other));
              }
            });
    for (Views.SessionView v : r.sessions()) {
      if (v.state() == SessionState.RETURNED) {
        steps.add(step("next.returned", base + "/sessions/" + v.id(), v.number()));
      }
    }
  }

  /** The person's own CPD entries: to reflect on, returned, approved lately. */
  private void cpdSteps(Actor actor, String course, List<Step> steps) {
    CpdService.Waiting w = cpd.waiting(actor, course);
    if (w.toReflect() > 0) {
      steps.add(step("next.reflect", "/app/cpd", w.toReflect()));
    }
    if (w.returned() > 0) {
      steps.add(step("next.cpdReturned", "/app/cpd", w.returned()));
    }
    if (w.approvedLately() > 0) {
      steps.add(step("next.cpdApproved", "/app/cpd", w.approvedLately()));
    }
  }

  /** A questionnaire of the current round the person has not answered yet. */
  private void questionnaireSteps(Actor actor, String course, List<Step> steps) {
    if (feedback.offers(actor, course).stream().anyMatch(o -> o.open() && !o.answered())) {
      steps.add(step("next.questionnaire", "/app/feedback"));
    }
  }

  /** The mentor's own training or indemnity that has lapsed or lapses soon. */
  private void lapseSteps(Actor actor, String course, Fmt fmt, List<Step> steps) {
    for (Lapse l : mentorRecords.ownLapses(actor, course)) {
      String key =
          "next."
              + (l.what() == Lapse.What.TRAINING ? "training" : "indemnity")
              + (l.lapsed() ? "Lapsed" : "Lapses");
      steps.add(step(key, "/app/mentor/records", fmt.day(l.on())));
    }
  }

  /**
   * How many mentors' training or indemnity has lapsed or lapses soon (numbers, any coordinator).
   */
  private void mentorLapseSteps(Actor actor, String course, List<Step> steps) {
    Views.LapseCounts n = mentorRecords.lapseCounts(actor, course);
    String list = "/app/coordinator/mentors";
    if (n.trainingLapsed() > 0) {
      steps.add(step("next.mentorsTrainingLapsed", list, n.trainingLapsed()));
    }
    if (n.trainingLapsing() > 0) {
      steps.add(step("next.mentorsTrainingLapsing", list, n.trainingLapsing(), Lapse.WARN_DAYS));
    }
    if (n.indemnityLapsed() > 0) {
      steps.add(step("next.mentorsIndemnityLapsed", list, n.indemnityLapsed()));
    }
    if (n.indemnityLapsing() > 0) {
      steps.add(step("next.mentorsIndemnityLapsing", list, n.indemnityLapsing(), Lapse.WARN_DAYS));
    }
  }

  private void coordinatorSteps(Actor actor, String course, List<Step> steps) {
    long concerns = safeguarding.waitingForLead(actor, course);
    if (concerns > 0) {
      steps.add(step("next.concerns", "/app/concerns", concerns));
    }
    mentorLapseSteps(actor, course, steps);
    long toDecide = cpd.waiting(actor, course).toDecide();
    if (toDecide > 0) {
      steps.add(step("next.approve", "/app/coordinator/cpd", toDecide));
    }
    try {
      long toScreen = requests.queue(actor, course, Set.of(RequestState.SUBMITTED), 0, 1).total();
      long toMatch = requests.queue(actor, course, Set.of(RequestState.ACCEPTED), 0, 1).total();
      if (toScreen > 0) {
        steps.add(step("next.screen", "/app/coordinator/requests?state=SUBMITTED", toScreen));
      }
      if (toMatch > 0) {
        steps.add(step("next.match", "/app/coordinator/requests?state=ACCEPTED", toMatch));
      }
    } catch (DomainException e) {
      // A coordinator the lead has not named for matching sees numbers only on the dashboard.
    }
  }

  private static Step step(String key, String href, Object... args) {
    return new Step(
        Messages.text(key + ".title", args),
        Messages.text(key + ".hint", args),
        href,
        Messages.text(key + ".link", args));
  }
}
