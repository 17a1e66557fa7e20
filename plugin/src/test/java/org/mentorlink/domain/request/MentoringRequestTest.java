package org.mentorlink.domain.request;

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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.relationship.ClosureReason;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.SessionHistory;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.testing.Actors;
import org.mentorlink.domain.testing.Relationships;
import org.mentorlink.domain.testing.Relationships.Mentoring;
import org.mentorlink.domain.testing.Requests;
import org.mentorlink.domain.testing.Schemes;
import org.mentorlink.domain.testing.Times;

class MentoringRequestTest {
  private final Actor lead = anInstructor("lead-1");
  private final Actor coordinator = anInstructor("coord-1");
  private final Actor mentee = aLearner("mentee-1");
  private final Scheme scheme = Schemes.aScheme(lead, coordinator);

  @Test
  void learnerSubmitsARequest() {
    RequestDetails details =
        Requests.details()
            .helpWith(HelpTopic.WORK_LIFE_BALANCE)
            .preferredArea("Leeds")
            .preferredModes(MeetingMode.VIDEO)
            .mustNotMatch("Dr A Jones")
            .lineManager("Dr B Khan")
            .build();

    MentoringRequest request =
        MentoringRequest.submit(scheme, mentee, details, List.of(), List.of(), Times.NOW);

    assertEquals(RequestState.SUBMITTED, request.state());
    assertEquals(mentee.person(), request.mentee());
    assertTrue(request.isMentee(mentee.person()));
    assertEquals(scheme.ref(), request.scheme());
    assertEquals(Times.NOW, request.submittedAt());
    assertEquals(details, request.details());
    assertNull(request.screenedAt());
  }

  @Test
  void refusesARequestFromSomeoneWhoIsNotALearner() {
    forbidden(() -> Requests.aSubmittedRequest(scheme, anInstructor("t-1")));
    forbidden(() -> Requests.aSubmittedRequest(scheme, Actors.actor("m-1", LaunchRole.MENTOR)));
  }

  @Test
  void refusesARequestFromALearnerOfAnotherTenant() {
    forbidden(() -> Requests.aSubmittedRequest(scheme, inAnotherTenant(mentee)));
  }

  @Test
  void refusesASecondOpenRequest() {
    MentoringRequest first = Requests.aSubmittedRequest(scheme, mentee);

    invalidTransition("REQUEST_ALREADY_OPEN", () -> submitWith(List.of(first), List.of()));
    first.acceptForMatching(scheme, lead, Times.NOW);
    invalidTransition("REQUEST_ALREADY_OPEN", () -> submitWith(List.of(first), List.of()));
  }

  @Test
  void acceptsANewRequestOnceTheLastIsClosed() {
    MentoringRequest withdrawn = Requests.aSubmittedRequest(scheme, mentee);
    withdrawn.withdraw(mentee, Times.NOW);

    assertEquals(RequestState.SUBMITTED, submitWith(List.of(withdrawn), List.of()).state());
  }

  @Test
  void refusesARequestWhileTheMenteeHasAMentorAndAcceptsOneAfterwards() {
    Mentoring m = Relationships.aRelationship();
    Relationship current = m.relationship();

    invalidTransition(
        "REQUEST_ALREADY_OPEN",
        () ->
            MentoringRequest.submit(
                m.scheme(),
                m.mentee(),
                Requests.details().build(),
                List.of(m.request()),
                List.of(current),
                Times.NOW));
    current.close(
        m.mentee(), ClosureReason.NATURAL_END, "Done.", SessionHistory.none(current), Times.NOW);
    assertEquals(
        RequestState.SUBMITTED,
        MentoringRequest.submit(
                m.scheme(),
                m.mentee(),
                Requests.details().build(),
                List.of(m.request()),
                List.of(current),
                Times.NOW)
            .state());
  }

  @Test
  void othersRequestsAndMentorshipsDoNotCount() {
    Mentoring m = Relationships.aRelationship();
    MentoringRequest someoneElses = Requests.aSubmittedRequest(m.scheme(), aLearner("mentee-7"));

    MentoringRequest r =
        MentoringRequest.submit(
            m.scheme(),
            aLearner("mentee-8"),
            Requests.details().build(),
            List.of(someoneElses),
            List.of(m.relationship()),
            Times.NOW);

    assertEquals(RequestState.SUBMITTED, r.state());
  }

  private MentoringRequest submitWith(
      List<MentoringRequest> requests, List<Relationship> relationships) {
    return MentoringRequest.submit(
        scheme, mentee, Requests.details().build(), requests, relationships, Times.NOW);
  }

