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

  /** GET the line items; an answer that is not 2xx is returned as it is. */
  OutboundHttp.Answer list(String lineItemsUrl, String token) throws IOException {
    return http.get(
        lineItemsUrl, Map.of("Authorization", "Bearer " + token, "Accept", CONTAINER_TYPE));
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

  /** POST a new line item for the year. */
  OutboundHttp.Answer create(
      String lineItemsUrl, String token, String yearLabel, LocalDate yearStart, int maximum)
      throws IOException {
    String body =
        Json.createObjectBuilder()
            .add("scoreMaximum", maximum)
            .add("label", "Mentoring CPD " + yearLabel)
            .add("tag", tag(yearStart))
            .add("resourceId", tag(yearStart))
            .build()
            .toString();
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
