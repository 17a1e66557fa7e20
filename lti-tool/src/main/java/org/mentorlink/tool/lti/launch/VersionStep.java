package org.mentorlink.tool.lti.launch;

/** Step 8, version — Core §5.3.2: the {@code version} claim is {@code 1.3.0}. */
final class VersionStep implements LaunchStep {
  @Override
  public String name() {
    return "version";
  }

  @Override
  public void check(LaunchFacts launch) {
    if (!LtiClaims.VERSION_1_3_0.equals(ClaimValues.string(launch.claims(), LtiClaims.VERSION))) {
      throw LaunchError.VERSION_UNSUPPORTED.refused();
    }
  }
}