  @Test
  void requestMustSayWhatHelpIsWanted() {
    refused("HELP_TOPIC_REQUIRED", () -> Requests.details().helpWith().build());
    refused(
        "HELP_TOPIC_REQUIRED", () -> new RequestDetails(null, null, null, null, null, null, null));
  }

  @Test
  void otherHelpNeedsDetails() {
    refused("OTHER_DETAILS_REQUIRED", () -> Requests.details().helpWith(HelpTopic.OTHER).build());
    assertEquals(
        "Moving abroad",
        Requests.details()
            .helpWith(HelpTopic.OTHER)
            .otherDetails(" Moving abroad ")
            .build()
            .otherDetails());
  }

  @Test
  void tidiesThePeopleToAvoid() {
    RequestDetails d = Requests.details().mustNotMatch(" Dr X ", "", "Dr X", "Elm Surgery").build();

    assertEquals(List.of("Dr X", "Elm Surgery"), d.mustNotMatch());
    assertEquals(Set.of(), Requests.details().build().preferredModes());
  }

  @Test
  void menteeRevisesTheRequestWhileItIsBeingScreened() {
    MentoringRequest request = Requests.aSubmittedRequest(scheme, mentee);
    RequestDetails revised = Requests.details().helpWith(HelpTopic.RETURN_TO_PRACTICE).build();

    request.revise(mentee, revised);

    assertEquals(revised, request.details());
  }

  @Test
  void refusesRevisionAfterScreening() {
    MentoringRequest request = Requests.anAcceptedRequest(scheme, coordinator, mentee);

    invalidTransition(
        "REQUEST_NOT_EDITABLE", () -> request.revise(mentee, Requests.details().build()));
  }

  @Test
  void refusesRevisionBySomeoneElse() {
    MentoringRequest request = Requests.aSubmittedRequest(scheme, mentee);

    forbidden(() -> request.revise(coordinator, Requests.details().build()));
    forbidden(() -> request.revise(inAnotherTenant(mentee), Requests.details().build()));
  }

  @Test
  void coordinatorAcceptsARequestForMatching() {
    MentoringRequest request = Requests.aSubmittedRequest(scheme, mentee);

    request.acceptForMatching(scheme, coordinator, Times.minutesLater(30));

    assertEquals(RequestState.ACCEPTED, request.state());
    assertEquals(Times.minutesLater(30), request.screenedAt());
    assertTrue(request.state().open());
  }

  @Test
  void refusesAcceptanceBySomeoneWhoIsNotACoordinator() {
    MentoringRequest request = Requests.aSubmittedRequest(scheme, mentee);

    forbidden(() -> request.acceptForMatching(scheme, anInstructor("t-1"), Times.NOW));
    forbidden(() -> request.acceptForMatching(scheme, mentee, Times.NOW));
    forbidden(() -> request.acceptForMatching(scheme, inAnotherTenant(lead), Times.NOW));
    assertEquals(RequestState.SUBMITTED, request.state());
  }

  @Test
  void refusesAcceptanceThroughAnotherScheme() {
    MentoringRequest request = Requests.aSubmittedRequest(scheme, mentee);
    Scheme other = Schemes.aScheme(lead);

    forbidden(() -> request.acceptForMatching(other, lead, Times.NOW));
  }

  @Test
  void refusesAcceptingARequestTwice() {
    MentoringRequest request = Requests.anAcceptedRequest(scheme, coordinator, mentee);

    invalidTransition(
        "REQUEST_STATE", () -> request.acceptForMatching(scheme, coordinator, Times.NOW));
  }

  @Test
  void coordinatorSignpostsARequestElsewhereWithAReason() {
    MentoringRequest request = Requests.aSubmittedRequest(scheme, mentee);

    request.signpost(
        scheme,
        coordinator,
        scheme.signpost("Counselling"),
        "Counselling fits what you describe better.",
        Times.minutesLater(30));

    assertEquals(RequestState.SIGNPOSTED, request.state());
    assertFalse(request.state().open());
    assertEquals("Counselling", request.signpostName());
    assertEquals("https://counselling.example.org/", request.signpostLink());
    assertEquals("Counselling fits what you describe better.", request.closingReason());
    assertEquals(Times.minutesLater(30), request.screenedAt());
  }

  @Test
  void signpostingAnAcceptedRequestIsStillAllowed() {
    MentoringRequest request = Requests.anAcceptedRequest(scheme, coordinator, mentee);

    request.signpost(scheme, lead, Schemes.PRACTITIONER_HEALTH, "Better help there.", Times.NOW);

    assertEquals(RequestState.SIGNPOSTED, request.state());
    assertNull(request.signpostLink());
  }

