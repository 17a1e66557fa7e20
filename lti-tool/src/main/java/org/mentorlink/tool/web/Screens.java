package org.mentorlink.tool.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentorlink.domain.app.Views;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.infrastructure.web.LaunchLinks;
import org.mentorlink.tool.infrastructure.web.SecurityHeaders;
import org.mentorlink.tool.infrastructure.web.Templates;
import org.mentorlink.tool.present.Labels;
import org.mentorlink.tool.session.CurrentSession;
import org.mentorlink.tool.session.WebSession;

/**
 * What every mentoring page shares: the CSRF token and one-time form token for its forms, date and
 * label helpers, the (empty) error list, a confirmation after a redirect, and the framed, uncached
 * response — all for the launch of the request ({@link CurrentSession}), which pages therefore
 * never pass in.
 */
@ApplicationScoped
public class Screens {
  /** Confirmations shown after a redirect, by the fixed key in {@code ?done=}. */
  private static final Map<String, String> NOTICES =
      Map.ofEntries(
          Map.entry("mail-on", "You will be e-mailed when something waits for you."),
          Map.entry("mail-off", "You will not be e-mailed. What waits shows on your start page."),
          Map.entry("scheme-set-up", "Mentoring is set up for this course. You are its lead."),
          Map.entry("settings-saved", "The scheme's settings are saved."),
          Map.entry("coordinator-appointed", "The coordinator is appointed."),
          Map.entry("coordinator-removed", "The coordinator is removed."),
          Map.entry("request-sent", "Your request is sent. A coordinator will read it soon."),
          Map.entry("request-changed", "Your request is changed."),
          Map.entry("request-withdrawn", "Your request is withdrawn."),
          Map.entry("proposal-declined", "You have declined the proposed mentor."),
          Map.entry("matched", "You have a mentor. Start by agreeing your contract together."),
          Map.entry("proposal-accepted", "You have accepted. The mentee will be asked to confirm."),
          Map.entry("proposal-refused", "You have declined. The coordinator has been told."),
          Map.entry("profile-saved", "Your mentor profile is saved."),
          Map.entry("mentor-record-saved", "The training and indemnity record is saved."),
          Map.entry("attendance-recorded", "The meeting is recorded."),
          Map.entry(
              "signposted",
              "The service is suggested. The mentee reads it on their mentoring page."),
          Map.entry("required-saved", "Whether mentoring is voluntary or required is saved."),
          Map.entry("paused", "You are not taking new mentees for now."),
          Map.entry("resumed", "You are taking new mentees again."),
          Map.entry(
              "contract-saved",
              "The new version of the contract is saved. Both of you now sign it."),
          Map.entry("contract-signed", "You have signed this version of the contract."),
          Map.entry("session-scheduled", "The session is scheduled."),
          Map.entry("session-moved", "The session's time is changed."),
          Map.entry("agenda-saved", "The agenda is saved."),
          Map.entry("record-saved", "The session record is saved."),
          Map.entry("record-submitted", "The session record is sent to your mentor for sign-off."),
          Map.entry("signed-off", "The session is signed off and locked."),
          Map.entry("returned", "The session record is returned to the mentee."),
          Map.entry("addendum-added", "Your addendum is added."),
          Map.entry("goal-set", "The goal is set."),
          Map.entry("goal-saved", "The goal is saved."),
          Map.entry("goal-achieved", "Well done: the goal is achieved."),
          Map.entry("goal-dropped", "The goal is dropped."),
          Map.entry("closed", "The mentoring relationship is closed."),
          Map.entry(
              "concern-raised",
              "The safeguarding concern is raised. The scheme's lead can read it now."),
          Map.entry("concern-reviewed", "The concern is marked as reviewed."),
          Map.entry("concern-closed", "The concern is closed."),
          Map.entry("change-asked", "Your request is sent to the lead, in confidence."),
          Map.entry("change-reviewed", "The request is marked as reviewed."),
          Map.entry("change-closed", "The request is closed."),
          Map.entry(
              "rematched",
              "The mentee is matched with their new mentor, and the request is closed."),
          Map.entry("request-accepted", "The request is accepted for matching."),
          Map.entry(
              "request-entered",
              "The request is saved. Give the caller a link, or choose them among the course's"
                  + " people, to make it theirs."),
          Map.entry("request-claimed-by-lead", "The request is now the chosen person's."),
          Map.entry("request-revised-by-lead", "The request is corrected."),
          Map.entry(
              "claim-link-withdrawn", "The link is withdrawn: it no longer works for anyone."),
          Map.entry(
              "request-claimed",
              "The request is yours now. You can follow it here and change it until it is read."),
          Map.entry(
              "request-signposted",
              "The request is closed, and the mentee is pointed to the service."),
          Map.entry("proposed", "The mentor is proposed. They will be asked to accept."),
          Map.entry("mentor-made", "The person is now a mentor of the scheme."),
          Map.entry("extra-approved", "The extra session is approved."),
          Map.entry("reflection-saved", "Your reflection is saved."),
          Map.entry("entry-reversed", "The entry is corrected: a reversing entry cancels it."),
          Map.entry("activity-logged", "Your training or supervision is logged."),
          Map.entry("cpd-approved", "The CPD entry is approved and now counts as credit."),
          Map.entry("cpd-returned", "The CPD entry is returned to its owner with your reason."),
          Map.entry("cpd-settings-saved", "The scheme's CPD settings are saved."),
          Map.entry("privacy-saved", "The scheme's privacy settings are saved."),
          Map.entry("person-erased", "The person's records in this scheme are erased."),
          Map.entry("matching-named", "The coordinator is named for matching."),
          Map.entry("matching-taken-back", "The coordinator no longer matches: numbers only."),
          Map.entry("claim-sent", "Your claim is sent to the scheme's lead for approval."),
          Map.entry(
              "claim-sent-over-budget",
              "Your claim is sent. The scheme's claims are now over its budget for the year, so"
                  + " the lead may need to raise the budget before approving it."),
          Map.entry("claim-approved", "The claim is approved."),
          Map.entry("feedback-sent", "Thank you. Your answers are saved, without your name."),
          Map.entry("feedback-released", "The round is closed and its answers are shown."),
          Map.entry("claim-returned", "The claim is returned to its mentor with your reason."),
          Map.entry("claim-rules-saved", "The session fee, mileage rate and budget are saved."),
          Map.entry(
              "invitation-accepted",
              "You are now a mentor of the scheme that invited you. Open Mentorlink from that"
                  + " scheme's course to see your mentees."));

