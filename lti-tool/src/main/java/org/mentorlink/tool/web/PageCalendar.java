package org.mentorlink.tool.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.mentorlink.domain.app.SchemeService;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.tool.present.Fmt;
import org.mentorlink.tool.session.CurrentSession;

/**
 * The calendar of the request's course, looked up once per request: the scheme's own time zone, or
 * the tool's default. Pages show dates in it and read typed dates and times in it.
 */
@RequestScoped
public class PageCalendar {
  @Inject CurrentSession current;
  @Inject SchemeService schemes;
  @Inject Calendar defaultCalendar;

  private Calendar calendar;

  /** The course's calendar (the tool's default without a session or a scheme). */
  public Calendar get() {
    if (calendar == null) {
      calendar =
          current.get().isPresent()
              ? schemes.calendar(current.actor(), current.course())
              : defaultCalendar;
    }
    return calendar;
  }

  /** Formats for this course's pages. */
  public Fmt fmt() {
    return new Fmt(get().zone());
  }

  /** Today, in the course's calendar. */
  public LocalDate today() {
    return get().today();
  }

  /** A typed date and time of day, in the course's calendar. */
  public Instant at(LocalDate date, LocalTime time) {
    return date.atTime(time).atZone(get().zone()).toInstant();
  }
}
