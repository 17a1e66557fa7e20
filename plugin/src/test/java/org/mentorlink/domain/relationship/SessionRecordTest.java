package org.mentorlink.domain.relationship;

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
import static org.mentorlink.domain.testing.Sessions.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.testing.Mentors;
import org.mentorlink.domain.testing.Relationships;
import org.mentorlink.domain.testing.Relationships.Mentoring;
import org.mentorlink.domain.testing.Schemes;
import org.mentorlink.domain.testing.Sessions;
import org.mentorlink.domain.testing.Times;

class SessionRecordTest {
  private final Mentoring m = Relationships.aRelationship();
  private final Relationship r = m.relationship();
  private final Actor mentee = m.mentee();
  private final Actor mentor = m.mentor();

  private SessionRecord schedule(Actor by, String hours) {
    return SessionRecord.schedule(
        r,
        by,
        SessionHistory.none(r),
        Times.daysLater(7),
        CpdHours.of(hours),
        MeetingMode.IN_PERSON,
        Times.CALENDAR);
  }

  @Test
  void eitherPartySchedulesADraftSession() {
    SessionRecord byMentee = schedule(mentee, "2");
    SessionRecord byMentor =
        SessionRecord.schedule(
            r,
            mentor,
            Sessions.held(m, 2),
            Times.daysLater(40),
            CpdHours.of("1.5"),
            MeetingMode.PHONE,
            Times.CALENDAR);

    assertEquals(SessionState.DRAFT, byMentee.state());
    assertEquals(1, byMentee.number());
    assertEquals(r.id(), byMentee.relationshipId());
    assertEquals(Times.daysLater(7), byMentee.scheduledAt());
    assertEquals(CpdHours.of("2"), byMentee.duration());
    assertEquals(MeetingMode.IN_PERSON, byMentee.mode());
    assertFalse(byMentee.beyondAllowance());
    assertFalse(byMentee.needsApproval());
    assertEquals(3, byMentor.number());
    assertEquals(MeetingMode.PHONE, byMentor.mode());
  }

  @Test
  void refusesSchedulingByAnyoneButTheParties() {
    forbidden(() -> schedule(m.lead(), "2"));
    forbidden(() -> schedule(m.coordinator(), "2"));
    forbidden(() -> schedule(aMentor("mentor-2"), "2"));
    forbidden(() -> schedule(aLearner("mentee-2"), "2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.5", "1", "2.5", "8"})
  void sessionLastsHalfAnHourToEightHoursInHalfHourSteps(String hours) {
    assertEquals(CpdHours.of(hours), schedule(mentee, hours).duration());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "8.5", "24"})
  void refusesSessionsShorterThanHalfAnHourOrLongerThanEightHours(String hours) {
    refused("INVALID_DURATION", () -> schedule(mentee, hours));
  }

  @Test
  void refusesDurationsThatAreNotWholeHalfHours() {
    refused("CPD_HOURS_NOT_HALF_STEP", () -> schedule(mentee, "1.25"));
    refused(
        "INVALID_DURATION",
        () ->
            SessionRecord.schedule(
                r,
                mentee,
                SessionHistory.none(r),
                Times.daysLater(7),
                null,
                MeetingMode.VIDEO,
                Times.CALENDAR));
  }

  @Test
  void sessionNeedsADateAndAMode() {
    refused(
        "INVALID_DATE",
        () ->
            SessionRecord.schedule(
                r,
                mentee,
                SessionHistory.none(r),
                null,
                CpdHours.of("1"),
                MeetingMode.VIDEO,
                Times.CALENDAR));
    refused(
        "INVALID_MODE",
        () ->
            SessionRecord.schedule(
                r,
                mentee,
                SessionHistory.none(r),
                Times.daysLater(7),
                CpdHours.of("1"),
                null,
                Times.CALENDAR));
  }

