package org.mentorlink.domain.cpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.invalidTransition;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.scheme.CpdApproval;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.testing.Relationships;
import org.mentorlink.domain.testing.Relationships.Mentoring;
import org.mentorlink.domain.testing.Sessions;
import org.mentorlink.domain.testing.Times;

class CpdEntryTest {
  private final Mentoring m = Relationships.aRelationship();
  private final SessionRecord signedOff = Sessions.aSignedOffSession(m);

  private CpdEntry menteeEntry() {
    return CpdEntry.forSession(
        m.scheme(),
        m.relationship(),
        signedOff,
        m.mentee().person(),
        Times.TODAY,
        false,
        Times.NOW);
  }

  @Test
  void aSignedOffSessionEarnsAnEntryForMenteeAndMentorWithItsHours() {
    CpdEntry mentee = menteeEntry();
    CpdEntry mentor =
        CpdEntry.forSession(
            m.scheme(),
            m.relationship(),
            signedOff,
            m.mentor().person(),
            Times.TODAY,
            false,
            Times.NOW);
    assertEquals(CpdRole.MENTEE, mentee.role());
    assertEquals(CpdRole.MENTOR, mentor.role());
    assertEquals(signedOff.duration(), mentee.hours());
    assertEquals(signedOff.id(), mentee.sourceSessionId());
    assertEquals(EntryState.AWAITING_REFLECTION, mentee.state());
  }

  @Test
  void onlySignedOffSessionsEarnCpd() {
    SessionRecord submitted = Sessions.aSubmittedSession(m);
    invalidTransition(
        "SESSION_NOT_SIGNED_OFF",
        () ->
            CpdEntry.forSession(
                m.scheme(),
                m.relationship(),
                submitted,
                m.mentee().person(),
                Times.TODAY,
                false,
                Times.NOW));
  }

  @Test
  void theSameSessionNeverCreditsThePersonTwice() {
    refused(
        "CPD_ALREADY_CREDITED",
        () ->
            CpdEntry.forSession(
                m.scheme(),
                m.relationship(),
                signedOff,
                m.mentee().person(),
                Times.TODAY,
                true,
                Times.NOW));
  }

  @Test
  void onlyThePartiesEarnCpdFromASession() {
    forbidden(
        () ->
            CpdEntry.forSession(
                m.scheme(),
                m.relationship(),
                signedOff,
                m.lead().person(),
                Times.TODAY,
                false,
                Times.NOW));
  }

  @Test
  void anEntryIsCreditOnlyWithAReflectionAndApproval() {
    CpdEntry e = menteeEntry();
    assertEquals(CpdHours.ZERO, e.credit(false));
    refused(
        "REFLECTION_REQUIRED",
        () -> e.reflect(m.mentee(), " ", true, false, CpdApproval.MANUAL, Times.NOW));
    e.reflect(
        m.mentee(), "I learnt to weigh my options.", false, false, CpdApproval.MANUAL, Times.NOW);
    assertEquals(EntryState.AWAITING_APPROVAL, e.state());
    assertEquals(CpdHours.ZERO, e.credit(false));
    e.approve(m.scheme(), m.coordinator(), Times.NOW);
    assertEquals(signedOff.duration(), e.credit(false));
  }

  @Test
  void automaticApprovalMakesAReflectedEntryCreditAtOnce() {
    CpdEntry e = menteeEntry();
    e.reflect(m.mentee(), "Reflection", true, false, CpdApproval.AUTOMATIC, Times.NOW);
    assertEquals(EntryState.APPROVED, e.state());
    assertEquals(signedOff.duration(), e.credit(false));
  }

  @Test
  void onlyACoordinatorApprovesAndNeverTheirOwnOrBeforeReflection() {
    CpdEntry e = menteeEntry();
    invalidTransition("CPD_STATE", () -> e.approve(m.scheme(), m.coordinator(), Times.NOW));
    e.reflect(m.mentee(), "Reflection", false, false, CpdApproval.MANUAL, Times.NOW);
    forbidden(() -> e.approve(m.scheme(), m.mentor(), Times.NOW));
    forbidden(() -> e.approve(m.scheme(), m.mentee(), Times.NOW));
  }

  @Test
  void aReturnedEntryIsReflectedAgainWithTheReasonCleared() {
    CpdEntry e = menteeEntry();
    e.reflect(m.mentee(), "Short", false, false, CpdApproval.MANUAL, Times.NOW);
    refused(
        "REASON_REQUIRED", () -> e.returnForReflection(m.scheme(), m.coordinator(), "", Times.NOW));
    e.returnForReflection(m.scheme(), m.coordinator(), "Say what you will change", Times.NOW);
    assertEquals(EntryState.RETURNED, e.state());
    assertEquals("Say what you will change", e.returnReason());
    e.reflect(m.mentee(), "Longer reflection", false, false, CpdApproval.MANUAL, Times.NOW);
    assertEquals(EntryState.AWAITING_APPROVAL, e.state());
    assertEquals(null, e.returnReason());
  }

