package org.mentorlink.tool.lti.launch;

import org.mentorlink.tool.lti.launch.LaunchStores.PlatformRegistration;
import org.mentorlink.tool.lti.launch.LaunchStores.RegistrationStore;

/**
 * Step 7, deployment — Core §5.3.3: the {@code deployment_id} is a deployment of this registration
 * that we know, or a new one the registration accepts (its administrator allowed that). A new
 * deployment is only reported here; the launch handler records it with the rest of the launch,
 * after every step has passed.
 */
final class DeploymentStep implements LaunchStep {
  static final int MAX_DEPLOYMENT_ID_LENGTH = 255;

  private final RegistrationStore registrations;

  DeploymentStep(RegistrationStore registrations) {
    this.registrations = registrations;
  }

  @Override
  public String name() {
    return "deployment";
  }

  @Override
  public void check(LaunchFacts launch) {
    String deploymentId = ClaimValues.string(launch.claims(), LtiClaims.DEPLOYMENT_ID);
    if (deploymentId == null
        || deploymentId.isBlank()
        || deploymentId.length() > MAX_DEPLOYMENT_ID_LENGTH) {
      throw LaunchError.DEPLOYMENT_UNKNOWN.refused("The launch names no deployment.");
    }
    PlatformRegistration registration = launch.registration();
    if (registrations.knowsDeployment(registration.id(), deploymentId)) {
      launch.deploymentFound(deploymentId, false);
    } else if (registration.acceptsNewDeployments()) {
      launch.deploymentFound(deploymentId, true);
    } else {
      throw LaunchError.DEPLOYMENT_UNKNOWN.refused();
    }
  }
}
