package org.mentorlink.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Actors.aLearner;
import static org.mentorlink.domain.testing.Actors.aMentor;
import static org.mentorlink.domain.testing.Actors.inAnotherTenant;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.invalidTransition;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.request.MentoringRequest;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SessionAllowance;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.testing.Contracts;
import org.mentorlink.domain.testing.Mentors;
import org.mentorlink.domain.testing.Relationships;
import org.mentorlink.domain.testing.Relationships.Mentoring;
import org.mentorlink.domain.testing.Requests;
import org.mentorlink.domain.testing.Schemes;
import org.mentorlink.domain.testing.Sessions;
import org.mentorlink.domain.testing.Times;

class RelationshipTest {
  private final Mentoring m = Relationships.aRelationship();
  private final Relationship r = m.relationship();

  @Test
  void startsFromAConfirmedMatchWithTheSchemesAllowance() {
    assertTrue(r.active());
    assertEquals(m.mentee().person(), r.mentee());
    assertEquals(m.mentor().person(), r.mentor());
    assertTrue(r.isMentee(m.mentee().person()));
    assertTrue(r.isMentor(m.mentor().person()));
    assertFalse(r.isMentee(m.mentor().person()));
    assertEquals(m.scheme().ref(), r.scheme());
    assertEquals(m.request().id(), r.requestId());
    assertEquals(4, r.allowanceSessions());
    assertEquals(12, r.allowancePeriodMonths());
    assertEquals(Times.minutesLater(300), r.startedAt());
    assertEquals(LocalDate.of(2026, 5, 6), r.allowanceEnds(Times.CALENDAR));
    assertNull(r.closedAt());
    assertNull(r.closureReason());
  }

  @Test
  void keepsTheAllowanceAsItWasAtTheStart() {
    m.scheme()
        .changeSettings(m.lead(), Schemes.settings(new SessionAllowance(8, 24, null), "2", 5));

    assertEquals(4, r.allowanceSessions());
    assertEquals(12, r.allowancePeriodMonths());
  }

  @Test
  void refusesToStartFromAMatchTheMenteeHasNotConfirmed() {
    Scheme scheme = m.scheme();
    Actor mentee = aLearner("mentee-2");
    Actor mentor = aMentor("mentor-2");
    MentoringRequest request = Requests.anAcceptedRequest(scheme, m.coordinator(), mentee);
    MentorProfile profile = Mentors.aMentorProfile(scheme, mentor);
    MatchProposal p =
        MatchProposal.propose(
            scheme, m.coordinator(), request, profile, List.of(), List.of(), Times.NOW);

    invalidTransition("MATCH_NOT_CONFIRMED", () -> Relationship.start(scheme, p, Times.NOW));
    p.mentorAccepts(mentor, Times.NOW);
    invalidTransition("MATCH_NOT_CONFIRMED", () -> Relationship.start(scheme, p, Times.NOW));
    p.menteeDeclines(mentee, null, Times.NOW);
    invalidTransition("MATCH_NOT_CONFIRMED", () -> Relationship.start(scheme, p, Times.NOW));
  }

  @Test
  void refusesToStartFromAMatchTheMentorDeclined() {
    Scheme scheme = m.scheme();
    MentoringRequest request =
        Requests.anAcceptedRequest(scheme, m.coordinator(), aLearner("mentee-2"));
    Actor mentor = aMentor("mentor-2");
    MatchProposal p =
        MatchProposal.propose(
            scheme,
            m.coordinator(),
            request,
            Mentors.aMentorProfile(scheme, mentor),
            List.of(),
            List.of(),
            Times.NOW);
    p.mentorDeclines(mentor, "Too busy", Times.NOW);

    invalidTransition("MATCH_NOT_CONFIRMED", () -> Relationship.start(scheme, p, Times.NOW));
  }

  @Test
  void refusesToStartInAnotherScheme() {
    Scheme other = Schemes.aScheme(m.lead());

    forbidden(() -> Relationship.start(other, m.match(), Times.NOW));
  }

  @Test
  void refusesAMentorMentoringThemself() {
    Scheme scheme = m.scheme();
    Actor both = aLearner("both-1");
    MentoringRequest request = Requests.anAcceptedRequest(scheme, m.coordinator(), both);
    MentorProfile profile = Mentors.aMentorProfile(scheme, both);
    MatchProposal p =
        Relationships.aConfirmedMatch(scheme, m.coordinator(), request, profile, both, both);

    refused("SAME_PERSON", () -> Relationship.start(scheme, p, Times.NOW));
  }

  @Test
  void eitherPartyClosesAtItsNaturalEndWithASummary() {
    r.close(
        m.mentor(),
        ClosureReason.NATURAL_END,
        " Objectives met. ",
        SessionHistory.none(r),
        Times.daysLater(200));

    assertFalse(r.active());
    assertEquals(ClosureReason.NATURAL_END, r.closureReason());
    assertEquals("Objectives met.", r.closingSummary());
    assertEquals(Times.daysLater(200), r.closedAt());

    Mentoring other = Relationships.aRelationship();
    other
        .relationship()
        .close(
            other.mentee(),
            ClosureReason.NATURAL_END,
            "Done.",
            SessionHistory.none(other.relationship()),
            Times.NOW);
    assertFalse(other.relationship().active());
  }

  @Test
  void closingRequiresASummary() {
    refused(
        "SUMMARY_REQUIRED",
        () ->
            r.close(m.mentee(), ClosureReason.NATURAL_END, " ", SessionHistory.none(r), Times.NOW));
    refused(
        "SUMMARY_REQUIRED",
        () ->
            r.close(
                m.mentee(), ClosureReason.NATURAL_END, null, SessionHistory.none(r), Times.NOW));
    assertTrue(r.active());
  }

