package org.mentorlink.domain.app;

import static org.mentorlink.domain.testing.Actors.aLearner;
import static org.mentorlink.domain.testing.Actors.aMentor;
import static org.mentorlink.domain.testing.Actors.anInstructor;

import java.time.Instant;
import java.util.Set;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.testing.Actors;
import org.mentorlink.domain.testing.Requests;
import org.mentorlink.domain.testing.Schemes;

/**
 * A scheme told through the services, as its people would act: the lead sets it up and appoints a
 * coordinator, who designates a mentor and matches a mentee; the mentee confirms, and the
 * relationship has started. Everyone launched into the course first.
 */
final class Story {
  static final String COURSE = Schemes.COURSE;

  final Wiring w;
  final Actor lead = anInstructor("lead-1");
  final Actor coordinator = anInstructor("coord-1");
  final Actor mentor = aMentor("mentor-1");
  final Actor mentee = aLearner("mentee-1");
  final Actor otherMentee = aLearner("mentee-2");
  final String requestId;
  final String otherRequestId;
  final String proposalId;
  final String relationshipId;

  Story(Wiring w) {
    this.w = w;
    for (Actor a : new Actor[] {lead, coordinator, mentor, mentee, otherMentee}) {
      w.schemes.recordLaunch(a, COURSE);
    }
    w.schemes.setUp(lead, COURSE, Schemes.settings());
    w.schemes.appointCoordinator(lead, COURSE, coordinator.person().personId());
    // "Only the lead knows" is on for a new scheme: the coordinator who matches is named for it.
    w.schemes.nameMatchingCoordinator(lead, COURSE, coordinator.person().personId(), true);
    String profile =
        w.mentors.designate(coordinator, COURSE, mentor.person().personId()).profileId();
    requestId = w.requests.submit(mentee, COURSE, Requests.details().build()).id();
    otherRequestId = w.requests.submit(otherMentee, COURSE, Requests.details().build()).id();
    w.requests.accept(coordinator, COURSE, requestId);
    proposalId = w.matching.propose(coordinator, COURSE, requestId, profile).id();
    w.matching.mentorAccepts(mentor, COURSE, proposalId);
    relationshipId = w.matching.menteeConfirms(mentee, COURSE, proposalId);
  }

  /** The scheme of the course. */
  SchemeRef scheme() {
    return w.db.schemes.forCourse(Actors.TENANT, COURSE).orElseThrow().ref();
  }

  /** The same person, launched again with {@code roles} (possibly none). */
  static Actor relaunched(Actor actor, LaunchRole... roles) {
    return new Actor(actor.person(), Set.of(roles));
  }

  /** The mentee schedules a two-hour session at {@code when}; returns its id. */
  String schedule(Instant when) {
    var view =
        w.relationships.scheduleSession(
            mentee, COURSE, relationshipId, when, CpdHours.of("2"), MeetingMode.VIDEO);
    return view.sessions().get(view.sessions().size() - 1).id();
  }

  /** The mentee submits the session, the mentor signs it off. */
  void holdAndSignOff(String sessionId) {
    w.relationships.submitSession(mentee, COURSE, relationshipId, sessionId);
    w.relationships.signOffSession(mentor, COURSE, relationshipId, sessionId);
  }
}
