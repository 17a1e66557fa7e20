package org.mentorlink.domain.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Actors.aLearner;
import static org.mentorlink.domain.testing.Actors.aMentor;
import static org.mentorlink.domain.testing.Actors.anInstructor;
import static org.mentorlink.domain.testing.Actors.inAnotherTenant;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.invalidTransition;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.testing.Mentors;
import org.mentorlink.domain.testing.Requests;
import org.mentorlink.domain.testing.Schemes;
import org.mentorlink.domain.testing.Times;

class MatchProposalTest {
  private final Actor lead = anInstructor("lead-1");
  private final Actor coordinator = anInstructor("coord-1");
  private final Actor mentee = aLearner("mentee-1");
  private final Actor mentor = aMentor("mentor-1");
  private final Scheme scheme = Schemes.aScheme(lead, coordinator);
  private final MentoringRequest request = Requests.anAcceptedRequest(scheme, coordinator, mentee);
  private final MentorProfile profile = Mentors.aMentorProfile(scheme, mentor);

  private MatchProposal propose() {
    return MatchProposal.propose(
        scheme, coordinator, request, profile, List.of(), List.of(), Times.minutesLater(120));
  }

  private MatchProposal acceptedByMentor() {
    MatchProposal p = propose();
    p.mentorAccepts(mentor, Times.minutesLater(180));
    return p;
  }

  @Test
  void coordinatorProposesAMentorForAnAcceptedRequest() {
    MatchProposal p = propose();

    assertEquals(MatchState.PROPOSED, p.state());
    assertTrue(p.state().open());
    assertEquals(mentor.person(), p.mentor());
    assertEquals(mentee.person(), p.mentee());
    assertEquals(request.id(), p.requestId());
    assertEquals(profile.id(), p.mentorProfileId());
    assertEquals(scheme.id(), p.schemeId());
    assertEquals(Times.minutesLater(120), p.proposedAt());
    assertTrue(p.isMentor(mentor.person()));
    assertTrue(p.isMentee(mentee.person()));
  }

  @Test
  void leadMayProposeToo() {
    MatchProposal p =
        MatchProposal.propose(scheme, lead, request, profile, List.of(), List.of(), Times.NOW);

    assertEquals(MatchState.PROPOSED, p.state());
  }

  @Test
  void refusesAProposalWithHardConflicts() {
    DomainException e =
        refused(
            "MATCH_CONFLICT",
            () ->
                MatchProposal.propose(
                    scheme,
                    coordinator,
                    request,
                    profile,
                    List.of(Conflict.LINE_MANAGER, Conflict.AT_CAPACITY),
                    List.of(),
                    Times.NOW));

    assertTrue(e.getMessage().contains(Conflict.LINE_MANAGER.reason()));
    assertTrue(e.getMessage().contains(Conflict.AT_CAPACITY.reason()));
  }

  @Test
  void refusesAProposalForARequestNotAcceptedForMatching() {
    MentoringRequest submitted = Requests.aSubmittedRequest(scheme, aLearner("mentee-2"));
    MentoringRequest withdrawn = Requests.anAcceptedRequest(scheme, lead, aLearner("mentee-3"));
    withdrawn.withdraw(aLearner("mentee-3"), Times.NOW);
    MentoringRequest signposted = Requests.aSubmittedRequest(scheme, aLearner("mentee-4"));
    signposted.signpost(scheme, lead, Schemes.COUNSELLING, "Better there.", Times.NOW);

    for (MentoringRequest r : List.of(submitted, withdrawn, signposted)) {
      invalidTransition(
          "REQUEST_NOT_ACCEPTED",
          () ->
              MatchProposal.propose(
                  scheme, coordinator, r, profile, List.of(), List.of(), Times.NOW));
    }
  }

  @Test
  void refusesAProposalForAnAlreadyMatchedRequest() {
    MatchProposal first = acceptedByMentor();
    first.menteeConfirms(mentee, request, Times.NOW);
    MentorProfile another = Mentors.aMentorProfile(scheme, aMentor("mentor-2"));

    invalidTransition(
        "REQUEST_NOT_ACCEPTED",
        () ->
            MatchProposal.propose(
                scheme, coordinator, request, another, List.of(), List.of(), Times.NOW));
  }

  @Test
  void refusesAProposalWhileAnotherIsOpen() {
    MatchProposal open = propose();
    MentorProfile another = Mentors.aMentorProfile(scheme, aMentor("mentor-2"));

    invalidTransition(
        "PROPOSAL_OPEN",
        () ->
            MatchProposal.propose(
                scheme, coordinator, request, another, List.of(), List.of(open), Times.NOW));
    open.mentorAccepts(mentor, Times.NOW);
    invalidTransition(
        "PROPOSAL_OPEN",
        () ->
            MatchProposal.propose(
                scheme, coordinator, request, another, List.of(), List.of(open), Times.NOW));
  }

