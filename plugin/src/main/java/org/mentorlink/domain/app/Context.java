package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.SchemeRepository;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.Paging;
import org.mentorlink.domain.shared.PersonRef;

/**
 * What every service needs: the calendar (the tool's configured zone and clock), the course's
 * scheme and its own calendar, people's names.
 */
@ApplicationScoped
public class Context {
  @Inject Calendar calendar;
  @Inject SchemeRepository schemes;
  @Inject PersonRepository people;

  Instant now() {
    return calendar.now();
  }

  /** The tool's default calendar (the configured zone), for a course without a scheme. */
  Calendar defaultCalendar() {
    return calendar;
  }

  /** The scheme's calendar: every date of the scheme is counted in it. */
  Calendar calendar(Scheme s) {
    return s.calendar(calendar);
  }

  /** The scheme of the actor's course; 404 if the course has none (or the actor has no course). */
  Scheme scheme(Actor actor, String courseRef) {
    if (courseRef == null) {
      throw new DomainException("NO_COURSE", "Open Mentorlink from a course to use its scheme.");
    }
    return schemes
        .forCourse(actor.tenant(), courseRef)
        .orElseThrow(() -> new NotFound("The mentoring scheme of this course"));
  }

  Views.PersonView person(PersonRef ref) {
    return new Views.PersonView(
        ref.personId(), people.find(ref).map(p -> p.displayName()).orElse("Unknown participant"));
  }

  /** The page size, or {@code PAGING_INVALID} outside 1 to 100 ({@link Paging}). */
  static int size(int size) {
    return new Paging(0, size).size();
  }

  /** The page, or {@code PAGING_INVALID} below 0 or past the last ({@link Paging#MAX_PAGE}). */
  static int page(int page) {
    return new Paging(page, 1).page();
  }
}
