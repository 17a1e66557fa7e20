package org.mentorlink.domain.mentor;

import java.time.LocalDate;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Values;

/**
 * What the scheme keeps about a mentor's fitness to mentor: the tier and date of their last mentor
 * training, and their indemnity (provider, the date it expires or is renewed, and whether it covers
 * mentoring). Kept by the mentor and by the lead.
 */
public record MentorRecord(
    TrainingTier tier,
    LocalDate trainedOn,
    String indemnityProvider,
    LocalDate indemnityExpires,
    boolean coversMentoring) {
  public MentorRecord {
    if (tier != null && trainedOn == null) {
      throw new DomainException(
          "TRAINING_DATE_REQUIRED", "trainedOn", "Give the date of the mentor training.");
    }
    if (tier == null && trainedOn != null) {
      throw new DomainException(
          "TRAINING_TIER_REQUIRED", "tier", "Choose which mentor training it was.");
    }
    indemnityProvider =
        Values.optionalText(indemnityProvider, 200, "indemnityProvider", "Indemnity provider");
    if (indemnityProvider != null && indemnityExpires == null) {
      throw new DomainException(
          "INDEMNITY_DATE_REQUIRED",
          "indemnityExpires",
          "Give the date the indemnity expires or is renewed.");
    }
    if (indemnityProvider == null && (indemnityExpires != null || coversMentoring)) {
      throw new DomainException(
          "INDEMNITY_PROVIDER_REQUIRED", "indemnityProvider", "Give the indemnity provider.");
    }
  }

  /**
   * Fails unless the dates make sense on {@code today}: training within the last 50 years and not
   * in the future; an indemnity expiring within 50 years either way.
   */
  public void requireSensibleDates(LocalDate today) {
    if (trainedOn != null
        && (trainedOn.isAfter(today) || trainedOn.isBefore(today.minusYears(50)))) {
      throw new DomainException(
          "DATE_OUT_OF_RANGE",
          "trainedOn",
          "The date of the training must be in the last 50 years and not in the future.");
    }
    if (indemnityExpires != null
        && (indemnityExpires.isBefore(today.minusYears(50))
            || indemnityExpires.isAfter(today.plusYears(50)))) {
      throw new DomainException(
          "DATE_OUT_OF_RANGE",
          "indemnityExpires",
          "The date the indemnity expires must be within 50 years of today.");
    }
  }

  /** Nothing recorded yet. */
  public static MentorRecord none() {
    return new MentorRecord(null, null, null, null, false);
  }
}
