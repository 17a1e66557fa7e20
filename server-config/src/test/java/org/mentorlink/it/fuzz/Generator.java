package org.mentorlink.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.mentorlink.it.fuzz.OpenApi.Operation;
import org.mentorlink.it.fuzz.OpenApi.Param;
import org.mentorlink.it.fuzz.World.Role;

/**
 * Makes requests for an operation from its OpenAPI description: a valid request (values that fit
 * each schema and the world's real ids), or one broken in one way of a {@link Kind}. Everything
 * random comes from one seeded {@link Random}, so a seed gives the same sequence again.
 */
final class Generator {
  /** The input classes. */
  enum Kind {
    VALID,
    BROKEN_JSON,
    WRONG_TYPE,
    UNKNOWN_ENUM,
    NULL_ELEMENT,
    MISSING_FIELDS,
    EXTRA_FIELD,
    IMPOSSIBLE_DATE,
    EXTREME_DATE,
    HUGE_STRING,
    CONTROL_CHARACTERS,
    PAGING,
    CONTENT_TYPE,
    EMPTY_BODY,
    PATH_ID,
    HEADERS,
    WRONG_METHOD,
    CONCURRENT;

    boolean needsBody() {
      return EnumSet.of(
              BROKEN_JSON,
              WRONG_TYPE,
              UNKNOWN_ENUM,
              NULL_ELEMENT,
              MISSING_FIELDS,
              EXTRA_FIELD,
              IMPOSSIBLE_DATE,
              EXTREME_DATE,
              HUGE_STRING,
              CONTROL_CHARACTERS,
              EMPTY_BODY)
          .contains(this);
    }
  }

  /** A request to send. {@code csrf}: add the sender's CSRF token; {@code note}: what is odd. */
  record Request(
      Operation op,
      Role role,
      Kind kind,
      String method,
      String url,
      Map<String, String> headers,
      byte[] body,
      boolean csrf,
      String note) {
    String describe() {
      String b = body == null ? "(no body)" : new String(body, StandardCharsets.UTF_8);
      if (b.length() > 400) {
        b = b.substring(0, 400) + "... (" + body.length + " bytes)";
      }
      return kind
          + " as "
          + role
          + ": "
          + method
          + " "
          + url
          + (note.isEmpty() ? "" : " [" + note + "]")
          + "\n    headers "
          + headers
          + (csrf ? " +csrf" : "")
          + "\n    body "
          + b;
    }
  }

  /** A place in a body: its path (names and indexes) and its schema. */
  private record Slot(List<Object> path, JsonObject schema, String name) {}

  private final Random random;
  private final OpenApi api;
  private final World world;
  private final Set<String> methodsByPath = new LinkedHashSet<>();

  Generator(long seed, OpenApi api, World world) {
    this.random = new Random(seed);
    this.api = api;
    this.world = world;
    for (Operation o : api.operations()) {
      methodsByPath.add(o.method() + " " + o.path());
    }
  }

  Random random() {
    return random;
  }

  /** The input classes that make sense for {@code op}, valid and concurrent ones left out. */
  List<Kind> refusalKinds(Operation op) {
    List<Kind> out = new ArrayList<>();
    for (Kind k : Kind.values()) {
      if (k == Kind.VALID || k == Kind.CONCURRENT) {
        continue;
      }
      if (k.needsBody() && !op.takesBody()) {
        continue;
      }
      if (k == Kind.PATH_ID && op.in("path").isEmpty()) {
        continue;
      }
      if (k == Kind.PAGING && op.in("query").isEmpty()) {
        continue;
      }
      if (k == Kind.WRONG_METHOD && otherMethods(op).isEmpty()) {
        continue;
      }
      out.add(k);
    }
    return out;
  }

  // ================================================================ requests

  Request next(Operation op, Kind kind) {
    return next(op, kind, role(op));
  }

  /** The roles that may plausibly call {@code op}, in a random order. */
  List<Role> candidates(Operation op) {
    List<Role> out = new ArrayList<>(List.of(Role.LEAD, Role.MENTOR, Role.MENTEE, Role.LEARNER));
    java.util.Collections.shuffle(out, random);
    if (op.path().startsWith("/api/operator")) {
      out.add(0, Role.OPERATOR);
    }
    return out;
  }

