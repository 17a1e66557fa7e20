package org.mentorlink.tool.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Turns an error into what the caller can use: {@code application/problem+json} (RFC 9457) for the
 * API and for clients that ask for JSON, a plain, friendly page for browsers. Both carry a stable
 * error code and the request id, and never a stack trace, token or confidential text. Every refusal
 * (4xx) is logged here as one line: status, code, method, path and request id.
 */
@ApplicationScoped
public class ErrorPages {
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

  /** One field's problem in a refused body: where (a JSON path), a stable code, what to do. */
  public record FieldError(String field, String code, String message) {}

  /** A refusal: status, stable code, safe detail and, for a refused body, its fields' errors. */
  public record Problem(int status, String code, String detail, List<FieldError> errors) {
    public Problem(int status, String code, String detail) {
      this(status, code, detail, List.of());
    }

    public Problem {
      errors = errors == null ? List.of() : List.copyOf(errors);
    }
  }

  @Inject Templates templates;

  /** A response for {@code status} with a stable {@code code} and a safe, human {@code detail}. */
  public Response respond(
      UriInfo uriInfo, HttpHeaders headers, int status, String code, String detail) {
    return respond(uriInfo, headers, new Problem(status, code, detail));
  }

  /** A response for {@code problem}: problem JSON for the API and JSON clients, else a page. */
  public Response respond(UriInfo uriInfo, HttpHeaders headers, Problem problem) {
    String path = uriInfo == null ? "" : uriInfo.getPath();
    logRefusal(problem);
    if (wantsJson(path, headers)) {
      return Response.status(problem.status())
          .type(PROBLEM_JSON)
          .entity(problemJson(problem))
          .header("Cache-Control", "no-store")
          .build();
    }
    // An error page holds no personal data and no action: any platform may frame it, so a
    // refused launch shows its explanation inside the platform's iframe. As bytes: RESTEasy's
    // MessageSanitizerContainerResponseFilter HTML-escapes a String entity of every 400 text/html
    // response, and the browser then showed the page's source instead of the page.
    return Response.status(problem.status())
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(page(problem).getBytes(StandardCharsets.UTF_8))
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SecurityHeaders.policyFramedBy("*"))
        .build();
  }

  /** The problem as RFC 9457 JSON, with {@code code}, {@code requestId} and any field errors. */
  public static String problemJson(Problem p) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add(
                "type",
                "https://mentorlink.org/problems/" + p.code().toLowerCase().replace('_', '-'))
            .add("title", title(p.status()))
            .add("status", p.status())
            .add("code", p.code())
            .add("detail", p.detail());
    String id = RequestIds.current();
    if (id != null) {
      b.add("requestId", id);
    }
    if (!p.errors().isEmpty()) {
      b.add("field", p.errors().get(0).field());
      JsonArrayBuilder errors = Json.createArrayBuilder();
      for (FieldError e : p.errors()) {
        errors.add(
            Json.createObjectBuilder()
                .add("field", e.field())
                .add("code", e.code())
                .add("message", e.message()));
      }
      b.add("errors", errors);
    }
    return b.build().toString();
  }

  /** The problem as the plain error page (status, heading, detail, code and reference). */
  public String page(Problem p) {
    Map<String, Object> model = new HashMap<>();
    model.put("status", p.status());
    model.put("heading", title(p.status()));
    model.put("code", p.code());
    model.put("detail", p.detail());
    model.put("requestId", RequestIds.current());
    model.put("errors", p.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
    return templates.render("error", model);
  }

  /** One line per refusal, no stack: the request's id, the status, code, method and path. */
  static void logRefusal(Problem p) {
    if (p.status() < 500) {
      LOG.info(
          () ->
              RequestIds.tag()
                  + "Refused "
                  + p.status()
                  + " "
                  + p.code()
                  + ": "
                  + RequestIds.describe());
    }
  }

  static String title(int status) {
    Response.Status s = Response.Status.fromStatusCode(status);
    if (s != null) {
      return s.getReasonPhrase();
    }
    return switch (status) {
      case 405 -> "Method Not Allowed";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 422 -> "Unprocessable Content";
      default -> status >= 500 ? "Server Error" : "Error";
    };
  }

  static boolean wantsJson(String path, HttpHeaders headers) {
    if (path.startsWith("api/")
        || path.startsWith("/api/")
        || path.equals("/api")
        || path.equals("api")) {
      return true;
    }
    if (headers == null) {
      return false;
    }
    for (MediaType t : headers.getAcceptableMediaTypes()) {
      if (t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType()) {
        return false;
      }
      if (t.getSubtype().endsWith("json")) {
        return true;
      }
    }
    return false;
  }
}
