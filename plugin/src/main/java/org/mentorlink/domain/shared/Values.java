package org.mentorlink.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Small persistence helpers shared by the domain's entities. */
public final class Values {
  private Values() {}

  /** Stores a list of short texts as lines of one column (texts never contain newlines). */
  @Converter
  public static class LinesConverter implements AttributeConverter<List<String>, String> {
    @Override
    public String convertToDatabaseColumn(List<String> attribute) {
      return attribute == null || attribute.isEmpty() ? null : String.join("\n", attribute);
    }

    @Override
    public List<String> convertToEntityAttribute(String dbData) {
      return dbData == null || dbData.isEmpty() ? List.of() : List.of(dbData.split("\n"));
    }
  }

  /** Splits a stored comma list of enum names. */
  public static <E extends Enum<E>> Set<E> enums(Class<E> type, String stored) {
    if (stored == null || stored.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(stored.split(","))
        .map(s -> Enum.valueOf(type, s))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Joins enum names for storage. */
  public static String names(Set<? extends Enum<?>> values) {
    return values == null || values.isEmpty()
        ? null
        : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }

  /** Trims each text, drops blanks and newlines, bounds each and the count. */
  public static List<String> tidyLines(List<String> in, int maxEach, int maxCount, String what) {
    return tidyLines(in, maxEach, maxCount, null, what);
  }

  /** As {@link #tidyLines(List, int, int, String)}, a failure naming {@code field}. */
  public static List<String> tidyLines(
      List<String> in, int maxEach, int maxCount, String field, String what) {
    if (in == null) {
      return List.of();
    }
    List<String> out =
        in.stream()
            .filter(s -> s != null && !s.isBlank())
            .map(s -> Require.cleanText(s, field, what).replaceAll("[\\r\\n]+", " ").strip())
            .distinct()
            .toList();
    if (out.size() > maxCount) {
      throw new DomainException(
          "TOO_MANY_ITEMS", field, what + ": at most " + maxCount + " items.");
    }
    for (String s : out) {
      if (s.length() > maxEach) {
        throw new DomainException(
            "TEXT_TOO_LONG", field, what + ": each item at most " + maxEach + " characters.");
      }
    }
    return out;
  }

  /** Optional free text, trimmed, bounded; null when blank. */
  public static String optionalText(String value, int max, String what) {
    return optionalText(value, max, null, what);
  }

  /** As {@link #optionalText(String, int, String)}, a failure naming {@code field}. */
  public static String optionalText(String value, int max, String field, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = Require.cleanText(value, field, what).strip();
    if (v.length() > max) {
      throw new DomainException(
          "TEXT_TOO_LONG", field, what + " must be at most " + max + " characters.");
    }
    return v;
  }
}
