package org.mentorlink.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.app.Story.COURSE;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.testing.Contracts;

/**
 * Documents and their codes: the code a page shows beside a document's link is the code its PDF
 * carries, a second download finds the same issued document instead of a new one, a changed
 * document gets a new code, and a year without approved credit has no certificate.
 */
class DocumentsTest {
  private final Wiring w = new Wiring();
  private final Story story = new Story(w);

  private String creditedEntry() {
    String session = story.schedule(Instant.parse("2026-02-10T10:00:00Z"));
    story.holdAndSignOff(session);
    return session;
  }

  @Test
  void aYearWithoutApprovedCreditHasNoCertificateAndSaysWhy() {
    creditedEntry(); // an entry, but no reflection yet: no credit
    assertTrue(w.documents.certificateCodes(story.mentee, COURSE).isEmpty());
    InvalidTransition refused =
        assertThrows(
            InvalidTransition.class, () -> w.documents.cpdCertificate(story.mentee, COURSE, ""));
    assertEquals("NO_CPD_CREDIT", refused.code());
    assertTrue(refused.getMessage().contains("no approved credit"), refused.getMessage());
    assertTrue(w.db.documents.all.isEmpty(), "nothing issued");
  }

  @Test
  void theCertificateCodeOnThePageIsTheCodeOnThePdfUntilTheCreditChanges() {
    creditedEntry();
    String entry = w.cpd.myLog(story.mentee, COURSE).years().get(0).entries().get(0).id();
    w.cpd.reflect(story.mentee, COURSE, entry, "What I learnt", false, false);
    w.cpd.approve(story.coordinator, COURSE, entry);

    Map<String, String> codes = w.documents.certificateCodes(story.mentee, COURSE);
    assertEquals(1, codes.size());
    String year = codes.keySet().iterator().next();
    var first = w.documents.cpdCertificate(story.mentee, COURSE, year);
    assertEquals(codes.get(year), first.issued().code());
    var again = w.documents.cpdCertificate(story.mentee, COURSE, year);
    assertEquals(first.issued(), again.issued(), "the same document, issued once");
    assertEquals(1, w.db.documents.all.size());
    assertTrue(w.documents.verify(first.issued().code()).isPresent());

    // The mentor's certificate is another document, with another code.
    assertFalse(w.documents.certificateCodes(story.mentor, COURSE).containsValue(codes.get(year)));
  }

  @Test
  void theContractAndRecordCodesShowOnceSignedAndMatchTheirPdfs() {
    String session = creditedEntry();
    String rel = story.relationshipId;
    var view = w.relationships.draftContract(story.mentee, COURSE, rel, Contracts.terms());
    String contract = view.contracts().get(0).id();
    w.relationships.signContract(story.mentee, COURSE, rel, contract);
    assertEquals(Optional.empty(), w.documents.contractCode(story.mentee, COURSE, rel, contract));
    w.relationships.signContract(story.mentor, COURSE, rel, contract);

    String menteeCode = w.documents.contractCode(story.mentee, COURSE, rel, contract).orElseThrow();
    assertEquals(
        menteeCode, w.documents.contract(story.mentee, COURSE, rel, contract).issued().code());
    assertNotEquals(
        menteeCode, w.documents.contractCode(story.mentor, COURSE, rel, contract).orElseThrow());

    String recordCode =
        w.documents.sessionRecordCode(story.mentor, COURSE, rel, session).orElseThrow();
    assertEquals(
        recordCode, w.documents.sessionRecord(story.mentor, COURSE, rel, session).issued().code());
    assertThrows(
        NotFound.class,
        () -> w.documents.sessionRecordCode(story.otherMentee, COURSE, rel, session));
    assertThrows(
        NotFound.class, () -> w.documents.contractCode(story.otherMentee, COURSE, rel, contract));
  }
}
