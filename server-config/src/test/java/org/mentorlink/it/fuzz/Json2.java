package org.mentorlink.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/** Small JSON-P helpers: change one value deep inside an immutable tree, read leniently. */
final class Json2 {
  private Json2() {}

  /**
   * A copy of {@code root} with the value at {@code path} (names and indexes) replaced or added.
   */
  static JsonValue set(JsonValue root, List<Object> path, JsonValue value) {
    if (path.isEmpty()) {
      return value;
    }
    Object head = path.get(0);
    List<Object> rest = path.subList(1, path.size());
    if (head instanceof String name && root instanceof JsonObject o) {
      JsonObjectBuilder b = Json.createObjectBuilder(o);
      JsonValue child = o.containsKey(name) ? o.get(name) : JsonValue.EMPTY_JSON_OBJECT;
      b.add(name, set(child, rest, value));
      return b.build();
    }
    if (head instanceof Integer i && root instanceof JsonArray a) {
      JsonArrayBuilder b = Json.createArrayBuilder();
      for (int k = 0; k < a.size(); k++) {
        b.add(k == i ? set(a.get(k), rest, value) : a.get(k));
      }
      if (i >= a.size()) {
        b.add(set(JsonValue.EMPTY_JSON_OBJECT, rest, value));
      }
      return b.build();
    }
    return root;
  }

  /** A copy of {@code root} without the member at {@code path} (a no-op for array indexes). */
  static JsonValue remove(JsonValue root, List<Object> path) {
    if (path.isEmpty()) {
      return root;
    }
    Object head = path.get(0);
    if (path.size() == 1 && head instanceof String name && root instanceof JsonObject o) {
      JsonObjectBuilder b = Json.createObjectBuilder(o);
      b.remove(name);
      return b.build();
    }
    if (head instanceof String name && root instanceof JsonObject o && o.containsKey(name)) {
      return Json.createObjectBuilder(o)
          .add(name, remove(o.get(name), path.subList(1, path.size())))
          .build();
    }
    if (head instanceof Integer i && root instanceof JsonArray a && i < a.size()) {
      JsonArrayBuilder b = Json.createArrayBuilder();
      for (int k = 0; k < a.size(); k++) {
        b.add(k == i ? remove(a.get(k), path.subList(1, path.size())) : a.get(k));
      }
      return b.build();
    }
    return root;
  }

  /** Parses JSON, or null when {@code text} is not JSON. */
  static JsonValue parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Json.createReader(new StringReader(text)).readValue();
    } catch (RuntimeException e) {
      return null;
    }
  }

  static JsonObject object(Map<String, ?> members) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    members.forEach((k, v) -> b.add(k, (JsonValue) v));
    return b.build();
  }
}
