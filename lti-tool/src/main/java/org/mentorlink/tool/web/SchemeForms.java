package org.mentorlink.tool.web;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.mentorlink.domain.scheme.CpdApproval;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.scheme.SessionAllowance;
import org.mentorlink.domain.scheme.Signpost;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.DomainException;

/** The scheme settings form (set-up and settings pages) to and from {@link SchemeSettings}. */
final class SchemeForms {
  static final String SIGNPOST_COLUMNS = "signpost-name,signpost-description,signpost-link";

  /** Where refused settings' error goes. */
  static final ErrorFields ERRORS =
      ErrorFields.otherwise("name")
          .attribute("regions", "regions")
          .attribute("allowance", "allowance-sessions")
          .attribute("defaultSessionLength", "default-length")
          .attribute("cpdYearStart", "cpd-day")
          .code("INVALID_CPD_YEAR_START", "cpd-day")
          .attribute("cpdApproval", "cpd-approval")
          .attribute("feedbackMinimumGroup", "feedback-k")
          .attribute("confidentialityText", "confidentiality")
          .attribute("signposts", "signpost-name-0")
          .attribute("timeZone", "time-zone");

  private static final ErrorFields ALLOWANCE =
      ErrorFields.otherwise("allowance-sessions")
          .attribute("periodMonths", "allowance-months")
          .attribute("yearlyMinimum", "allowance-yearly");

  /** Where a refused service's error goes, before its row number is appended. */
  private static final ErrorFields SIGNPOST =
      ErrorFields.otherwise("signpost-name")
          .attribute("description", "signpost-description")
          .attribute("link", "signpost-link");

  private SchemeForms() {}

  /** The form filled in from settings. */
  static FormData prefill(SchemeSettings s) {
    FormData f =
        FormData.empty()
            .put("name", s.name())
            .putLines("regions", s.regions())
            .put("allowance-sessions", s.allowance().sessions())
            .put("allowance-months", s.allowance().periodMonths())
            .put("allowance-yearly", s.allowance().yearlyMinimum())
            .put("default-length", s.defaultSessionLength().toString())
            .put("cpd-day", s.cpdYearStart().getDayOfMonth())
            .put("cpd-month", s.cpdYearStart().getMonthValue())
            .put("cpd-approval", s.cpdApproval())
            .put("feedback-k", s.feedbackMinimumGroup())
            .put("confidentiality", s.confidentialityText())
            .put("time-zone", s.timeZone() == null ? null : s.timeZone().getId());
    f.put("signpost-name", s.signposts().stream().map(Signpost::name).toList());
    f.put("signpost-description", s.signposts().stream().map(Signpost::description).toList());
    f.put("signpost-link", s.signposts().stream().map(Signpost::link).toList());
    return f;
  }

  /** The settings the form describes, or null with the problems added to {@code e}. */
  static SchemeSettings read(FormData f, FormErrors e) {
    if (f.text("name") == null) {
      e.add("name", "Enter the scheme's name.");
    }
    Integer sessions = Parse.integer(f, "allowance-sessions", "the number of sessions", true, e);
    Integer months = Parse.integer(f, "allowance-months", "the number of months", true, e);
    Integer yearly = Parse.integer(f, "allowance-yearly", "the yearly minimum", false, e);
    SessionAllowance allowance = null;
    if (sessions != null && months != null && !e.has("allowance-yearly")) {
      try {
        allowance = new SessionAllowance(sessions, months, yearly);
      } catch (DomainException x) {
        e.add(x, ALLOWANCE);
      }
    }
    CpdHours length = null;
    if (f.text("default-length") == null) {
      e.add("default-length", "Enter the usual length of a session, in hours.");
    } else {
      try {
        length = CpdHours.of(f.get("default-length"));
      } catch (DomainException x) {
        e.add(
            "default-length",
            "The usual length of a session must be in hours, in steps of 0.5, like 1.5.");
      }
    }
    Integer day = Parse.integer(f, "cpd-day", "the day the CPD year starts", true, e);
    Integer month = Parse.integer(f, "cpd-month", "the month the CPD year starts", true, e);
    MonthDay cpdStart = null;
    if (day != null && month != null) {
      try {
        cpdStart = MonthDay.of(month, day);
      } catch (DateTimeException x) {
        e.add("cpd-day", "The CPD year must start on a real day, like 1 April.");
      }
    }
    CpdApproval approval =
        Parse.choice(
            f, "cpd-approval", CpdApproval.class, "Choose how CPD entries are approved.", e);
    Integer k = Parse.integer(f, "feedback-k", "the smallest group for feedback figures", true, e);
    ZoneId zone = null;
    if (f.text("time-zone") != null) {
      try {
        zone = Calendar.region(f.text("time-zone"));
      } catch (DomainException x) {
        e.add("time-zone", "Enter a time zone such as Europe/London, or leave it empty.");
      }
    }
    List<Signpost> signposts = new ArrayList<>();
    String[] cols = SIGNPOST_COLUMNS.split(",");
    for (int i = 0; i < f.rowCount(cols); i++) {
      if (!f.rowFilled(i, cols)) {
        continue;
      }
      try {
        signposts.add(
            new Signpost(
                f.at("signpost-name", i),
                f.at("signpost-description", i),
                f.at("signpost-link", i)));
      } catch (DomainException x) {
        e.add(SIGNPOST.fieldOf(x) + "-" + i, "Service " + (i + 1) + ": " + x.getMessage());
      }
    }
    if (e.any()) {
      return null;
    }
    try {
      return new SchemeSettings(
          f.get("name"),
          f.lines("regions"),
          allowance,
          length,
          cpdStart,
          approval,
          k,
          f.get("confidentiality"),
          signposts,
          zone);
    } catch (DomainException x) {
      e.add(x, ERRORS);
      return null;
    }
  }
}