  /**
   * Whether the request being made ends something the later requests need (a relationship, a
   * request): then its odd texts and headers are only those that must be refused.
   */
  private boolean refusingOnly;

  /** A request for {@code op} of {@code kind}, sent as {@code role}. */
  Request next(Operation op, Kind kind, Role role) {
    refusingOnly = kind != Kind.VALID && kind != Kind.CONCURRENT && ApiFuzzer.ends(op);
    List<String> notes = new ArrayList<>();
    String path = path(op, kind == Kind.PATH_ID, notes);
    String query = query(op, kind == Kind.PAGING, notes);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", op.produces());
    byte[] body = null;
    if (op.takesBody()) {
      String text = body(op, kind, notes);
      // A lone surrogate cannot be encoded as UTF-8: send it as JSON's escape, as a client may.
      body =
          text == null ? null : text.replace("\ud800", "\\ud800").getBytes(StandardCharsets.UTF_8);
      if (body != null || kind == Kind.EMPTY_BODY) {
        headers.put("Content-Type", "application/json");
      }
      if (kind == Kind.EMPTY_BODY && body == null && random.nextBoolean()) {
        body = new byte[0];
      }
    }
    String method = op.method();
    boolean csrf = role != Role.ANONYMOUS && role != Role.OPERATOR;
    switch (kind) {
      case CONTENT_TYPE -> contentType(op, headers, notes, body);
      case HEADERS -> csrf = headers(headers, notes, csrf, refusingOnly);
      case WRONG_METHOD -> {
        List<String> others = otherMethods(op);
        method = others.get(random.nextInt(others.size()));
        notes.add("method " + method + " instead of " + op.method());
      }
      default -> {}
    }
    if (kind == Kind.CONTENT_TYPE && body == null && op.takesBody()) {
      body = "{}".getBytes(StandardCharsets.UTF_8);
    }
    if (role == Role.OPERATOR) {
      headers.put("Authorization", "Bearer " + world.operatorToken);
    }
    return new Request(
        op, role, kind, method, path + query, headers, body, csrf, String.join("; ", notes));
  }

  private Role role(Operation op) {
    if (op.path().startsWith("/api/operator")) {
      return random.nextInt(10) < 7 ? Role.OPERATOR : pick(List.of(Role.values()));
    }
    if (random.nextInt(20) == 0) {
      return Role.ANONYMOUS;
    }
    return pick(List.of(Role.LEAD, Role.MENTOR, Role.MENTEE, Role.LEARNER));
  }

