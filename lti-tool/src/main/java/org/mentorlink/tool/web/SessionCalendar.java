package org.mentorlink.tool.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.mentorlink.domain.app.Views;

/**
 * A session as an iCalendar event (RFC 5545): when it starts and ends, in UTC, and "Mentoring
 * session N" — never its agenda, notes or who takes part, since a calendar is often shared.
 */
final class SessionCalendar {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private SessionCalendar() {}

  static String of(Views.SessionView s, Instant now) {
    Instant start = s.scheduledAt();
    Instant end = start.plus(Duration.ofMinutes(30L * s.duration().halfHours()));
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//Mentorlink//Mentoring sessions//EN");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:PUBLISH");
    line(ics, "BEGIN:VEVENT");
    line(ics, "UID:session-" + s.id() + "@mentorlink");
    line(ics, "DTSTAMP:" + UTC.format(now));
    line(ics, "DTSTART:" + UTC.format(start));
    line(ics, "DTEND:" + UTC.format(end));
    line(ics, "SUMMARY:Mentoring session " + s.number());
    line(ics, "STATUS:CONFIRMED");
    line(ics, "TRANSP:OPAQUE");
    line(ics, "END:VEVENT");
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /** Appends a content line, folded at 75 octets (RFC 5545 §3.1), ending with CRLF. */
  private static void line(StringBuilder out, String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= 75) {
      out.append(line).append("\r\n");
      return;
    }
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + n > limit) {
        out.append("\r\n ");
        octets = 1;
        limit = 75;
      }
      out.appendCodePoint(cp);
      octets += n;
      i += Character.charCount(cp);
    }
    out.append("\r\n");
  }
}
