package org.mentorlink.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.app.Story.COURSE;
import static org.mentorlink.domain.testing.Actors.aLearner;
import static org.mentorlink.domain.testing.Actors.anInstructor;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.audit.AuditEntry;
import org.mentorlink.domain.request.RequestState;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.testing.Actors;
import org.mentorlink.domain.testing.Requests;

/**
 * The lead's own intake: a request entered for someone who phoned in, claimed through a single-use
 * link or from the roster — never by an e-mail address — and matched only once it has a mentee.
 */
class IntakeTest {
  private final Wiring w = new Wiring();
  private final Story story = new Story(w);
  private final Actor plain = anInstructor("coord-plain");
  private final Actor caller = aLearner("caller-1");

  IntakeTest() {
    w.schemes.recordLaunch(plain, COURSE);
    w.schemes.appointCoordinator(story.lead, COURSE, plain.person().personId());
    w.schemes.recordLaunch(caller, COURSE);
  }

  private Views.RequestView entered() {
    return w.intake.enterForCaller(
        story.lead,
        COURSE,
        "Dr Phoebe Caller",
        Requests.details().otherDetails("Rang on Tuesday").build());
  }

  private List<String> intakeDetails(String requestId) {
    return w.db.audit.all.stream()
        .filter(e -> e.action() == AuditAction.INTAKE && requestId.equals(e.recordId()))
        .map(AuditEntry::detail)
        .toList();
  }

  @Test
  void theLeadEntersARequestThatHasNoMenteeAndIsMarkedAsPhonedIn() {
    Views.RequestView r = entered();

    assertTrue(r.enteredForCaller());
    assertNull(r.mentee());
    assertEquals("Dr Phoebe Caller", r.who());
    assertEquals(RequestState.SUBMITTED, r.state());
    assertEquals(List.of("ENTERED_FOR_CALLER"), intakeDetails(r.id()));
    // Nobody's own request: the caller (launched, same course) does not see it.
    assertEquals(List.of(), w.requests.mine(caller, COURSE));
  }

  @Test
  void theMatchingCoordinatorMayEnterOneButAPlainCoordinatorMayNeitherEnterNorSeeIt() {
    assertTrue(
        w.intake
            .enterForCaller(story.coordinator, COURSE, "Caller", Requests.details().build())
            .enteredForCaller());
    String id = entered().id();

    assertThrows(
        Forbidden.class,
        () -> w.intake.enterForCaller(plain, COURSE, "Caller", Requests.details().build()));
    assertThrows(NotFound.class, () -> w.requests.get(plain, COURSE, id));
    assertThrows(Forbidden.class, () -> w.intake.issueLink(plain, COURSE, id));
    assertThrows(
        Forbidden.class,
        () -> w.intake.claimFromRoster(plain, COURSE, id, caller.person().personId()));
    assertThrows(Forbidden.class, () -> w.requests.queue(plain, COURSE, Set.of(), 0, 20));
  }

  @Test
  void theCallerClaimsItOnceThroughTheLinkAndThenMatchingCanPropose() {
    Views.RequestView r = entered();
    w.requests.accept(story.lead, COURSE, r.id());
    String profile = w.mentors.all(story.lead, COURSE).get(0).profileId();
    DomainException early =
        assertThrows(
            DomainException.class, () -> w.matching.propose(story.lead, COURSE, r.id(), profile));
    assertEquals("REQUEST_HAS_NO_MENTEE", early.code());

    IntakeService.IssuedLink link = w.intake.issueLink(story.lead, COURSE, r.id());
    assertEquals(r.submittedAt(), w.intake.link(caller, COURSE, link.code()).enteredAt());
    Views.RequestView claimed = w.intake.claimByLink(caller, COURSE, link.code());

    assertEquals(caller.person().personId(), claimed.mentee().id());
    assertTrue(claimed.enteredForCaller());
    assertEquals(
        List.of(r.id()),
        w.requests.mine(caller, COURSE).stream().map(Views.RequestView::id).toList());
    assertEquals(
        List.of("ENTERED_FOR_CALLER", "CLAIM_LINK_ISSUED", "CLAIMED_BY_LINK"),
        intakeDetails(r.id()));
    assertEquals(
        caller.person().personId(),
        w.matching.propose(story.lead, COURSE, r.id(), profile).mentee().id());

    // Used once: the same link again — by the caller or anyone else — is refused.
    Actor someoneElse = aLearner("someone-else");
    w.schemes.recordLaunch(someoneElse, COURSE);
    assertEquals(
        "CLAIM_LINK_INVALID",
        assertThrows(
                DomainException.class, () -> w.intake.claimByLink(someoneElse, COURSE, link.code()))
            .code());
    assertEquals(List.of(), w.requests.mine(someoneElse, COURSE));
  }

