package org.mentorlink.tool.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import org.mentorlink.tool.lti.launch.LaunchStores.PlatformRegistration;
import org.mentorlink.tool.lti.launch.LaunchStores.RegistrationStore;

/**
 * Step 3, registration — SF §5.1.3 steps 2–4 (Core §5.1.2): the registration is the one the login
 * was for (never one the token names) and is enabled; {@code iss} is its issuer; {@code aud} lists
 * our client_id and no other audience ("the Tool MUST reject the ID Token if it does not list the
 * Tool as a valid audience, or if it contains additional audiences not trusted by the Tool"); with
 * several audiences {@code azp} must be present, and when present it must be our client_id.
 */
final class RegistrationStep implements LaunchStep {
  private final RegistrationStore registrations;

  RegistrationStep(RegistrationStore registrations) {
    this.registrations = registrations;
  }

  @Override
  public String name() {
    return "registration";
  }

  @Override
  public void check(LaunchFacts launch) {
    PlatformRegistration registration =
        registrations
            .find(launch.login().registrationId())
            .orElseThrow(LaunchError.UNKNOWN_REGISTRATION::refused);
    if (!registration.enabled()) {
      throw LaunchError.REGISTRATION_DISABLED.refused();
    }
    JWTClaimsSet claims = launch.claims();
    if (!registration.issuer().equals(claims.getIssuer())) {
      throw LaunchError.UNKNOWN_REGISTRATION.refused(
          "The launch came from another platform than the login.");
    }
    String clientId = registration.clientId();
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.contains(clientId)) {
      throw LaunchError.AUDIENCE_MISMATCH.refused();
    }
    if (audience.stream().anyMatch(a -> !clientId.equals(a))) {
      throw LaunchError.AUDIENCE_MISMATCH.refused("The launch was meant for others as well.");
    }
    Object azp = claims.getClaim("azp");
    if ((audience.size() > 1 && azp == null) || (azp != null && !clientId.equals(azp))) {
      throw LaunchError.AUDIENCE_MISMATCH.refused(
          "The launch's authorized party is not this tool.");
    }
    launch.registrationFound(registration);
  }
}