  @Test
  void eitherPartyReschedulesWhileTheRecordIsEditable() {
    SessionRecord s = Sessions.aSession(m);

    s.reschedule(
        r, mentor, Times.daysLater(14), CpdHours.of("1"), MeetingMode.PHONE, Times.CALENDAR);

    assertEquals(Times.daysLater(14), s.scheduledAt());
    assertEquals(CpdHours.of("1"), s.duration());
    assertEquals(MeetingMode.PHONE, s.mode());
    refused(
        "INVALID_DURATION",
        () ->
            s.reschedule(
                r,
                mentee,
                Times.daysLater(14),
                CpdHours.of("9"),
                MeetingMode.PHONE,
                Times.CALENDAR));
    forbidden(
        () ->
            s.reschedule(
                r,
                m.coordinator(),
                Times.daysLater(1),
                CpdHours.of("1"),
                MeetingMode.PHONE,
                Times.CALENDAR));
  }

  @Test
  void onlyTheMenteeSetsTheAgenda() {
    SessionRecord s = Sessions.aSession(m);

    s.setAgenda(r, mentee, " Partnership offer: yes or no? ");
    assertEquals("Partnership offer: yes or no?", s.agenda());

    forbidden(() -> s.setAgenda(r, mentor, "Mentor's agenda"));
    forbidden(() -> s.setAgenda(r, m.lead(), "Lead's agenda"));
    assertEquals("Partnership offer: yes or no?", s.agenda());
  }

  @Test
  void eachPartyWritesOnlyTheirOwnNotes() {
    SessionRecord s = Sessions.aSession(m);

    s.write(r, mentee, notes("Mentee's reflection."));
    s.write(r, mentor, notes("Mentor's observations."));

    assertEquals("Mentee's reflection.", s.menteeNotes());
    assertEquals("Mentor's observations.", s.mentorNotes());

    s.write(r, mentor, notes(null));
    assertEquals("Mentor's observations.", s.mentorNotes(), "notes left out are kept");
    s.write(r, mentor, notes(""));
    assertEquals("Mentee's reflection.", s.menteeNotes(), "the mentor cannot touch these");
    assertNull(s.mentorNotes(), "notes sent empty are cleared");
  }

  @Test
  void partiesWriteTheSharedRecord() {
    SessionRecord s = Sessions.aSession(m);
    ActionItem action =
        new ActionItem("Call the practice manager", ActionItem.Owner.MENTEE, Times.TODAY);

    s.write(
        r,
        mentor,
        new SessionRecordDetails(
            "Notes",
            Set.of(Theme.EDUCATION, Theme.PERSONAL_SUPPORT),
            List.of(" Appraisal ", "", "Appraisal", "Rota"),
            " Goal 1 reviewed ",
            List.of(action)));

    assertEquals(Set.of(Theme.EDUCATION, Theme.PERSONAL_SUPPORT), s.themes());
    assertEquals(List.of("Appraisal", "Rota"), s.topics());
    assertEquals("Goal 1 reviewed", s.goalsReviewed());
    assertEquals(1, s.actions().size());
    assertEquals("Call the practice manager", s.actions().get(0).what());
  }

  @Test
  void refusesWritingByAnyoneButTheParties() {
    SessionRecord s = Sessions.aSession(m);

    forbidden(() -> s.write(r, m.lead(), notes("Lead's notes")));
    forbidden(() -> s.write(r, aMentor("mentor-2"), notes("Other mentor's notes")));
    assertNull(s.mentorNotes());
  }

  @Test
  void recordDetailsAreBounded() {
    List<ActionItem> many =
        IntStream.range(0, 31)
            .mapToObj(i -> new ActionItem("Action " + i, ActionItem.Owner.MENTOR, null))
            .toList();

    refused("TOO_MANY_ITEMS", () -> new SessionRecordDetails(null, null, null, null, many));
    refused(
        "TEXT_TOO_LONG", () -> new SessionRecordDetails("x".repeat(20001), null, null, null, null));
    SessionRecordDetails blank = new SessionRecordDetails(" ", null, null, " ", null);
    assertEquals("", blank.notes(), "blank notes clear them");
    assertEquals("", blank.goalsReviewed());
    assertNull(blank.themes(), "themes left out are kept");
    assertNull(blank.actions(), "actions left out are kept");
  }

