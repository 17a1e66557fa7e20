package org.mentorlink.tool.lti.launch;

/**
 * One named step of the launch pipeline: it checks one rule of the specification, throws the {@link
 * LaunchError} of the first thing wrong, and records what it established for the steps after it.
 */
interface LaunchStep {
  /** The step's name, as the pipeline lists it ("state", "signature", …). */
  String name();

  void check(LaunchFacts launch);
}
