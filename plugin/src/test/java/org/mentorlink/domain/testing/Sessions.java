package org.mentorlink.domain.testing;

import java.util.List;
import java.util.Set;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.relationship.SessionRecordDetails;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.testing.Relationships.Mentoring;

/** Session records in each state of their life. */
public final class Sessions {
  private Sessions() {}

  /** The first session, scheduled by the mentee a week ahead: two hours by video, a draft. */
  public static SessionRecord aSession(Mentoring m) {
    return aSession(m, 0);
  }

  /** Session number {@code sessionsSoFar + 1}. */
  public static SessionRecord aSession(Mentoring m, int sessionsSoFar) {
    return SessionRecord.schedule(
        m.relationship(),
        m.mentee(),
        sessionsSoFar,
        Times.daysLater(7),
        CpdHours.of("2"),
        MeetingMode.VIDEO);
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
