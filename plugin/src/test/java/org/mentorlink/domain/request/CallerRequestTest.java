package org.mentorlink.domain.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Actors.aLearner;
import static org.mentorlink.domain.testing.Actors.anInstructor;
import static org.mentorlink.domain.testing.Actors.inAnotherTenant;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.invalidTransition;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.testing.Mentors;
import org.mentorlink.domain.testing.Requests;
import org.mentorlink.domain.testing.Schemes;
import org.mentorlink.domain.testing.Times;

/**
 * A request the lead enters for someone who phoned in: marked for good, no mentee until claimed,
 * claimed once, never matched before; and the single-use link that claims it.
 */
class CallerRequestTest {
  private final Actor lead = anInstructor("lead-1");
  private final Actor plain = anInstructor("coord-plain");
  private final Actor caller = aLearner("caller-1");
  private final Scheme scheme = Schemes.aScheme(lead, plain);

  private MentoringRequest entered() {
    return MentoringRequest.enterForCaller(
        scheme, lead, "  Dr Phoebe Caller ", Requests.details().build(), Times.NOW);
  }

  @Test
  void aRequestEnteredForACallerHasNoMenteeAndIsMarkedAsSuch() {
    MentoringRequest r = entered();

    assertTrue(r.enteredForCaller());
    assertFalse(r.hasMentee());
    assertNull(r.mentee());
    assertEquals("Dr Phoebe Caller", r.callerName());
    assertEquals(RequestState.SUBMITTED, r.state());
    assertFalse(r.isMentee(caller.person()));
  }

  @Test
  void onlyTheLeadOrACoordinatorWhoMatchesMayEnterOne() {
    // "Only the lead knows" is on for a new scheme: a coordinator not named for matching may not.
    forbidden(
        () ->
            MentoringRequest.enterForCaller(
                scheme, plain, "Caller", Requests.details().build(), Times.NOW));
    forbidden(
        () ->
            MentoringRequest.enterForCaller(
                scheme, caller, "Caller", Requests.details().build(), Times.NOW));
    refused(
        "CALLER_NAME_REQUIRED",
        () ->
            MentoringRequest.enterForCaller(
                scheme, lead, " ", Requests.details().build(), Times.NOW));
  }

  @Test
  void theCallerClaimsItOnceAndItStaysMarked() {
    MentoringRequest r = entered();

    r.claim(caller.person(), List.of(), List.of(), Times.minutesLater(5));

    assertTrue(r.isMentee(caller.person()));
    assertTrue(r.enteredForCaller());
    assertEquals(Times.minutesLater(5), r.claimedAt());
    invalidTransition(
        "REQUEST_ALREADY_CLAIMED",
        () -> r.claim(aLearner("someone-else").person(), List.of(), List.of(), Times.NOW));
  }

  @Test
  void aMenteesOwnRequestCannotBeClaimed() {
    MentoringRequest own = Requests.aSubmittedRequest(scheme, aLearner("mentee-1"));

    invalidTransition(
        "REQUEST_ALREADY_CLAIMED",
        () -> own.claim(caller.person(), List.of(), List.of(), Times.NOW));
  }

  @Test
  void noClaimFromAnotherRegistrationNorOfAClosedRequest() {
    MentoringRequest r = entered();
    forbidden(() -> r.claim(inAnotherTenant(caller).person(), List.of(), List.of(), Times.NOW));

    r.signpost(scheme, lead, Schemes.COUNSELLING, "They can help sooner.", Times.NOW);
    invalidTransition(
        "REQUEST_CLOSED", () -> r.claim(caller.person(), List.of(), List.of(), Times.NOW));
  }

  @Test
  void someoneWithAnOpenRequestCannotClaimAnother() {
    MentoringRequest theirs = Requests.aSubmittedRequest(scheme, caller);
    MentoringRequest r = entered();

    invalidTransition(
        "REQUEST_ALREADY_OPEN",
        () -> r.claim(caller.person(), List.of(theirs), List.of(), Times.NOW));
  }

  @Test
  void noMentorIsProposedBeforeTheRequestHasAMentee() {
    MentoringRequest r = entered();
    r.acceptForMatching(scheme, lead, Times.NOW);

    invalidTransition(
        "REQUEST_HAS_NO_MENTEE",
        () ->
            MatchProposal.propose(
                scheme,
                lead,
                r,
                Mentors.aMentorProfile(scheme, aLearner("mentor-1")),
                List.of(),
                List.of(),
                Times.NOW));
  }

  @Test
  void aLinkWorksOnceAndOnlyUntilItExpires() {
    MentoringRequest r = entered();
    ClaimLink link = ClaimLink.issue(scheme, lead, r, "hash-1", Times.NOW, Duration.ofDays(14));

    assertTrue(link.usableAt(Times.daysLater(13)));
    assertFalse(link.usableAt(Times.daysLater(14)));
    invalidTransition("CLAIM_LINK_INVALID", () -> link.use(caller.person(), Times.daysLater(14)));

    link.use(caller.person(), Times.daysLater(1));
    assertFalse(link.usableAt(Times.daysLater(2)));
    invalidTransition("CLAIM_LINK_INVALID", () -> link.use(caller.person(), Times.daysLater(2)));
  }

  @Test
  void aWithdrawnLinkStopsWorkingAtOnceAndASpentOneStaysSpent() {
    MentoringRequest r = entered();
    ClaimLink link = ClaimLink.issue(scheme, lead, r, "hash-2", Times.NOW, Duration.ofDays(14));

    link.withdraw(Times.daysLater(2));
    assertFalse(link.usableAt(Times.daysLater(2)));
    assertEquals(Times.daysLater(2), link.expiresAt());
    invalidTransition("CLAIM_LINK_INVALID", () -> link.use(caller.person(), Times.daysLater(2)));
    link.withdraw(Times.daysLater(3));
    assertEquals(Times.daysLater(2), link.expiresAt(), "withdrawn once: the date stays");

    ClaimLink spent = ClaimLink.issue(scheme, lead, r, "hash-3", Times.NOW, Duration.ofDays(14));
    spent.use(caller.person(), Times.daysLater(1));
    spent.withdraw(Times.daysLater(2));
    assertEquals(Times.daysLater(14), spent.expiresAt(), "a spent link is left as it was");
  }

  @Test
  void aLinkIsOnlyForAnUnclaimedCallersRequestAndOnlyFromThoseWhoMatch() {
    MentoringRequest r = entered();
    forbidden(() -> ClaimLink.issue(scheme, plain, r, "h", Times.NOW, Duration.ofDays(1)));
    MentoringRequest own = Requests.aSubmittedRequest(scheme, aLearner("mentee-1"));
    invalidTransition(
        "REQUEST_ALREADY_CLAIMED",
        () -> ClaimLink.issue(scheme, lead, own, "h", Times.NOW, Duration.ofDays(1)));
    refused(
        "VALIDATION_FAILED", () -> ClaimLink.issue(scheme, lead, r, "h", Times.NOW, Duration.ZERO));
  }
}
