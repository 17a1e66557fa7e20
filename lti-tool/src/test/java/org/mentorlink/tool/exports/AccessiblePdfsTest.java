package org.mentorlink.tool.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorlink.domain.app.SubjectViews;

/**
 * Every kind of PDF is accessible (PDF/UA): tagged with a structure tree and marked content (every
 * text tagged, or an artifact like the repeated footer), titled (and the viewer shows the title),
 * in British English, its fonts embedded, and its text real text that a screen reader reads in
 * order — the headings as they come on the page.
 */
class AccessiblePdfsTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final String URL = DocumentPdfsTest.URL;

  static Stream<Arguments> everyKind() {
    DocumentPdfs pdfs = new DocumentPdfs();
    return Stream.of(
        Arguments.of(
            "certificate",
            pdfs.certificate(DocumentPdfsTest.certificate("Dr Ada Lovelace", 40), URL, LONDON),
            "CPD certificate 2025/26",
            List.of("CPD certificate", "Entries in 2025/26", "Total credit", "Verification code")),
        Arguments.of(
            "session record",
            pdfs.sessionRecord(DocumentPdfsTest.sessionRecord(), URL, LONDON),
            "Mentoring session 3 record",
            List.of(
                "Mentoring session record",
                "Agenda",
                "Themes and topics",
                "Goals reviewed",
                "Actions",
                "The mentee's notes",
                "The mentor's notes",
                "Addenda",
                "Verification code")),
        Arguments.of(
            "contract",
            pdfs.contract(DocumentPdfsTest.contract(), URL, LONDON),
            "Mentoring contract, version 2",
            List.of(
                "Mentoring contract", "The text both signed", "Signatures", "Verification code")),
        Arguments.of(
            "my data",
            SubjectPdf.of(
                new SubjectViews.SubjectExport(
                    Instant.parse("2025-06-02T13:45:00Z"),
                    new SubjectViews.PersonData(
                        "p1",
                        "sub-1",
                        "Dr Ada Lovelace",
                        "ada@example.org",
                        Instant.parse("2025-01-02T09:00:00Z"),
                        Instant.parse("2025-06-01T09:00:00Z")),
                    List.of()),
                LONDON),
            "My data in Mentorlink",
            List.of(
                "Everything Mentorlink holds about you", "You, as the platform told Mentorlink")));
  }

  /**
   * How many text-showing operators of {@code page} lie outside any marked content: PDF/UA wants
   * every text either tagged (a structure element) or marked as an artifact (the page footer).
   */
  private static int unmarkedText(PDPage page) throws IOException {
    PDFStreamParser parser = new PDFStreamParser(page);
    int depth = 0;
    int unmarked = 0;
    for (Object t = parser.parseNextToken(); t != null; t = parser.parseNextToken()) {
      if (t instanceof Operator op) {
        switch (op.getName()) {
          case "BDC", "BMC" -> depth++;
          case "EMC" -> depth--;
          case "Tj", "TJ", "'", "\"" -> unmarked += depth > 0 ? 0 : 1;
          default -> {}
        }
      }
    }
    return unmarked;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKind")
  void isTaggedTitledInBritishEnglishWithEmbeddedFontsAndHeadingsInReadingOrder(
      String kind, byte[] pdf, String title, List<String> headings) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var catalog = doc.getDocumentCatalog();
      PDStructureTreeRoot tree = catalog.getStructureTreeRoot();
      assertNotNull(tree, kind + ": a structure tree");
      assertTrue(tree.getK() != null, kind + ": the tree has elements");
      PDMarkInfo mark = catalog.getMarkInfo();
      assertTrue(mark != null && mark.isMarked(), kind + ": MarkInfo Marked=true");
      assertEquals("en-GB", catalog.getLanguage(), kind);
      assertEquals(title, doc.getDocumentInformation().getTitle(), kind);
      assertTrue(
          catalog.getViewerPreferences() != null
              && catalog.getViewerPreferences().displayDocTitle(),
          kind + ": DisplayDocTitle");
      assertNotNull(catalog.getMetadata(), kind + ": XMP metadata (pdfuaid)");
      String xmp = new String(catalog.getMetadata().toByteArray(), "UTF-8");
      assertTrue(xmp.contains("pdfuaid"), kind + ": declares PDF/UA\n" + xmp);
      assertEquals("Mentorlink", doc.getDocumentInformation().getCreator());

      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (var name : res.getFontNames()) {
          PDFont font = res.getFont(name);
          fonts.add(font.getName());
          assertTrue(font.isEmbedded(), kind + ": embedded " + font.getName());
        }
      }
      assertTrue(fonts.stream().allMatch(f -> f.contains("Liberation")), kind + ": " + fonts);

      for (PDPage page : doc.getPages()) {
        assertEquals(0, unmarkedText(page), kind + ": text outside tags and artifacts");
      }

      String text = new PDFTextStripper().getText(doc);
      int at = -1;
      for (String h : headings) {
        int next = text.indexOf(h, at + 1);
        assertTrue(next > at, kind + ": \"" + h + "\" after the heading before it\n" + text);
        at = next;
      }
    }
  }
}