  @Test
  void theImpactMultiplierDoublesOnlyWhenTheSchemeUsesItAndTheReflectionShowsImpact() {
    CpdEntry e = menteeEntry();
    e.reflect(m.mentee(), "Changed my practice", true, true, CpdApproval.AUTOMATIC, Times.NOW);
    assertEquals(signedOff.duration(), e.credit(false));
    assertEquals(signedOff.duration().times(2), e.credit(true));
  }

  @Test
  void aReversalCancelsTheEntryWithoutChangingIt() {
    CpdEntry e = menteeEntry();
    e.reflect(m.mentee(), "Reflection", true, false, CpdApproval.AUTOMATIC, Times.NOW);
    CpdEntry reversal =
        e.reverse(m.scheme(), m.coordinator(), "Session recorded twice", false, Times.NOW);
    assertTrue(reversal.isReversal());
    assertEquals(e.id(), reversal.reversesEntryId());
    assertEquals(EntryState.APPROVED, e.state(), "the original is unchanged");
    CpdYear year = e.cpdYear();
    assertEquals(CpdHours.ZERO, Ledger.credit(List.of(e, reversal), year, false));
    invalidTransition(
        "CPD_ALREADY_REVERSED",
        () -> e.reverse(m.scheme(), m.coordinator(), "again", true, Times.NOW));
    invalidTransition(
        "CPD_REVERSAL",
        () -> reversal.reverse(m.scheme(), m.coordinator(), "undo", false, Times.NOW));
    refused("REASON_REQUIRED", () -> e.reverse(m.scheme(), m.mentee(), " ", false, Times.NOW));
    forbidden(() -> e.reverse(m.scheme(), m.mentor(), "not mine", false, Times.NOW));
  }

  @Test
  void totalsPerYearAndPerFiveYearCycle() {
    CpdEntry a = menteeEntry();
    a.reflect(m.mentee(), "r", true, false, CpdApproval.AUTOMATIC, Times.NOW);
    CpdEntry pending =
        CpdEntry.forSession(
            m.scheme(),
            m.relationship(),
            Sessions.aSignedOffSession(m),
            m.mentee().person(),
            Times.TODAY.minusYears(2),
            false,
            Times.NOW);
    CpdYear thisYear = a.cpdYear();
    assertEquals(a.hours(), Ledger.credit(List.of(a, pending), thisYear, false));
    assertEquals(CpdHours.ZERO, Ledger.credit(List.of(a, pending), thisYear.previous(), false));
    assertEquals(a.hours(), Ledger.cycleCredit(List.of(a, pending), thisYear, false));
    assertEquals(pending.hours(), Ledger.pending(List.of(a, pending), pending.cpdYear()));
    pending.reflect(m.mentee(), "r", true, false, CpdApproval.AUTOMATIC, Times.NOW);
    assertEquals(
        a.hours().plus(pending.hours()), Ledger.cycleCredit(List.of(a, pending), thisYear, false));
    CpdYear sixYearsBack = thisYear;
    for (int i = 0; i < Ledger.CYCLE_YEARS; i++) {
      sixYearsBack = sixYearsBack.previous();
    }
    assertEquals(
        CpdHours.ZERO, Ledger.cycleCredit(List.of(a, pending), sixYearsBack.previous(), false));
  }

  @Test
  void aMentorLogsTrainingAndSupervisionButNotFutureOrSessions() {
    CpdEntry training =
        CpdEntry.mentorActivity(
            m.scheme(),
            m.mentor(),
            true,
            CpdActivity.MENTOR_TRAINING,
            "Mentor skills day",
            Times.TODAY,
            CpdHours.of("6"),
            CpdKind.EXTERNAL,
            Times.NOW);
    assertEquals(CpdRole.MENTOR, training.role());
    forbidden(
        () ->
            CpdEntry.mentorActivity(
                m.scheme(),
                m.mentee(),
                false,
                CpdActivity.SUPERVISION,
                "x",
                Times.TODAY,
                CpdHours.of("1"),
                null,
                Times.NOW));
    refused(
        "CPD_DATE_IN_FUTURE",
        () ->
            CpdEntry.mentorActivity(
                m.scheme(),
                m.mentor(),
                true,
                CpdActivity.SUPERVISION,
                "x",
                Times.TODAY.plusDays(3),
                CpdHours.of("1"),
                null,
                Times.NOW));
    refused(
        "INVALID_ACTIVITY",
        () ->
            CpdEntry.mentorActivity(
                m.scheme(),
                m.mentor(),
                true,
                CpdActivity.SESSION,
                "x",
                Times.TODAY,
                CpdHours.of("1"),
                null,
                Times.NOW));
    refused(
        "CPD_HOURS_NOT_HALF_STEP",
        () ->
            CpdEntry.mentorActivity(
                m.scheme(),
                m.mentor(),
                true,
                CpdActivity.SUPERVISION,
                "x",
                Times.TODAY,
                CpdHours.of("1.25"),
                null,
                Times.NOW));
  }
}
