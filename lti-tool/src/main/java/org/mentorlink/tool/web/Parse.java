package org.mentorlink.tool.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads typed values from a form, putting a message against the field when a value cannot be read
 * (the domain then judges what could be read).
 */
final class Parse {
  private static final DateTimeFormatter UK_DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private Parse() {}

  /** A whole number, or null when blank ({@code required}: blank is an error too). */
  static Integer integer(FormData f, String field, String what, boolean required, FormErrors e) {
    String v = f.text(field);
    if (v == null) {
      if (required) {
        e.add(field, "Enter " + what + ".");
      }
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException x) {
      e.add(field, capitalise(what) + " must be a whole number, like 4.");
      return null;
    }
  }

  /** A date from a date field (yyyy-mm-dd, or dd/mm/yyyy where the browser shows a text box). */
  static LocalDate date(String value, String field, String what, boolean required, FormErrors e) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      if (required) {
        e.add(field, "Enter " + what + ".");
      }
      return null;
    }
    try {
      return v.contains("/") ? LocalDate.parse(v, UK_DATE) : LocalDate.parse(v);
    } catch (DateTimeParseException x) {
      e.add(field, capitalise(what) + " must be a real date, like 27/03/2026.");
      return null;
    }
  }

  static LocalDate date(FormData f, String field, String what, boolean required, FormErrors e) {
    return date(f.get(field), field, what, required, e);
  }

  /** A time of day (hh:mm, 24-hour), or null. */
  static LocalTime time(FormData f, String field, String what, FormErrors e) {
    String v = f.get(field).strip().replace('.', ':');
    if (v.isEmpty()) {
      e.add(field, "Enter " + what + ".");
      return null;
    }
    try {
      return LocalTime.parse(v.length() == 4 ? "0" + v : v);
    } catch (DateTimeParseException x) {
      e.add(field, capitalise(what) + " must be a time on the 24-hour clock, like 14:30.");
      return null;
    }
  }

  /** A date and a time of day in {@code zone}, as an instant. */
  static Instant dateTime(
      FormData f, String dateField, String timeField, ZoneId zone, FormErrors e) {
    LocalDate d = date(f, dateField, "the date", true, e);
    LocalTime t = time(f, timeField, "the time", e);
    return d == null || t == null ? null : d.atTime(t).atZone(zone).toInstant();
  }

  /** One of an enum's values, or null (with a message if {@code required}). */
  static <E extends Enum<E>> E choice(
      FormData f, String field, Class<E> type, String message, FormErrors e) {
    String v = f.text(field);
    if (v != null) {
      try {
        return Enum.valueOf(type, v);
      } catch (IllegalArgumentException x) {
        // not one of the choices offered: treated as no answer
      }
    }
    if (message != null) {
      e.add(field, message);
    }
    return null;
  }

  /** The chosen values of a checkbox group (unknown values are ignored). */
  static <E extends Enum<E>> Set<E> choices(FormData f, String field, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    for (String v : f.all(field)) {
      try {
        out.add(Enum.valueOf(type, v));
      } catch (IllegalArgumentException x) {
        // ignored
      }
    }
    return out;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
