package org.mentorlink.tool.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's values as the person typed them (or as prefilled from what is stored), so that a form
 * shown again after an error keeps every answer. Repeated fields (table rows such as signposting
 * services or actions) are kept in order: row {@code i} of every column belongs together.
 */
public final class FormData {
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  private FormData() {}

  /** A form with no values. */
  public static FormData empty() {
    return new FormData();
  }

  /** The values of a posted form (the CSRF token is left out). */
  public static FormData of(MultivaluedMap<String, String> posted) {
    FormData f = new FormData();
    if (posted != null) {
      posted.forEach(
          (k, v) -> {
            if (!"csrf".equals(k) && v != null) {
              f.values.put(k, new ArrayList<>(v.stream().map(s -> s == null ? "" : s).toList()));
            }
          });
    }
    return f;
  }

  /** Prefills {@code name}; a null value leaves it empty, a collection gives one value each. */
  public FormData put(String name, Object value) {
    if (value instanceof Collection<?> c) {
      List<String> list = new ArrayList<>();
      for (Object o : c) {
        list.add(o == null ? "" : o instanceof Enum<?> e ? e.name() : o.toString());
      }
      values.put(name, list);
    } else if (value != null) {
      values.put(
          name, new ArrayList<>(List.of(value instanceof Enum<?> e ? e.name() : value.toString())));
    }
    return this;
  }

  /** Prefills a text area with one line per item. */
  public FormData putLines(String name, Collection<String> lines) {
    return lines == null ? this : put(name, String.join("\n", lines));
  }

  /** The first value of {@code name}, or "" (never null, for {@code th:value}). */
  public String get(String name) {
    List<String> v = values.get(name);
    return v == null || v.isEmpty() ? "" : v.get(0);
  }

  /** Every value of {@code name}. */
  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** Whether a checkbox or radio button {@code name} with {@code value} is chosen. */
  public boolean checked(String name, String value) {
    return all(name).contains(value);
  }

  /** The trimmed value, or null when blank. */
  public String text(String name) {
    String v = get(name).strip();
    return v.isEmpty() ? null : v;
  }

  /** The non-blank lines of a text area, trimmed. */
  public List<String> lines(String name) {
    return get(name).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Row {@code i} of a repeated field, or "". */
  public String at(String name, int i) {
    List<String> v = all(name);
    return i >= 0 && i < v.size() ? v.get(i) : "";
  }

  /** Whether row {@code i} has anything in the given columns. */
  public boolean rowFilled(int i, String... columns) {
    for (String c : columns) {
      if (!at(c, i).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** How many rows have been posted or prefilled in the given columns. */
  public int rowCount(String... columns) {
    int n = 0;
    for (String c : columns) {
      n = Math.max(n, all(c).size());
    }
    return n;
  }

  /**
   * The row indexes to show for repeated fields {@code columns} (comma separated): every filled
   * row, one empty row to add another, and at least {@code minimum}, at most {@code maximum}.
   */
  public List<Integer> rows(String columns, int minimum, int maximum) {
    String[] cols = columns.split(",");
    int last = -1;
    for (int i = 0; i < rowCount(cols); i++) {
      if (rowFilled(i, cols)) {
        last = i;
      }
    }
    int n = Math.min(maximum, Math.max(minimum, last + 2));
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }
}
