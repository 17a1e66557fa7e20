package org.mentorlink.tool.api.binding;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.tool.infrastructure.web.ErrorPages.FieldError;
import org.mentorlink.tool.infrastructure.web.HttpProblem;

/**
 * Reads a request body into its record strictly, as the OpenAPI document describes it: a string
 * only where a string is meant (never a number or boolean), {@code true}/{@code false} only for a
 * boolean, whole numbers only for an integer, an enum's exact names, dates as {@code YYYY-MM-DD}
 * and instants with their offset (real dates only, within the field's {@link DateWindow}), arrays
 * without {@code null} items, no control characters in text, no unknown or repeated fields, and
 * {@code @Schema(required = true)} fields present. Every problem is collected with its JSON path
 * (such as {@code actions[2].dueOn}); if there is any, nothing is bound and the body is refused
 * with one 400 naming them all.
 */
public final class StrictJson {
  /** How deep objects and arrays may nest (the bodies nest three levels at most). */
  static final int MAX_DEPTH = 32;

  /** How many problems a refusal lists. */
  private static final int MAX_ERRORS = 20;

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");

  private final Instant now;
  private final LocalDate today;
  private final List<FieldError> errors = new ArrayList<>();

  private StrictJson(Instant now) {
    this.now = now;
    this.today = now.atZone(DateWindow.UK).toLocalDate();
  }

  /**
   * Parses {@code text} (JSON) and binds it to {@code type}, checking dates against {@code now};
   * null for an empty body or {@code null}; otherwise the record, or an {@link HttpProblem} 400.
   */
  public static <T extends Record> T read(String text, Class<T> type, Instant now) {
    JsonValue json = parse(text);
    if (json == null || json == JsonValue.NULL) {
      return null;
    }
    return bind(json, type, now);
  }

  /** Binds already parsed JSON to {@code type} (see {@link #read}). */
  public static <T extends Record> T bind(JsonValue json, Class<T> type, Instant now) {
    StrictJson b = new StrictJson(now);
    Object value = b.record(json, type, "");
    if (!b.errors.isEmpty()) {
      throw refusal(b.errors);
    }
    return type.cast(value);
  }

  // ---------------------------------------------------------------- parsing

