package org.mentorlink.tool.notify;

/**
 * The one e-mail Mentorlink sends: the same neutral words for every notice, so that it names no
 * one, quotes nothing and tells nobody who reads over a shoulder what is waiting or in which
 * scheme. The person finds what waits on their start page, opened from their course.
 */
public final class MailText {
  private MailText() {}

  public static final String SUBJECT = "You have something to do in Mentorlink";

  public static final String BODY =
      "You have something to do in Mentorlink: open it from your course.\n"
          + "\n"
          + "You can stop these e-mails in Mentorlink, on the \"My data\" page.\n";
}