  @Test
  void anOpenProposalForAnotherRequestDoesNotBlock() {
    MentoringRequest second = Requests.anAcceptedRequest(scheme, coordinator, aLearner("mentee-2"));
    MatchProposal forSecond =
        MatchProposal.propose(
            scheme, coordinator, second, profile, List.of(), List.of(), Times.NOW);

    MatchProposal p =
        MatchProposal.propose(
            scheme, coordinator, request, profile, List.of(), List.of(forSecond), Times.NOW);

    assertEquals(MatchState.PROPOSED, p.state());
  }

  @Test
  void refusesAProposalByANonCoordinator() {
    forbidden(
        () ->
            MatchProposal.propose(
                scheme, anInstructor("t-1"), request, profile, List.of(), List.of(), Times.NOW));
    forbidden(
        () ->
            MatchProposal.propose(
                scheme, mentor, request, profile, List.of(), List.of(), Times.NOW));
    forbidden(
        () ->
            MatchProposal.propose(
                scheme, mentee, request, profile, List.of(), List.of(), Times.NOW));
  }

  @Test
  void refusesAProposalAcrossSchemes() {
    Scheme other = Schemes.aScheme(lead);
    MentorProfile otherSchemesMentor = Mentors.aMentorProfile(other, aMentor("mentor-9"));
    MentoringRequest otherSchemesRequest =
        Requests.anAcceptedRequest(other, lead, aLearner("mentee-9"));

    forbidden(
        () ->
            MatchProposal.propose(
                scheme, lead, request, otherSchemesMentor, List.of(), List.of(), Times.NOW));
    forbidden(
        () ->
            MatchProposal.propose(
                scheme, lead, otherSchemesRequest, profile, List.of(), List.of(), Times.NOW));
  }

  @Test
  void proposedMentorAccepts() {
    MatchProposal p = propose();

    p.mentorAccepts(mentor, Times.minutesLater(180));

    assertEquals(MatchState.MENTOR_ACCEPTED, p.state());
    assertTrue(p.state().open());
  }

  @Test
  void onlyTheProposedMentorAnswersTheProposal() {
    MatchProposal p = propose();
    Actor anotherMentor = aMentor("mentor-2");

    forbidden(() -> p.mentorAccepts(anotherMentor, Times.NOW));
    forbidden(() -> p.mentorAccepts(mentee, Times.NOW));
    forbidden(() -> p.mentorAccepts(coordinator, Times.NOW));
    forbidden(() -> p.mentorDeclines(anotherMentor, "Too busy", Times.NOW));
    assertEquals(MatchState.PROPOSED, p.state());
  }

  @Test
  void proposedMentorDeclinesWithAReason() {
    MatchProposal p = propose();

    p.mentorDeclines(mentor, " I know the mentee socially. ", Times.minutesLater(180));

    assertEquals(MatchState.DECLINED_BY_MENTOR, p.state());
    assertFalse(p.state().open());
    assertEquals("I know the mentee socially.", p.declineReason());
  }

  @Test
  void mentorsDeclineRequiresAReason() {
    MatchProposal p = propose();

    refused("REASON_REQUIRED", () -> p.mentorDeclines(mentor, " ", Times.NOW));
    refused("REASON_REQUIRED", () -> p.mentorDeclines(mentor, null, Times.NOW));
    assertEquals(MatchState.PROPOSED, p.state());
    assertNull(p.declineReason());
  }

  @Test
  void mentorAnswersOnlyOnce() {
    MatchProposal accepted = acceptedByMentor();
    MatchProposal declined = propose();
    declined.mentorDeclines(mentor, "Too busy", Times.NOW);

    invalidTransition("PROPOSAL_STATE", () -> accepted.mentorAccepts(mentor, Times.NOW));
    invalidTransition("PROPOSAL_STATE", () -> accepted.mentorDeclines(mentor, "No", Times.NOW));
    invalidTransition("PROPOSAL_STATE", () -> declined.mentorAccepts(mentor, Times.NOW));
  }

  @Test
  void menteeConfirmsAfterTheMentorAcceptedAndTheRequestIsMatched() {
    MatchProposal p = acceptedByMentor();

    p.menteeConfirms(mentee, request, Times.minutesLater(240));

    assertEquals(MatchState.CONFIRMED, p.state());
    assertFalse(p.state().open());
    assertEquals(RequestState.MATCHED, request.state());
    assertEquals(Times.minutesLater(240), request.matchedAt());
  }

