package org.mentorlink.tool.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.mentorlink.tool.lti.launch.LaunchStores.LaunchConfig;

/**
 * Step 5, times — SF §5.1.3 steps 7–8: {@code exp} in the future and {@code iat} not in the future,
 * each within the configured leeway for clock skew (platforms' clocks drift: the default accepts a
 * minute either way), and {@code iat} not longer ago than {@link #MAX_TOKEN_AGE}.
 */
final class TimesStep implements LaunchStep {
  static final Duration MAX_TOKEN_AGE = Duration.ofMinutes(10);

  private final Clock clock;
  private final LaunchConfig config;

  TimesStep(Clock clock, LaunchConfig config) {
    this.clock = clock;
    this.config = config;
  }

  @Override
  public String name() {
    return "times";
  }

  @Override
  public void check(LaunchFacts launch) {
    JWTClaimsSet claims = launch.claims();
    Instant now = clock.instant();
    Duration leeway = config.leeway();
    Date exp = claims.getExpirationTime();
    Date iat = claims.getIssueTime();
    if (exp == null || !exp.toInstant().plus(leeway).isAfter(now)) {
      throw LaunchError.TOKEN_EXPIRED.refused();
    }
    if (iat == null || iat.toInstant().minus(leeway).isAfter(now)) {
      throw LaunchError.TOKEN_ISSUED_IN_FUTURE.refused();
    }
    if (iat.toInstant().plus(MAX_TOKEN_AGE).isBefore(now)) {
      throw LaunchError.TOKEN_TOO_OLD.refused();
    }
  }
}
