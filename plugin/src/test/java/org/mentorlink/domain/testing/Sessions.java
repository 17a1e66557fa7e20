package org.mentorlink.domain.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.relationship.SessionHistory;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.relationship.SessionRecordDetails;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.testing.Relationships.Mentoring;

/** Session records in each state of their life, and relationships' histories of them. */
public final class Sessions {
  private Sessions() {}

  /** The first session, scheduled by the mentee a week ahead: two hours by video, a draft. */
  public static SessionRecord aSession(Mentoring m) {
    return aSession(m, 0);
  }

  /** Session number {@code sessionsSoFar + 1}. */
  public static SessionRecord aSession(Mentoring m, int sessionsSoFar) {
    return scheduleAt(m, held(m, sessionsSoFar), Times.daysLater(7));
  }

  /** The next session after {@code history}, at {@code when}, as the London calendar counts. */
  public static SessionRecord scheduleAt(Mentoring m, SessionHistory history, Instant when) {
    return SessionRecord.schedule(
        m.relationship(),
        m.mentee(),
        history,
        when,
        CpdHours.of("2"),
        MeetingMode.VIDEO,
        Times.CALENDAR);
  }

  /** A history of {@code count} draft sessions, a week apart. */
  public static SessionHistory held(Mentoring m, int count) {
    return history(m, count, false);
  }

  /** A history of {@code count} sessions, each submitted and signed off. */
  public static SessionHistory signedOff(Mentoring m, int count) {
    return history(m, count, true);
  }

  private static SessionHistory history(Mentoring m, int count, boolean signOff) {
    List<SessionRecord> so = new ArrayList<>();
    SessionHistory h = SessionHistory.none(m.relationship());
    for (int i = 0; i < count; i++) {
      SessionRecord s = scheduleAt(m, h, Times.daysLater(7L * (i + 1)));
      if (signOff) {
        s.submit(m.relationship(), m.mentee(), Times.daysLater(7L * (i + 1) + 1));
        s.signOff(m.relationship(), m.mentor(), Times.daysLater(7L * (i + 1) + 2));
      }
      so.add(s);
      h = new SessionHistory(m.relationship(), so);
    }
    return h;
  }

  public static SessionRecord aSubmittedSession(Mentoring m) {
    SessionRecord s = aSession(m);
    s.write(m.relationship(), m.mentee(), notes("What I took from it."));
    s.submit(m.relationship(), m.mentee(), Times.daysLater(8));
    return s;
  }

  public static SessionRecord aSignedOffSession(Mentoring m) {
    SessionRecord s = aSubmittedSession(m);
    s.signOff(m.relationship(), m.mentor(), Times.daysLater(9));
    return s;
  }

  public static SessionRecordDetails notes(String notes) {
    return new SessionRecordDetails(
        notes, Set.of(Theme.PROFESSIONAL_DEVELOPMENT), List.of("Partnership"), null, List.of());
  }
}
