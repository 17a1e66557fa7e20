package org.mentorlink.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Actors.aLearner;
import static org.mentorlink.domain.testing.Actors.aMentor;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.invalidTransition;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.matching.Conflict;
import org.mentorlink.domain.matching.MatchProposal;
import org.mentorlink.domain.matching.MatchState;
import org.mentorlink.domain.matching.Matcher;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.safeguarding.ConcernState;
import org.mentorlink.domain.safeguarding.MentorChangeRequest;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.testing.Mentors;
import org.mentorlink.domain.testing.Relationships;
import org.mentorlink.domain.testing.Relationships.Mentoring;
import org.mentorlink.domain.testing.Sessions;
import org.mentorlink.domain.testing.Times;

/**
 * A mentee changes mentor: the lead ends the relationship as {@code MENTOR_CHANGED} and matches the
 * mentee again; the mentee keeps the whole record; the former mentor keeps only what they wrote,
 * read-only, if the scheme says so, and nothing otherwise.
 */
class MentorChangeTest {
  private final Mentoring m = Relationships.aRelationship();
  private final Relationship r = m.relationship();
  private final Actor newMentor = aMentor("mentor-2");
  private final MentorProfile newProfile = Mentors.aMentorProfile(m.scheme(), newMentor);

  private MentorChangeRequest asked() {
    return MentorChangeRequest.ask(
        m.scheme(),
        r,
        m.mentee(),
        MentorChangeRequest.Kind.CHANGE_MENTOR,
        "We do not get on.",
        Times.daysLater(20));
  }

  /** A signed-off session with both parties' notes and an addendum from each. */
  private SessionRecord sessionWithBothParts() {
    SessionRecord s = Sessions.aSession(m);
    s.write(r, m.mentee(), Sessions.notes("MENTEE-NOTES"));
    s.write(r, m.mentor(), Sessions.notes("MENTOR-NOTES"));
    s.submit(r, m.mentee(), Times.daysLater(8));
    s.signOff(r, m.mentor(), Times.daysLater(9));
    s.addAddendum(r, m.mentee(), "MENTEE-ADDENDUM", Times.daysLater(10));
    s.addAddendum(r, m.mentor(), "MENTOR-ADDENDUM", Times.daysLater(11));
    return s;
  }

  @Test
  void onlyTheLeadEndsARelationshipForANewMentor() {
    forbidden(() -> r.endForNewMentor(m.scheme(), m.coordinator(), Times.daysLater(30)));
    forbidden(() -> r.endForNewMentor(m.scheme(), m.mentee(), Times.daysLater(30)));
    forbidden(() -> r.endForNewMentor(m.scheme(), m.mentor(), Times.daysLater(30)));
    assertTrue(r.active());

    r.endForNewMentor(m.scheme(), m.lead(), Times.daysLater(30));
    assertFalse(r.active());
    assertEquals(ClosureReason.MENTOR_CHANGED, r.closureReason());
    assertNull(r.closingSummary());
    assertTrue(r.mentorChanged());
    assertTrue(r.isFormerMentor(m.mentor().person()));
    assertFalse(r.isFormerMentor(m.mentee().person()));
    invalidTransition(
        "RELATIONSHIP_CLOSED", () -> r.endForNewMentor(m.scheme(), m.lead(), Times.daysLater(31)));
  }

  @Test
  void noPartySaysTheMentorWasChanged() {
    forbidden(
        () ->
            r.close(
                m.mentee(),
                ClosureReason.MENTOR_CHANGED,
                "Summary",
                Sessions.held(m, 0),
                Times.daysLater(30)));
    forbidden(
        () ->
            r.close(
                m.mentor(),
                ClosureReason.MENTOR_CHANGED,
                "Summary",
                Sessions.held(m, 0),
                Times.daysLater(30)));
    assertTrue(r.active());
  }

  @Test
  void theMenteeReadsTheWholeRecordBeforeAndAfterTheChange() {
    assertEquals(RecordAccess.WHOLE, r.readingFor(m.mentee().person(), false));
    r.endForNewMentor(m.scheme(), m.lead(), Times.daysLater(30));
    assertEquals(RecordAccess.WHOLE, r.readingFor(m.mentee().person(), false));
    assertEquals(RecordAccess.WHOLE, r.readingFor(m.mentee().person(), true));
  }

  @Test
  void theFormerMentorReadsOnlyTheirOwnWritingWithTheSettingOnAndNothingWithItOff() {
    assertEquals(RecordAccess.WHOLE, r.readingFor(m.mentor().person(), false));
    r.endForNewMentor(m.scheme(), m.lead(), Times.daysLater(30));
    assertEquals(RecordAccess.OWN_WRITING, r.readingFor(m.mentor().person(), true));
    assertEquals(RecordAccess.NONE, r.readingFor(m.mentor().person(), false));
    assertEquals(RecordAccess.NONE, r.readingFor(newMentor.person(), true));
    assertEquals(RecordAccess.NONE, r.readingFor(aLearner("someone").person(), true));
  }

  @Test
  void aMentorWhoseRelationshipEndedOtherwiseKeepsTheWholeRecord() {
    r.close(
        m.mentor(),
        ClosureReason.ENDED_BY_MENTOR,
        "Moving away",
        Sessions.held(m, 0),
        Times.daysLater(30));
    assertEquals(RecordAccess.WHOLE, r.readingFor(m.mentor().person(), false));
    assertFalse(r.isFormerMentor(m.mentor().person()));
  }