  @Test
  void aPartLeftOutKeepsWhatItHoldsAndAPartSentEmptyIsCleared() {
    SessionRecord s = Sessions.aSession(m);
    ActionItem action = new ActionItem("Book the appraisal", ActionItem.Owner.MENTEE, null);
    s.write(
        r,
        mentee,
        new SessionRecordDetails(
            "Mentee's notes", Set.of(Theme.EDUCATION), List.of("Rota"), "Goal 1", List.of(action)));

    s.write(r, mentor, new SessionRecordDetails("Mentor's notes", null, null, null, null));

    assertEquals("Mentee's notes", s.menteeNotes());
    assertEquals("Mentor's notes", s.mentorNotes());
    assertEquals(Set.of(Theme.EDUCATION), s.themes());
    assertEquals(List.of("Rota"), s.topics());
    assertEquals("Goal 1", s.goalsReviewed());
    assertEquals(List.of(action), s.actions());

    s.write(r, mentee, new SessionRecordDetails("", Set.of(), List.of(), "", List.of()));

    assertNull(s.menteeNotes());
    assertEquals("Mentor's notes", s.mentorNotes());
    assertTrue(s.themes().isEmpty());
    assertTrue(s.topics().isEmpty());
    assertNull(s.goalsReviewed());
    assertTrue(s.actions().isEmpty());
  }

  @Test
  void onlyTheMenteeSubmits() {
    SessionRecord s = Sessions.aSession(m);

    forbidden(() -> s.submit(r, mentor, Times.daysLater(8)));
    assertEquals(SessionState.DRAFT, s.state());

    s.submit(r, mentee, Times.daysLater(8));
    assertEquals(SessionState.SUBMITTED, s.state());
    assertEquals(Times.daysLater(8), s.submittedAt());
  }

  @Test
  void submittedRecordWaitsForTheMentor() {
    SessionRecord s = Sessions.aSubmittedSession(m);

    invalidTransition("SESSION_SUBMITTED", () -> s.write(r, mentee, notes("More")));
    invalidTransition("SESSION_SUBMITTED", () -> s.write(r, mentor, notes("More")));
    invalidTransition("SESSION_SUBMITTED", () -> s.setAgenda(r, mentee, "Late agenda"));
    invalidTransition("SESSION_SUBMITTED", () -> s.submit(r, mentee, Times.NOW));
    invalidTransition(
        "SESSION_SUBMITTED",
        () ->
            s.reschedule(
                r, mentee, Times.NOW, CpdHours.of("1"), MeetingMode.VIDEO, Times.CALENDAR));
  }

  @Test
  void mentorSignsOffASubmittedRecordWhichLocksIt() {
    SessionRecord s = Sessions.aSubmittedSession(m);

    s.signOff(r, mentor, Times.daysLater(9));

    assertEquals(SessionState.SIGNED_OFF, s.state());
    assertEquals(Times.daysLater(9), s.signedOffAt());
    assertFalse(s.state().editable());
  }

  @Test
  void rejectsSignOffByAnotherMentor() {
    Actor anotherMentor = aMentor("mentor-2");
    Mentors.aMentorProfile(m.scheme(), anotherMentor);
    SessionRecord s = Sessions.aSubmittedSession(m);

    forbidden(() -> s.signOff(r, anotherMentor, Times.daysLater(9)));
    assertEquals(SessionState.SUBMITTED, s.state());
    assertNull(s.signedOffAt());
  }

  @Test
  void rejectsSignOffByTheMenteeOrTheCoordinator() {
    SessionRecord s = Sessions.aSubmittedSession(m);

    forbidden(() -> s.signOff(r, mentee, Times.NOW));
    forbidden(() -> s.signOff(r, m.coordinator(), Times.NOW));
    forbidden(() -> s.signOff(r, m.lead(), Times.NOW));
    assertEquals(SessionState.SUBMITTED, s.state());
  }

