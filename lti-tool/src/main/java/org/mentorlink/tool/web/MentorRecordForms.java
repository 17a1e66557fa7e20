package org.mentorlink.tool.web;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import org.mentorlink.domain.app.MentorRecordService;
import org.mentorlink.domain.app.Views;
import org.mentorlink.domain.mentor.MentorRecord;
import org.mentorlink.domain.mentor.SupportKind;
import org.mentorlink.domain.mentor.TrainingTier;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;

/**
 * The two forms of a mentor's records page — training and indemnity, and a supervision or
 * support-group meeting — posted by the mentor ({@code profileId} null) or by the lead; and the
 * page itself. Shared by {@link MentorRecordPages} and {@link LeadMentorRecordPages}.
 */
final class MentorRecordForms {
  /** Where a refused record's error goes. */
  static final ErrorFields RECORD =
      ErrorFields.otherwise("tier")
          .attribute("tier", "tier")
          .attribute("trainedOn", "trained-on")
          .attribute("indemnityProvider", "indemnity-provider")
          .attribute("indemnityExpires", "indemnity-expires");

  /** Where a refused attendance's error goes. */
  static final ErrorFields ATTENDANCE =
      ErrorFields.otherwise("kind").attribute("heldOn", "held-on").attribute("note", "note");

  private MentorRecordForms() {}

  /** The page; {@code base} is its own address, {@code back} and {@code backText} the way out. */
  static Response page(
      Screens screens,
      Views.MentorRecordsView records,
      String base,
      boolean forLead,
      String done,
      FormData form,
      FormErrors errors) {
    Map<String, Object> m = screens.model(done);
    m.put("records", records);
    m.put("base", base);
    m.put("forLead", forLead);
    m.put("form", form);
    m.put("pageUrl", base + "?page=");
    return screens.show("app/mentor-records", m, errors);
  }

  /** The record's fields as the form shows them. */
  static FormData prefill(Views.MentorRecordsView v) {
    MentorRecord r = v.record();
    return FormData.empty()
        .put("tier", r.tier())
        .put("trained-on", r.trainedOn())
        .put("indemnity-provider", r.indemnityProvider())
        .put("indemnity-expires", r.indemnityExpires())
        .put("covers", r.coversMentoring() ? "yes" : null);
  }

  /** Saves the posted record; the page again with errors, or null when saved. */
  static FormErrors keep(
      MentorRecordService service, Actor actor, String course, String profileId, FormData form) {
    FormErrors errors = new FormErrors();
    LocalDate trainedOn = Parse.date(form, "trained-on", "the date of the training", false, errors);
    LocalDate expires =
        Parse.date(form, "indemnity-expires", "the date the indemnity expires", false, errors);
    TrainingTier tier = Parse.choice(form, "tier", TrainingTier.class, null, errors);
    if (!errors.any()) {
      try {
        service.keep(
            actor,
            course,
            profileId,
            () ->
                new MentorRecord(
                    tier,
                    trainedOn,
                    form.get("indemnity-provider"),
                    expires,
                    "yes".equals(form.text("covers"))));
        return null;
      } catch (DomainException e) {
        errors.add(e, RECORD);
      }
    }
    return errors;
  }

  /** Records the posted meeting; the errors, or null when recorded. */
  static FormErrors attend(
      MentorRecordService service, Actor actor, String course, String profileId, FormData form) {
    FormErrors errors = new FormErrors();
    LocalDate heldOn = Parse.date(form, "held-on", "the date it was held", true, errors);
    SupportKind kind = Parse.choice(form, "kind", SupportKind.class, "Choose what it was.", errors);
    if (!errors.any()) {
      try {
        service.attend(actor, course, profileId, heldOn, kind, form.get("note"));
        return null;
      } catch (DomainException e) {
        errors.add(e, ATTENDANCE);
      }
    }
    return errors;
  }

  /** The record's saved fields with the posted meeting's, to show again after an error. */
  static FormData withAttendance(Views.MentorRecordsView v, FormData posted) {
    return prefill(v)
        .put("held-on", posted.get("held-on"))
        .put("kind", posted.get("kind"))
        .put("note", posted.get("note"));
  }
}