  @Test
  void signpostingRequiresAReason() {
    MentoringRequest request = Requests.aSubmittedRequest(scheme, mentee);

    refused(
        "REASON_REQUIRED",
        () -> request.signpost(scheme, coordinator, Schemes.COUNSELLING, " ", Times.NOW));
    refused(
        "REASON_REQUIRED",
        () -> request.signpost(scheme, coordinator, Schemes.COUNSELLING, null, Times.NOW));
    assertEquals(RequestState.SUBMITTED, request.state());
    assertNull(request.signpostName());
  }

  @Test
  void refusesSignpostingByANonCoordinator() {
    MentoringRequest request = Requests.aSubmittedRequest(scheme, mentee);

    forbidden(
        () ->
            request.signpost(
                scheme, anInstructor("t-1"), Schemes.COUNSELLING, "Reason", Times.NOW));
    forbidden(() -> request.signpost(scheme, mentee, Schemes.COUNSELLING, "Reason", Times.NOW));
  }

  @Test
  void refusesSignpostingAClosedRequest() {
    MentoringRequest request = Requests.aSubmittedRequest(scheme, mentee);
    request.withdraw(mentee, Times.NOW);

    invalidTransition(
        "REQUEST_CLOSED",
        () -> request.signpost(scheme, coordinator, Schemes.COUNSELLING, "Reason", Times.NOW));
  }

  @Test
  void menteeWithdrawsASubmittedRequest() {
    MentoringRequest request = Requests.aSubmittedRequest(scheme, mentee);

    request.withdraw(mentee, Times.minutesLater(5));

    assertEquals(RequestState.WITHDRAWN, request.state());
    assertFalse(request.state().open());
  }

  @Test
  void menteeWithdrawsAnAcceptedRequest() {
    MentoringRequest request = Requests.anAcceptedRequest(scheme, coordinator, mentee);

    request.withdraw(mentee, Times.minutesLater(90));

    assertEquals(RequestState.WITHDRAWN, request.state());
  }

  @Test
  void refusesWithdrawalBySomeoneElse() {
    MentoringRequest request = Requests.aSubmittedRequest(scheme, mentee);

    forbidden(() -> request.withdraw(coordinator, Times.NOW));
    forbidden(() -> request.withdraw(aMentor("mentor-1"), Times.NOW));
    forbidden(() -> request.withdraw(inAnotherTenant(mentee), Times.NOW));
    assertEquals(RequestState.SUBMITTED, request.state());
  }

  @Test
  void refusesWithdrawingAClosedRequest() {
    MentoringRequest withdrawn = Requests.aSubmittedRequest(scheme, mentee);
    withdrawn.withdraw(mentee, Times.NOW);
    MentoringRequest signposted = Requests.aSubmittedRequest(scheme, aLearner("mentee-2"));
    signposted.signpost(scheme, lead, Schemes.COUNSELLING, "Reason", Times.NOW);

    invalidTransition("REQUEST_CLOSED", () -> withdrawn.withdraw(mentee, Times.NOW));
    invalidTransition("REQUEST_CLOSED", () -> signposted.withdraw(aLearner("mentee-2"), Times.NOW));
  }

  @Test
  void onlyAnAcceptedRequestCanBeMatched() {
    MentoringRequest submitted = Requests.aSubmittedRequest(scheme, mentee);
    invalidTransition("REQUEST_STATE", () -> submitted.matched(Times.NOW));

    MentoringRequest accepted = Requests.anAcceptedRequest(scheme, coordinator, mentee);
    accepted.matched(Times.minutesLater(500));
    assertEquals(RequestState.MATCHED, accepted.state());
    assertEquals(Times.minutesLater(500), accepted.matchedAt());
    assertFalse(accepted.state().open());
    invalidTransition("REQUEST_STATE", () -> accepted.matched(Times.NOW));
    invalidTransition("REQUEST_CLOSED", () -> accepted.withdraw(mentee, Times.NOW));
  }

  @Test
  void theMenteeSaysTheyWereAskedAndTheLeadRecordsWhetherMentoringIsRequired() {
    MentoringRequest r = Requests.aSubmittedRequest(scheme, mentee);
    assertFalse(r.mentoringRequired());
    r.askedToHaveMentoring(mentee, true);
    assertTrue(r.mentoringRequired());

    forbidden(() -> r.recordRequired(scheme, coordinator, false));
    forbidden(() -> r.askedToHaveMentoring(aLearner("other"), false));
    r.recordRequired(scheme, lead, false);
    assertFalse(r.mentoringRequired());

    r.acceptForMatching(scheme, lead, Times.NOW);
    invalidTransition("REQUEST_NOT_EDITABLE", () -> r.askedToHaveMentoring(mentee, true));
    r.recordRequired(scheme, lead, true);
    assertTrue(r.mentoringRequired());
  }
}
