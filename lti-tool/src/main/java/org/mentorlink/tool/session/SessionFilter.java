package org.mentorlink.tool.session;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.infrastructure.web.HttpProblem;

/**
 * Hands the session cookie to {@link CurrentSession}, and enforces CSRF protection: every
 * state-changing request made with a session must carry the session's CSRF token, in the {@code
 * X-CSRF-Token} header (API) or a {@code csrf} form field (pages). The LTI endpoints (protected by
 * state and nonce) and the operator API (bearer token, no cookies) are exempt.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionFilter implements ContainerRequestFilter {
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CSRF_FIELD = "csrf";
  private static final Set<String> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
  private static final int MAX_FORM_BYTES = 256 * 1024;

  @Inject CurrentSession current;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Cookie cookie = request.getCookies().get(Sessions.COOKIE);
    String handle = request.getHeaderString(CurrentSession.LAUNCH_HEADER);
    if (handle == null) {
      handle = request.getUriInfo().getQueryParameters().getFirst(CurrentSession.LAUNCH_PARAM);
    }
    current.identify(cookie == null ? null : cookie.getValue(), handle);
    if (SAFE.contains(request.getMethod()) || exempt(request.getUriInfo().getPath())) {
      return;
    }
    String expected = current.require().csrfToken();
    String given = request.getHeaderString(CSRF_HEADER);
    if (given == null
        && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
      given = formField(request, CSRF_FIELD);
    }
    if (!Secrets.constantTimeEquals(expected, given)) {
      throw new HttpProblem(
          403,
          "CSRF_TOKEN_INVALID",
          "This form has expired. Please go back, reload and try again.");
    }
  }

  private static boolean exempt(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.startsWith("lti/") || p.startsWith("api/operator/");
  }

  /** Reads one field of a urlencoded body and puts the body back for the resource. */
  private static String formField(ContainerRequestContext request, String name) throws IOException {
    byte[] body = request.getEntityStream().readNBytes(MAX_FORM_BYTES + 1);
    if (body.length > MAX_FORM_BYTES) {
      throw new HttpProblem(413, "REQUEST_TOO_LARGE", "The form is too large.");
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
