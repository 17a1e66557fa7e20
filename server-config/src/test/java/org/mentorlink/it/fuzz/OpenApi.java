package org.mentorlink.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tool's own OpenAPI document ({@code GET /openapi?format=JSON}), read as the operations the
 * fuzzer calls: method, path template, parameters and the JSON body's schema ({@code $ref}s
 * resolved on use through {@link #resolve}).
 */
final class OpenApi {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /** A parameter of an operation: where it goes, its schema, whether it is required. */
  record Param(String name, String in, JsonObject schema, boolean required) {}

  /** One operation of the document. */
  record Operation(
      String method,
      String path,
      List<Param> params,
      JsonObject bodySchema,
      String summary,
      String produces) {
    String key() {
      return method + " " + path;
    }

    boolean takesBody() {
      return bodySchema != null;
    }

    boolean writes() {
      return !method.equals("GET");
    }

    List<Param> in(String where) {
      return params.stream().filter(p -> p.in().equals(where)).toList();
    }
  }

  private final JsonObject doc;
  private final List<Operation> operations;

  OpenApi(String json) {
    this.doc = Json.createReader(new StringReader(json)).readObject();
    this.operations = read(doc);
  }

  /** Every operation of the document, in a stable order (path, then method). */
  List<Operation> operations() {
    return operations;
  }

  /** The operations under {@code /api} (the JSON API; pages and LTI endpoints are not fuzzed). */
  List<Operation> apiOperations() {
    return operations.stream().filter(o -> o.path().startsWith("/api/")).toList();
  }

  /** The schema itself, or the component a {@code $ref} names. */
  JsonObject resolve(JsonObject schema) {
    JsonObject s = schema;
    for (int depth = 0; s != null && s.containsKey("$ref") && depth < 20; depth++) {
      String ref = s.getString("$ref");
      String prefix = "#/components/schemas/";
      if (!ref.startsWith(prefix)) {
        throw new IllegalStateException("unsupported $ref " + ref);
      }
      s =
          doc.getJsonObject("components")
              .getJsonObject("schemas")
              .getJsonObject(ref.substring(prefix.length()));
    }
    return s == null ? JsonValue.EMPTY_JSON_OBJECT : s;
  }

  /** The content type of the operation's success, as documented (JSON when none is). */
  private static String produces(JsonObject op) {
    JsonObject responses = op.getJsonObject("responses");
    if (responses != null) {
      for (String status : new java.util.TreeSet<>(responses.keySet())) {
        JsonObject content = responses.getJsonObject(status).getJsonObject("content");
        if (status.startsWith("2") && content != null && !content.isEmpty()) {
          return content.keySet().iterator().next();
        }
      }
    }
    return "application/json";
  }

  private static List<Operation> read(JsonObject doc) {
    List<Operation> out = new ArrayList<>();
    JsonObject paths = doc.getJsonObject("paths");
    for (String path : paths.keySet()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : item.keySet()) {
        if (!METHODS.contains(method)) {
          continue;
        }
        JsonObject op = item.getJsonObject(method);
        List<Param> params = new ArrayList<>();
        if (op.containsKey("parameters")) {
          for (JsonValue v : op.getJsonArray("parameters")) {
            JsonObject p = v.asJsonObject();
            params.add(
                new Param(
                    p.getString("name"),
                    p.getString("in"),
                    p.containsKey("schema")
                        ? p.getJsonObject("schema")
                        : JsonValue.EMPTY_JSON_OBJECT,
                    p.getBoolean("required", p.getString("in").equals("path"))));
          }
        }
        JsonObject body = null;
        if (op.containsKey("requestBody")) {
          JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
          if (content != null && content.containsKey("application/json")) {
            JsonObject json = content.getJsonObject("application/json");
            body =
                json.containsKey("schema")
                    ? json.getJsonObject("schema")
                    : JsonValue.EMPTY_JSON_OBJECT;
          }
        }
        out.add(
            new Operation(
                method.toUpperCase(Locale.ROOT),
                path,
                List.copyOf(params),
                body,
                op.getString("summary", ""),
                produces(op)));
      }
    }
    out.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
    return List.copyOf(out);
  }
}