  private List<String> otherMethods(Operation op) {
    List<String> out = new ArrayList<>();
    for (String m : List.of("GET", "POST", "PUT", "DELETE", "PATCH")) {
      if (!methodsByPath.contains(m + " " + op.path())) {
        out.add(m);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- path and query

  private static final List<String> ODD_IDS =
      List.of(
          "00000000-0000-0000-0000-000000000000",
          "nonexistent",
          "0",
          "-1",
          "%2e%2e",
          "..",
          "%20",
          "%00",
          "%0d%0a",
          "%ff",
          "%C3%A9t%C3%A9",
          "%F0%9F%98%80",
          "%27%20OR%201%3D1",
          "%3Cscript%3E",
          "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D",
          "null");

  private String path(Operation op, boolean odd, List<String> notes) {
    String path = op.path();
    List<Param> params = op.in("path");
    Param target = odd && !params.isEmpty() ? pick(params) : null;
    for (Param p : params) {
      String value;
      if (p == target) {
        int r = random.nextInt(ODD_IDS.size() + 2);
        if (r == ODD_IDS.size()) {
          value = "x".repeat(2000 + random.nextInt(3000));
          notes.add(p.name() + ": " + value.length() + " characters");
        } else if (r == ODD_IDS.size() + 1) {
          // A real id of another kind of object.
          value = encode(pick(allIds()));
          notes.add(p.name() + ": an id of another kind");
        } else {
          value = ODD_IDS.get(r);
          notes.add(p.name() + ": " + value);
        }
      } else {
        List<String> ids = world.idsFor(op.path(), p.name());
        value = encode(ids.isEmpty() ? "unknown" : pick(ids));
      }
      path = path.replace("{" + p.name() + "}", value);
    }
    // A template parameter the document does not declare for this operation (a class-level
    // @PathParam): a real id by its name, so the request still reaches the operation.
    java.util.regex.Matcher left =
        java.util.regex.Pattern.compile("\\{([A-Za-z]+)\\}").matcher(path);
    StringBuilder filled = new StringBuilder();
    while (left.find()) {
      List<String> ids = world.idsFor(op.path(), left.group(1));
      left.appendReplacement(
          filled,
          java.util.regex.Matcher.quoteReplacement(encode(ids.isEmpty() ? "unknown" : pick(ids))));
    }
    left.appendTail(filled);
    return filled.toString();
  }

  private List<String> allIds() {
    List<String> all = new ArrayList<>();
    all.add(world.relationship);
    all.addAll(world.sessions);
    all.addAll(world.goals);
    all.addAll(world.requests);
    all.addAll(world.proposals);
    all.addAll(world.cpdEntries);
    all.addAll(world.persons);
    return all;
  }

  private static final List<String> ODD_PAGES =
      List.of(
          "-1", "2147483647", "21474837", "99999999999", "abc", "", "1.5", "0x10", "1e3", "%20");
  private static final List<String> ODD_SIZES =
      List.of("0", "-1", "101", "1000000", "2147483647", "-2147483648", "abc", "", "2.5");
  private static final List<String> ODD_TEXTS =
      List.of(
          "%00", "%1B%5B31m", "..%2F..%2F", "x".repeat(3000), "%E2%80%AE", "9999%2F00", "UNKNOWN");

  private String query(Operation op, boolean odd, List<String> notes) {
    List<Param> params = op.in("query");
    if (params.isEmpty()) {
      return "";
    }
    Map<String, String> q = new LinkedHashMap<>();
    boolean paging = params.stream().anyMatch(p -> p.name().equals("page"));
    if (odd && paging && random.nextInt(4) == 0) {
      q.put("page", "21474837");
      q.put("size", "100");
      notes.add("page 21474837 of 100: the offset overflows an int");
    } else {
      Param target = odd ? pick(params) : null;
      for (Param p : params) {
        if (p == target) {
          String v =
              switch (p.name()) {
                case "page" -> pick(ODD_PAGES);
                case "size" -> pick(ODD_SIZES);
                default -> pick(ODD_TEXTS);
              };
          notes.add(p.name() + "=" + v);
          q.put(p.name(), v);
        } else if (p.required() || random.nextInt(3) > 0) {
          String v = validQuery(p);
          if (v != null) {
            q.put(p.name(), v);
          }
        }
      }
    }
    if (q.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("?");
    q.forEach(
        (k, v) -> {
          if (b.length() > 1) {
            b.append('&');
          }
          b.append(k).append('=').append(v);
        });
    return b.toString();
  }

  private String validQuery(Param p) {
    JsonObject s = api.resolve(p.schema());
    switch (p.name()) {
      case "page":
        return String.valueOf(random.nextInt(3));
      case "size":
        return String.valueOf(1 + random.nextInt(100));
      case "year":
        return random.nextBoolean() ? null : encode(cpdYearLabel());
      default:
        break;
    }
    if ("array".equals(type(s))) {
      JsonObject items = api.resolve(s.getJsonObject("items"));
      return items.containsKey("enum") ? encode(pickEnum(items)) : null;
    }
    if (s.containsKey("enum")) {
      return encode(pickEnum(s));
    }
    return null;
  }

  private static String cpdYearLabel() {
    LocalDate today = LocalDate.now();
    int start = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    return start + "/" + String.format("%02d", (start + 1) % 100);
  }

  // ---------------------------------------------------------------- headers

  private static final List<String> ODD_CONTENT_TYPES =
      List.of(
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=fuzz",
          "application/json; charset=UTF-16",
          "application/octet-stream",
          "garbage",
          "*/*",
          "");
  private static final List<String> ODD_ACCEPTS =
      List.of("text/xml", "image/png", "application/xml", "text/csv", "garbage/", "text/html");

  private void contentType(
      Operation op, Map<String, String> headers, List<String> notes, byte[] body) {
    if (op.takesBody() && random.nextInt(4) > 0) {
      String ct = pick(ODD_CONTENT_TYPES);
      if (ct.isEmpty()) {
        headers.remove("Content-Type");
        notes.add("no Content-Type");
      } else {
        headers.put("Content-Type", ct);
        notes.add("Content-Type " + ct);
      }
    } else {
      String accept = pick(ODD_ACCEPTS);
      headers.put("Accept", accept);
      notes.add("Accept " + accept);
    }
  }

  private static final String GOOD_REQUEST_ID = "fuzz-0123456789abcdef";

  /**
   * Odd headers; {@code refusedOnly}: only those that must make the request fail (for requests that
   * would end something the later requests need).
   */
  private boolean headers(
      Map<String, String> headers, List<String> notes, boolean csrf, boolean refusedOnly) {
    int variant = refusedOnly ? List.of(0, 1, 4).get(random.nextInt(3)) : random.nextInt(6);
    switch (variant) {
      case 0 -> {
        notes.add("no CSRF token");
        return false;
      }
      case 1 -> {
        headers.put("X-CSRF-Token", "forged-" + random.nextInt(1000));
        notes.add("a forged CSRF token");
        return false;
      }
      case 2 -> {
        headers.put("X-Request-Id", GOOD_REQUEST_ID + random.nextInt(1000));
        notes.add("a proxy's request id");
      }
      case 3 -> {
        String id = pick(List.of("x".repeat(300), "a b c", "é-unicode", "<script>", "", "a;b"));
        headers.put("X-Request-Id", id);
        notes.add("a malformed request id");
      }
      case 4 -> {
        headers.put("X-Mentorlink-Launch", pick(List.of("zzz", "x".repeat(500), "../..", "%00")));
        notes.add("a launch handle of no launch");
      }
      default -> {
        headers.put("Accept", "text/html");
        notes.add("a browser's Accept");
      }
    }
    return csrf;
  }

  // ---------------------------------------------------------------- bodies

  /** The body's text for {@code kind} (null: no body). */
  private String body(Operation op, Kind kind, List<String> notes) {
    JsonObject schema = api.resolve(op.bodySchema());
    JsonValue valid = value(schema, "", 0);
    List<Slot> slots = new ArrayList<>();
    slots(schema, valid, new ArrayList<>(), "", slots);
    switch (kind) {
      case BROKEN_JSON:
        return broken(valid, notes);
      case WRONG_TYPE:
        return mutate(valid, slots, s -> !type(s.schema()).isEmpty(), notes, this::wrongType, true);
      case UNKNOWN_ENUM:
        return mutate(valid, slots, s -> isEnum(s.schema()), notes, this::unknownEnum, true);
      case NULL_ELEMENT:
        return mutate(
            valid, slots, s -> "array".equals(type(s.schema())), notes, this::nullElement, true);
      case MISSING_FIELDS:
        return missing(schema, valid, slots, notes);
      case EXTRA_FIELD:
        return extra(valid, slots, notes);
      case IMPOSSIBLE_DATE:
        return mutate(valid, slots, s -> isDate(s.schema()), notes, this::impossibleDate, true);
      case EXTREME_DATE:
        return mutate(valid, slots, s -> isDate(s.schema()), notes, this::extremeDate, true);
      case HUGE_STRING:
        return mutate(
            valid, slots, s -> "string".equals(type(s.schema())), notes, this::huge, true);
      case CONTROL_CHARACTERS:
        return mutate(
            valid, slots, s -> "string".equals(type(s.schema())), notes, this::control, true);
      case EMPTY_BODY:
        String e = pick(List.of("", "null", "[]", "\"text\"", "0", "   ", "\uFEFF{}"));
        notes.add("body <" + e + ">");
        return e.isEmpty() ? null : e;
      default:
        return valid.toString();
    }
  }

  private interface Mutation {
    JsonValue apply(Slot slot, List<String> notes);
  }

  private String mutate(
      JsonValue valid,
      List<Slot> slots,
      java.util.function.Predicate<Slot> which,
      List<String> notes,
      Mutation mutation,
      boolean fallBackToWrongType) {
    List<Slot> candidates = slots.stream().filter(which).toList();
    if (candidates.isEmpty()) {
      if (fallBackToWrongType && !slots.isEmpty()) {
        return mutate(
            valid, slots, s -> !type(s.schema()).isEmpty(), notes, this::wrongType, false);
      }
      notes.add("nothing to change: an unknown field instead");
      return extra(valid, slots, notes);
    }
    Slot s = pick(candidates);
    return Json2.set(valid, s.path(), mutation.apply(s, notes)).toString();
  }

  private JsonValue wrongType(Slot s, List<String> notes) {
    String t = type(s.schema());
    List<JsonValue> options =
        switch (t) {
          case "string" ->
              List.of(
                  num("12"),
                  JsonValue.TRUE,
                  JsonValue.EMPTY_JSON_OBJECT,
                  JsonValue.EMPTY_JSON_ARRAY,
                  num("1.5"));
          case "integer" ->
              List.of(
                  str("12"),
                  num("1.5"),
                  JsonValue.TRUE,
                  JsonValue.EMPTY_JSON_ARRAY,
                  num("1e400"),
                  num("2147483648"),
                  num("-2147483649"),
                  num("1.0"));
          case "number" -> List.of(str("12"), JsonValue.FALSE, JsonValue.EMPTY_JSON_OBJECT);
          case "boolean" ->
              List.of(str("yes"), str("true"), num("1"), num("0"), JsonValue.EMPTY_JSON_ARRAY);
          case "array" ->
              List.of(
                  str("CAREER_DECISION"), JsonValue.EMPTY_JSON_OBJECT, num("1"), JsonValue.TRUE);
          default -> List.of(str("text"), JsonValue.EMPTY_JSON_ARRAY, num("1"));
        };
    JsonValue v = pick(options);
    notes.add(s.name() + ": " + v + " where " + t + " is meant");
    return v;
  }

  private JsonValue unknownEnum(Slot s, List<String> notes) {
    String v = pick(List.of("NOT_A_VALUE", "", "career_decision", "IN PERSON", "0", "ANY"));
    notes.add(s.name() + ": unknown value '" + v + "'");
    return str(v);
  }

  private JsonValue nullElement(Slot s, List<String> notes) {
    JsonObject items = api.resolve(s.schema().getJsonObject("items"));
    JsonArrayBuilder b = Json.createArrayBuilder();
    if (random.nextBoolean()) {
      b.add(value(items, s.name(), 1));
    }
    b.addNull();
    notes.add(s.name() + ": a null element");
    return b.build();
  }

  private static final List<String> IMPOSSIBLE_DATES =
      List.of(
          "2025-02-30",
          "31/12/2025",
          "2025-13-01",
          "2025-00-10",
          "2025-1-1",
          "today",
          "",
          "2025-06-31",
          "20250101");
  private static final List<String> IMPOSSIBLE_TIMES =
      List.of(
          "2025-02-30T10:00:00Z",
          "2025-06-01T25:00:00Z",
          "2025-06-01T10:00:00",
          "31/12/2025 10:00",
          "1733000000",
          "2025-06-01",
          "");
  private static final List<String> EXTREME_DATES =
      List.of(
          "0001-01-01",
          "9999-12-31",
          "+999999999-12-31",
          "-999999999-01-01",
          "1900-01-01",
          "2999-01-01",
          "0000-01-01");
  private static final List<String> EXTREME_TIMES =
      List.of(
          "0001-01-01T00:00:00Z",
          "9999-12-31T23:59:59Z",
          "+999999999-12-31T23:59:59Z",
          "-999999999-01-01T00:00:00Z",
          "1970-01-01T00:00:00Z",
          "2999-01-01T00:00:00Z");

  private JsonValue impossibleDate(Slot s, List<String> notes) {
    String v = pick(isDateTime(s.schema()) ? IMPOSSIBLE_TIMES : IMPOSSIBLE_DATES);
    notes.add(s.name() + ": '" + v + "'");
    return v.equals("20250101") ? num(v) : str(v);
  }

  private JsonValue extremeDate(Slot s, List<String> notes) {
    String v = pick(isDateTime(s.schema()) ? EXTREME_TIMES : EXTREME_DATES);
    notes.add(s.name() + ": '" + v + "'");
    return str(v);
  }

  private JsonValue huge(Slot s, List<String> notes) {
    int n = random.nextInt(10) == 0 ? 2_000_000 : 5_000 + random.nextInt(100_000);
    notes.add(s.name() + ": " + n + " characters");
    return str("Ab c".repeat(n / 4 + 1).substring(0, n));
  }

  private static final List<String> CONTROL =
      List.of(
          "nul \u0000 here",
          "esc \u001b[31m red",
          "bell \u0007",
          "\u0000",
          "back\bspace",
          "form\ffeed",
          "del \u007f",
          "c1 \u0085 next line",
          "lone \ud800 surrogate",
          "line one\r\nline two",
          "tab\there",
          "zero\u200bwidth",
          "rtl \u202e override");

  /** How many of {@link #CONTROL} must be refused (the rest is text a person may type). */
  private static final int REFUSED_CONTROL = 9;

  private JsonValue control(Slot s, List<String> notes) {
    String v = refusingOnly ? CONTROL.get(random.nextInt(REFUSED_CONTROL)) : pick(CONTROL);
    notes.add(
        s.name()
            + ": "
            + v.codePoints()
                .filter(c -> c < 32 || c > 126)
                .mapToObj(c -> String.format("U+%04X", c))
                .toList());
    return str(v);
  }

  private String missing(JsonObject schema, JsonValue valid, List<Slot> slots, List<String> notes) {
    if (random.nextInt(3) == 0 || !(valid instanceof JsonObject)) {
      notes.add("an empty object");
      return "{}";
    }
    List<String> required = required(schema);
    JsonValue v = valid;
    if (!required.isEmpty() && random.nextBoolean()) {
      String r = pick(required);
      notes.add("without required " + r);
      v = Json2.remove(v, List.of(r));
    } else {
      List<Slot> present =
          slots.stream()
              .filter(
                  s -> s.path().size() >= 1 && s.path().get(s.path().size() - 1) instanceof String)
              .toList();
      if (present.isEmpty()) {
        notes.add("an empty object");
        return "{}";
      }
      Slot s = pick(present);
      notes.add("without " + s.name());
      v = Json2.remove(v, s.path());
    }
    return v.toString();
  }

  private String extra(JsonValue valid, List<Slot> slots, List<String> notes) {
    if (!(valid instanceof JsonObject o)) {
      return valid.toString();
    }
    int r = random.nextInt(4);
    if (r == 0 && !o.isEmpty()) {
      // A duplicate key: JSON-P keeps one of them; the server must not trip over it.
      String k = o.keySet().iterator().next();
      String text = o.toString();
      notes.add("duplicate key " + k);
      return "{\"" + k + "\":" + o.get(k) + "," + text.substring(1);
    }
    String name =
        pick(List.of("zzUnknown", "id", "tenantId", "__proto__", "state", "personId", "lead"));
    JsonValue value =
        pick(List.of(num("1"), str("injected"), JsonValue.TRUE, JsonValue.EMPTY_JSON_OBJECT));
    List<Slot> objects = slots.stream().filter(s -> "object".equals(type(s.schema()))).toList();
    if (r == 1 && !objects.isEmpty()) {
      Slot s = pick(objects);
      List<Object> path = new ArrayList<>(s.path());
      path.add(name);
      notes.add("unknown field " + s.name() + "." + name);
      return Json2.set(valid, path, value).toString();
    }
    if (o.containsKey(name)) {
      name = "zz" + name;
    }
    notes.add("unknown field " + name);
    return Json.createObjectBuilder(o).add(name, value).build().toString();
  }

  private String broken(JsonValue valid, List<String> notes) {
    String text = valid.toString();
    int r = random.nextInt(9);
    String out =
        switch (r) {
          case 0 ->
              text.length() > 2 ? text.substring(0, 1 + random.nextInt(text.length() - 1)) : "{";
          case 1 -> "{\"helpWith\":";
          case 2 -> text.replaceFirst("\\}$", ",}");
          case 3 -> text.replace('"', '\'');
          case 4 -> "[".repeat(5000) + "]".repeat(5000);
          case 5 -> "{\"a\": NaN}";
          case 6 -> "{\"n\": 1e999999999}";
          case 7 -> "\u0001\u0002binary\u00ff";
          default -> "{\"text\": \"raw \u0000 control\"}";
        };
    notes.add("broken JSON (" + r + ")");
    return out;
  }

  // ---------------------------------------------------------------- valid values

  private JsonValue value(JsonObject schema, String name, int depth) {
    JsonObject s = api.resolve(schema);
    if (s.containsKey("enum")) {
      return str(pickEnum(s));
    }
    String lower = name.toLowerCase(Locale.ROOT);
    switch (type(s)) {
      case "object":
        JsonObjectBuilder b = Json.createObjectBuilder();
        JsonObject props = s.getJsonObject("properties");
        List<String> required = required(s);
        if (props != null && depth < 4) {
          for (String p : props.keySet()) {
            if (required.contains(p) || random.nextInt(5) > 0) {
              b.add(p, value(props.getJsonObject(p), p, depth + 1));
            }
          }
        }
        if (props == null && lower.equals("cpdyearstart")) {
          return str("04-01");
        }
        return b.build();
      case "array":
        JsonArrayBuilder a = Json.createArrayBuilder();
        JsonObject items = api.resolve(s.getJsonObject("items"));
        int n = depth < 3 ? random.nextInt(3) : 0;
        if (s.getBoolean("uniqueItems", false) && items.containsKey("enum")) {
          List<String> values = new ArrayList<>();
          items.getJsonArray("enum").forEach(v -> values.add(((JsonString) v).getString()));
          java.util.Collections.shuffle(values, random);
          values.stream().limit(Math.max(1, n)).forEach(a::add);
          return a.build();
        }
        if (lower.equals("helpwith")) {
          n = Math.max(1, n);
        }
        for (int i = 0; i < n; i++) {
          a.add(value(items, singular(name), depth + 1));
        }
        return a.build();
      case "integer":
        return num(String.valueOf(integer(lower, s)));
      case "number":
        return num(String.valueOf(random.nextInt(10)));
      case "boolean":
        return random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
      case "string":
        return str(string(lower, s));
      default:
        return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  private int integer(String name, JsonObject s) {
    int min = s.containsKey("minimum") ? s.getJsonNumber("minimum").intValue() : Integer.MIN_VALUE;
    int max = s.containsKey("maximum") ? s.getJsonNumber("maximum").intValue() : Integer.MAX_VALUE;
    int v =
        switch (name) {
          case "capacity" -> random.nextInt(7);
          case "allowancesessions" -> 1 + random.nextInt(12);
          case "allowanceperiodmonths" -> 3 + random.nextInt(22);
          case "allowanceyearlyminimum" -> random.nextInt(4);
          case "feedbackminimumgroup" -> 3 + random.nextInt(8);
          case "yearlytarget" -> 10 + random.nextInt(90);
          default -> 1 + random.nextInt(10);
        };
    return Math.max(min, Math.min(max, v));
  }

  private String string(String name, JsonObject s) {
    String format = s.getString("format", "");
    LocalDate today = LocalDate.now();
    if (format.equals("date")) {
      LocalDate d =
          switch (name) {
            case "date" -> today.minusDays(random.nextInt(60));
            case "trainedon" -> today.minusDays(30 + random.nextInt(2000));
            case "startdate" -> today.plusDays(random.nextInt(30));
            case "reviewdate" -> today.plusDays(30 + random.nextInt(150));
            case "dueon", "actiondueon" -> today.plusDays(1 + random.nextInt(120));
            default -> today.plusDays(random.nextInt(61) - 30);
          };
      return d.toString();
    }
    if (format.equals("date-time")) {
      return Instant.now()
          .plus(random.nextInt(60) - 20, ChronoUnit.DAYS)
          .plus(random.nextInt(24 * 60), ChronoUnit.MINUTES)
          .truncatedTo(ChronoUnit.MINUTES)
          .toString();
    }
    if (name.contains("hours")) {
      return pick(List.of("1", "1.5", "2", "0.5"));
    }
    if (name.equals("personid")) {
      return pick(world.persons);
    }
    if (name.equals("mentorprofileid")) {
      return pick(world.mentorProfiles);
    }
    if (name.equals("cpdyearstart")) {
      return pick(List.of("04-01", "09-01", "01-01"));
    }
    if (name.equals("issuer")) {
      return "https://fuzz-" + random.nextInt(1_000_000) + ".example.org";
    }
    if (name.endsWith("url") || name.equals("link")) {
      return "https://platform.example.org/fuzz/" + random.nextInt(1000);
    }
    if (name.contains("deploymentid") || name.equals("clientid")) {
      return "fuzz-" + random.nextInt(1_000_000);
    }
    if (s.containsKey("examples") && random.nextBoolean()) {
      JsonArray ex = s.getJsonArray("examples");
      if (!ex.isEmpty() && ex.get(0) instanceof JsonString js) {
        return js.getString();
      }
    }
    return pick(
            List.of(
                "Fuzz text",
                "Dr Zoë O'Brien",
                "Line one\nline two",
                "Plain words",
                "A goal: pass the AKT"))
        + " "
        + random.nextInt(1000);
  }

  // ---------------------------------------------------------------- schema walking

  private void slots(
      JsonObject schema, JsonValue value, List<Object> path, String name, List<Slot> out) {
    JsonObject s = api.resolve(schema);
    String t = type(s);
    if (t.equals("object") && value instanceof JsonObject o) {
      JsonObject props = s.getJsonObject("properties");
      if (props == null) {
        return;
      }
      for (String p : props.keySet()) {
        List<Object> child = new ArrayList<>(path);
        child.add(p);
        String childName = name.isEmpty() ? p : name + "." + p;
        JsonObject ps = api.resolve(props.getJsonObject(p));
        out.add(new Slot(List.copyOf(child), ps, childName));
        if (o.containsKey(p)) {
          slots(ps, o.get(p), child, childName, out);
        }
      }
    } else if (t.equals("array") && value instanceof JsonArray a) {
      JsonObject items = api.resolve(s.getJsonObject("items"));
      for (int i = 0; i < a.size(); i++) {
        List<Object> child = new ArrayList<>(path);
        child.add(i);
        String childName = name + "[" + i + "]";
        out.add(new Slot(List.copyOf(child), items, childName));
        slots(items, a.get(i), child, childName, out);
      }
    }
  }

  static String type(JsonObject s) {
    if (s == null) {
      return "";
    }
    if (s.containsKey("enum")) {
      return "string";
    }
    JsonValue t = s.get("type");
    if (t instanceof JsonString js) {
      return js.getString();
    }
    if (t instanceof JsonArray a) {
      for (JsonValue v : a) {
        if (v instanceof JsonString js && !js.getString().equals("null")) {
          return js.getString();
        }
      }
    }
    return "";
  }

  private static List<String> required(JsonObject s) {
    List<String> out = new ArrayList<>();
    if (s.containsKey("required")) {
      s.getJsonArray("required").forEach(v -> out.add(((JsonString) v).getString()));
    }
    return out;
  }

  private static boolean isEnum(JsonObject s) {
    return s.containsKey("enum");
  }

  private static boolean isDate(JsonObject s) {
    String f = s.getString("format", "");
    return f.equals("date") || f.equals("date-time");
  }

  private static boolean isDateTime(JsonObject s) {
    return s.getString("format", "").equals("date-time");
  }

  private String pickEnum(JsonObject s) {
    JsonArray values = s.getJsonArray("enum");
    return ((JsonString) values.get(random.nextInt(values.size()))).getString();
  }

  private static String singular(String name) {
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  static JsonValue str(String s) {
    return Json.createValue(s);
  }

  static JsonValue num(String n) {
    return Json.createValue(new BigDecimal(n));
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
