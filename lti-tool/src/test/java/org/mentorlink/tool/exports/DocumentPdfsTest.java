package org.mentorlink.tool.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.app.DocumentViews;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.cpd.CpdActivity;
import org.mentorlink.domain.cpd.CpdRole;
import org.mentorlink.domain.cpd.EntryState;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.relationship.ActionItem;
import org.mentorlink.domain.relationship.ContractTerms;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.shared.CpdHours;

class DocumentPdfsTest {
  private static final String CODE = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567";
  static final String URL = "https://mentorlink.example.org/verify/" + CODE;
  private static final Instant ISSUED = Instant.parse("2025-06-02T13:45:00Z");

  private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");
  private final DocumentPdfs pdfs = new DocumentPdfs();

  static DocumentViews.CpdCertificate certificate(String name, int entries) {
    List<DocumentViews.CertificateLine> lines = new ArrayList<>();
    for (int i = 0; i < entries; i++) {
      lines.add(
          new DocumentViews.CertificateLine(
              LocalDate.of(2025, 5, 1).plusDays(i),
              i % 2 == 0 ? CpdActivity.SESSION : CpdActivity.MENTOR_TRAINING,
              i % 2 == 0 ? "Mentoring session " + (i + 1) : "Mentoring skills, day " + i,
              CpdRole.MENTOR,
              CpdHours.of("1.5"),
              i == 0 ? EntryState.APPROVED : EntryState.AWAITING_APPROVAL,
              i == 0 ? CpdHours.of("1.5") : CpdHours.ZERO));
    }
    return new DocumentViews.CpdCertificate(
        new DocumentViews.Issued(CODE, ISSUED),
        name,
        "West Yorkshire GP Mentoring",
        "2025/26",
        LocalDate.of(2025, 4, 1),
        LocalDate.of(2026, 3, 31),
        CpdHours.of("1.5"),
        CpdHours.of("3"),
        50,
        false,
        lines);
  }

  static DocumentViews.SessionRecordDocument sessionRecord() {
    String longNotes = "We talked about the partnership offer. ".repeat(400);
    return new DocumentViews.SessionRecordDocument(
        new DocumentViews.Issued(CODE, ISSUED),
        "Mentee One",
        "West Yorkshire GP Mentoring",
        "Mentee One",
        "Mentor Two",
        3,
        Instant.parse("2025-05-20T09:30:00Z"),
        CpdHours.of("2"),
        MeetingMode.VIDEO,
        "Partnership or salaried?",
        Set.of(Theme.PROFESSIONAL_DEVELOPMENT),
        List.of("Partnership", "Finance"),
        "Decide by June",
        List.of(
            new Views.ActionView(
                "Ask the practice manager for the accounts",
                ActionItem.Owner.MENTEE,
                LocalDate.of(2025, 6, 1),
                false)),
        longNotes,
        "Mentor's view\nover two lines",
        Instant.parse("2025-05-21T08:00:00Z"),
        List.of(
            new Views.AddendumView(
                new Views.PersonView("p1", "Mentor Two"),
                Instant.parse("2025-05-25T08:00:00Z"),
                "We also agreed a follow-up call.")));
  }

  static DocumentViews.ContractDocument contract() {
    ContractTerms terms =
        new ContractTerms(
            "We start on time.",
            "What we say stays between us, except where someone is at risk.",
            null,
            "Decide about partnership.",
            "Every six weeks",
            MeetingMode.VIDEO,
            null,
            LocalDate.of(2025, 5, 1),
            LocalDate.of(2025, 11, 1),
            "4 sessions in 12 months");
    String sha = "a".repeat(64);
    return new DocumentViews.ContractDocument(
        new DocumentViews.Issued(CODE, ISSUED),
        "Mentor Two",
        "West Yorkshire GP Mentoring",
        "Mentee One",
        "Mentor Two",
        2,
        terms,
        terms.text(),
        sha,
        List.of(
            new DocumentViews.SignatureLine(
                "Mentee One", "Mentee", Instant.parse("2025-05-02T10:00:00Z"), sha),
            new DocumentViews.SignatureLine(
                "Mentor Two", "Mentor", Instant.parse("2025-05-03T10:00:00Z"), sha)));
  }