  @Test
  void rejectsSignOffOfARecordThatIsNotSubmitted() {
    SessionRecord draft = Sessions.aSession(m);
    SessionRecord returned = Sessions.aSubmittedSession(m);
    returned.returnForChanges(r, mentor, "Add the actions.");
    SessionRecord signedOff = Sessions.aSignedOffSession(m);

    invalidTransition("SESSION_NOT_SUBMITTED", () -> draft.signOff(r, mentor, Times.NOW));
    invalidTransition("SESSION_NOT_SUBMITTED", () -> returned.signOff(r, mentor, Times.NOW));
    invalidTransition("SESSION_NOT_SUBMITTED", () -> signedOff.signOff(r, mentor, Times.NOW));
  }

  @Test
  void mentorReturnsASubmittedRecordWithAReason() {
    SessionRecord s = Sessions.aSubmittedSession(m);

    s.returnForChanges(r, mentor, " Please add the action we agreed. ");

    assertEquals(SessionState.RETURNED, s.state());
    assertEquals("Please add the action we agreed.", s.returnReason());
    assertTrue(s.state().editable());
  }

  @Test
  void returningRequiresAReason() {
    SessionRecord s = Sessions.aSubmittedSession(m);

    refused("REASON_REQUIRED", () -> s.returnForChanges(r, mentor, " "));
    refused("REASON_REQUIRED", () -> s.returnForChanges(r, mentor, null));
    assertEquals(SessionState.SUBMITTED, s.state());
  }

  @Test
  void onlyTheMentorReturnsAndOnlyASubmittedRecord() {
    SessionRecord submitted = Sessions.aSubmittedSession(m);
    SessionRecord draft = Sessions.aSession(m);

    forbidden(() -> submitted.returnForChanges(r, mentee, "Reason"));
    forbidden(() -> submitted.returnForChanges(r, aMentor("mentor-2"), "Reason"));
    invalidTransition("SESSION_NOT_SUBMITTED", () -> draft.returnForChanges(r, mentor, "Reason"));
  }

  @Test
  void returnedRecordIsEditedAndSubmittedAgain() {
    SessionRecord s = Sessions.aSubmittedSession(m);
    s.returnForChanges(r, mentor, "Add the action.");

    s.write(r, mentee, notes("With the action added."));
    s.write(r, mentor, notes("Agreed."));
    s.submit(r, mentee, Times.daysLater(10));

    assertEquals(SessionState.SUBMITTED, s.state());
    assertNull(s.returnReason());
    assertEquals("With the action added.", s.menteeNotes());
    s.signOff(r, mentor, Times.daysLater(11));
    assertEquals(SessionState.SIGNED_OFF, s.state());
  }

  @Test
  void sessionWithinTheAllowanceNeedsNoApproval() {
    SessionRecord fourth = Sessions.aSession(m, 3);

    assertEquals(4, fourth.number());
    assertFalse(fourth.beyondAllowance());
    assertFalse(fourth.needsApproval());
  }

  @Test
  void sessionBeyondAllowanceNeedsApproval() {
    SessionRecord fifth = Sessions.aSession(m, 4);
    assertEquals(5, fifth.number());
    assertTrue(fifth.beyondAllowance());
    assertTrue(fifth.needsApproval());
    fifth.submit(r, mentee, Times.daysLater(8));

    invalidTransition("APPROVAL_REQUIRED", () -> fifth.signOff(r, mentor, Times.daysLater(9)));
    assertEquals(SessionState.SUBMITTED, fifth.state());

    fifth.approveBeyondAllowance(m.scheme(), r, m.coordinator());
    assertFalse(fifth.needsApproval());
    assertTrue(fifth.beyondAllowance());
    fifth.signOff(r, mentor, Times.daysLater(9));
    assertEquals(SessionState.SIGNED_OFF, fifth.state());
  }

