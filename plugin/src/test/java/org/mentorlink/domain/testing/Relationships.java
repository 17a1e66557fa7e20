package org.mentorlink.domain.testing;

import java.time.Instant;
import java.util.List;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.shared.Actor;

/**
 * A whole mentoring set-up, built through the domain's own transitions: a scheme with a lead and a
 * coordinator, a mentee's accepted request, a mentor, the confirmed match and the relationship
 * started from it.
 */
public final class Relationships {
  private Relationships() {}

  /** Everyone and everything in one started relationship. */
  public record Mentoring(
      Scheme scheme,
      Actor lead,
      Actor coordinator,
      Actor mentee,
      Actor mentor,
      MentoringRequest request,
      MentorProfile mentorProfile,
      MatchProposal match,
      Relationship relationship) {}

  /** A relationship in a scheme with the default settings (four sessions in twelve months). */
  public static Mentoring aRelationship() {
    return aRelationship(Schemes.settings());
  }

  public static Mentoring aRelationship(SchemeSettings settings) {
    return aRelationship(settings, Times.minutesLater(300));
  }

  /** A relationship with the default settings, started (the mentee confirmed) at {@code at}. */
  public static Mentoring aRelationshipStartedAt(Instant at) {
    return aRelationship(Schemes.settings(), at);
  }

  private static Mentoring aRelationship(SchemeSettings settings, Instant startedAt) {
    Actor lead = Actors.anInstructor("lead-1");
    Actor coordinator = Actors.anInstructor("coord-1");
    Actor mentee = Actors.aLearner("mentee-1");
    Actor mentor = Actors.aMentor("mentor-1");
    Scheme scheme = Scheme.setUp(lead, Schemes.COURSE, settings, Times.NOW);
    Schemes.appoint(scheme, lead, coordinator);
    MentoringRequest request = Requests.anAcceptedRequest(scheme, coordinator, mentee);
    MentorProfile profile = Mentors.aMentorProfile(scheme, mentor);
    MatchProposal match = aConfirmedMatch(scheme, coordinator, request, profile, mentor, mentee);
    Relationship relationship = Relationship.start(scheme, match, startedAt);
    return new Mentoring(
        scheme, lead, coordinator, mentee, mentor, request, profile, match, relationship);
  }

  /** A proposal that the mentor accepted and the mentee confirmed. */
  public static MatchProposal aConfirmedMatch(
      Scheme scheme,
      Actor coordinator,
      MentoringRequest request,
      MentorProfile profile,
      Actor mentor,
      Actor mentee) {
    MatchProposal match =
        MatchProposal.propose(
            scheme, coordinator, request, profile, List.of(), List.of(), Times.minutesLater(120));
    match.mentorAccepts(mentor, Times.minutesLater(180));
    match.menteeConfirms(mentee, request, Times.minutesLater(240));
    return match;
  }
}
