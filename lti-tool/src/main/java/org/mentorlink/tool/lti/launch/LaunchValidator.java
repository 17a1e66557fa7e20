package org.mentorlink.tool.lti.launch;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;
import org.mentorlink.tool.lti.keys.PlatformKeys;
import org.mentorlink.tool.lti.launch.LaunchStores.IssuedLogin;
import org.mentorlink.tool.lti.launch.LaunchStores.PlatformRegistration;
import org.mentorlink.tool.lti.launch.LaunchStores.RegistrationStore;
import org.mentorlink.tool.lti.login.LoginStates;
import org.mentorlink.tool.lti.registration.Registration;
import org.mentorlink.tool.lti.registration.Registrations;

/**
 * The {@link LaunchPipeline} over the tool's database-backed stores: login states and used nonces
 * (written in the launch's one transaction, {@link LaunchTransaction}, which commits a refused
 * launch too, so a launch is single use whatever step refuses), registrations and their deployments
 * (read only), and the platforms' cached key sets.
 */
@ApplicationScoped
public class LaunchValidator {
  @Inject LoginStates states;
  @Inject Registrations registrations;
  @Inject PlatformKeys platformKeys;
  @Inject UsedNonces nonces;
  @Inject Clock clock;
  @Inject MentorlinkConfig config;

  private LaunchPipeline pipeline;

  @PostConstruct
  void assemble() {
    pipeline =
        LaunchPipeline.over(
            new LaunchStores(
                state ->
                    states
                        .consume(state)
                        .map(
                            s ->
                                new IssuedLogin(
                                    s.registrationId(),
                                    s.nonceHash(),
                                    s.browserHash(),
                                    s.targetLinkUri(),
                                    s.storageTarget())),
                new StoredRegistrations(registrations),
                (registration, kid) ->
                    platformKeys.lookup(registration.id(), registration.keySetUrl(), kid),
                (registrationId, nonceHash, keepUntil) -> {
                  try {
                    return nonces.markUsed(registrationId, nonceHash, keepUntil);
                  } catch (UsedNonces.NonceRaceLost e) {
                    return false;
                  }
                },
                clock,
                config::launchLeeway,
                (registrationId, consumerKey) ->
                    registrations
                        .find(registrationId)
                        .filter(r -> consumerKey.equals(r.lti11ConsumerKey()))
                        .flatMap(registrations::lti11Secret)));
  }

  /** The validated launch; throws the {@link LaunchException} of the first step that refuses. */
  public LaunchMessage validate(LaunchRequest request) {
    return pipeline.validate(request);
  }

  private record StoredRegistrations(Registrations registrations) implements RegistrationStore {
    @Override
    public Optional<PlatformRegistration> find(String registrationId) {
      return registrations.find(registrationId).map(StoredRegistrations::view);
    }

    @Override
    public boolean knowsDeployment(String registrationId, String deploymentId) {
      return registrations.knowsDeployment(registrationId, deploymentId);
    }

    private static PlatformRegistration view(Registration r) {
      return new PlatformRegistration(
          r.id(), r.issuer(), r.clientId(), r.keySetUrl(), r.enabled(), r.acceptsNewDeployments());
    }
  }
}
