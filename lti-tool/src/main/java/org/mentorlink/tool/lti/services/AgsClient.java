package org.mentorlink.tool.lti.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.mentorlink.tool.infrastructure.http.OutboundHttp;

/**
 * The Assignment and Grade Services 2.0 requests: the line-items list (Moodle answers a bare JSON
 * array), a new line item, and a score. Service URLs may carry a query string (Moodle's {@code
 * ?type_id=N}); {@code /scores} goes before it.
 */
@ApplicationScoped
public class AgsClient {
  public static final String LINEITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
  public static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
  public static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

  @Inject OutboundHttp http;

  /**
   * The tag (and resourceId) that marks the line item of the CPD year starting on {@code start}.
   */
  static String tag(LocalDate start) {
    return "mentorlink-cpd-" + start;
  }

  /** {@code <lineitem>/scores}, before any query string. */
  static String scoresUrl(String lineItemUrl) {
    int q = lineItemUrl.indexOf('?');
    String path = q < 0 ? lineItemUrl : lineItemUrl.substring(0, q);
    String query = q < 0 ? "" : lineItemUrl.substring(q);
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path + "/scores" + query;
  }

  static String timestamp(long epochMs) {
    return TIMESTAMP.format(Instant.ofEpochMilli(epochMs));
  }

  /** GET one page of line items; an answer that is not 2xx is returned as it is. */
  OutboundHttp.Answer list(String pageUrl, String token) throws IOException {
    return http.get(pageUrl, Map.of("Authorization", "Bearer " + token, "Accept", CONTAINER_TYPE));
  }

  /** The line-items URL filtered by the year's tag (AGS 2.0 §3.2.1 {@code tag}). */
  static String filteredByTag(String lineItemsUrl, LocalDate yearStart) {
    int hash = lineItemsUrl.indexOf('#');
    String url = hash < 0 ? lineItemsUrl : lineItemsUrl.substring(0, hash);
    return url
        + (url.contains("?") ? "&" : "?")
        + "tag="
        + java.net.URLEncoder.encode(tag(yearStart), java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The next page of a line-items answer ({@code Link: <…>; rel="next"}), only on the origin of the
   * line-items service itself.
   */
  static Optional<String> nextPage(OutboundHttp.Answer a, String pageUrl, String lineItemsUrl) {
    return MembershipClient.nextLink(a)
        .map(next -> MembershipClient.resolve(pageUrl, next))
        .filter(
            next ->
                java.util.Objects.equals(
                    org.mentorlink.tool.lti.registration.Registration.originOf(next),
                    org.mentorlink.tool.lti.registration.Registration.originOf(lineItemsUrl)));
  }

  /**
   * The URL of this course's line item tagged for the year in a list answer, if any: its id must
   * lie under the course's own line-items service, and a {@code resourceLinkId} it carries must be
   * one of the course's links — a line item of another course or activity is never reused.
   */
  static Optional<String> find(
      String listBody, LocalDate yearStart, String lineItemsUrl, java.util.Set<String> links) {
    String tag = tag(yearStart);
    for (JsonValue v : items(listBody)) {
      if (!(v instanceof JsonObject o)) {
        continue;
      }
      String id = o.getString("id", null);
      String link = o.getString("resourceLinkId", null);
      if (id != null
          && (tag.equals(o.getString("tag", null)) || tag.equals(o.getString("resourceId", null)))
          && under(id, lineItemsUrl)
          && (link == null || links.contains(link))) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  /** True if {@code id} is on the service's origin and below its path. */
  static boolean under(String id, String lineItemsUrl) {
    String base = pathOf(lineItemsUrl);
    String own = pathOf(id);
    return java.util.Objects.equals(
            org.mentorlink.tool.lti.registration.Registration.originOf(id),
            org.mentorlink.tool.lti.registration.Registration.originOf(lineItemsUrl))
        && (own.equals(base) || own.startsWith(base.endsWith("/") ? base : base + "/"));
  }

  private static String pathOf(String url) {
    try {
      String p = java.net.URI.create(url).normalize().getPath();
      return p == null ? "" : p;
    } catch (IllegalArgumentException e) {
      return "\u0000"; // matches nothing
    }
  }

  private static JsonArray items(String listBody) {
    JsonStructure s = Json.createReader(new StringReader(listBody)).read();
    return s instanceof JsonArray a
        ? a
        : s.asJsonObject().containsKey("lineItems")
            ? s.asJsonObject().getJsonArray("lineItems")
            : JsonValue.EMPTY_JSON_ARRAY;
  }

  /** The URL of the line item tagged for the year in a list answer, if any. */
  static Optional<String> find(String listBody, LocalDate yearStart) {
    JsonStructure s = Json.createReader(new StringReader(listBody)).read();
    JsonArray items =
        s instanceof JsonArray a
            ? a
            : s.asJsonObject().containsKey("lineItems")
                ? s.asJsonObject().getJsonArray("lineItems")
                : JsonValue.EMPTY_JSON_ARRAY;
    String tag = tag(yearStart);
    for (JsonValue v : items) {
      if (v instanceof JsonObject o
          && (tag.equals(o.getString("tag", null)) || tag.equals(o.getString("resourceId", null)))
          && o.getString("id", null) != null) {
        return Optional.of(o.getString("id"));
      }
    }
    return Optional.empty();
  }

  /**
   * POST a new line item for the year, tied to {@code resourceLinkId} (null: none known) so that
   * the platform shows it as the activity's column.
   */
  OutboundHttp.Answer create(
      String lineItemsUrl,
      String token,
      String yearLabel,
      LocalDate yearStart,
      int maximum,
      String resourceLinkId)
      throws IOException {
    var b =
        Json.createObjectBuilder()
            .add("scoreMaximum", maximum)
            .add("label", "Mentoring CPD " + yearLabel)
            .add("tag", tag(yearStart))
            .add("resourceId", tag(yearStart));
    if (resourceLinkId != null) {
      b.add("resourceLinkId", resourceLinkId);
    }
    String body = b.build().toString();
    return http.post(
        lineItemsUrl,
        LINEITEM_TYPE,
        body,
        Map.of("Authorization", "Bearer " + token, "Accept", LINEITEM_TYPE));
  }

  /** The created line item's URL from a POST answer. */
  static Optional<String> createdId(String body) {
    try {
      return Optional.ofNullable(
          Json.createReader(new StringReader(body)).readObject().getString("id", null));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The score body as AGS 2.0 §3.4 and Moodle's checks need it. */
  static String scoreBody(Outbox.Claimed c) {
    return Json.createObjectBuilder()
        .add("userId", c.userSub())
        .add("scoreGiven", Json.createValue(new BigDecimal(c.scoreGiven())))
        .add("scoreMaximum", c.scoreMaximum())
        .add("activityProgress", c.activityProgress())
        .add("gradingProgress", c.gradingProgress())
        .add("timestamp", timestamp(c.timestampMs()))
        .build()
        .toString();
  }

  /** POST the score to {@code <lineitem>/scores}. */
  OutboundHttp.Answer score(String lineItemUrl, String token, Outbox.Claimed c) throws IOException {
    return http.post(
        scoresUrl(lineItemUrl),
        SCORE_TYPE,
        scoreBody(c),
        Map.of("Authorization", "Bearer " + token));
  }
}
