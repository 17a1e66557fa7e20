package org.mentorlink.tool.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.mentorlink.domain.app.IntakeSettings;

/** The lead's intake settings, from {@link MentorlinkConfig}. */
@ApplicationScoped
public class ConfiguredIntake implements IntakeSettings {
  @Inject MentorlinkConfig config;

  @Override
  public Duration claimLinkValidity() {
    return config.claimLinkValidity();
  }
}
