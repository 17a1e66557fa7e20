package org.mentorlink.tool.exports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * A small flowing layout on Apache PDFBox: A4 pages, a title, headings, labelled fields, wrapped
 * paragraphs, tables whose header repeats on each page, a boxed verification panel, and a footer on
 * every page with the verification code and address.
 *
 * <p>Text that people wrote is set in Liberation Sans (shipped inside PDFBox), embedded as a
 * subset, so names and notes in any Latin, Greek or Cyrillic script print as written; a character
 * the font lacks prints as "?" rather than failing the document. Labels (fixed English text) use
 * Helvetica-Bold.
 */
final class PdfLayout implements AutoCloseable {
  private static final PDRectangle SIZE = PDRectangle.A4;
  private static final float MARGIN = 50f;
  private static final float LEFT = MARGIN;
  private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
  private static final float TOP = SIZE.getHeight() - MARGIN;
  private static final float FOOTER_HEIGHT = 34f;
  private static final float BOTTOM = MARGIN + FOOTER_HEIGHT;
  private static final float LABEL_WIDTH = 130f;
  private static final String FONT_RESOURCE =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final byte[] TEXT_FONT = readFont();

  private final PDDocument doc = new PDDocument();
  private final PDFont text;
  private final PDFont label = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();
  private PDPage page;
  private PDPageContentStream out;
  private float y;

  /** A new document titled {@code title} (its metadata), opened on its first page. */
  PdfLayout(String title, Calendar created) {
    try {
      text = PDType0Font.load(doc, new ByteArrayInputStream(TEXT_FONT), true);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(printable(title, label));
      info.setCreator("Mentorlink");
      info.setCreationDate(created);
      doc.getDocumentCatalog().setLanguage("en-GB");
      newPage();
    } catch (IOException e) {
      close();
      throw new UncheckedIOException(e);
    }
  }

  static Calendar calendar(java.time.Instant at) {
    Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    c.setTimeInMillis(at.toEpochMilli());
    return c;
  }

  // ------------------------------------------------------------------ blocks

  /** The document's title, large. */
  void title(String s) {
    lines(wrap(s, label, 20, WIDTH), label, 20, 24, LEFT, Colour.BLUE);
    y -= 4;
  }

  /** A line under the title. */
  void subtitle(String s) {
    lines(wrap(s, text, 11, WIDTH), text, 11, 14, LEFT, Colour.GREY);
    y -= 10;
  }

  /** A section heading. */
  void heading(String s) {
    ensure(14 + 16 + 14);
    y -= 14;
    lines(wrap(s, label, 13, WIDTH), label, 13, 16, LEFT, Colour.BLUE);
    y -= 4;
  }

  /** Wrapped text; line breaks in {@code s} are kept. */
  void paragraph(String s) {
    paragraph(s, 10);
  }

  void paragraph(String s, float size) {
    if (s == null || s.isBlank()) {
      return;
    }
    lines(wrap(s, text, size, WIDTH), text, size, size * 1.35f, LEFT, Colour.BLACK);
    y -= 6;
  }

  /** A label and its value side by side; the value wraps (and may run on to the next page). */
  void field(String name, String value) {
    float size = 10;
    float leading = 13.5f;
    List<String> values =
        wrap(value == null || value.isBlank() ? "–" : value, text, size, WIDTH - LABEL_WIDTH);
    List<String> names = wrap(name, label, size, LABEL_WIDTH - 8);
    int n = Math.max(values.size(), names.size());
    ensure(Math.min(n, 3) * leading);
    for (int i = 0; i < n; i++) {
      ensure(leading);
      if (i < names.size()) {
        show(names.get(i), label, size, LEFT, y - size, Colour.BLACK);
      }
      if (i < values.size()) {
        show(values.get(i), text, size, LEFT + LABEL_WIDTH, y - size, Colour.BLACK);
      }
      y -= leading;
    }
    y -= 3;
  }

