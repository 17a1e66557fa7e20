package org.mentorlink.it.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mentorlink.it.fuzz.World.Role;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.mentoring.Participant;

/**
 * Everything the world's people can read through the API, as one value: two equal snapshots mean
 * nothing was stored in between. Tokens and the gradebook outbox (which a background job drains)
 * are left out.
 */
final class Snapshot {
  private static final Set<String> VOLATILE = Set.of("csrfToken", "lastSeenAt");

  private final Map<String, JsonValue> reads;

  private Snapshot(Map<String, JsonValue> reads) {
    this.reads = reads;
  }

  static Snapshot take(World w) {
    Map<String, JsonValue> reads = new LinkedHashMap<>();
    String rel = "/api/relationships/" + w.relationship;
    read(
        reads,
        w,
        Role.MENTEE,
        rel,
        "/api/requests/mine",
        "/api/proposals/mine",
        "/api/cpd",
        "/api/relationships");
    read(reads, w, Role.MENTOR, rel, "/api/cpd", "/api/mentor-profile", "/api/proposals/mine");
    read(
        reads,
        w,
        Role.LEAD,
        "/api/scheme",
        "/api/mentors",
        "/api/requests?size=100",
        "/api/scheme/relationships?size=100",
        "/api/scheme/roster?size=100",
        "/api/cpd/approvals?size=100",
        "/api/cpd/settings",
        "/api/cpd");
    read(reads, w, Role.LEARNER, "/api/requests/mine", "/api/cpd", "/api/scheme/my-roles");
    for (String p : List.of("/api/operator/registrations", "/api/operator/keys")) {
      Step s =
          w.operator.get(
              p,
              Map.of("Accept", "application/json", "Authorization", "Bearer " + w.operatorToken));
      put(reads, "OPERATOR " + p, s.status() + " " + normalise(Json2.parse(s.body())));
    }
    return new Snapshot(reads);
  }

  private static void read(Map<String, JsonValue> into, World w, Role role, String... paths) {
    Participant p = w.people.get(role);
    for (String path : paths) {
      Step s = p.call("GET", path, null);
      put(into, role + " " + path, s.status() + " " + normalise(Json2.parse(s.body())));
    }
  }

  private static void put(Map<String, JsonValue> into, String key, String value) {
    into.put(key, Json.createValue(value));
  }

  static JsonValue normalise(JsonValue v) {
    if (v instanceof JsonObject o) {
      JsonObjectBuilder b = Json.createObjectBuilder();
      o.forEach(
          (k, x) -> {
            if (!VOLATILE.contains(k)) {
              b.add(k, normalise(x));
            }
          });
      return b.build();
    }
    if (v instanceof JsonArray a) {
      JsonArrayBuilder b = Json.createArrayBuilder();
      a.forEach(x -> b.add(normalise(x)));
      return b.build();
    }
    return v == null ? JsonValue.NULL : v;
  }

  /** The reads that differ from {@code before} (empty: the same). */
  List<String> differences(Snapshot before) {
    return reads.keySet().stream()
        .filter(k -> !Objects.equals(reads.get(k), before.reads.get(k)))
        .map(
            k ->
                k
                    + "\n      before "
                    + cut(before.reads.get(k))
                    + "\n      after  "
                    + cut(reads.get(k)))
        .toList();
  }

  private static String cut(JsonValue v) {
    String s = String.valueOf(v);
    return s.length() > 600 ? s.substring(0, 600) + "..." : s;
  }
}
