package org.mentorlink.tool.lti.legacy;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;
import org.mentorlink.tool.lti.launch.LaunchMessage;
import org.mentorlink.tool.lti.registration.Registration;
import org.mentorlink.tool.lti.registration.Registrations;

/**
 * {@link Lti11Validation} over the tool's stores: registrations by consumer key (the secret opened
 * from its sealed form only when the signature is checked) and the database's used OAuth nonces,
 * written in the launch's one transaction.
 */
@ApplicationScoped
public class Lti11Validator {
  @Inject Registrations registrations;
  @Inject OAuthNonces nonces;
  @Inject Clock clock;
  @Inject MentorlinkConfig config;

  private Lti11Validation validation;

  @PostConstruct
  void assemble() {
    validation =
        new Lti11Validation(
            key -> registrations.findByConsumerKey(key).map(this::consumer),
            (registrationId, consumerKey, nonceHash, keepUntil) -> {
              try {
                return nonces.markUsed(registrationId, consumerKey, nonceHash, keepUntil);
              } catch (OAuthNonces.NonceRaceLost e) {
                return false;
              }
            },
            new OAuthSignatures(),
            clock,
            config::lti11TimestampWindow);
  }

  private Lti11Validation.Consumer consumer(Registration r) {
    return new Lti11Validation.Consumer(
        r.id(), r.issuer(), r.enabled(), () -> registrations.lti11Secret(r).orElseThrow());
  }

  /** The validated launch; throws the {@code LaunchException} of the first step that refuses. */
  public LaunchMessage validate(Lti11Request request) {
    return validation.validate(request);
  }
}