  /** A table: a header row repeated on each page, rows that wrap within their columns. */
  void table(String[] headers, float[] widths, List<String[]> rows) {
    float size = 9;
    float leading = 12;
    float total = 0;
    for (float w : widths) {
      total += w;
    }
    float[] cols = new float[widths.length];
    for (int i = 0; i < widths.length; i++) {
      cols[i] = widths[i] / total * WIDTH;
    }
    ensure(leading * 3);
    tableHeader(headers, cols, size, leading);
    for (String[] row : rows) {
      List<List<String>> cells = new ArrayList<>();
      int height = 1;
      for (int i = 0; i < cols.length; i++) {
        List<String> cell = wrap(i < row.length ? row[i] : "", text, size, cols[i] - 6);
        cells.add(cell);
        height = Math.max(height, cell.size());
      }
      float rowHeight = height * leading + 4;
      if (y - rowHeight < BOTTOM) {
        newPage();
        tableHeader(headers, cols, size, leading);
      }
      float x = LEFT;
      for (int i = 0; i < cols.length; i++) {
        float ly = y - size - 2;
        for (String line : cells.get(i)) {
          show(line, text, size, x, ly, Colour.BLACK);
          ly -= leading;
        }
        x += cols[i];
      }
      y -= rowHeight;
      rule(y + 1, 0.3f, Colour.RULE);
    }
    y -= 8;
  }

  private void tableHeader(String[] headers, float[] cols, float size, float leading) {
    float x = LEFT;
    int height = 1;
    for (int i = 0; i < cols.length; i++) {
      List<String> cell = wrap(headers[i], label, size, cols[i] - 6);
      float ly = y - size - 2;
      for (String line : cell) {
        show(line, label, size, x, ly, Colour.BLACK);
        ly -= leading;
      }
      height = Math.max(height, cell.size());
      x += cols[i];
    }
    y -= height * leading + 4;
    rule(y + 1, 0.8f, Colour.BLACK);
  }

