package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mentorlink.domain.notice.Notice;
import org.mentorlink.domain.notice.NoticeKind;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.PersonRef;

/**
 * The one place the services say that something now waits for someone: a {@link Notice} per person
 * who has to act, never for the person who caused it (they are on the page), and never for anyone
 * the access policy would not let see the record — the lead and the coordinators who match hear of
 * CPD to approve ({@link Scheme#matchers}), only the lead of a concern.
 */
@ApplicationScoped
public class Notifier {
  @Inject Event<Notice> notices;

  /** Tells {@code to} (less the actor, and nulls) that {@code kind} waits about {@code key}. */
  void tell(Scheme s, Actor by, NoticeKind kind, String key, PersonRef... to) {
    Set<PersonRef> once = new LinkedHashSet<>();
    for (PersonRef p : to) {
      if (p != null && !p.equals(by.person())) {
        once.add(p);
      }
    }
    once.forEach(p -> notices.fire(new Notice(s.ref(), p, kind, key)));
  }

  /** Tells the scheme's lead and the coordinators who match (CPD approvals). */
  void tellMatchers(Scheme s, Actor by, NoticeKind kind, String key) {
    tell(s, by, kind, key, s.matchers().toArray(PersonRef[]::new));
  }

  /** Tells {@code to} (nulls skipped) with no one causing it: a sweep found it due. */
  void tellDue(Scheme s, NoticeKind kind, String key, PersonRef... to) {
    Set<PersonRef> once = new LinkedHashSet<>();
    for (PersonRef p : to) {
      if (p != null) {
        once.add(p);
      }
    }
    once.forEach(p -> notices.fire(new Notice(s.ref(), p, kind, key)));
  }

  /** Tells the scheme's lead alone. */
  void tellLead(Scheme s, Actor by, NoticeKind kind, String key) {
    tell(s, by, kind, key, s.lead());
  }

  /** The key of an event that may recur on the same record: its id and the moment. */
  static String recurring(String id, Instant at) {
    return id + "@" + at.toEpochMilli();
  }
}
