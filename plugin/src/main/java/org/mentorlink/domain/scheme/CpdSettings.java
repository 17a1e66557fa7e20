package org.mentorlink.domain.scheme;

import org.mentorlink.domain.shared.DomainException;

/**
 * How a scheme counts CPD: the legacy "impact" doubling (off by default), the yearly target in
 * credits (about 50 in UK practice), and whether approved credit is sent to the platform's
 * gradebook (off by default, since a gradebook shows every learner to the course's teachers).
 */
public record CpdSettings(boolean impactMultiplier, int yearlyTarget, boolean gradebookPassback) {
  public static final int DEFAULT_YEARLY_TARGET = 50;

  public CpdSettings {
    if (yearlyTarget < 1 || yearlyTarget > 500) {
      throw new DomainException(
          "INVALID_CPD_TARGET", "The yearly CPD target must be 1 to 500 credits.");
    }
  }

  public static CpdSettings defaults() {
    return new CpdSettings(false, DEFAULT_YEARLY_TARGET, false);
  }
}
