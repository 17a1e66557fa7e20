package org.mentorlink.tool.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.relationship.ActionItem;
import org.mentorlink.domain.relationship.SessionRecordDetails;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.present.Fmt;

/**
 * The session forms to and from the domain: a slot (date, time, length and mode — to schedule or to
 * move a session), the record (notes, themes, topics, goals reviewed and actions), and what each
 * form on a session's page starts with.
 */
final class SessionForms {
  static final String ACTION_COLUMNS = "action-what,action-due";

  /** Where a refused scheduling's error goes. */
  static final ErrorFields SCHEDULING = slotErrors("");

  /** Where a refused move's error goes. */
  static final ErrorFields MOVING = slotErrors("new-");

  /** Where a refused record's error goes. */
  static final ErrorFields RECORD =
      ErrorFields.otherwise("notes")
          .attribute("notes", "notes")
          .attribute("topics", "topics")
          .attribute("goalsReviewed", "goals-reviewed")
          .attribute("actions", "action-what-0");

  /** Where a refused action's error goes, before its row number is appended. */
  private static final ErrorFields ACTION =
      ErrorFields.otherwise("action-what").attribute("owner", "action-owner");

  /** When, for how long, and how a session is held. */
  record Slot(Instant when, CpdHours duration, MeetingMode mode) {}

  private SessionForms() {}

  private static ErrorFields slotErrors(String prefix) {
    return ErrorFields.otherwise(prefix + "date")
        .code("INVALID_DURATION", prefix + "duration")
        .code("INVALID_MODE", prefix + "mode");
  }

  /** The scheduling form's start: the scheme's usual length, the contract's mode. */
  static FormData scheduling(SchemeSettings settings, Views.ContractView latest) {
    return FormData.empty()
        .put("duration", settings == null ? "1" : settings.defaultSessionLength().toString())
        .put("mode", latest == null ? null : latest.terms().mode());
  }

  /**
   * The forms of a session's page, by name, filled in from the session (the record with my own
   * notes).
   */
  static Map<String, FormData> prefill(Views.SessionView v, boolean mentee, Fmt fmt) {
    Map<String, FormData> forms = new HashMap<>();
    forms.put("agendaForm", FormData.empty().put("agenda", v.agenda()));
    forms.put(
        "recordForm",
        FormData.empty()
            .put("notes", mentee ? v.menteeNotes() : v.mentorNotes())
            .put("themes", v.themes())
            .putLines("topics", v.topics())
            .put("goals-reviewed", v.goalsReviewed())
            .put("action-what", v.actions().stream().map(Views.ActionView::what).toList())
            .put("action-owner", v.actions().stream().map(Views.ActionView::owner).toList())
            .put(
                "action-due",
                v.actions().stream()
                    .map(a -> a.dueOn() == null ? "" : a.dueOn().toString())
                    .toList()));
    forms.put(
        "timeForm",
        FormData.empty()
            .put("new-date", fmt.isoDate(v.scheduledAt()))
            .put("new-time", fmt.isoTime(v.scheduledAt()))
            .put("new-duration", v.duration().toString())
            .put("new-mode", v.mode()));
    forms.put("returnForm", FormData.empty());
    forms.put("addendumForm", FormData.empty());
    return forms;
  }

  /**
   * The slot in fields {@code prefix}date, time, duration and mode; null with the problems added to
   * {@code e}.
   */
  static Slot slot(FormData f, String prefix, ZoneId zone, FormErrors e) {
    Instant when = Parse.dateTime(f, prefix + "date", prefix + "time", zone, e);
    CpdHours duration = duration(f, prefix + "duration", e);
    MeetingMode mode =
        Parse.choice(f, prefix + "mode", MeetingMode.class, "Choose how you will meet.", e);
    return e.any() ? null : new Slot(when, duration, mode);
  }

  /** The record the form describes, or null with the problems added to {@code e}. */
  static SessionRecordDetails record(FormData f, FormErrors e) {
    List<ActionItem> actions = new ArrayList<>();
    String[] cols = ACTION_COLUMNS.split(",");
    for (int i = 0; i < f.rowCount(cols); i++) {
      if (!f.rowFilled(i, cols)) {
        continue;
      }
      LocalDate due =
          Parse.date(
              f.at("action-due", i), "action-due-" + i, "the date of action " + (i + 1), false, e);
      try {
        actions.add(new ActionItem(f.at("action-what", i), owner(f.at("action-owner", i)), due));
      } catch (DomainException x) {
        e.add(ACTION.fieldOf(x) + "-" + i, "Action " + (i + 1) + ": " + x.getMessage());
      }
    }
    if (e.any()) {
      return null;
    }
    try {
      return new SessionRecordDetails(
          f.get("notes"),
          Parse.choices(f, "themes", Theme.class),
          f.lines("topics"),
          f.get("goals-reviewed"),
          actions);
    } catch (DomainException x) {
      e.add(x, RECORD);
      return null;
    }
  }

  private static ActionItem.Owner owner(String value) {
    try {
      return ActionItem.Owner.valueOf(value);
    } catch (IllegalArgumentException x) {
      return null;
    }
  }

  private static CpdHours duration(FormData form, String field, FormErrors errors) {
    if (form.text(field) == null) {
      errors.add(field, "Choose how long the session lasts.");
      return null;
    }
    try {
      return CpdHours.of(form.get(field));
    } catch (DomainException e) {
      errors.add(field, "A session lasts from half an hour to 8 hours, in steps of half an hour.");
      return null;
    }
  }
}