  @Test
  void leadApprovesSessionsBeyondTheAllowanceToo() {
    SessionRecord fifth = Sessions.aSession(m, 4);

    fifth.approveBeyondAllowance(m.scheme(), r, m.lead());

    assertFalse(fifth.needsApproval());
  }

  @Test
  void onlyACoordinatorOfThatSchemeApprovesSessionsBeyondTheAllowance() {
    SessionRecord fifth = Sessions.aSession(m, 4);
    Actor otherLead = anInstructor("lead-2");
    Scheme otherScheme = Schemes.aScheme(otherLead);

    forbidden(() -> fifth.approveBeyondAllowance(m.scheme(), r, mentor));
    forbidden(() -> fifth.approveBeyondAllowance(m.scheme(), r, mentee));
    forbidden(() -> fifth.approveBeyondAllowance(m.scheme(), r, anInstructor("teacher-1")));
    forbidden(() -> fifth.approveBeyondAllowance(m.scheme(), r, otherLead));
    forbidden(() -> fifth.approveBeyondAllowance(otherScheme, r, otherLead));
    forbidden(() -> fifth.approveBeyondAllowance(m.scheme(), r, inAnotherTenant(m.lead())));
    assertTrue(fifth.needsApproval());
  }

  @Test
  void refusesApprovalOfASessionWithinTheAllowance() {
    SessionRecord first = Sessions.aSession(m);

    invalidTransition(
        "WITHIN_ALLOWANCE", () -> first.approveBeyondAllowance(m.scheme(), r, m.coordinator()));
  }

  @Test
  void lockedSessionChangesOnlyByAddendum() {
    SessionRecord s = Sessions.aSignedOffSession(m);
    String notesBefore = s.menteeNotes();

    invalidTransition("SESSION_LOCKED", () -> s.write(r, mentee, notes("Rewritten")));
    invalidTransition("SESSION_LOCKED", () -> s.write(r, mentor, notes("Rewritten")));
    invalidTransition("SESSION_LOCKED", () -> s.setAgenda(r, mentee, "New agenda"));
    invalidTransition("SESSION_LOCKED", () -> s.submit(r, mentee, Times.NOW));
    invalidTransition(
        "SESSION_LOCKED",
        () ->
            s.reschedule(
                r, mentor, Times.NOW, CpdHours.of("1"), MeetingMode.PHONE, Times.CALENDAR));
    invalidTransition("SESSION_NOT_SUBMITTED", () -> s.returnForChanges(r, mentor, "Reopen"));

    s.addAddendum(r, mentee, " I later realised the date was wrong. ", Times.daysLater(20));
    s.addAddendum(r, mentor, "Agreed.", Times.daysLater(21));

    assertEquals(SessionState.SIGNED_OFF, s.state());
    assertEquals(notesBefore, s.menteeNotes());
    assertEquals(2, s.addenda().size());
    Addendum first = s.addenda().get(0);
    assertEquals(mentee.person().personId(), first.personId());
    assertEquals(Times.daysLater(20), first.addedAt());
    assertEquals("I later realised the date was wrong.", first.body());
    assertEquals(mentor.person().personId(), s.addenda().get(1).personId());
    assertEquals(Times.daysLater(21), s.addenda().get(1).addedAt());
  }

  @Test
  void addendaAreOnlyForSignedOffRecords() {
    SessionRecord draft = Sessions.aSession(m);
    SessionRecord submitted = Sessions.aSubmittedSession(m);

    invalidTransition("SESSION_NOT_LOCKED", () -> draft.addAddendum(r, mentee, "Note", Times.NOW));
    invalidTransition(
        "SESSION_NOT_LOCKED", () -> submitted.addAddendum(r, mentor, "Note", Times.NOW));
    assertTrue(draft.addenda().isEmpty());
  }

