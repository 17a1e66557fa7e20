package org.mentorlink.tool.lti.launch;

import java.util.Map;
import java.util.Optional;

/**
 * What the application does with a validated launch (implemented by the bridge, so the protocol
 * layer knows nothing of the tool's sessions). It writes everything the launch brings in one
 * transaction — a new deployment when the message says so, the person, course, link and the launch
 * in the browser's session — since nothing of it was written while the launch was being validated.
 */
public interface LaunchHandler {
  /**
   * Where a launch continues: in this browser ({@code bound}: a {@code Set-Cookie} value, or null
   * when the browser keeps its cookie, and the page to go to), or in a new window with a hand-off
   * URL, naming whose account continues there ({@code personName}, null if the platform sent no
   * name).
   */
  record Outcome(boolean bound, String setCookie, String location, String personName) {}

  /** Records the launch; {@code cookies} are the browser's cookies, by name. */
  Outcome accept(LaunchMessage message, Map<String, String> cookies);

  /**
   * Where a browser that re-posts a spent launch goes, if it already has its session (a refreshed
   * launch page): its landing page.
   */
  Optional<String> landingOfLiveSession(Map<String, String> cookies);

  /** A new window's hand-off: the session cookie and landing page for a valid code. */
  Optional<Outcome> redeem(String code);

  /**
   * A hand-off not redeemed yet, without spending it: the new-window outcome again (its hand-off
   * URL and whose account continues); empty if the code is unknown, used or expired.
   */
  Optional<Outcome> pending(String code);

  /**
   * After a launch bound by platform storage (which answered a {@code bound} outcome whose location
   * carries a hand-off code): if the browser's session cookie came back, its landing page ({@code
   * bound}, the code spent); if not, the new-window hand-off for the same code, naming whose
   * account continues. Empty for a code that is unknown, used or expired.
   */
  Optional<Outcome> checkSessionCookie(String code, Map<String, String> cookies);
}
