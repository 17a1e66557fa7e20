package org.mentorlink.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.app.Story.COURSE;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.app.SafeguardingViews.ConcernView;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.audit.AuditEntry;
import org.mentorlink.domain.safeguarding.ConcernState;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.testing.Sessions;
import org.mentorlink.domain.testing.Times;

/**
 * The safeguarding break-glass: only the mentor raises a concern, with a reason, and chooses the
 * records the lead may read; the lead reads those and nothing else, each reading audited; a
 * coordinator who is not the lead sees no concern; the mentee is told unless the mentor recorded
 * why not; open → reviewed → closed, by the lead only.
 */
class SafeguardingTest {
  private final Wiring w = new Wiring();
  private final Story story = new Story(w);

  private String sessionWithNotes(String notes, int days) {
    String id = story.schedule(Times.daysLater(days));
    w.relationships.writeRecord(
        story.mentee, COURSE, story.relationshipId, id, Sessions.notes(notes));
    return id;
  }

  private ConcernView raise(List<String> records, boolean inform, String withhold) {
    return w.safeguarding.raise(
        story.mentor,
        COURSE,
        story.relationshipId,
        "Worried about patient safety",
        records,
        inform,
        withhold);
  }

  @Test
  void onlyTheMentorRaisesAConcernWithAReason() {
    assertThrows(
        Forbidden.class,
        () ->
            w.safeguarding.raise(
                story.mentee, COURSE, story.relationshipId, "why", List.of(), true, null));
    assertThrows(
        NotFound.class,
        () ->
            w.safeguarding.raise(
                story.coordinator, COURSE, story.relationshipId, "why", List.of(), true, null));
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                w.safeguarding.raise(
                    story.mentor, COURSE, story.relationshipId, " ", List.of(), true, null));
    assertEquals("REASON_REQUIRED", e.code());
    assertEquals(0, w.db.concerns.all.size());
  }

  @Test
  void notTellingTheMenteeNeedsAReasonAndTellingThemNone() {
    assertEquals(
        "WITHHOLD_REASON_REQUIRED",
        assertThrows(DomainException.class, () -> raise(List.of(), false, " ")).code());
    assertEquals(
        "WITHHOLD_REASON_UNEXPECTED",
        assertThrows(DomainException.class, () -> raise(List.of(), true, "because")).code());
  }

  @Test
  void onlyRecordsOfTheRelationshipCanBeShared() {
    for (String bad :
        List.of("SESSION:" + UUID.randomUUID(), "NOTES:x", "SESSION", ":x", "GOAL:")) {
      assertEquals(
          "INVALID_RECORD",
          assertThrows(DomainException.class, () -> raise(List.of(bad), true, null), bad).code());
    }
  }

  @Test
  void theLeadReadsTheChosenRecordsOnlyEachReadingAudited() {
    String shared = sessionWithNotes("SHARED-NOTES", 7);
    String kept = sessionWithNotes("KEPT-NOTES", 14);
    String id = raise(List.of("SESSION:" + shared), true, null).id();
    w.db.audit.all.clear();

    ConcernView asLead = w.safeguarding.get(story.lead, COURSE, id);
    assertTrue(asLead.asLead());
    assertEquals(1, asLead.shared().size());
    assertEquals(shared, asLead.shared().get(0).id());
    String all = asLead.toString();
    assertTrue(all.contains("SHARED-NOTES"));
    assertFalse(all.contains("KEPT-NOTES"));
    assertFalse(all.contains(kept));

    List<AuditEntry> steps =
        w.db.audit.all.stream().filter(e -> e.action() == AuditAction.BREAK_GLASS).toList();
    assertTrue(
        steps.stream()
            .anyMatch(
                e ->
                    "SESSION".equals(e.recordType())
                        && shared.equals(e.recordId())
                        && ("LEAD_READ:" + id).equals(e.detail())
                        && story.lead.person().personId().equals(e.actorId())));
    assertTrue(w.reads.fired.stream().anyMatch(r -> r.recordId().equals(shared)));
    assertFalse(w.reads.fired.stream().anyMatch(r -> r.recordId().equals(kept)));

    // The mentor sees what they shared by title only.
    ConcernView asMentor = w.safeguarding.get(story.mentor, COURSE, id);
    assertTrue(asMentor.shared().get(0).fields().isEmpty());
  }

  @Test
  void aCoordinatorWhoIsNotTheLeadSeesNoConcern() {
    String id = raise(List.of(), true, null).id();
    assertThrows(NotFound.class, () -> w.safeguarding.get(story.coordinator, COURSE, id));
    assertThrows(Forbidden.class, () -> w.safeguarding.forLead(story.coordinator, COURSE, 0, 20));
    assertThrows(NotFound.class, () -> w.safeguarding.get(story.otherMentee, COURSE, id));
    Story.relaunched(story.lead, LaunchRole.LEARNER);
    assertThrows(
        NotFound.class,
        () -> w.safeguarding.get(Story.relaunched(story.lead, LaunchRole.LEARNER), COURSE, id));
    assertEquals(1, w.safeguarding.forLead(story.lead, COURSE, 0, 20).total());
    assertTrue(
        w.denials.fired.stream().anyMatch(d -> d.recordId().equals(id)),
        "the refusal is announced for the audit trail");
  }

  @Test
  void theMenteeIsToldUnlessTheMentorRecordedWhyNot() {
    String told = raise(List.of(), true, null).id();
    ConcernView asMentee = w.safeguarding.get(story.mentee, COURSE, told);
    assertEquals("Worried about patient safety", asMentee.reason());
    assertTrue(asMentee.shared().isEmpty());
    assertNull(asMentee.withholdReason());
    assertFalse(asMentee.asLead());

    String withheld = raise(List.of(), false, "Telling them would put a patient at risk").id();
    assertThrows(NotFound.class, () -> w.safeguarding.get(story.mentee, COURSE, withheld));
    List<String> listed =
        w.safeguarding.onRelationship(story.mentee, COURSE, story.relationshipId).stream()
            .map(x -> x.id())
            .toList();
    assertEquals(List.of(told), listed);
    assertEquals(
        2, w.safeguarding.onRelationship(story.mentor, COURSE, story.relationshipId).size());
    assertEquals(
        "Telling them would put a patient at risk",
        w.safeguarding.get(story.lead, COURSE, withheld).withholdReason());
  }

  @Test
  void openThenReviewedThenClosedByTheLeadOnly() {
    String id = raise(List.of(), true, null).id();
    assertThrows(Forbidden.class, () -> w.safeguarding.review(story.mentor, COURSE, id));
    assertThrows(Forbidden.class, () -> w.safeguarding.review(story.coordinator, COURSE, id));
    assertEquals(
        "CONCERN_STATE",
        assertThrows(InvalidTransition.class, () -> w.safeguarding.close(story.lead, COURSE, id))
            .code());
    assertEquals(ConcernState.REVIEWED, w.safeguarding.review(story.lead, COURSE, id).state());
    assertThrows(InvalidTransition.class, () -> w.safeguarding.review(story.lead, COURSE, id));
    ConcernView closed = w.safeguarding.close(story.lead, COURSE, id);
    assertEquals(ConcernState.CLOSED, closed.state());
    assertFalse(closed.canClose());
    assertFalse(closed.canReview());
    assertEquals(
        List.of("RAISED", "REVIEWED", "CLOSED"),
        w.db.audit.all.stream()
            .filter(e -> e.action() == AuditAction.BREAK_GLASS && id.equals(e.recordId()))
            .map(AuditEntry::detail)
            .filter(d -> !d.startsWith("LEAD_READ"))
            .toList());
  }
}
