package org.mentorlink.domain.cpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.invalidTransition;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.relationship.SessionHistory;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.scheme.CpdApproval;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.testing.Mentors;
import org.mentorlink.domain.testing.Relationships;
import org.mentorlink.domain.testing.Relationships.Mentoring;
import org.mentorlink.domain.testing.Sessions;
import org.mentorlink.domain.testing.Times;

class CpdEntryTest {
  private final Mentoring m = Relationships.aRelationship();
  private final SessionRecord signedOff = Sessions.aSignedOffSession(m);

  private List<CpdEntry> entriesFor(SessionRecord session) {
    return CpdEntry.forSession(
        m.scheme(), m.relationship(), session, List.of(), Times.CALENDAR, Times.NOW);
  }

  private CpdEntry menteeEntry() {
    return entriesFor(signedOff).get(0);
  }

  /** A session held at {@code when}, submitted and signed off. */
  private SessionRecord signedOffAt(Instant when) {
    SessionRecord s = Sessions.scheduleAt(m, SessionHistory.none(m.relationship()), when);
    s.submit(m.relationship(), m.mentee(), when);
    s.signOff(m.relationship(), m.mentor(), when);
    return s;
  }

  @Test
  void aSignedOffSessionEarnsAnEntryForMenteeAndMentorWithItsHours() {
    List<CpdEntry> both = entriesFor(signedOff);

    assertEquals(2, both.size());
    CpdEntry mentee = both.get(0);
    CpdEntry mentor = both.get(1);
    assertEquals(m.mentee().person(), mentee.person());
    assertEquals(m.mentor().person(), mentor.person());
    assertEquals(CpdRole.MENTEE, mentee.role());
    assertEquals(CpdRole.MENTOR, mentor.role());
    assertEquals(signedOff.duration(), mentee.hours());
    assertEquals(signedOff.duration(), mentor.hours());
    assertEquals(signedOff.id(), mentee.sourceSessionId());
    assertEquals(signedOff.id(), mentor.sourceSessionId());
    assertEquals(EntryState.AWAITING_REFLECTION, mentee.state());
    assertEquals(Times.TODAY.plusDays(7), mentee.date(), "the day the session was held");
  }

  @Test
  void onlySignedOffSessionsEarnCpd() {
    SessionRecord submitted = Sessions.aSubmittedSession(m);
    invalidTransition("SESSION_NOT_SIGNED_OFF", () -> entriesFor(submitted));
  }

  @Test
  void theSameSessionNeverCreditsThePersonTwice() {
    List<CpdEntry> first = entriesFor(signedOff);

    for (CpdEntry already : first) {
      refused(
          "CPD_ALREADY_CREDITED",
          () ->
              CpdEntry.forSession(
                  m.scheme(),
                  m.relationship(),
                  signedOff,
                  List.of(already),
                  Times.CALENDAR,
                  Times.NOW));
    }
  }

  @Test
  void entriesOfOtherSessionsDoNotCountAsCredited() {
    SessionRecord earlier = signedOffAt(Times.daysLater(1));
    List<CpdEntry> earlierEntries = entriesFor(earlier);

    List<CpdEntry> both =
        CpdEntry.forSession(
            m.scheme(), m.relationship(), signedOff, earlierEntries, Times.CALENDAR, Times.NOW);

    assertEquals(2, both.size());
  }

  @Test
  void refusesASessionOfAnotherRelationship() {
    Mentoring other = Relationships.aRelationship();
    forbidden(
        () ->
            CpdEntry.forSession(
                m.scheme(), other.relationship(), signedOff, List.of(), Times.CALENDAR, Times.NOW));
  }

  @Test
  void aSessionIsDatedByTheSchemesCalendarNotByUtc() {
    // 00:30 on Sunday 30 March 2025 in London is 00:30 UTC (summer time starts at 01:00 UTC);
    // 00:30 on Tuesday 1 April 2025 in London is 23:30 UTC on 31 March.
    CpdEntry firstOfApril = entriesFor(signedOffAt(Instant.parse("2025-03-31T23:30:00Z"))).get(0);
    CpdEntry lastOfMarch = entriesFor(signedOffAt(Instant.parse("2025-03-31T22:30:00Z"))).get(0);

    assertEquals(LocalDate.of(2025, 4, 1), firstOfApril.date());
    assertEquals("2025/26", firstOfApril.cpdYear().label(), "CPD year from 1 April, UK time");
    assertEquals(LocalDate.of(2025, 3, 31), lastOfMarch.date());
    assertEquals("2024/25", lastOfMarch.cpdYear().label());
  }