  @Test
  void theFormerMentorsOwnWritingHoldsTheirNotesAndAddendaAndNothingTheMenteeWrote() {
    SessionRecord s = sessionWithBothParts();
    r.endForNewMentor(m.scheme(), m.lead(), Times.daysLater(30));

    OwnWriting mine = s.writingOf(r, m.mentor().person());
    assertEquals("MENTOR-NOTES", mine.notes());
    assertEquals(List.of("MENTOR-ADDENDUM"), mine.addenda().stream().map(Addendum::body).toList());
    assertEquals(SessionState.SIGNED_OFF, mine.state());
    assertEquals(1, mine.number());
    assertFalse(mine.toString().contains("MENTEE-"), mine.toString());

    OwnWriting theirs = s.writingOf(r, m.mentee().person());
    assertEquals("MENTEE-NOTES", theirs.notes());
    assertEquals(
        List.of("MENTEE-ADDENDUM"), theirs.addenda().stream().map(Addendum::body).toList());

    OwnWriting nobody = s.writingOf(r, newMentor.person());
    assertNull(nobody.notes());
    assertTrue(nobody.addenda().isEmpty());
  }

  @Test
  void theFormerMentorChangesNothingAnyMore() {
    SessionRecord s = sessionWithBothParts();
    r.endForNewMentor(m.scheme(), m.lead(), Times.daysLater(30));
    forbidden(() -> s.addAddendum(r, m.mentor(), "Later thoughts", Times.daysLater(31)));
    forbidden(() -> r.requireParty(m.mentor()));
    // The mentee still adds to their own record.
    s.addAddendum(r, m.mentee(), "Looking back", Times.daysLater(31));
    assertEquals(3, s.addenda().size());
  }

  @Test
  void theLeadMatchesTheMenteeAgainAndANewRelationshipStarts() {
    List<Conflict> none =
        Matcher.conflicts(
            m.request(), "Dr Mentee", newProfile, "Dr New", 0, Set.of(m.mentor().person()));
    assertEquals(List.of(), none);
    MatchProposal again =
        MatchProposal.rematch(
            m.scheme(), m.lead(), m.request(), r, newProfile, none, Times.daysLater(30));
    assertEquals(MatchState.CONFIRMED, again.state());
    assertEquals(m.request().id(), again.requestId());
    invalidTransition(
        "RELATIONSHIP_ACTIVE",
        () -> Relationship.rematch(m.scheme(), again, r, Times.daysLater(30)));
    r.endForNewMentor(m.scheme(), m.lead(), Times.daysLater(30));
    Relationship next = Relationship.rematch(m.scheme(), again, r, Times.daysLater(30));
    assertTrue(next.active());
    assertEquals(0, r.matchRound());
    assertEquals(1, next.matchRound());
    assertEquals(r.requestId(), next.requestId());
    assertEquals(m.mentee().person(), next.mentee());
    assertEquals(newMentor.person(), next.mentor());
    assertEquals(RecordAccess.NONE, r.readingFor(newMentor.person(), true));
    assertEquals(RecordAccess.WHOLE, next.readingFor(newMentor.person(), false));

    MentorChangeRequest asked = asked();
    asked.rematched(m.scheme(), m.lead(), next, Times.daysLater(30));
    assertEquals(ConcernState.CLOSED, asked.state());
    assertEquals(next.id(), asked.rematchedRelationshipId());
    invalidTransition("REQUEST_STATE", () -> asked.requireRematchable(m.scheme(), m.lead()));
  }

  @Test
  void aRematchKeepsToTheRulesOfMatching() {
    // Only the lead; not the mentor the mentee asked to change from; not a mentor at capacity.
    forbidden(
        () ->
            MatchProposal.rematch(
                m.scheme(),
                m.coordinator(),
                m.request(),
                r,
                newProfile,
                List.of(),
                Times.daysLater(30)));
    List<Conflict> same =
        Matcher.conflicts(
            m.request(), "Dr Mentee", m.mentorProfile(), "Dr Old", 0, Set.of(m.mentor().person()));
    assertEquals(List.of(Conflict.FORMER_MENTOR), same);
    refused(
        "MATCH_CONFLICT",
        () ->
            MatchProposal.rematch(
                m.scheme(),
                m.lead(),
                m.request(),
                r,
                m.mentorProfile(),
                same,
                Times.daysLater(30)));
    List<Conflict> full =
        Matcher.conflicts(
            m.request(),
            "Dr Mentee",
            newProfile,
            "Dr New",
            newProfile.capacity(),
            Set.of(m.mentor().person()));
    assertEquals(List.of(Conflict.AT_CAPACITY), full);
    refused(
        "MATCH_CONFLICT",
        () ->
            MatchProposal.rematch(
                m.scheme(), m.lead(), m.request(), r, newProfile, full, Times.daysLater(30)));
    // Not once the relationship has ended.
    r.endForNewMentor(m.scheme(), m.lead(), Times.daysLater(30));
    invalidTransition(
        "RELATIONSHIP_CLOSED",
        () ->
            MatchProposal.rematch(
                m.scheme(), m.lead(), m.request(), r, newProfile, List.of(), Times.daysLater(31)));
  }

  @Test
  void onlyARequestToChangeMentorIsActedOnWithARematch() {
    MentorChangeRequest concern =
        MentorChangeRequest.ask(
            m.scheme(),
            r,
            m.mentee(),
            MentorChangeRequest.Kind.CONCERN_ABOUT_MENTOR,
            "Something happened.",
            Times.daysLater(20));
    assertFalse(concern.rematchable());
    invalidTransition(
        "NOT_A_CHANGE_REQUEST", () -> concern.requireRematchable(m.scheme(), m.lead()));
    MentorChangeRequest asked = asked();
    assertTrue(asked.rematchable());
    forbidden(() -> asked.requireRematchable(m.scheme(), m.coordinator()));
  }
}