  @Inject Templates templates;
  @Inject CurrentSession current;
  @Inject PageCalendar calendar;

  /** A page's variables, with the shared ones of the request's launch set. */
  public Map<String, Object> model(String done) {
    WebSession session = current.require();
    Map<String, Object> m = new HashMap<>();
    m.put("csrf", session.csrfToken());
    // A fresh one-time token per page shown: its forms post it, so a second submit of the same
    // form (a double click, a resend) is answered like the first and creates nothing twice.
    m.put("formToken", Secrets.newSecret());
    m.put(LaunchLinks.VARIABLE, session.launchHandle());
    // When the session ends (epoch milliseconds): the page warns a few minutes before.
    m.put(
        "sessionExpires", session.expiresAt() == null ? null : session.expiresAt().toEpochMilli());
    m.put("myId", session.personId());
    m.put("fmt", calendar.fmt());
    m.put("labels", new Labels());
    m.put("errors", new FormErrors());
    m.put("notice", done == null ? null : NOTICES.get(done));
    return m;
  }

  /** The page, framed only by the launch's platform and never cached. */
  public Response render(String template, Map<String, Object> model) {
    WebSession session = current.require();
    return Response.ok(
            templates.render(template, model), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .header(
            "Content-Security-Policy",
            SecurityHeaders.policyFramedBy(String.join(" ", session.frameOrigins())))
        .build();
  }

  /** The page, or — when a posted form had errors — the page shown again with them. */
  public Response show(String template, Map<String, Object> model, FormErrors errors) {
    return errors == null || !errors.any()
        ? render(template, model)
        : rerender(template, model, errors);
  }

  /** The page shown again with the errors of a posted form. */
  public Response rerender(String template, Map<String, Object> model, FormErrors errors) {
    model.put("errors", errors);
    return Response.fromResponse(render(template, model)).status(errors.status()).build();
  }

  /** POST-redirect-GET: 303 to {@code path} in the request's launch, with a confirmation key. */
  public Response seeOther(String path, String done) {
    int hash = path.indexOf('#');
    String where = hash < 0 ? path : path.substring(0, hash);
    String fragment = hash < 0 ? "" : path.substring(hash);
    String to =
        (done == null ? where : where + (where.contains("?") ? "&" : "?") + "done=" + done)
            + fragment;
    return Response.seeOther(URI.create(LaunchLinks.withLaunch(to, current.launchHandle())))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** One page of an in-memory list. */
  public static <T> Views.Page<T> page(List<T> all, int page, int size) {
    int p = Math.max(0, page);
    int from = Math.min(all.size(), p * size);
    int to = Math.min(all.size(), from + size);
    return new Views.Page<>(all.subList(from, to), p, size, all.size());
  }
}
