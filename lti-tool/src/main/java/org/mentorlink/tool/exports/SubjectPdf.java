package org.mentorlink.tool.exports;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import org.mentorlink.domain.app.SubjectViews;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.tool.present.Fmt;

/**
 * A person's export as a readable PDF: the same records as the JSON download, each record's fields
 * as labelled lines and its lists as numbered sections — so that nothing the JSON holds is left
 * out, whatever records later features add.
 */
public final class SubjectPdf {
  private static final int MAX_DEPTH = 8;

  private SubjectPdf() {}

  public static byte[] of(SubjectViews.SubjectExport export, ZoneId zone) {
    Fmt fmt = new Fmt(zone);
    PdfLayout pdf = new PdfLayout("My data in Mentorlink", PdfLayout.calendar(export.exportedAt()));
    pdf.title("Everything Mentorlink holds about you");
    pdf.subtitle("Exported " + fmt.dateTime(export.exportedAt()));
    pdf.paragraph(
        "The same records are in the JSON download. Records of a relationship are shown as you"
            + " see them in Mentorlink: both parties' parts.",
        9);
    pdf.heading("You, as the platform told Mentorlink");
    write(pdf, fmt, export.person(), 0);
    int i = 0;
    for (SubjectViews.SchemeData s : export.schemes()) {
      pdf.heading("Scheme " + (++i) + ": " + s.schemeName());
      write(pdf, fmt, s, 0);
    }
    if (export.schemes().isEmpty()) {
      pdf.paragraph("Mentorlink holds no records of yours in any scheme.");
    }
    return pdf.finish(null, null);
  }

  private static void write(PdfLayout pdf, Fmt fmt, Object value, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    if (!value.getClass().isRecord()) {
      pdf.paragraph(text(fmt, value));
      return;
    }
    for (RecordComponent c : value.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        continue;
      }
      String label = label(c.getName());
      if (v == null) {
        continue;
      }
      if (v instanceof Collection<?> list) {
        if (list.isEmpty()) {
          continue;
        }
        if (list.iterator().next().getClass().isRecord()) {
          int n = 0;
          for (Object item : list) {
            pdf.field(label + " " + (++n), "");
            write(pdf, fmt, item, depth + 1);
          }
        } else {
          pdf.field(label, String.join(", ", list.stream().map(x -> text(fmt, x)).toList()));
        }
      } else if (v instanceof Map<?, ?> map) {
        map.forEach((k, x) -> pdf.field(label + " " + k, text(fmt, x)));
      } else if (v.getClass().isRecord()) {
        pdf.field(label, "");
        write(pdf, fmt, v, depth + 1);
      } else {
        pdf.field(label, text(fmt, v));
      }
    }
  }

  private static String text(Fmt fmt, Object v) {
    if (v instanceof Instant at) {
      return fmt.dateTime(at);
    }
    if (v instanceof LocalDate d) {
      return fmt.day(d);
    }
    if (v instanceof CpdHours h) {
      return fmt.hours(h);
    }
    if (v instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    return String.valueOf(v);
  }

  /** {@code closingSummary} → "Closing summary". */
  static String label(String name) {
    StringBuilder b = new StringBuilder();
    for (char ch : name.toCharArray()) {
      if (Character.isUpperCase(ch)) {
        b.append(' ').append(Character.toLowerCase(ch));
      } else {
        b.append(ch);
      }
    }
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }
}
