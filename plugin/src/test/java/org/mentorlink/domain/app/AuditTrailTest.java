package org.mentorlink.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.app.Story.COURSE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.app.ConfidentialRead.Kind;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.audit.AuditEntry;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.testing.Actors;

/**
 * The audit trail: every grant of the access policy becomes an entry, a refused record that exists
 * is announced (a missing one is not), each audited action writes its entry, only the lead reads
 * the scheme's trail, and an erasure pseudonymises.
 */
class AuditTrailTest {
  private final Wiring w = new Wiring();
  private final Story story = new Story(w);

  /** Delivers the recorded events as CDI would, to the trail. */
  private void deliver() {
    w.reads.fired.forEach(w.audit::onRead);
    w.reads.fired.clear();
    w.denials.fired.forEach(w.audit::onDenied);
    w.denials.fired.clear();
  }

  private List<AuditEntry> entries(AuditAction action) {
    deliver();
    return w.db.audit.all.stream().filter(e -> e.action() == action).toList();
  }

  @Test
  void everyGrantOfTheAccessPolicyIsAReadEntryWithoutContent() {
    w.db.audit.all.clear();
    w.reads.fired.clear();
    w.relationships.get(story.mentee, COURSE, story.relationshipId);
    List<AuditEntry> reads = entries(AuditAction.READ);
    assertEquals(1, reads.size());
    AuditEntry e = reads.get(0);
    assertEquals(story.mentee.person().personId(), e.actorId());
    assertEquals(Actors.TENANT.value(), e.tenantId());
    assertEquals(story.scheme().schemeId(), e.schemeId());
    assertEquals("RELATIONSHIP", e.recordType());
    assertEquals(story.relationshipId, e.recordId());
  }

  @Test
  void aRecordThatExistsButIsRefusedIsAnnouncedAMissingOneIsNot() {
    w.denials.fired.clear();
    assertThrows(
        NotFound.class, () -> w.relationships.get(story.otherMentee, COURSE, story.relationshipId));
    assertEquals(1, w.denials.fired.size());
    AccessDenied d = w.denials.fired.get(0);
    assertEquals(story.otherMentee.person(), d.actor());
    assertEquals(Kind.RELATIONSHIP, d.kind());
    assertEquals(story.relationshipId, d.recordId());

    w.denials.fired.clear();
    assertThrows(
        NotFound.class, () -> w.relationships.get(story.otherMentee, COURSE, "no-such-id"));
    assertEquals(0, w.denials.fired.size());

    assertThrows(NotFound.class, () -> w.requests.get(story.otherMentee, COURSE, story.requestId));
    assertEquals(List.of(Kind.REQUEST), w.denials.fired.stream().map(AccessDenied::kind).toList());
    deliver();
    assertTrue(
        w.db.audit.all.stream()
            .anyMatch(
                e ->
                    e.action() == AuditAction.DENIED
                        && "NOT_FOUND".equals(e.detail())
                        && story.requestId.equals(e.recordId())));
  }

  @Test
  void signOffSignatureApprovalAndExportAreRecorded() {
    String session = story.schedule(Instant.parse("2026-02-10T10:00:00Z"));
    story.holdAndSignOff(session);
    List<AuditEntry> signOffs = entries(AuditAction.SIGN_OFF);
    assertEquals(1, signOffs.size());
    assertEquals(session, signOffs.get(0).recordId());
    assertEquals(story.mentor.person().personId(), signOffs.get(0).actorId());
    assertEquals("SIGNED_OFF", signOffs.get(0).detail());

    var terms = org.mentorlink.domain.testing.Contracts.terms();
    var view = w.relationships.draftContract(story.mentee, COURSE, story.relationshipId, terms);
    String contract = view.contracts().get(0).id();
    w.relationships.signContract(story.mentee, COURSE, story.relationshipId, contract);
    assertEquals(
        List.of(contract), entries(AuditAction.SIGNATURE).stream().map(e -> e.recordId()).toList());

    String entry = w.cpd.myLog(story.mentee, COURSE).years().get(0).entries().get(0).id();
    w.cpd.reflect(story.mentee, COURSE, entry, "What I learnt", false, false);
    w.cpd.approve(story.coordinator, COURSE, entry);
    List<AuditEntry> approvals = entries(AuditAction.APPROVAL);
    assertEquals(1, approvals.size());
    assertEquals(story.coordinator.person().personId(), approvals.get(0).actorId());
    assertEquals("CPD_ENTRY", approvals.get(0).recordType());

    w.documents.sessionRecord(story.mentee, COURSE, story.relationshipId, session);
    assertEquals(
        List.of("SESSION:" + session),
        entries(AuditAction.EXPORT).stream()
            .map(e -> e.recordType() + ":" + e.recordId())
            .toList());
  }

