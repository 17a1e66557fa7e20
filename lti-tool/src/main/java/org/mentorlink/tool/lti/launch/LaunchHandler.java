package org.mentorlink.tool.lti.launch;

/**
 * What the application does with a validated launch (implemented by the bridge, so the protocol
 * layer does not depend on the application).
 */
public interface LaunchHandler {
  /** The outcome: a session secret for the cookie, or a hand-off code for a new window. */
  record Outcome(boolean bound, String secretOrCode) {}

  Outcome accept(LaunchMessage message);
}
