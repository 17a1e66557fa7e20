package org.mentorlink.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.app.Story.COURSE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.cpd.CpdActivity;
import org.mentorlink.domain.cpd.CpdKind;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.testing.Schemes;

/**
 * The services count days in the scheme's calendar: the tool's zone (Europe/London here), or the
 * scheme's own once it sets one. Each case would come out differently in UTC.
 */
class CalendarRulesTest {
  private final Wiring w = new Wiring();
  private final Story story = new Story(w);

  private void schemeZone(String zone) {
    w.schemes.changeSettings(story.lead, COURSE, Schemes.settings().withTimeZone(ZoneId.of(zone)));
  }

  private Views.CpdLog logTraining(LocalDate date) {
    return w.cpd.logActivity(
        story.mentor,
        COURSE,
        CpdActivity.MENTOR_TRAINING,
        "Mentor skills update",
        date,
        CpdHours.of("3"),
        CpdKind.EXTERNAL);
  }

  @Test
  void trainingLoggedAtHalfPastMidnightUkSummerTimeMayBeDatedToday() {
    w.at("2025-06-11T23:30:00Z"); // 00:30 on 12 June in London

    Views.CpdLog log = logTraining(LocalDate.of(2025, 6, 12));

    assertEquals(LocalDate.of(2025, 6, 12), log.years().get(0).entries().get(0).date());
    DomainException tomorrow =
        org.junit.jupiter.api.Assertions.assertThrows(
            DomainException.class, () -> logTraining(LocalDate.of(2025, 6, 13)));
    assertEquals("CPD_DATE_IN_FUTURE", tomorrow.code());
  }

  @Test
  void theCurrentCpdYearTurnsAtMidnightOnFirstAprilInTheSchemesZone() {
    w.at("2025-03-31T22:30:00Z"); // 23:30 on 31 March in London
    assertEquals("2024/25", currentYear());
    w.at("2025-03-31T23:30:00Z"); // 00:30 on 1 April in London, still 31 March in UTC
    assertEquals("2025/26", currentYear());

    schemeZone("America/New_York");
    assertEquals("2024/25", currentYear(), "19:30 on 31 March in New York");
  }

  private String currentYear() {
    return w.cpd.myLog(story.mentee, COURSE).years().get(0).label();
  }

  @Test
  void aSignedOffSessionCountsInTheCpdYearOfTheDayItWasHeldInTheSchemesZone() {
    schemeZone("Pacific/Auckland");
    // 12:30 UTC on 31 March is 01:30 on 1 April in Auckland (and 13:30 on 31 March in London).
    String session = story.schedule(Instant.parse("2026-03-31T12:30:00Z"));
    w.at("2026-04-01T09:00:00Z");

    story.holdAndSignOff(session);

    Views.CpdYearView year = w.cpd.myLog(story.mentee, COURSE).years().get(0);
    assertEquals("2026/27", year.label());
    assertEquals(LocalDate.of(2026, 4, 1), year.entries().get(0).date());
  }

  @Test
  void aSessionAtHalfPastMidnightUkTimeAfterTheAllowanceEndsNeedsApproval() {
    Views.RelationshipView r = w.relationships.get(story.mentee, COURSE, story.relationshipId);
    LocalDate lastDay = r.allowanceEnds();
    assertEquals(LocalDate.of(2026, 5, 6), lastDay);

    String lateEvening = story.schedule(Instant.parse("2026-05-06T22:30:00Z")); // 23:30 BST
    String afterMidnight = story.schedule(Instant.parse("2026-05-06T23:30:00Z")); // 00:30 BST

    Views.RelationshipView now = w.relationships.get(story.mentee, COURSE, story.relationshipId);
    assertFalse(session(now, lateEvening).needsApproval());
    assertTrue(session(now, afterMidnight).needsApproval());
  }

  private static Views.SessionView session(Views.RelationshipView r, String id) {
    return r.sessions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theAllowanceRunsFromTheDayTheRelationshipStartedInTheSchemesZone() {
    Wiring late = new Wiring();
    late.at("2025-05-06T23:30:00Z"); // the mentee confirms at 00:30 on 7 May in London
    Story s = new Story(late);

    assertEquals(
        LocalDate.of(2026, 5, 7),
        late.relationships.get(s.mentee, COURSE, s.relationshipId).allowanceEnds());
    late.schemes.changeSettings(
        s.lead, COURSE, Schemes.settings().withTimeZone(ZoneId.of("America/New_York")));
    assertEquals(
        LocalDate.of(2026, 5, 6),
        late.relationships.get(s.mentee, COURSE, s.relationshipId).allowanceEnds(),
        "19:30 on 6 May in New York");
  }

  @Test
  void theSchemeViewNamesTheZoneItsDatesAreIn() {
    assertEquals(
        ZoneId.of("Europe/London"),
        w.schemes.current(story.mentee, COURSE).orElseThrow().timeZone());
    assertEquals(null, w.schemes.current(story.mentee, COURSE).orElseThrow().settings().timeZone());

    schemeZone("Europe/Belfast");

    assertEquals(
        ZoneId.of("Europe/Belfast"),
        w.schemes.current(story.mentee, COURSE).orElseThrow().timeZone());
  }
}
