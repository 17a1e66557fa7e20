package org.mentorlink.tool.lti.login;

/**
 * The cookie that binds a login state to the browser that began the login (SF §7.3.1). Each login
 * in flight has its own cookie, named after the first characters of its state and holding a secret
 * whose hash the state keeps; every such cookie shares the {@link #PREFIX}, so the launch can tell
 * "this browser holds a login of ours, but not this one" from "this browser sent no state cookie".
 */
public final class StateCookie {
  /** The prefix of every state cookie. */
  public static final String PREFIX = "mlst_";

  /** The path the state cookies are set for: only the LTI endpoints ever see them. */
  public static final String PATH = "/lti";

  private StateCookie() {}

  /** The name of the cookie that binds {@code state}. */
  public static String nameFor(String state) {
    return PREFIX + state.substring(0, Math.min(12, state.length()));
  }

  /** True if {@code cookieName} is one of our state cookies (for any state). */
  public static boolean isStateCookie(String cookieName) {
    return cookieName != null && cookieName.startsWith(PREFIX);
  }
}