  static String text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static int pages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theCertificateShowsNamePeriodTotalEntriesAndTheVerificationAddress() {
    byte[] pdf = pdfs.certificate(certificate("Dr Ada Lovelace", 3), URL, LONDON);
    assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
    String text = text(pdf);
    assertTrue(text.contains("CPD certificate"), text);
    assertTrue(text.contains("Dr Ada Lovelace"), text);
    assertTrue(text.contains("West Yorkshire GP Mentoring"), text);
    assertTrue(text.contains("2025/26: 1 April 2025 to 31 March 2026"), text);
    assertTrue(text.contains("1.5 credits approved"), text);
    assertTrue(text.contains("Mentoring session 1"), text);
    assertTrue(text.contains("Mentor training: Mentoring skills, day 1"), text);
    assertTrue(text.contains("Waiting for approval"), text);
    assertTrue(text.contains(CODE), text);
    assertTrue(text.contains(URL), text);
  }

  @Test
  void theVerificationAddressIsALink() throws IOException {
    byte[] pdf = pdfs.certificate(certificate("Ada Lovelace", 1), URL, LONDON);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      boolean linked =
          doc.getPage(0).getAnnotations().stream()
              .filter(a -> a instanceof PDAnnotationLink)
              .map(a -> ((PDAnnotationLink) a).getAction())
              .anyMatch(a -> a instanceof PDActionURI u && URL.equals(u.getURI()));
      assertTrue(linked);
      assertEquals("Mentorlink", doc.getDocumentInformation().getCreator());
    }
  }

  @Test
  void namesInOtherScriptsPrintAndMissingGlyphsDoNotBreakTheDocument() {
    byte[] pdf =
        pdfs.certificate(certificate("Łucja Żak-Müller Ελένη Дмитрий 王 \u0007", 1), URL, LONDON);
    String text = text(pdf);
    assertTrue(text.contains("Łucja Żak-Müller Ελένη Дмитрий"), text);
    assertFalse(text.contains("\u0007"));
  }

  @Test
  void aLongLogRunsOverPagesWithTheFooterOnEach() {
    byte[] pdf = pdfs.certificate(certificate("Ada Lovelace", 120), URL, LONDON);
    int pages = pages(pdf);
    assertTrue(pages > 2, "pages: " + pages);
    String text = text(pdf);
    assertTrue(text.contains("Page " + pages + " of " + pages), text);
    assertEquals(pages, text.split("Verification code " + CODE, -1).length - 1);
    assertTrue(text.contains("Mentoring session 119"), "the last entry is there");
  }

  @Test
  void theSessionRecordHoldsWhatThePartiesWroteAndTheSignOff() {
    DocumentViews.SessionRecordDocument d = sessionRecord();
    byte[] pdf = pdfs.sessionRecord(d, URL, LONDON);
    String text = text(pdf);
    assertTrue(text.contains("Mentoring session record"), text);
    assertTrue(text.contains("Tuesday 20 May 2025, 10:30"), text);
    assertTrue(text.contains("2 hours"), text);
    assertTrue(text.contains("Video call"), text);
    assertTrue(text.contains("Partnership or salaried?"), text);
    assertTrue(text.contains("Professional development"), text);
    assertTrue(text.contains("Ask the practice manager for the accounts"), text);
    assertTrue(text.contains("By the mentor on 21 May 2025, 09:00"), text);
    assertTrue(text.contains("Mentor's view\nover two lines"), text);
    assertTrue(text.contains("We also agreed a follow-up call."), text);
    assertTrue(pages(pdf) > 1, "long notes run on");
    assertTrue(text.contains(URL), text);
  }

  @Test
  void theContractCarriesTheExactTextItsHashAndBothSignatures() {
    DocumentViews.ContractDocument d = contract();
    ContractTerms terms = d.terms();
    String sha = d.sha256();
    String text = text(pdfs.contract(d, URL, LONDON));
    for (String line : terms.text().split("\n")) {
      assertTrue(text.contains(line), "the signed text, line by line: " + line + "\n" + text);
    }
    assertTrue(text.contains(sha), text);
    assertTrue(text.contains("Signed by the mentee Mentee One on 2 May 2025, 11:00"), text);
    assertTrue(text.contains("Signed by the mentor Mentor Two on 3 May 2025, 11:00"), text);
    assertTrue(text.contains("2 May 2025, 11:00"), text);
    assertTrue(text.contains(URL), text);
  }
}