  /**
   * Parses one JSON value (null for a blank text): a 400 {@code JSON_MALFORMED} saying where, if it
   * is not JSON, has anything after the value, nests too deeply or repeats a key.
   */
  static JsonValue parse(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.isBlank()) {
      return null;
    }
    try (JsonParser p = Json.createParser(new StringReader(t))) {
      if (!p.hasNext()) {
        return null;
      }
      JsonValue v = value(p, p.next(), 0);
      if (p.hasNext()) {
        throw malformed("there is more after the JSON value");
      }
      return v;
    } catch (JsonParsingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " (line "
                  + e.getLocation().getLineNumber()
                  + ", column "
                  + e.getLocation().getColumnNumber()
                  + ")";
      throw malformed("it is not well-formed" + where);
    } catch (jakarta.json.JsonException
        | IllegalStateException
        | java.util.NoSuchElementException e) {
      throw malformed("it is not well-formed");
    }
  }

  private static JsonValue value(JsonParser p, JsonParser.Event e, int depth) {
    switch (e) {
      case START_OBJECT -> {
        if (depth >= MAX_DEPTH) {
          throw malformed("it nests more than " + MAX_DEPTH + " levels deep");
        }
        JsonObjectBuilder o = Json.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        while (true) {
          JsonParser.Event next = p.next();
          if (next == JsonParser.Event.END_OBJECT) {
            return o.build();
          }
          String key = p.getString();
          if (!keys.add(key)) {
            throw malformed("the field " + shorten(key) + " appears twice");
          }
          o.add(key, value(p, p.next(), depth + 1));
        }
      }
      case START_ARRAY -> {
        if (depth >= MAX_DEPTH) {
          throw malformed("it nests more than " + MAX_DEPTH + " levels deep");
        }
        JsonArrayBuilder a = Json.createArrayBuilder();
        while (true) {
          JsonParser.Event next = p.next();
          if (next == JsonParser.Event.END_ARRAY) {
            return a.build();
          }
          a.add(value(p, next, depth + 1));
        }
      }
      case VALUE_STRING -> {
        return Json.createValue(p.getString());
      }
      case VALUE_NUMBER -> {
        return Json.createValue(p.getBigDecimal());
      }
      case VALUE_TRUE -> {
        return JsonValue.TRUE;
      }
      case VALUE_FALSE -> {
        return JsonValue.FALSE;
      }
      case VALUE_NULL -> {
        return JsonValue.NULL;
      }
      default -> throw malformed("it is not well-formed");
    }
  }

  static HttpProblem malformed(String why) {
    return new HttpProblem(400, "JSON_MALFORMED", "The request body is not JSON: " + why + ".");
  }

  // ---------------------------------------------------------------- binding

  private Object record(JsonValue v, Class<?> type, String path) {
    if (!(v instanceof JsonObject o)) {
      error(path, "WRONG_TYPE", "must be a JSON object");
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    Set<String> names =
        Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
    for (String key : o.keySet()) {
      if (!names.contains(key)) {
        error(join(path, key), "UNKNOWN_FIELD", "is not a field of this body");
      }
    }
    int before = errors.size();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      Field f = field(type, c.getName());
      String p = join(path, c.getName());
      JsonValue jv = o.get(c.getName());
      if (jv == null || jv == JsonValue.NULL) {
        Schema s = f.getAnnotation(Schema.class);
        if ((s != null && s.required()) || c.getType().isPrimitive()) {
          error(p, "REQUIRED", "is required");
        }
        continue;
      }
      args[i] = value(jv, c.getGenericType(), f, p);
    }
    if (errors.size() > before) {
      return null;
    }
    try {
      Constructor<?> ctor = type.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("cannot build " + type.getName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    }
  }

  private Object value(JsonValue v, Type type, Field field, String path) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      if (!(v instanceof JsonString s)) {
        return wrong(path, "must be a string");
      }
      if (!Require.isCleanText(s.getString())) {
        error(
            path,
            "TEXT_CONTROL_CHARACTERS",
            "must not contain control characters (only tabs and line breaks are allowed)");
        return null;
      }
      return s.getString();
    }
    if (raw == Boolean.class || raw == boolean.class) {
      if (v == JsonValue.TRUE) {
        return Boolean.TRUE;
      }
      if (v == JsonValue.FALSE) {
        return Boolean.FALSE;
      }
      return wrong(path, "must be true or false");
    }
    if (raw == Integer.class || raw == int.class) {
      Long n = whole(v, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return n == null ? null : Integer.valueOf(n.intValue());
    }
    if (raw == Long.class || raw == long.class) {
      return whole(v, path, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (raw.isEnum()) {
      return enumValue(v, raw, path);
    }
    if (raw == LocalDate.class) {
      return date(v, field, path);
    }
    if (raw == Instant.class) {
      return instant(v, field, path);
    }
    if (raw == MonthDay.class) {
      return monthDay(v, path);
    }
    if (raw == List.class || raw == Set.class) {
      return collection(v, type, raw, path);
    }
    if (raw.isRecord()) {
      return record(v, raw, path);
    }
    throw new IllegalStateException("no strict binding for " + type + " at " + path);
  }

  private Long whole(JsonValue v, String path, long min, long max) {
    if (!(v instanceof JsonNumber n)) {
      wrong(path, "must be a whole number");
      return null;
    }
    BigDecimal d = n.bigDecimalValue();
    // Digits only: 1.0, 1.5 and 1e2 are not how a whole number is written.
    if (d.scale() != 0) {
      wrong(path, "must be a whole number, written without a point or exponent");
      return null;
    }
    if (d.precision() > 19
        || d.compareTo(BigDecimal.valueOf(min)) < 0
        || d.compareTo(BigDecimal.valueOf(max)) > 0) {
      error(path, "NUMBER_OUT_OF_RANGE", "must be between " + min + " and " + max);
      return null;
    }
    return d.longValueExact();
  }

  private Object enumValue(JsonValue v, Class<?> type, String path) {
    Object[] constants = type.getEnumConstants();
    String allowed =
        Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    if (v instanceof JsonString s) {
      for (Object c : constants) {
        if (((Enum<?>) c).name().equals(s.getString())) {
          return c;
        }
      }
      error(path, "UNKNOWN_VALUE", "must be one of " + allowed);
      return null;
    }
    return wrong(path, "must be one of " + allowed + " (as a string)");
  }

  private LocalDate date(JsonValue v, Field field, String path) {
    if (!(v instanceof JsonString s)) {
      wrong(path, "must be a date as a string, YYYY-MM-DD");
      return null;
    }
    LocalDate d;
    try {
      if (!DATE.matcher(s.getString()).matches()) {
        throw new DateTimeException("not YYYY-MM-DD");
      }
      d = LocalDate.parse(s.getString(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeException e) {
      error(path, "INVALID_DATE", "must be a real date as YYYY-MM-DD, like 2026-03-27");
      return null;
    }
    Within w = field == null ? null : field.getAnnotation(Within.class);
    if (w != null && !w.value().admits(d, today)) {
      outOfRange(path, w.value());
      return null;
    }
    return d;
  }

  private Instant instant(JsonValue v, Field field, String path) {
    if (!(v instanceof JsonString s)) {
      wrong(path, "must be a date and time as a string, like 2026-03-27T14:30:00Z");
      return null;
    }
    Instant i;
    try {
      if (!DATE_TIME.matcher(s.getString()).matches()) {
        throw new DateTimeException("not ISO 8601 with an offset");
      }
      i = OffsetDateTime.parse(s.getString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      error(
          path,
          "INVALID_DATE",
          "must be a real date and time with its offset, like 2026-03-27T14:30:00Z");
      return null;
    }
    Within w = field == null ? null : field.getAnnotation(Within.class);
    if (w != null && !w.value().admits(i, now)) {
      outOfRange(path, w.value());
      return null;
    }
    return i;
  }

  private MonthDay monthDay(JsonValue v, String path) {
    if (v instanceof JsonString s && MONTH_DAY.matcher(s.getString()).matches()) {
      try {
        return MonthDay.parse("--" + s.getString());
      } catch (DateTimeException e) {
        // falls through to the error
      }
    }
    error(path, "INVALID_DATE", "must be a day of the year as MM-DD, like 04-01");
    return null;
  }

  private void outOfRange(String path, DateWindow w) {
    error(
        path,
        "DATE_OUT_OF_RANGE",
        "must be from " + w.earliest(today) + " to " + w.latest(today) + ": " + w.doc());
  }

  private Object collection(JsonValue v, Type type, Class<?> raw, String path) {
    if (!(v instanceof JsonArray a)) {
      return wrong(path, "must be an array");
    }
    Type item =
        type instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : Object.class;
    List<Object> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      String p = path + "[" + i + "]";
      if (a.get(i) == JsonValue.NULL) {
        error(p, "NULL_ITEM", "must not be null");
        continue;
      }
      out.add(value(a.get(i), item, null, p));
    }
    return raw == Set.class
        ? Collections.unmodifiableSet(new LinkedHashSet<>(out))
        : Collections.unmodifiableList(out);
  }

  // ---------------------------------------------------------------- errors

  private Object wrong(String path, String message) {
    error(path, "WRONG_TYPE", message);
    return null;
  }

  private void error(String path, String code, String message) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(new FieldError(path.isEmpty() ? "(body)" : path, code, message));
    }
  }

  /**
   * One 400 for all problems: {@code DATE_OUT_OF_RANGE} or {@code TEXT_CONTROL_CHARACTERS} when
   * every problem is of that kind, {@code VALIDATION_FAILED} otherwise.
   */
  static HttpProblem refusal(List<FieldError> errors) {
    Set<String> codes = errors.stream().map(FieldError::code).collect(Collectors.toSet());
    String code =
        codes.size() == 1
                && Set.of("DATE_OUT_OF_RANGE", "TEXT_CONTROL_CHARACTERS")
                    .contains(codes.iterator().next())
            ? codes.iterator().next()
            : "VALIDATION_FAILED";
    String detail =
        errors.stream()
            .limit(5)
            .map(e -> e.field() + " " + e.message())
            .collect(Collectors.joining("; "));
    if (errors.size() > 5) {
      detail += "; and " + (errors.size() - 5) + " more";
    }
    return new HttpProblem(400, code, "The request body was refused: " + detail + ".", errors);
  }

  private static String join(String path, String name) {
    String n = shorten(name);
    return path.isEmpty() ? n : path + "." + n;
  }

  /** A field name as an error may quote it: at most 60 characters, no control characters. */
  private static String shorten(String name) {
    String n =
        name.codePoints()
            .filter(c -> c >= 0x20 && c != 0x7f)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return n.length() > 60 ? n.substring(0, 60) + "..." : n;
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalStateException("no strict binding for " + t);
  }
}
