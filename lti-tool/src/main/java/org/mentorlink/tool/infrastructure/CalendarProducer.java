package org.mentorlink.tool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.mentorlink.domain.shared.Calendar;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;

/**
 * The domain's default {@link Calendar}: the configured zone ({@code mentorlink.time.zone},
 * Europe/London unless set) on the system clock. A zone that is not a region id stops the
 * application at start rather than at the first date it counts.
 */
@ApplicationScoped
public class CalendarProducer {
  @Inject MentorlinkConfig config;
  @Inject Clock clock;

  @Produces
  Calendar calendar() {
    return new Calendar(zone(), clock);
  }

  void checkAtStart(@Observes Startup started) {
    zone();
  }

  private ZoneId zone() {
    try {
      return Calendar.region(config.timeZone());
    } catch (DomainException e) {
      throw new IllegalStateException(
          "mentorlink.time.zone (MENTORLINK_TIME_ZONE) must be a time-zone region such as"
              + " Europe/London, not \""
              + config.timeZone()
              + "\"",
          e);
    }
  }
}
