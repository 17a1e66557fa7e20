package org.mentorlink.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.app.Story.COURSE;
import static org.mentorlink.domain.testing.Actors.aMentor;
import static org.mentorlink.domain.testing.Actors.anInstructor;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.app.ConfidentialRead.Kind;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.matching.Conflict;
import org.mentorlink.domain.relationship.ClosureReason;
import org.mentorlink.domain.safeguarding.ConcernState;
import org.mentorlink.domain.safeguarding.MentorChangeRequest;
import org.mentorlink.domain.scheme.PrivacySettings;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.testing.Sessions;
import org.mentorlink.domain.testing.Times;

/**
 * A mentee asks the lead to change mentor and the lead matches them with another: through the
 * services, as the people would act. The mentee keeps everything; the new mentor sees nothing old;
 * the former mentor reads only their own notes, read-only, with the scheme's setting on, and
 * nothing with it off; only the lead rematches, under matching's rules.
 */
class RematchTest {
  private final Wiring w = new Wiring();
  private final Story story = new Story(w);
  private final Actor newMentor = aMentor("mentor-2");
  private final Actor plain = anInstructor("coord-plain");
  private final String newProfile;
  private final String session;
  private final String changeRequest;

  RematchTest() {
    w.schemes.recordLaunch(newMentor, COURSE);
    w.schemes.recordLaunch(plain, COURSE);
    w.schemes.appointCoordinator(story.lead, COURSE, plain.person().personId());
    newProfile = w.mentors.designate(story.lead, COURSE, newMentor.person().personId()).profileId();
    // A session both wrote in, signed off (the mentee's CPD credit), with an addendum each.
    session = story.schedule(Times.daysLater(7));
    w.relationships.writeRecord(
        story.mentee, COURSE, story.relationshipId, session, Sessions.notes("MENTEE-NOTES"));
    w.relationships.writeRecord(
        story.mentor, COURSE, story.relationshipId, session, Sessions.notes("MENTOR-NOTES"));
    story.holdAndSignOff(session);
    w.relationships.addAddendum(
        story.mentee, COURSE, story.relationshipId, session, "MENTEE-ADDENDUM");
    w.relationships.addAddendum(
        story.mentor, COURSE, story.relationshipId, session, "MENTOR-ADDENDUM");
    w.relationships.setGoal(story.mentee, COURSE, story.relationshipId, "MENTEE-GOAL");
    changeRequest =
        w.safeguarding
            .askLead(
                story.mentee,
                COURSE,
                story.relationshipId,
                MentorChangeRequest.Kind.CHANGE_MENTOR,
                "We do not get on.")
            .id();
  }

  private String rematch() {
    return w.rematch.rematch(story.lead, COURSE, changeRequest, newProfile);
  }

  private void formerMentorKeepsOwnNotes(boolean on) {
    w.schemes.changePrivacy(story.lead, COURSE, new PrivacySettings(true, null, 6, on));
  }

  @Test
  void theLeadMatchesTheMenteeWithAnotherMentorAndTheOldRelationshipEnds() {
    List<Views.CandidateView> candidates = w.rematch.candidates(story.lead, COURSE, changeRequest);
    Views.CandidateView old =
        candidates.stream()
            .filter(c -> c.mentor().id().equals(story.mentor.person().personId()))
            .findFirst()
            .orElseThrow();
    assertTrue(old.conflicts().contains(Conflict.FORMER_MENTOR), old.toString());
    assertEquals(newProfile, candidates.get(0).profileId(), "the unblocked mentor first");

    String next = rematch();
    Views.RelationshipView ended = w.relationships.get(story.mentee, COURSE, story.relationshipId);
    assertFalse(ended.active());
    assertEquals(ClosureReason.MENTOR_CHANGED, ended.closureReason());
    Views.RelationshipView started = w.relationships.get(story.mentee, COURSE, next);
    assertTrue(started.active());
    assertEquals(newMentor.person().personId(), started.mentor().id());
    assertTrue(started.sessions().isEmpty() && started.goals().isEmpty());

    SafeguardingViews.ChangeView closed =
        w.safeguarding.changeRequest(story.lead, COURSE, changeRequest);
    assertEquals(ConcernState.CLOSED, closed.state());
    assertEquals(next, closed.rematchedRelationshipId());
    assertEquals(newMentor.person().personId(), closed.newMentor().id());
    assertFalse(closed.canRematch());
    assertTrue(
        w.db.audit.all.stream()
            .anyMatch(
                e ->
                    e.action() == AuditAction.BREAK_GLASS
                        && changeRequest.equals(e.recordId())
                        && "REMATCHED".equals(e.detail())));
    assertTrue(
        w.db.audit.all.stream()
            .anyMatch(
                e ->
                    story.relationshipId.equals(e.recordId())
                        && "MENTOR_CHANGED".equals(e.detail())));
  }

