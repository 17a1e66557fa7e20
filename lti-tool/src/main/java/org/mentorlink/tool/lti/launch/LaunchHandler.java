package org.mentorlink.tool.lti.launch;

/**
 * What the application does with a validated launch (implemented by the bridge, so the protocol
 * layer does not depend on the application). It writes everything the launch brings in one
 * transaction — a new deployment when the message says so, the person, course, link and session —
 * since nothing of it was written while the launch was being validated.
 */
public interface LaunchHandler {
  /** The outcome: a session secret for the cookie, or a hand-off code for a new window. */
  record Outcome(boolean bound, String secretOrCode) {}

  Outcome accept(LaunchMessage message);
}