  @Test
  void anExpiredLinkIsRefusedAndChangesNothing() {
    Views.RequestView r = entered();
    IntakeService.IssuedLink link = w.intake.issueLink(story.lead, COURSE, r.id());
    w.clock.now = link.expiresAt();

    assertEquals(
        "CLAIM_LINK_INVALID",
        assertThrows(DomainException.class, () -> w.intake.claimByLink(caller, COURSE, link.code()))
            .code());
    assertNull(w.requests.get(story.lead, COURSE, r.id()).mentee());
  }

  @Test
  void aLinkOfAnotherRegistrationOrAMadeUpOneIsNotFound() {
    Views.RequestView r = entered();
    IntakeService.IssuedLink link = w.intake.issueLink(story.lead, COURSE, r.id());
    Actor elsewhere = Actors.inAnotherTenant(caller);

    assertThrows(NotFound.class, () -> w.intake.claimByLink(elsewhere, COURSE, link.code()));
    assertThrows(NotFound.class, () -> w.intake.claimByLink(caller, COURSE, "made-up"));
    assertThrows(NotFound.class, () -> w.intake.claimByLink(caller, COURSE, "x".repeat(500)));
    assertNull(w.requests.get(story.lead, COURSE, r.id()).mentee());
  }

  @Test
  void anInstructorCannotClaimARequestByLink() {
    Views.RequestView r = entered();
    IntakeService.IssuedLink link = w.intake.issueLink(story.lead, COURSE, r.id());

    assertThrows(Forbidden.class, () -> w.intake.claimByLink(plain, COURSE, link.code()));
  }

  @Test
  void theLeadMayChooseTheCallersRosterEntryInstead() {
    Views.RequestView r = entered();

    Views.RequestView claimed =
        w.intake.claimFromRoster(story.lead, COURSE, r.id(), caller.person().personId());

    assertEquals(caller.person().personId(), claimed.mentee().id());
    assertEquals(List.of("ENTERED_FOR_CALLER", "CLAIMED_FROM_ROSTER"), intakeDetails(r.id()));
    assertEquals(
        "REQUEST_ALREADY_CLAIMED",
        assertThrows(
                DomainException.class,
                () -> w.intake.claimFromRoster(story.lead, COURSE, r.id(), "mentee-2"))
            .code());
    assertThrows(
        NotFound.class,
        () ->
            w.intake.claimFromRoster(
                story.lead, COURSE, entered().id(), story.coordinator.person().personId()));
  }

  @Test
  void aPersonWithAnOpenRequestCannotClaimAnother() {
    Views.RequestView r = entered();
    IntakeService.IssuedLink link = w.intake.issueLink(story.lead, COURSE, r.id());

    // mentee-2 already has an open request of their own.
    assertEquals(
        "REQUEST_ALREADY_OPEN",
        assertThrows(
                DomainException.class,
                () -> w.intake.claimByLink(story.otherMentee, COURSE, link.code()))
            .code());
    assertFalse(w.requests.get(story.lead, COURSE, r.id()).hasMentee());
  }

  @Test
  void theCallersNameIsRequired() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () -> w.intake.enterForCaller(story.lead, COURSE, " ", Requests.details().build()));
    assertEquals("CALLER_NAME_REQUIRED", e.code());
  }
}
