package org.mentorlink.it.hardening;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.mentorlink.it.fuzz.Checks;
import org.mentorlink.it.support.Server;

/**
 * What the web container answers itself, sent over a plain socket (java.net.http will not send a
 * {@code %zz}): problem+json under {@code /api}, the plain error page elsewhere, each with the
 * request id and the security headers and no class name; and where Liberty refuses a path before it
 * chooses an application, at least the security headers and a body without class or stack.
 */
class WebContainerErrorsIT {
  private final int port = Server.current().port();

  private static final List<String> SECURITY_HEADERS =
      List.of(
          "x-content-type-options", "content-security-policy", "referrer-policy", "cache-control");

  private static void securityHeaders(RawHttp.Answer a) {
    for (String h : SECURITY_HEADERS) {
      assertTrue(a.header(h).isPresent(), "no " + h + ":\n" + a);
    }
    assertEquals("nosniff", a.header("x-content-type-options").orElse(""), a.toString());
  }

  private static void noLeak(RawHttp.Answer a) {
    Matcher m = Checks.LEAK.matcher(a.body());
    assertFalse(m.find(), () -> "the body shows '" + m.group() + "':\n" + a);
    assertFalse(a.header("$wsep").isPresent(), "Liberty's internal $WSEP header:\n" + a);
  }

  /** problem+json with {@code code}, its status, and the request id of the header. */
  private static void problem(RawHttp.Answer a, int status, String code) {
    assertEquals(status, a.status(), a.toString());
    assertTrue(
        a.header("content-type").orElse("").startsWith("application/problem+json"), a.toString());
    JsonObject p = Json.createReader(new StringReader(a.body())).readObject();
    assertEquals(code, p.getString("code"), a.toString());
    assertEquals(status, p.getInt("status"), a.toString());
    String id =
        a.header("x-request-id").orElseThrow(() -> new AssertionError("no X-Request-Id:\n" + a));
    assertTrue(Checks.REQUEST_ID.matcher(id).matches(), id);
    assertEquals(id, p.getString("requestId"), a.toString());
    securityHeaders(a);
    noLeak(a);
  }

  /** The plain error page: HTML, the status, the request id shown as the reference. */
  private static void page(RawHttp.Answer a, int status) {
    assertEquals(status, a.status(), a.toString());
    assertTrue(a.header("content-type").orElse("").startsWith("text/html"), a.toString());
    String id =
        a.header("x-request-id").orElseThrow(() -> new AssertionError("no X-Request-Id:\n" + a));
    assertTrue(a.body().contains(id), "the page shows its reference:\n" + a);
    securityHeaders(a);
    noLeak(a);
  }

  @Test
  void anEncodedSlashUnderTheApiIsAProblemEveryTime() {
    // Three times: Liberty's invocation cache must not turn a repeat into a 500.
    for (int i = 0; i < 3; i++) {
      problem(
          RawHttp.request(port, "GET", "/api/requests/..%2f..%2fapi%2fme", "Accept: */*"),
          400,
          "REQUEST_URI_INVALID");
    }
    problem(RawHttp.request(port, "GET", "/api/requests/%2e%2e/x"), 400, "REQUEST_URI_INVALID");
    problem(RawHttp.request(port, "GET", "/api/requests/a%5cb"), 400, "REQUEST_URI_INVALID");
    page(RawHttp.request(port, "GET", "/app/..%2fapi%2fme", "Accept: text/html"), 400);
  }

  @Test
  void whatLibertyRefusesBeforeTheApplicationStillCarriesTheHeadersAndNoClassName() {
    for (String path :
        List.of(
            "/api/relationships/%00",
            "/api/relationships/%zz",
            "/api/relationships/%0d%0aSet-Cookie:%20x=y",
            "/api/requests/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
            "/app/%00")) {
      for (String accept : List.of("application/json", "text/html")) {
        RawHttp.Answer a = RawHttp.request(port, "GET", path, "Accept: " + accept);
        assertAll(
            path + " " + accept,
            () -> assertEquals(400, a.status(), a.toString()),
            () -> securityHeaders(a),
            () -> assertFalse(a.header("set-cookie").isPresent(), a.toString()),
            () ->
                assertTrue(
                    Checks.LIBERTY_URI_REFUSAL.matcher(a.body().strip()).matches()
                        || Checks.LEAK
                            .matcher(a.body())
                            .results()
                            .allMatch(r -> r.group().equals("CWWWC0005")),
                    a.toString()),
            () ->
                assertFalse(
                    a.body().contains("\tat ") || a.body().contains("Exception"), a.toString()));
      }
    }
  }

  @Test
  void unknownPathsAndServletErrorsAnswerAsTheirPlace() {
    problem(
        RawHttp.request(port, "GET", "/api/no-such-thing", "Accept: text/html"), 404, "NOT_FOUND");
    page(RawHttp.request(port, "GET", "/no-such-page", "Accept: text/html"), 404);
    page(RawHttp.request(port, "GET", "/static/no-such.css", "Accept: text/html"), 404);
    page(RawHttp.request(port, "GET", "/static/..%2e%2e", "Accept: text/html"), 400);
    page(RawHttp.request(port, "GET", "/WEB-INF/web.xml", "Accept: text/html"), 404);
    page(RawHttp.request(port, "GET", "/_error", "Accept: text/html"), 404);
  }

  @Test
  void wrongMethodsAndContentTypesUnderTheApiAreProblems() {
    problem(
        RawHttp.request(port, "PATCH", "/api/me", "Accept: application/json"),
        405,
        "METHOD_NOT_ALLOWED");
    problem(
        RawHttp.request(port, "DELETE", "/api/requests/mine", "Accept: application/json"),
        405,
        "METHOD_NOT_ALLOWED");
    problem(RawHttp.request(port, "GET", "/api/me", "Accept: text/xml"), 406, "NOT_ACCEPTABLE");
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    problem(
        RawHttp.request(
            port,
            "POST",
            "/api/operator/registrations",
            body,
            "Accept: application/json",
            "Authorization: Bearer it-operator-token",
            "Content-Type: text/plain"),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void aBrokenRequestGetsNoClassNameEither() {
    List<RawHttp.Answer> answers = new ArrayList<>();
    // Each may be answered and the connection kept, or just closed: never a class name.
    answers.add(RawHttp.send(port, "GARBAGE\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
    answers.add(
        RawHttp.send(
            port, "GET /api/me HTTP/9.9\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
    answers.add(
        RawHttp.send(
            port,
            ("GET /api/me HTTP/1.1\r\nHost: x\r\nX-Big: "
                    + "a".repeat(70_000)
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1)));
    for (RawHttp.Answer a : answers) {
      assertTrue(
          a.status() == -1 || a.status() >= 400 && a.status() < 500 || a.status() == 505,
          a.toString());
      noLeak(a);
    }
  }
}
