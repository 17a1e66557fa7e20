package org.mentorlink.tool.exports;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.mentorlink.domain.app.SubjectViews;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.tool.infrastructure.web.Messages;
import org.mentorlink.tool.present.Fmt;
import org.mentorlink.tool.present.Labels;

/**
 * A person's export as a readable, tagged PDF ({@code templates/pdf/my-data.html}): the same
 * records as the JSON download, each record's fields as labelled rows and its lists as numbered
 * sections a heading level down — so that nothing the JSON holds is left out, whatever records
 * later features add. Empty fields are left out.
 */
public final class SubjectPdf {
  private static final int MAX_DEPTH = 8;

  /** A labelled value. */
  public record Field(String label, String value) {}

  /** A heading, its fields, and the sections under it ({@code level} 2 to 6). */
  public record Section(String title, int level, List<Field> fields, List<Section> sections) {}

  private SubjectPdf() {}

  public static byte[] of(SubjectViews.SubjectExport export, ZoneId zone) {
    Fmt fmt = new Fmt(zone);
    List<Section> sections = new ArrayList<>();
    sections.add(section(Messages.text("pdf.myData.person"), 2, export.person(), fmt, 0));
    int i = 0;
    for (SubjectViews.SchemeData s : export.schemes()) {
      sections.add(section(Messages.text("pdf.myData.scheme", ++i, s.schemeName()), 2, s, fmt, 0));
    }
    return TaggedPdf.render(
        "my-data", Map.of("fmt", fmt, "export", export, "sections", sections), export.exportedAt());
  }

  private static Section section(String title, int level, Object value, Fmt fmt, int depth) {
    List<Field> fields = new ArrayList<>();
    List<Section> children = new ArrayList<>();
    if (value != null && value.getClass().isRecord() && depth <= MAX_DEPTH) {
      for (RecordComponent c : value.getClass().getRecordComponents()) {
        Object v;
        try {
          v = c.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
          continue;
        }
        add(field(c.getName()), v, level, fmt, depth, fields, children);
      }
    } else if (value != null) {
      fields.add(new Field(title, text(fmt, value)));
    }
    return new Section(title, level, fields, children);
  }

  private static void add(
      String label,
      Object v,
      int level,
      Fmt fmt,
      int depth,
      List<Field> fields,
      List<Section> children) {
    int down = Math.min(level + 1, 6);
    if (v == null) {
      return;
    }
    if (v instanceof Collection<?> list) {
      if (list.isEmpty()) {
        return;
      }
      if (list.iterator().next().getClass().isRecord()) {
        int n = 0;
        for (Object item : list) {
          children.add(section(label + " " + (++n), down, item, fmt, depth + 1));
        }
      } else {
        fields.add(
            new Field(label, String.join(", ", list.stream().map(x -> text(fmt, x)).toList())));
      }
    } else if (v instanceof Map<?, ?> map) {
      map.forEach((k, x) -> add(label + " " + k, x, level, fmt, depth, fields, children));
    } else if (v.getClass().isRecord()) {
      children.add(section(label, down, v, fmt, depth + 1));
    } else {
      String t = text(fmt, v);
      if (!t.isBlank()) {
        fields.add(new Field(label, t));
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
      return Messages.text(b ? "pdf.yes" : "pdf.no");
    }
    if (v instanceof Enum<?> e) {
      return new Labels().of(e);
    }
    if (v instanceof String name && name.matches("[A-Z][A-Z_]+")) {
      String words = Messages.find("pdf.myData.value." + name);
      return words != null ? words : name;
    }
    return String.valueOf(v);
  }

  /** The bundle's words for a record field ({@code pdf.myData.field.<name>}), else its name. */
  static String field(String name) {
    String words = Messages.find("pdf.myData.field." + name);
    return words != null ? words : label(name);
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