  @Test
  void aSchemeInAnotherZoneCountsItsOwnDays() {
    Calendar auckland = Times.CALENDAR.in(ZoneId.of("Pacific/Auckland"));
    SessionRecord s = signedOffAt(Instant.parse("2025-03-31T12:30:00Z"));

    CpdEntry e =
        CpdEntry.forSession(m.scheme(), m.relationship(), s, List.of(), auckland, Times.NOW).get(0);

    assertEquals(LocalDate.of(2025, 4, 1), e.date());
    assertEquals("2025/26", e.cpdYear().label());
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
        e.reverse(m.scheme(), m.coordinator(), "Session recorded twice", List.of(e), Times.NOW);
    assertTrue(reversal.isReversal());
    assertEquals(e.id(), reversal.reversesEntryId());
    assertEquals(EntryState.APPROVED, e.state(), "the original is unchanged");
    CpdYear year = e.cpdYear();
    assertEquals(CpdHours.ZERO, Ledger.credit(List.of(e, reversal), year, false));
    invalidTransition(
        "CPD_ALREADY_REVERSED",
        () -> e.reverse(m.scheme(), m.coordinator(), "again", List.of(e, reversal), Times.NOW));
    invalidTransition(
        "CPD_REVERSAL",
        () -> reversal.reverse(m.scheme(), m.coordinator(), "undo", List.of(e), Times.NOW));
    refused("REASON_REQUIRED", () -> e.reverse(m.scheme(), m.mentee(), " ", List.of(e), Times.NOW));
    forbidden(() -> e.reverse(m.scheme(), m.mentor(), "not mine", List.of(e), Times.NOW));
  }

  @Test
  void totalsPerYearAndPerFiveYearCycle() {
    CpdEntry a = menteeEntry();
    a.reflect(m.mentee(), "r", true, false, CpdApproval.AUTOMATIC, Times.NOW);
    CpdEntry pending = entriesFor(signedOffAt(Times.NOW.minus(730, ChronoUnit.DAYS))).get(0);
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

  private CpdEntry log(MentorProfile profile, CpdActivity activity, LocalDate date, String hours) {
    return log(profile, activity, date, hours, Times.CALENDAR, Times.NOW);
  }

  private CpdEntry log(
      MentorProfile profile,
      CpdActivity activity,
      LocalDate date,
      String hours,
      Calendar calendar,
      Instant at) {
    return CpdEntry.mentorActivity(
        m.scheme(),
        profile,
        m.mentor(),
        activity,
        "Mentor skills day",
        date,
        CpdHours.of(hours),
        CpdKind.EXTERNAL,
        calendar,
        at);
  }

  @Test
  void aMentorLogsTrainingAndSupervisionButNotFutureOrSessions() {
    MentorProfile profile = m.mentorProfile();
    CpdEntry training = log(profile, CpdActivity.MENTOR_TRAINING, Times.TODAY, "6");
    assertEquals(CpdRole.MENTOR, training.role());
    assertEquals(m.mentor().person(), training.person());
    assertEquals(CpdKind.EXTERNAL, training.kind());
    refused(
        "CPD_DATE_IN_FUTURE",
        () -> log(profile, CpdActivity.SUPERVISION, Times.TODAY.plusDays(3), "1"));
    refused("INVALID_ACTIVITY", () -> log(profile, CpdActivity.SESSION, Times.TODAY, "1"));
    refused(
        "CPD_HOURS_NOT_HALF_STEP",
        () -> log(profile, CpdActivity.SUPERVISION, Times.TODAY, "1.25"));
  }

  @Test
  void onlyAMentorOfTheSchemeLogsWithTheirOwnProfile() {
    MentorProfile elsewhere =
        Mentors.aMentorProfile(org.mentorlink.domain.testing.Schemes.aScheme(m.lead()), m.mentor());
    MentorProfile someoneElses =
        Mentors.aMentorProfile(m.scheme(), org.mentorlink.domain.testing.Actors.aMentor("m-2"));

    forbidden(() -> log(null, CpdActivity.SUPERVISION, Times.TODAY, "1"));
    forbidden(() -> log(elsewhere, CpdActivity.SUPERVISION, Times.TODAY, "1"));
    forbidden(() -> log(someoneElses, CpdActivity.SUPERVISION, Times.TODAY, "1"));
  }

  @Test
  void trainingMayBeDatedTheUkDayItWasLoggedOnAndNoLater() {
    // 00:30 on 7 May 2025 in London (summer time) is 23:30 UTC on 6 May: today is 7 May.
    Instant afterMidnightInSummer = Instant.parse("2025-05-06T23:30:00Z");
    // 23:30 on 30 October 2025 in London (winter time since the 26th) is 23:30 UTC.
    Instant beforeMidnightInWinter = Instant.parse("2025-10-30T23:30:00Z");

    assertEquals(LocalDate.of(2025, 5, 7), loggedAt(afterMidnightInSummer, "2025-05-07").date());
    refused("CPD_DATE_IN_FUTURE", () -> loggedAt(afterMidnightInSummer, "2025-05-08"));
    assertEquals(LocalDate.of(2025, 10, 30), loggedAt(beforeMidnightInWinter, "2025-10-30").date());
    refused("CPD_DATE_IN_FUTURE", () -> loggedAt(beforeMidnightInWinter, "2025-10-31"));
  }

  private CpdEntry loggedAt(Instant at, String date) {
    return log(
        m.mentorProfile(), CpdActivity.SUPERVISION, LocalDate.parse(date), "1", Times.at(at), at);
  }
}