  @Test
  void onlyTheLeadReadsTheSchemesTrailAndTheReadingIsRecorded() {
    w.relationships.get(story.mentee, COURSE, story.relationshipId);
    deliver();
    assertThrows(Forbidden.class, () -> w.audit.forScheme(story.coordinator, COURSE, 0, 50));
    assertThrows(Forbidden.class, () -> w.audit.forScheme(story.mentee, COURSE, 0, 50));
    assertThrows(
        Forbidden.class,
        () -> w.audit.forScheme(Story.relaunched(story.lead), COURSE, 0, 50),
        "a lead launched as a learner");
    assertThrows(Forbidden.class, () -> w.audit.exportScheme(story.coordinator, COURSE));

    var page = w.audit.forScheme(story.lead, COURSE, 0, 50);
    assertTrue(page.total() > 0);
    assertTrue(
        page.items().stream()
            .anyMatch(v -> v.action() == AuditAction.READ && v.actorName() != null));
    // Newest first; the lead's reading is recorded after it was read.
    AuditEntry last = w.db.audit.all.get(w.db.audit.all.size() - 1);
    assertEquals("AUDIT_TRAIL", last.recordType());
    assertEquals(story.lead.person().personId(), last.actorId());

    w.audit.exportScheme(story.lead, COURSE);
    last = w.db.audit.all.get(w.db.audit.all.size() - 1);
    assertEquals(AuditAction.EXPORT, last.action());
  }

  @Test
  void aRefusedPowerIsRecordedWithItsOperationAndNeverAnArgumentThatIsNotAnId() {
    w.audit.deniedOperation(
        story.mentee,
        COURSE,
        "CpdService.approve",
        "0b8e2a4e-8f6a-4c1e-9d7b-2f3a4b5c6d7e",
        "FORBIDDEN");
    w.audit.deniedOperation(
        story.mentee, COURSE, "MentorService.invitation", "secret code", "FORBIDDEN");
    List<AuditEntry> denied = entries(AuditAction.DENIED);
    assertEquals(2, denied.size());
    assertEquals("CpdService.approve:FORBIDDEN", denied.get(0).detail());
    assertEquals(story.scheme().schemeId(), denied.get(0).schemeId());
    assertEquals("0b8e2a4e-8f6a-4c1e-9d7b-2f3a4b5c6d7e", denied.get(0).recordId());
    assertEquals(null, denied.get(1).recordId());
  }

  @Test
  void anErasurePseudonymisesThePersonsEntriesAndKeepsThem() {
    w.relationships.get(story.mentee, COURSE, story.relationshipId);
    deliver();
    String mentee = story.mentee.person().personId();
    long before = w.db.audit.all.stream().filter(e -> mentee.equals(e.actorId())).count();
    assertTrue(before > 0);
    int size = w.db.audit.all.size();
    String pseudonym =
        w.audit.erased(Actors.TENANT, story.scheme().schemeId(), AuditEntry.OPERATOR, mentee);
    assertEquals(size + 1, w.db.audit.all.size());
    assertEquals(0, w.db.audit.all.stream().filter(e -> mentee.equals(e.actorId())).count());
    assertEquals(
        before, w.db.audit.all.stream().filter(e -> pseudonym.equals(e.actorId())).count());
    var all = w.audit.all(Optional.empty(), 0, 100);
    assertTrue(all.items().stream().anyMatch(v -> "Erased person".equals(v.actorName())));
  }
}