  @Test
  void onlyTheMenteeEndsItAsEndedByMentee() {
    forbidden(
        () ->
            r.close(
                m.mentor(),
                ClosureReason.ENDED_BY_MENTEE,
                "Sum",
                SessionHistory.none(r),
                Times.NOW));
    assertTrue(r.active());

    r.close(
        m.mentee(),
        ClosureReason.ENDED_BY_MENTEE,
        "Moving away.",
        SessionHistory.none(r),
        Times.NOW);
    assertEquals(ClosureReason.ENDED_BY_MENTEE, r.closureReason());
  }

  @Test
  void onlyTheMentorEndsItAsEndedByMentor() {
    forbidden(
        () ->
            r.close(
                m.mentee(),
                ClosureReason.ENDED_BY_MENTOR,
                "Sum",
                SessionHistory.none(r),
                Times.NOW));
    assertTrue(r.active());

    r.close(
        m.mentor(), ClosureReason.ENDED_BY_MENTOR, "Retiring.", SessionHistory.none(r), Times.NOW);
    assertEquals(ClosureReason.ENDED_BY_MENTOR, r.closureReason());
  }

  @Test
  void closesForAllowanceUsedOnlyWhenItIsUsed() {
    refused(
        "ALLOWANCE_NOT_USED",
        () ->
            r.close(
                m.mentee(),
                ClosureReason.ALLOWANCE_USED,
                "Sum",
                SessionHistory.none(r),
                Times.NOW));
    refused(
        "ALLOWANCE_NOT_USED",
        () ->
            r.close(
                m.mentee(),
                ClosureReason.ALLOWANCE_USED,
                "Sum",
                Sessions.signedOff(m, 3),
                Times.NOW));
    refused(
        "ALLOWANCE_NOT_USED",
        () ->
            r.close(
                m.mentee(), ClosureReason.ALLOWANCE_USED, "Sum", Sessions.held(m, 4), Times.NOW));
    assertTrue(r.active());

    r.close(
        m.mentor(),
        ClosureReason.ALLOWANCE_USED,
        "Four sessions held.",
        Sessions.signedOff(m, 4),
        Times.NOW);
    assertEquals(ClosureReason.ALLOWANCE_USED, r.closureReason());
  }

  @Test
  void refusesToCountTheSessionsOfAnotherRelationship() {
    Mentoring other = Relationships.aRelationship();

    forbidden(
        () ->
            r.close(
                m.mentor(),
                ClosureReason.ALLOWANCE_USED,
                "Sum",
                Sessions.signedOff(other, 4),
                Times.NOW));
    assertTrue(r.active());
  }

  @Test
  void refusesClosureByAnyoneButTheParties() {
    forbidden(
        () ->
            r.close(m.lead(), ClosureReason.NATURAL_END, "Sum", SessionHistory.none(r), Times.NOW));
    forbidden(
        () ->
            r.close(
                m.coordinator(),
                ClosureReason.NATURAL_END,
                "Sum",
                SessionHistory.none(r),
                Times.NOW));
    forbidden(
        () ->
            r.close(
                aMentor("mentor-2"),
                ClosureReason.NATURAL_END,
                "Sum",
                SessionHistory.none(r),
                Times.NOW));
    assertTrue(r.active());
  }

  @Test
  void refusesClosingTwice() {
    r.close(m.mentee(), ClosureReason.NATURAL_END, "Sum", SessionHistory.none(r), Times.NOW);

    invalidTransition(
        "RELATIONSHIP_CLOSED",
        () ->
            r.close(
                m.mentor(), ClosureReason.NATURAL_END, "Again", SessionHistory.none(r), Times.NOW));
  }

  @ParameterizedTest
  @EnumSource(ClosureReason.class)
  void refusesClosureByTheSamePersonIdInAnotherTenant(ClosureReason reason) {
    SessionHistory used = Sessions.signedOff(m, 4);
    forbidden(() -> r.close(inAnotherTenant(m.mentee()), reason, "Sum", used, Times.NOW));
    forbidden(() -> r.close(inAnotherTenant(m.mentor()), reason, "Sum", used, Times.NOW));
    assertTrue(r.active());
  }

  @Test
  void partiesOfAnotherTenantWithTheSameIdsAreStrangers() {
    assertFalse(r.isParty(inAnotherTenant(m.mentee()).person()));
    assertFalse(r.isParty(inAnotherTenant(m.mentor()).person()));
    forbidden(() -> r.requireParty(inAnotherTenant(m.mentee())));
  }

  @Test
  void closedRelationshipRefusesNewSessionsAndContracts() {
    Contract signed = Contracts.aSignedContract(m);
    r.close(
        m.mentee(), ClosureReason.NATURAL_END, "Sum", SessionHistory.none(r), Times.daysLater(100));

    invalidTransition(
        "RELATIONSHIP_CLOSED",
        () ->
            SessionRecord.schedule(
                r,
                m.mentee(),
                SessionHistory.none(r),
                Times.daysLater(110),
                CpdHours.of("1"),
                MeetingMode.PHONE,
                Times.CALENDAR));
    invalidTransition(
        "RELATIONSHIP_CLOSED", () -> Contract.draft(r, Contracts.terms(), m.mentee(), Times.NOW));
    invalidTransition(
        "RELATIONSHIP_CLOSED",
        () -> signed.amend(r, Contracts.terms("New"), m.mentor(), Times.NOW));
    invalidTransition(
        "RELATIONSHIP_CLOSED", () -> Goal.set(r, m.mentee(), "A new goal", Times.NOW));
    invalidTransition("RELATIONSHIP_CLOSED", r::requireActive);
  }
}
