package org.mentorlink.tool.infrastructure.web;

/**
 * {@code Set-Cookie} values for a cross-site iframe: {@code Secure; HttpOnly; SameSite=None;
 * Partitioned} (CHIPS), written by hand because the Servlet and JAX-RS cookie APIs have no {@code
 * Partitioned} attribute.
 */
public final class Cookies {
  private Cookies() {}

  /** A cookie for {@code path}; {@code maxAgeSeconds} < 0 makes a browser-session cookie. */
  public static String set(String name, String value, String path, long maxAgeSeconds) {
    StringBuilder sb =
        new StringBuilder(name).append('=').append(value).append("; Path=").append(path);
    if (maxAgeSeconds >= 0) {
      sb.append("; Max-Age=").append(maxAgeSeconds);
    }
    return sb.append("; Secure; HttpOnly; SameSite=None; Partitioned").toString();
  }

  /** Deletes a cookie set by {@link #set}. */
  public static String delete(String name, String path) {
    return set(name, "", path, 0);
  }
}