  @Test
  void addendumNeedsTextAndAParty() {
    SessionRecord s = Sessions.aSignedOffSession(m);

    refused("ADDENDUM_REQUIRED", () -> s.addAddendum(r, mentee, " ", Times.NOW));
    forbidden(() -> s.addAddendum(r, m.lead(), "Lead's note", Times.NOW));
    forbidden(() -> s.addAddendum(r, inAnotherTenant(mentee), "Foreign note", Times.NOW));
    assertTrue(s.addenda().isEmpty());
  }

  @Test
  void refusesActingOnASessionThroughAnotherRelationship() {
    Mentoring other = Relationships.aRelationship();
    SessionRecord s = Sessions.aSubmittedSession(m);
    Relationship otherR = other.relationship();

    forbidden(() -> s.signOff(otherR, other.mentor(), Times.NOW));
    forbidden(() -> s.returnForChanges(otherR, other.mentor(), "Reason"));
    forbidden(() -> s.write(otherR, other.mentee(), notes("x")));
    forbidden(() -> s.approveBeyondAllowance(other.scheme(), otherR, other.lead()));
  }

  @Test
  void partiesWithTheSamePersonIdInAnotherTenantAreRefused() {
    Actor foreignMentee = inAnotherTenant(mentee);
    Actor foreignMentor = inAnotherTenant(mentor);
    SessionRecord draft = Sessions.aSession(m);
    SessionRecord submitted = Sessions.aSubmittedSession(m);

    forbidden(() -> schedule(foreignMentee, "1"));
    forbidden(() -> draft.setAgenda(r, foreignMentee, "Agenda"));
    forbidden(() -> draft.write(r, foreignMentor, notes("Notes")));
    forbidden(() -> draft.submit(r, foreignMentee, Times.NOW));
    forbidden(() -> submitted.signOff(r, foreignMentor, Times.NOW));
    forbidden(() -> submitted.returnForChanges(r, foreignMentor, "Reason"));
    assertEquals(SessionState.DRAFT, draft.state());
    assertEquals(SessionState.SUBMITTED, submitted.state());
  }

  @Test
  void closedRelationshipFreezesDraftRecords() {
    SessionRecord draft = Sessions.aSession(m);
    r.close(mentee, ClosureReason.NATURAL_END, "Sum", SessionHistory.none(r), Times.daysLater(30));

    invalidTransition("RELATIONSHIP_CLOSED", () -> draft.write(r, mentee, notes("Late")));
    invalidTransition("RELATIONSHIP_CLOSED", () -> draft.submit(r, mentee, Times.NOW));
  }

  @Test
  void sessionAfterTheAllowancePeriodNeedsApproval() {
    Instant dayAfter = Times.CALENDAR.startOfDay(r.allowanceEnds(Times.CALENDAR).plusDays(1));

    SessionRecord second = Sessions.scheduleAt(m, Sessions.held(m, 1), dayAfter);

    assertTrue(second.needsApproval());
  }

  // The allowance's last day and a session's day are both UK days (the default calendar). These
  // relationships run twelve months; each test fails if either day is taken in UTC.

  /** Started at noon (UTC) on {@code startDay}, so the allowance ends a year later. */
  private static Mentoring startedAtNoonOn(String startDay) {
    return Relationships.aRelationshipStartedAt(Instant.parse(startDay + "T12:00:00Z"));
  }

  private static boolean beyond(Mentoring m, String when) {
    return Sessions.scheduleAt(m, SessionHistory.none(m.relationship()), Instant.parse(when))
        .beyondAllowance();
  }

  @Test
  void aSessionJustAfterMidnightUkSummerTimeOnTheDayAfterTheAllowanceIsBeyondIt() {
    Mentoring m = startedAtNoonOn("2024-06-10");
    assertEquals(LocalDate.of(2025, 6, 10), m.relationship().allowanceEnds(Times.CALENDAR));

    assertFalse(beyond(m, "2025-06-10T22:30:00Z"), "23:30 on 10 June, the last day");
    assertTrue(beyond(m, "2025-06-10T23:30:00Z"), "00:30 on 11 June, the day after");
  }