  @Test
  void theMenteeKeepsEverythingAndTheirCreditStaysCredited() {
    var before = w.cpd.myLog(story.mentee, COURSE);
    rematch();
    List<Views.RelationshipView> mine = w.relationships.mine(story.mentee, COURSE);
    assertEquals(2, mine.size());
    Views.RelationshipView ended =
        mine.stream().filter(r -> r.id().equals(story.relationshipId)).findFirst().orElseThrow();
    Views.SessionView s = ended.sessions().get(0);
    assertEquals("MENTEE-NOTES", s.menteeNotes());
    assertEquals("MENTOR-NOTES", s.mentorNotes());
    assertEquals(2, s.addenda().size());
    assertEquals("MENTEE-GOAL", ended.goals().get(0).goal());
    assertEquals(before, w.cpd.myLog(story.mentee, COURSE), "the ledger is untouched");
  }

  @Test
  void theNewMentorSeesNothingOfTheOldRelationship() {
    formerMentorKeepsOwnNotes(true);
    String next = rematch();
    List<Views.RelationshipView> theirs = w.relationships.mine(newMentor, COURSE);
    assertEquals(List.of(next), theirs.stream().map(Views.RelationshipView::id).toList());
    assertThrows(
        NotFound.class, () -> w.relationships.get(newMentor, COURSE, story.relationshipId));
    assertThrows(
        NotFound.class,
        () -> w.relationships.formerMentorship(newMentor, COURSE, story.relationshipId));
    assertTrue(w.relationships.formerMentorships(newMentor, COURSE).isEmpty());
    assertTrue(
        w.denials.fired.stream()
            .anyMatch(
                d ->
                    d.actor().equals(newMentor.person())
                        && d.recordId().equals(story.relationshipId)),
        "each refusal is announced for the audit trail");
  }

  @Test
  void withTheSettingOnTheFormerMentorReadsOnlyTheirOwnNotesReadOnly() {
    formerMentorKeepsOwnNotes(true);
    rematch();
    assertThrows(
        NotFound.class, () -> w.relationships.get(story.mentor, COURSE, story.relationshipId));
    assertTrue(w.relationships.mine(story.mentor, COURSE).isEmpty());
    assertEquals(
        List.of(story.relationshipId),
        w.relationships.formerMentorships(story.mentor, COURSE).stream()
            .map(Views.FormerMentorshipView::id)
            .toList());

    Views.FormerMentorshipView own =
        w.relationships.formerMentorship(story.mentor, COURSE, story.relationshipId);
    assertEquals(ClosureReason.MENTOR_CHANGED, own.closureReason());
    Views.OwnSessionView s = own.sessions().get(0);
    assertEquals("MENTOR-NOTES", s.notes());
    assertEquals(
        List.of("MENTOR-ADDENDUM"), s.addenda().stream().map(Views.AddendumView::text).toList());
    assertFalse(own.toString().contains("MENTEE-"), own.toString());
    assertTrue(
        w.reads.fired.stream()
            .anyMatch(
                r ->
                    r.reader().equals(story.mentor.person())
                        && r.kind() == Kind.FORMER_MENTOR_NOTES
                        && r.recordId().equals(story.relationshipId)),
        "the reading is granted, and so audited");

    // Read-only: nothing the mentor did before is open to them now.
    assertThrows(
        NotFound.class,
        () ->
            w.relationships.addAddendum(
                story.mentor, COURSE, story.relationshipId, session, "Later"));
    assertThrows(
        NotFound.class,
        () -> w.relationships.sessionFor(story.mentor, COURSE, story.relationshipId, session));
    assertThrows(
        NotFound.class, () -> w.safeguarding.choices(story.mentor, COURSE, story.relationshipId));
  }

