package org.mentorlink.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentorlink.domain.testing.Times;

class CalendarTest {
  private final Calendar london = Times.CALENDAR;

  @ParameterizedTest(name = "{0} is {1} in London")
  @CsvSource({
    // 23:30 and 00:30 UK time, winter and summer
    "2025-01-15T23:30:00Z, 2025-01-15",
    "2025-01-16T00:30:00Z, 2025-01-16",
    "2025-06-15T22:30:00Z, 2025-06-15",
    "2025-06-15T23:30:00Z, 2025-06-16",
    // the clocks go forward at 01:00 UTC on Sunday 30 March 2025
    "2025-03-29T23:30:00Z, 2025-03-29",
    "2025-03-30T00:30:00Z, 2025-03-30",
    "2025-03-30T22:30:00Z, 2025-03-30",
    "2025-03-30T23:30:00Z, 2025-03-31",
    // the clocks go back at 01:00 UTC on Sunday 26 October 2025
    "2025-10-25T22:30:00Z, 2025-10-25",
    "2025-10-25T23:30:00Z, 2025-10-26",
    "2025-10-26T23:30:00Z, 2025-10-26",
    "2025-10-27T00:30:00Z, 2025-10-27",
    // the CPD year turns at midnight UK time between 31 March and 1 April
    "2025-03-31T22:59:59Z, 2025-03-31",
    "2025-03-31T23:00:00Z, 2025-04-01",
  })
  void datesAnInstantByTheUkDayItFallsOn(String instant, String date) {
    assertEquals(LocalDate.parse(date), london.dateOf(Instant.parse(instant)));
  }

  @Test
  void todayIsTheUkDayOfItsClock() {
    assertEquals(LocalDate.of(2025, 5, 7), Times.at("2025-05-06T23:30:00Z").today());
    assertEquals(LocalDate.of(2025, 5, 6), Times.at("2025-05-06T22:30:00Z").today());
    assertEquals(Instant.parse("2025-05-06T23:30:00Z"), Times.at("2025-05-06T23:30:00Z").now());
  }

  @ParameterizedTest(name = "{0} starts at {1}")
  @CsvSource({
    "2025-01-16, 2025-01-16T00:00:00Z",
    "2025-03-30, 2025-03-30T00:00:00Z",
    "2025-03-31, 2025-03-30T23:00:00Z",
    "2025-10-26, 2025-10-25T23:00:00Z",
    "2025-10-27, 2025-10-27T00:00:00Z",
  })
  void aDayStartsAtUkMidnight(String date, String instant) {
    assertEquals(Instant.parse(instant), london.startOfDay(LocalDate.parse(date)));
  }

  @Test
  void anotherZoneKeepsTheClock() {
    Calendar auckland = london.in(ZoneId.of("Pacific/Auckland"));

    assertEquals(ZoneId.of("Pacific/Auckland"), auckland.zone());
    assertEquals(london.now(), auckland.now());
    assertEquals(LocalDate.of(2025, 5, 6), auckland.dateOf(Instant.parse("2025-05-05T12:30:00Z")));
    assertSame(london, london.in(Times.LONDON));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/London", "Europe/Belfast", "Pacific/Auckland", "UTC"})
  void acceptsRegionIds(String id) {
    assertEquals(id, Calendar.region(id).getId());
    assertEquals(id, Calendar.region(" " + id + " ").getId());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"+01:00", "Z", "UTC+1", "BST", "GMT+0", "Europe/Londres", "europe/london", " "})
  void refusesWhatIsNotARegionId(String id) {
    refused("INVALID_TIME_ZONE", () -> Calendar.region(id));
  }

  @Test
  void refusesAnOffsetForItsZone() {
    refused("INVALID_TIME_ZONE", () -> new Calendar(ZoneOffset.ofHours(1), Clock.systemUTC()));
  }
}