  @Test
  void theAllowanceStartsOnTheUkDayTheRelationshipStarted() {
    // Confirmed at 00:30 on 1 May 2024 in London (23:30 UTC on 30 April).
    Mentoring m = Relationships.aRelationshipStartedAt(Instant.parse("2024-04-30T23:30:00Z"));

    assertEquals(LocalDate.of(2025, 5, 1), m.relationship().allowanceEnds(Times.CALENDAR));
    assertFalse(beyond(m, "2025-05-01T12:00:00Z"), "1 May 2025 is still within");
  }

  @Test
  void theAllowanceEndsOnTheDayTheClocksGoForward() {
    // Sunday 30 March 2025: 01:00 UTC becomes 02:00 BST.
    Mentoring m = startedAtNoonOn("2024-03-30");
    assertEquals(LocalDate.of(2025, 3, 30), m.relationship().allowanceEnds(Times.CALENDAR));

    assertFalse(beyond(m, "2025-03-30T00:30:00Z"), "00:30 GMT, before the change");
    assertFalse(beyond(m, "2025-03-30T22:30:00Z"), "23:30 BST, after the change");
    assertTrue(beyond(m, "2025-03-30T23:30:00Z"), "00:30 BST on Monday 31 March");
  }

  @Test
  void theAllowanceEndsOnEitherSideOfTheClocksGoingBack() {
    // The clocks go back at 01:00 UTC on Sunday 26 October 2025 (02:00 BST becomes 01:00 GMT).
    Mentoring endsSaturday = startedAtNoonOn("2024-10-25");
    Mentoring endsSunday = startedAtNoonOn("2024-10-26");
    assertEquals(
        LocalDate.of(2025, 10, 25), endsSaturday.relationship().allowanceEnds(Times.CALENDAR));
    assertEquals(
        LocalDate.of(2025, 10, 26), endsSunday.relationship().allowanceEnds(Times.CALENDAR));

    assertFalse(beyond(endsSaturday, "2025-10-25T22:30:00Z"), "23:30 BST on Saturday");
    assertTrue(beyond(endsSaturday, "2025-10-25T23:30:00Z"), "00:30 BST on Sunday");
    assertFalse(beyond(endsSunday, "2025-10-25T23:30:00Z"), "00:30 BST on Sunday");
    assertFalse(beyond(endsSunday, "2025-10-26T23:30:00Z"), "23:30 GMT on Sunday");
    assertTrue(beyond(endsSunday, "2025-10-27T00:30:00Z"), "00:30 GMT on Monday");
  }

  @Test
  void reschedulingAcrossMidnightUkTimeMovesTheSessionBeyondTheAllowance() {
    Mentoring m = startedAtNoonOn("2024-06-10");
    SessionRecord s =
        Sessions.scheduleAt(
            m, SessionHistory.none(m.relationship()), Instant.parse("2025-06-10T22:30:00Z"));
    assertFalse(s.beyondAllowance());

    s.reschedule(
        m.relationship(),
        m.mentor(),
        Instant.parse("2025-06-10T23:30:00Z"),
        CpdHours.of("1"),
        MeetingMode.PHONE,
        Times.CALENDAR);

    assertTrue(s.needsApproval());
  }

  @Test
  void theNextSessionIsNumberedAfterTheHistory() {
    SessionHistory three = Sessions.held(m, 3);

    assertEquals(4, Sessions.scheduleAt(m, three, Times.daysLater(40)).number());
    assertEquals(1, Sessions.scheduleAt(m, SessionHistory.none(r), Times.daysLater(40)).number());
  }

  @Test
  void refusesTheHistoryOfAnotherRelationship() {
    Mentoring other = Relationships.aRelationship();

    forbidden(() -> Sessions.scheduleAt(m, Sessions.held(other, 1), Times.daysLater(7)));
    forbidden(() -> new SessionHistory(r, List.of(Sessions.aSession(other))));
  }
}
