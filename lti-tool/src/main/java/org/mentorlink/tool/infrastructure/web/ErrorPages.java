package org.mentorlink.tool.infrastructure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * Turns an error into what the caller can use: {@code application/problem+json} (RFC 9457) for the
 * API and for clients that ask for JSON, a plain, friendly page for browsers. Both carry a stable
 * error code and never a stack trace, token or confidential text.
 */
@ApplicationScoped
public class ErrorPages {
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  @Inject Templates templates;

  /** A response for {@code status} with a stable {@code code} and a safe, human {@code detail}. */
  public Response respond(
      UriInfo uriInfo, HttpHeaders headers, int status, String code, String detail) {
    String title =
        Response.Status.fromStatusCode(status) == null
            ? "Error"
            : Response.Status.fromStatusCode(status).getReasonPhrase();
    if (wantsJson(uriInfo, headers)) {
      String body =
          Json.createObjectBuilder()
              .add(
                  "type", "https://mentorlink.org/problems/" + code.toLowerCase().replace('_', '-'))
              .add("title", title)
              .add("status", status)
              .add("code", code)
              .add("detail", detail)
              .build()
              .toString();
      return Response.status(status)
          .type(PROBLEM_JSON)
          .entity(body)
          .header("Cache-Control", "no-store")
          .build();
    }
    String html =
        templates.render(
            "error", Map.of("status", status, "heading", title, "code", code, "detail", detail));
    // An error page holds no personal data and no action: any platform may frame it, so a
    // refused launch shows its explanation inside the platform's iframe. As bytes: RESTEasy's
    // MessageSanitizerContainerResponseFilter HTML-escapes a String entity of every 400 text/html
    // response, and the browser then showed the page's source instead of the page.
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SecurityHeaders.policyFramedBy("*"))
        .build();
  }

  private static boolean wantsJson(UriInfo uriInfo, HttpHeaders headers) {
    String path = uriInfo == null ? "" : uriInfo.getPath();
    if (path.startsWith("api/") || path.startsWith("/api/")) {
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
