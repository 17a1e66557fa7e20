package org.mentorlink.tool.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.mentorlink.tool.infrastructure.web.HttpProblem;
import org.mentorlink.tool.session.CurrentSession;
import org.mentorlink.tool.session.WebSession;

/**
 * Finds the key of a state-changing request — the {@code Idempotency-Key} header of an API call
 * (POST, PUT, PATCH, DELETE under {@code /api}, the operator API included), or the one-time {@code
 * form-token} field of a page's form — and hashes the request (method, path and body bytes) for
 * {@link IdempotencyInterceptor}. Runs after the session and CSRF checks, so only an authenticated
 * request is read; the body is put back for the resource.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter {
  public static final String HEADER = "Idempotency-Key";
  public static final String FORM_FIELD = "form-token";
  static final int MAX_KEY_LENGTH = 255;
  static final int MAX_BODY_BYTES = 1024 * 1024;
  private static final Set<String> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  @Inject CurrentSession current;
  @Inject IdempotencyContext context;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (SAFE.contains(request.getMethod())) {
      return;
    }
    String path = request.getUriInfo().getPath();
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (anonymous(p)) {
      return; // no record of who sent what, not even a hash of it
    }
    String rawPath = request.getUriInfo().getRequestUri().getRawPath();
    if (p.startsWith("api/")) {
      String key = request.getHeaderString(HEADER);
      if (key == null) {
        return;
      }
      if (!validKey(key)) {
        throw new HttpProblem(
            400,
            "IDEMPOTENCY_KEY_INVALID",
            "The Idempotency-Key header must be 1 to 255 visible ASCII characters.");
      }
      byte[] body = body(request);
      String hash = hash(request.getMethod(), rawPath, body);
      if (p.startsWith("api/operator/")) {
        context.set(
            new IdempotentRequest(
                IdempotentRequest.OPERATOR, IdempotentRequest.OPERATOR, key, hash, false));
      } else {
        WebSession s = current.require();
        context.set(new IdempotentRequest(s.tenantId(), s.personId(), key, hash, false));
      }
    } else if (p.startsWith("app/")
        && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(request.getMediaType())) {
      byte[] body = body(request);
      String token = formField(body, FORM_FIELD);
      if (token == null || !validKey(token) || token.length() > 100) {
        return; // a form without a token (or a mangled one) is sent as before
      }
      WebSession s = current.require();
      // One page's token serves each of its forms: the form's path makes the key its own.
      String key = "form:" + hex(sha256((token + '\n' + rawPath).getBytes(StandardCharsets.UTF_8)));
      context.set(
          new IdempotentRequest(
              s.tenantId(), s.personId(), key, hash(request.getMethod(), rawPath, body), true));
    }
  }

  /**
   * Anonymous feedback answers: a per-person record holding a hash of the body would tie the
   * answers to their writer, so their key (or form token) is not recorded. A second submit is
   * refused by the questionnaire itself (once per person per round).
   */
  static boolean anonymous(String path) {
    return path.equals("api/feedback/answers") || path.equals("app/feedback");
  }

  /** 1 to 255 visible ASCII characters (no space, no control characters). */
  static boolean validKey(String key) {
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  /** SHA-256 (hex) of the method, the raw path and the body bytes. */
  static String hash(String method, String rawPath, byte[] body) {
    MessageDigest d = digest();
    d.update((method + '\n' + rawPath + '\n').getBytes(StandardCharsets.UTF_8));
    d.update(body);
    return hex(d.digest());
  }

  private static byte[] body(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity()) {
      return new byte[0];
    }
    byte[] body = request.getEntityStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new HttpProblem(413, "REQUEST_TOO_LARGE", "The request body is too large.");
    }
    request.setEntityStream(new ByteArrayInputStream(body));
    return body;
  }

  private static String formField(byte[] body, String name) {
    for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
      int eq = pair.indexOf('=');
      try {
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        if (k.equals(name)) {
          return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
      } catch (IllegalArgumentException e) {
        return null; // a malformed escape: no usable token
      }
    }
    return null;
  }

  private static byte[] sha256(byte[] bytes) {
    return digest().digest(bytes);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
