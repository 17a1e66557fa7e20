package org.mentorlink.domain.app;

import java.time.Duration;

/**
 * What the lead's intake needs from the tool's configuration: how long a link to claim a request
 * entered for a caller stays valid.
 */
public interface IntakeSettings {
  Duration claimLinkValidity();
}