  @Test
  void refusesMenteeConfirmationBeforeTheMentorAccepted() {
    MatchProposal p = propose();

    invalidTransition("PROPOSAL_STATE", () -> p.menteeConfirms(mentee, request, Times.NOW));
    assertEquals(MatchState.PROPOSED, p.state());
    assertEquals(RequestState.ACCEPTED, request.state());
  }

  @Test
  void refusesMenteeConfirmationAfterTheMentorDeclined() {
    MatchProposal p = propose();
    p.mentorDeclines(mentor, "Too busy", Times.NOW);

    invalidTransition("PROPOSAL_STATE", () -> p.menteeConfirms(mentee, request, Times.NOW));
    assertEquals(RequestState.ACCEPTED, request.state());
  }

  @Test
  void onlyTheMenteeConfirms() {
    MatchProposal p = acceptedByMentor();

    forbidden(() -> p.menteeConfirms(mentor, request, Times.NOW));
    forbidden(() -> p.menteeConfirms(coordinator, request, Times.NOW));
    forbidden(() -> p.menteeConfirms(aLearner("mentee-2"), request, Times.NOW));
    assertEquals(MatchState.MENTOR_ACCEPTED, p.state());
  }

  @Test
  void refusesConfirmationAgainstAnotherRequest() {
    MatchProposal p = acceptedByMentor();
    Scheme other = Schemes.aScheme(lead);
    MentoringRequest elsewhere = Requests.anAcceptedRequest(other, lead, mentee);

    forbidden(() -> p.menteeConfirms(mentee, elsewhere, Times.NOW));
    assertEquals(RequestState.ACCEPTED, elsewhere.state());
  }

  @Test
  void refusesConfirmationOnceTheRequestWasWithdrawn() {
    MatchProposal p = acceptedByMentor();
    request.withdraw(mentee, Times.NOW);

    invalidTransition("REQUEST_STATE", () -> p.menteeConfirms(mentee, request, Times.NOW));
    assertEquals(MatchState.MENTOR_ACCEPTED, p.state());
  }

  @Test
  void menteeDeclinesWithOrWithoutAReasonAndAnotherMentorMayBeProposed() {
    MatchProposal withReason = acceptedByMentor();
    MatchProposal withoutReason = acceptedByMentor();

    withReason.menteeDeclines(mentee, "I'd rather someone nearer.", Times.NOW);
    withoutReason.menteeDeclines(mentee, "  ", Times.NOW);

    assertEquals(MatchState.DECLINED_BY_MENTEE, withReason.state());
    assertEquals("I'd rather someone nearer.", withReason.declineReason());
    assertNull(withoutReason.declineReason());
    assertEquals(RequestState.ACCEPTED, request.state());
    MatchProposal next =
        MatchProposal.propose(
            scheme,
            coordinator,
            request,
            Mentors.aMentorProfile(scheme, aMentor("mentor-2")),
            List.of(),
            List.of(withReason, withoutReason),
            Times.NOW);
    assertEquals(MatchState.PROPOSED, next.state());
  }

  @Test
  void menteeCannotDeclineBeforeTheMentorAnswered() {
    MatchProposal p = propose();

    invalidTransition("PROPOSAL_STATE", () -> p.menteeDeclines(mentee, null, Times.NOW));
    forbidden(() -> acceptedByMentor().menteeDeclines(mentor, null, Times.NOW));
  }

  @Test
  void actorsWithTheSamePersonIdInAnotherTenantAreRefused() {
    forbidden(
        () ->
            MatchProposal.propose(
                scheme,
                inAnotherTenant(coordinator),
                request,
                profile,
                List.of(),
                List.of(),
                Times.NOW));
    MatchProposal p = propose();
    assertFalse(p.isMentor(inAnotherTenant(mentor).person()));
    forbidden(() -> p.mentorAccepts(inAnotherTenant(mentor), Times.NOW));
    forbidden(() -> p.mentorDeclines(inAnotherTenant(mentor), "No", Times.NOW));
    p.mentorAccepts(mentor, Times.NOW);
    assertFalse(p.isMentee(inAnotherTenant(mentee).person()));
    forbidden(() -> p.menteeConfirms(inAnotherTenant(mentee), request, Times.NOW));
    forbidden(() -> p.menteeDeclines(inAnotherTenant(mentee), null, Times.NOW));
    assertEquals(MatchState.MENTOR_ACCEPTED, p.state());
  }
}