  @Test
  void withTheSettingOffTheFormerMentorLosesTheOldRelationshipEntirely() {
    rematch();
    assertThrows(
        NotFound.class, () -> w.relationships.get(story.mentor, COURSE, story.relationshipId));
    assertThrows(
        NotFound.class,
        () -> w.relationships.formerMentorship(story.mentor, COURSE, story.relationshipId));
    assertTrue(w.relationships.mine(story.mentor, COURSE).isEmpty());
    assertTrue(w.relationships.formerMentorships(story.mentor, COURSE).isEmpty());
    // Switched on later, the former mentor reads their own notes again.
    formerMentorKeepsOwnNotes(true);
    assertEquals(
        "MENTOR-NOTES",
        w.relationships
            .formerMentorship(story.mentor, COURSE, story.relationshipId)
            .sessions()
            .get(0)
            .notes());
  }

  @Test
  void onlyTheLeadRematches() {
    for (Actor who : List.of(story.coordinator, plain, story.mentee, story.mentor, newMentor)) {
      DomainException e =
          assertThrows(
              DomainException.class,
              () -> w.rematch.rematch(who, COURSE, changeRequest, newProfile));
      assertTrue(e instanceof Forbidden || e instanceof NotFound, who + ": " + e);
      assertThrows(DomainException.class, () -> w.rematch.candidates(who, COURSE, changeRequest));
    }
    assertTrue(w.relationships.get(story.mentee, COURSE, story.relationshipId).active());
    assertEquals(1, w.relationships.mine(story.mentee, COURSE).size());
  }

  @Test
  void aRematchKeepsToTheRulesOfMatching() {
    String oldProfile = w.mentors.mine(story.mentor, COURSE).profileId();
    DomainException same =
        assertThrows(
            DomainException.class,
            () -> w.rematch.rematch(story.lead, COURSE, changeRequest, oldProfile));
    assertEquals("MATCH_CONFLICT", same.code());
    w.mentors.setPaused(newMentor, COURSE, true);
    DomainException paused = assertThrows(DomainException.class, this::rematch);
    assertEquals("MATCH_CONFLICT", paused.code());
    assertTrue(w.relationships.get(story.mentee, COURSE, story.relationshipId).active());
    w.mentors.setPaused(newMentor, COURSE, false);
    rematch();
    // Done once: the request is closed, the old relationship has ended.
    assertThrows(DomainException.class, this::rematch);
    assertNull(w.relationships.get(story.mentee, COURSE, story.relationshipId).closingSummary());
  }

  @Test
  void theFormerMentorsOwnExportHoldsOnlyTheirWritingAndNotWithTheSettingOff() {
    rematch();
    var off = w.rights.export(story.mentor);
    String text = off.toString();
    assertFalse(text.contains("MENTEE-NOTES"), text);
    assertFalse(text.contains("MENTOR-NOTES"), text);
    formerMentorKeepsOwnNotes(true);
    String on = w.rights.export(story.mentor).toString();
    assertTrue(on.contains("MENTOR-NOTES"), on);
    assertFalse(on.contains("MENTEE-NOTES"), on);
    assertFalse(on.contains("MENTEE-GOAL"), on);
    assertTrue(w.rights.export(story.mentee).toString().contains("MENTEE-NOTES"));
  }
}
