package org.mentorlink.it.fuzz;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;

/**
 * What every answer of the tool must be, whatever was asked: never a 5xx; a 4xx under {@code /api}
 * is {@code application/problem+json} with {@code code}, {@code status} and the {@code requestId}
 * the {@code X-Request-Id} header carries; no body names a class or shows a stack; every answer
 * carries the security headers.
 */
public final class Checks {
  private Checks() {}

  /** A well-formed request id, as a proxy may send one and as the tool makes them. */
  public static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

  /** A class or package name, an exception's name, a stack frame or a server message id. */
  public static final Pattern LEAK =
      Pattern.compile(
          "\\b(?:java|javax|jakarta|com\\.ibm|org\\.eclipse|org\\.jboss|org\\.apache|org\\.h2"
              + "|org\\.postgresql|org\\.mentorlink|sun|jdk)\\.[a-z][\\w$]*\\.[\\w.$]+"
              + "|\\b\\w+(?:Exception|Error)\\b"
              + "|\\n\\s*at [\\w.$]+\\("
              + "|\\bSRVE\\d{4}|\\bCWW[A-Z]{2}\\d{4}|\\bRESTEASY\\d+|\\bJBWEB|\\bDSRA\\d{4}"
              + "|\\bSQLSTATE|\\bat \\[internal classes\\]");

  /**
   * A path Liberty refuses itself, before it chooses an application (an encoded NUL, CR or LF, a
   * malformed escape): its answer is a 400 with the security headers of {@code server.xml} and a
   * one-line body naming its message id (CWWWC0005I) — no class, no stack, but neither problem JSON
   * nor a request id, since no code of the tool runs. No setting of the WAR reaches it.
   */
  public static final Pattern REFUSED_BY_LIBERTY =
      Pattern.compile("(?i)%(?:00|0d|0a)|%(?![0-9a-f]{2})");

  /** Liberty's own body for such a path. */
  public static final Pattern LIBERTY_URI_REFUSAL =
      Pattern.compile(
          "\\{\"error_message\" : \"CWWWC0005I: [^\"<>]*\"\\}|<H1>CWWWC0005I: [^<>]*</H1><BR>");

  /** What is wrong with {@code step} as the answer to {@code sentRequestId} (empty: nothing). */
  public static List<String> problems(Step step, String sentRequestId) {
    List<String> out = new ArrayList<>();
    int status = step.status();
    String path = step.uri().getRawPath();
    if (REFUSED_BY_LIBERTY.matcher(path).find()) {
      if (status != 400) {
        out.add("a path Liberty refuses answered " + status);
      }
      if (!LIBERTY_URI_REFUSAL.matcher(step.body() == null ? "" : step.body().strip()).matches()) {
        out.add("a path Liberty refuses, with another body");
      }
      for (String h :
          List.of(
              "X-Content-Type-Options",
              "Content-Security-Policy",
              "Referrer-Policy",
              "Cache-Control")) {
        if (step.header(h).isEmpty()) {
          out.add("no " + h + " header");
        }
      }
      return out;
    }
    boolean api = path.startsWith("/api/") || path.equals("/api");
    String type = step.header("Content-Type").orElse("");
    String body = step.body() == null ? "" : step.body();
    if (status >= 500) {
      out.add("answered " + status);
    }
    String rid = step.header("X-Request-Id").orElse(null);
    if (rid == null) {
      out.add("no X-Request-Id header");
    } else if (!REQUEST_ID.matcher(rid).matches()) {
      out.add("malformed X-Request-Id " + rid);
    } else if (sentRequestId != null
        && REQUEST_ID.matcher(sentRequestId).matches()
        && !rid.equals(sentRequestId)) {
      out.add("the proxy's request id " + sentRequestId + " was not kept (got " + rid + ")");
    }
    for (String h :
        List.of(
            "X-Content-Type-Options",
            "Content-Security-Policy",
            "Referrer-Policy",
            "Cache-Control")) {
      if (step.header(h).isEmpty()) {
        out.add("no " + h + " header");
      }
    }
    if (status >= 400 && api) {
      if (!type.startsWith("application/problem+json")) {
        out.add("a " + status + " of type '" + type + "', not problem+json");
      } else {
        JsonValue v = Json2.parse(body);
        if (!(v instanceof JsonObject o)) {
          out.add("a problem body that is not a JSON object");
        } else {
          if (!(o.get("code") instanceof JsonString code) || code.getString().isBlank()) {
            out.add("a problem without a code");
          }
          if (!(o.get("status") instanceof JsonNumber n) || n.intValue() != status) {
            out.add("a problem whose status is not " + status);
          }
          if (!(o.get("requestId") instanceof JsonString r)) {
            out.add("a problem without requestId");
          } else if (rid != null && !r.getString().equals(rid)) {
            out.add("a problem whose requestId is not the header's");
          }
        }
      }
    }
    if (!type.startsWith("application/pdf")) {
      Matcher m = LEAK.matcher(body);
      if (m.find()) {
        out.add("the body shows '" + m.group().strip() + "'");
      }
    }
    return out;
  }
}
