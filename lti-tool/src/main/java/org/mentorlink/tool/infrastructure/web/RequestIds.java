package org.mentorlink.tool.infrastructure.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.mentorlink.tool.infrastructure.LogSafe;

/**
 * The id of the request being served, on every response ({@code X-Request-Id}), in every problem
 * body ({@code requestId}) and at the start of the tool's own log lines about that request. A
 * proxy's well-formed {@code X-Request-Id} is kept so that its logs and ours line up; anything else
 * is replaced by a fresh random id. java.util.logging has no MDC, so the id lives in a thread-local
 * for the duration of the request ({@link RequestIdFilter}) and as a request attribute (for error
 * dispatches).
 */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";

  /** The request attribute holding the id (survives an error dispatch). */
  public static final String ATTRIBUTE = RequestIds.class.getName();

  /**
   * Path segments that are secrets (invitation, claim-link and verification codes), kept out of
   * logs.
   */
  private static final Pattern SECRET_SEGMENT =
      Pattern.compile("(/(?:mentor-)?invitations/|/verify/|/claim/|/claim-links/)[^/?;]+");

  /** What a proxy may send: 8 to 64 letters, digits and {@code . _ : -}. */
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

  /** The request this thread serves: its id, method and path (no query: it may hold codes). */
  record Current(String id, String method, String path) {}

  private RequestIds() {}

  /** The proxy's id when it is well-formed, else a new one. */
  public static String accept(String fromProxy) {
    return fromProxy != null && WELL_FORMED.matcher(fromProxy).matches() ? fromProxy : generate();
  }

  /** A new id: 16 random bytes in hex. */
  public static String generate() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** The id of the request this thread serves, or null outside a request. */
  public static String current() {
    Current c = CURRENT.get();
    return c == null ? null : c.id();
  }

  /** {@code "[request <id>] "} for a log line, or nothing outside a request. */
  public static String tag() {
    String id = current();
    return id == null ? "" : "[request " + id + "] ";
  }

  /** The method and path of the request this thread serves, for a log line. */
  public static String describe() {
    Current c = CURRENT.get();
    return c == null ? "" : c.method() + " " + c.path();
  }

  /**
   * {@code path} as a log line may show it: at most 300 characters, invitation and verification
   * codes replaced by {@code *} (the query string is never logged).
   */
  static String loggable(String path) {
    String p = SECRET_SEGMENT.matcher(path).replaceAll("$1*");
    return LogSafe.of(p, 300);
  }

  static Current get() {
    return CURRENT.get();
  }

  static void set(Current c) {
    if (c == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(c);
    }
  }
}
