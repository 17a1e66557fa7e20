package org.mentorlink.domain.scheme;

import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.Values;

/**
 * A scheme's settings, validated together: name, regions, session allowance, default session
 * length, CPD year start and approval, the feedback minimum group size k, the confidentiality text
 * contracts quote, the signposting list, and the scheme's own time zone ({@code null}: the tool's
 * configured zone), in which its dates are shown and its CPD years and allowances counted.
 */
public record SchemeSettings(
    String name,
    List<String> regions,
    SessionAllowance allowance,
    CpdHours defaultSessionLength,
    MonthDay cpdYearStart,
    CpdApproval cpdApproval,
    int feedbackMinimumGroup,
    String confidentialityText,
    List<Signpost> signposts,
    ZoneId timeZone) {

  /** The confidentiality limits quoted in contracts unless the scheme sets its own. */
  public static final String DEFAULT_CONFIDENTIALITY =
      "What is said in mentoring stays between mentee and mentor. Only the scheme lead and the"
          + " mentor know who is mentored. The limits: if either of us believes that a patient or"
          + " anyone else is at risk of serious harm, or that the law or the GMC's Good Medical"
          + " Practice requires disclosure, we will say so first and then act, and the scheme lead"
          + " may be told.";

  public SchemeSettings {
    name = Require.text(name, "INVALID_SCHEME_SETTINGS", "name", "The scheme's name", 200);
    regions = Values.tidyLines(regions, 100, 20, "regions", "Regions");
    if (allowance == null) {
      throw new DomainException(
          "INVALID_SCHEME_SETTINGS", "allowance", "The session allowance is required.");
    }
    if (defaultSessionLength == null
        || defaultSessionLength.isZero()
        || defaultSessionLength.compareTo(CpdHours.of("8")) > 0) {
      throw new DomainException(
          "INVALID_SCHEME_SETTINGS",
          "defaultSessionLength",
          "The default session length must be 0.5 to 8 hours.");
    }
    if (cpdYearStart == null) {
      throw new DomainException(
          "INVALID_SCHEME_SETTINGS", "cpdYearStart", "The CPD year start is required.");
    }
    if (cpdApproval == null) {
      throw new DomainException(
          "INVALID_SCHEME_SETTINGS", "cpdApproval", "The CPD approval rule is required.");
    }
    if (feedbackMinimumGroup < 3 || feedbackMinimumGroup > 50) {
      throw new DomainException(
          "INVALID_SCHEME_SETTINGS",
          "feedbackMinimumGroup",
          "The feedback minimum group size must be 3 to 50.");
    }
    confidentialityText =
        confidentialityText == null || confidentialityText.isBlank()
            ? DEFAULT_CONFIDENTIALITY
            : Require.text(
                confidentialityText,
                "INVALID_SCHEME_SETTINGS",
                "confidentialityText",
                "The confidentiality text",
                4000);
    signposts = signposts == null ? List.of() : List.copyOf(signposts);
    if (signposts.size() > 20) {
      throw new DomainException(
          "INVALID_SCHEME_SETTINGS", "signposts", "At most 20 signposting services.");
    }
    timeZone = timeZone == null ? null : Calendar.region(timeZone.getId());
  }

  /** Settings that leave the time zone to the tool's configured default. */
  public SchemeSettings(
      String name,
      List<String> regions,
      SessionAllowance allowance,
      CpdHours defaultSessionLength,
      MonthDay cpdYearStart,
      CpdApproval cpdApproval,
      int feedbackMinimumGroup,
      String confidentialityText,
      List<Signpost> signposts) {
    this(
        name,
        regions,
        allowance,
        defaultSessionLength,
        cpdYearStart,
        cpdApproval,
        feedbackMinimumGroup,
        confidentialityText,
        signposts,
        null);
  }

  /** Sensible settings for a new scheme: 4 two-hour sessions in 12 months, CPD from 1 April. */
  public static SchemeSettings defaults(String name) {
    return new SchemeSettings(
        name,
        List.of(),
        new SessionAllowance(4, 12, null),
        CpdHours.of("2"),
        MonthDay.of(4, 1),
        CpdApproval.MANUAL,
        5,
        null,
        List.of(),
        null);
  }

  /** These settings with the scheme's own time zone ({@code null}: the tool's default). */
  public SchemeSettings withTimeZone(ZoneId zone) {
    return new SchemeSettings(
        name,
        regions,
        allowance,
        defaultSessionLength,
        cpdYearStart,
        cpdApproval,
        feedbackMinimumGroup,
        confidentialityText,
        signposts,
        zone);
  }
}