  /** The boxed verification panel: the code, large, and the address to check it at (a link). */
  void verification(String code, String url) {
    float pad = 10;
    List<String> urlLines = wrap(url, text, 10, WIDTH - 2 * pad);
    List<String> intro =
        wrap(
            "Anyone can check that this document was issued by Mentorlink, and whether it still"
                + " stands, at the address below. The check shows initials only.",
            text,
            9,
            WIDTH - 2 * pad);
    float height = pad + 14 + 20 + intro.size() * 12 + 4 + urlLines.size() * 13 + pad;
    ensure(height + 16);
    y -= 12;
    float top = y;
    try {
      out.setStrokingColor(Colour.BLUE.r, Colour.BLUE.g, Colour.BLUE.b);
      out.setLineWidth(1.2f);
      out.addRect(LEFT, top - height, WIDTH, height);
      out.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= pad;
    show("Verification code", label, 10, LEFT + pad, y - 10, Colour.BLUE);
    y -= 14;
    show(code, text, 15, LEFT + pad, y - 15, Colour.BLACK);
    y -= 20;
    for (String line : intro) {
      show(line, text, 9, LEFT + pad, y - 9, Colour.GREY);
      y -= 12;
    }
    y -= 4;
    for (String line : urlLines) {
      show(line, text, 10, LEFT + pad, y - 10, Colour.LINK);
      link(url, LEFT + pad, y - 12, width(line, text, 10), 14);
      y -= 13;
    }
    y = top - height - 8;
  }

  // ------------------------------------------------------------------ finishing

  /**
   * Puts the footer on every page (code, address, page n of m; only the page without a {@code
   * code}) and returns the PDF's bytes. The layout is closed afterwards.
   */
  byte[] finish(String code, String url) {
    try {
      out.close();
      out = null;
      int pages = doc.getNumberOfPages();
      for (int i = 0; i < pages; i++) {
        PDPage p = doc.getPage(i);
        try (PDPageContentStream f =
            new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
          f.setStrokingColor(Colour.RULE.r, Colour.RULE.g, Colour.RULE.b);
          f.setLineWidth(0.5f);
          f.moveTo(LEFT, MARGIN + FOOTER_HEIGHT - 8);
          f.lineTo(LEFT + WIDTH, MARGIN + FOOTER_HEIGHT - 8);
          f.stroke();
          String pageNo = "Page " + (i + 1) + " of " + pages;
          if (code != null) {
            String first = fitted("Check this document at " + url, 7.5f, WIDTH);
            String second = "Verification code " + code;
            write(f, first, text, 7.5f, LEFT, MARGIN + 14, Colour.GREY);
            write(f, second, text, 7.5f, LEFT, MARGIN + 4, Colour.GREY);
          }
          write(
              f,
              pageNo,
              text,
              7.5f,
              LEFT + WIDTH - width(pageNo, text, 7.5f),
              MARGIN + 4,
              Colour.GREY);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    try {
      if (out != null) {
        out.close();
        out = null;
      }
    } catch (IOException ignored) {
      // closing after a failure: the document is thrown away
    }
    try {
      doc.close();
    } catch (IOException ignored) {
      // nothing left to release
    }
  }

  // ------------------------------------------------------------------ drawing

  private void newPage() {
    try {
      if (out != null) {
        out.close();
      }
      page = new PDPage(SIZE);
      doc.addPage(page);
      out = new PDPageContentStream(doc, page);
      y = TOP;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a new page unless {@code height} still fits above the footer. */
  private void ensure(float height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  private void lines(
      List<String> lines, PDFont font, float size, float leading, float x, Colour c) {
    for (String line : lines) {
      ensure(leading);
      show(line, font, size, x, y - size, c);
      y -= leading;
    }
  }

  private void show(String s, PDFont font, float size, float x, float baseline, Colour c) {
    try {
      write(out, s, font, size, x, baseline, c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(
      PDPageContentStream to, String s, PDFont font, float size, float x, float baseline, Colour c)
      throws IOException {
    String p = printable(s, font);
    if (p.isEmpty()) {
      return;
    }
    to.beginText();
    to.setFont(font, size);
    to.setNonStrokingColor(c.r, c.g, c.b);
    to.newLineAtOffset(x, baseline);
    to.showText(p);
    to.endText();
  }

  private void rule(float at, float width, Colour c) {
    try {
      out.setStrokingColor(c.r, c.g, c.b);
      out.setLineWidth(width);
      out.moveTo(LEFT, at);
      out.lineTo(LEFT + WIDTH, at);
      out.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void link(String url, float x, float bottom, float w, float h) {
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      return;
    }
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(x, bottom, w, h));
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    link.setBorderStyle(border);
    PDActionURI action = new PDActionURI();
    action.setURI(url);
    link.setAction(action);
    try {
      page.getAnnotations().add(link);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ text

  /** {@code s} as it can be printed in {@code font}: no control characters, "?" for no glyph. */
  String printable(String s, PDFont font) {
    if (s == null) {
      return "";
    }
    Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t' || Character.isSpaceChar(cp)) {
                b.append(' ');
              } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // dropped: control and zero-width formatting characters print nothing
              } else if (known.computeIfAbsent(cp, c -> canPrint(font, c))) {
                b.appendCodePoint(cp);
              } else {
                b.append('?');
              }
            });
    return b.toString();
  }

  private static boolean canPrint(PDFont font, int cp) {
    try {
      font.encode(new String(Character.toChars(cp)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  private float width(String s, PDFont font, float size) {
    try {
      return font.getStringWidth(printable(s, font)) / 1000f * size;
    } catch (IOException | IllegalArgumentException e) {
      return s.length() * size * 0.6f;
    }
  }

  /** {@code s} cut to fit {@code max} points, with an ellipsis when cut. */
  private String fitted(String s, float size, float max) {
    if (width(s, text, size) <= max) {
      return s;
    }
    String cut = s;
    while (!cut.isEmpty() && width(cut + "…", text, size) > max) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "…";
  }

  /** Breaks {@code s} into lines of at most {@code max} points, at spaces where possible. */
  List<String> wrap(String s, PDFont font, float size, float max) {
    List<String> lines = new ArrayList<>();
    String all = printableKeepingBreaks(s == null ? "" : s, font);
    for (String para : all.split("\r\n|\r|\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : para.strip().split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (width(candidate, font, size) <= max) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        // A word wider than the line (a long URL or hash) is broken where it must be.
        String rest = word;
        while (width(rest, font, size) > max) {
          int n = rest.length() - 1;
          while (n > 1 && width(rest.substring(0, n), font, size) > max) {
            n--;
          }
          lines.add(rest.substring(0, n));
          rest = rest.substring(n);
        }
        line.append(rest);
      }
      lines.add(line.toString());
    }
    while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private String printableKeepingBreaks(String s, PDFont font) {
    StringBuilder b = new StringBuilder();
    for (String part : s.split("(?<=\n)|(?=\n)")) {
      b.append(part.equals("\n") ? "\n" : printable(part.replace("\r", ""), font));
    }
    return b.toString();
  }

  private static byte[] readFont() {
    try (InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox's Liberation Sans is missing: " + FONT_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The few colours the documents use (RGB, 0–1). */
  private enum Colour {
    BLACK(0.05f, 0.05f, 0.05f),
    GREY(0.3f, 0.33f, 0.36f),
    BLUE(0f, 0.19f, 0.51f),
    LINK(0.11f, 0.27f, 0.58f),
    RULE(0.7f, 0.72f, 0.74f);

    final float r;
    final float g;
    final float b;

    Colour(float r, float g, float b) {
      this.r = r;
      this.g = g;
      this.b = b;
    }
  }
}
