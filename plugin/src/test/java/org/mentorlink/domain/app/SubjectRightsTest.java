package org.mentorlink.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.app.Story.COURSE;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.app.ConfidentialRead.Kind;
import org.mentorlink.domain.privacy.PersonalData;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.SchemeRef;

/** The rules of subject rights: whose export, who erases whom, what retention deletes. */
class SubjectRightsTest {
  private final Wiring w = new Wiring();
  private final Story story = new Story(w);

  @Test
  void anExportHoldsThePersonsOwnRecordsOnlyAndIsAnnounced() {
    w.reads.fired.clear();
    SubjectViews.SubjectExport export = w.rights.export(story.mentee);

    assertEquals(1, export.schemes().size());
    SubjectViews.SchemeData s = export.schemes().get(0);
    assertEquals(List.of("MENTEE"), s.roles());
    assertEquals(
        List.of(story.requestId), s.requests().stream().map(Views.RequestView::id).toList());
    assertEquals(
        List.of(story.relationshipId),
        s.relationships().stream().map(Views.RelationshipView::id).toList());
    assertEquals(1, s.proposals().size());
    assertEquals(
        List.of(
            new ConfidentialRead(
                story.mentee.person(), story.scheme(), Kind.SUBJECT_EXPORT, "mentee-1")),
        w.reads.fired);
  }

  @Test
  void theMentorsExportShowsTheirRoleAndProfile() {
    SubjectViews.SchemeData s = w.rights.export(story.mentor).schemes().get(0);
    assertEquals(List.of("MENTOR"), s.roles());
    assertTrue(s.requests().isEmpty());
    assertEquals(1, s.relationships().size());
    assertTrue(s.mentorProfile() != null);
  }

  @Test
  void onlyTheLeadErasesAndNeverThemself() {
    String mentee = story.mentee.person().personId();
    assertThrows(Forbidden.class, () -> w.rights.eraseInScheme(story.coordinator, COURSE, mentee));
    assertThrows(Forbidden.class, () -> w.rights.eraseInScheme(story.mentor, COURSE, mentee));
    DomainException self =
        assertThrows(
            DomainException.class,
            () -> w.rights.eraseInScheme(story.lead, COURSE, story.lead.person().personId()));
    assertEquals("CANNOT_ERASE_THE_LEAD", self.code());
    assertTrue(w.data.calls.isEmpty());
    assertTrue(w.erasures.fired.isEmpty());

    w.rights.eraseInScheme(story.lead, COURSE, mentee);
    assertEquals(List.of("erase mentee-1 in 1"), w.data.calls);
    assertEquals(1, w.erasures.fired.size());
    assertFalse(w.erasures.fired.get(0).wholeTenant());
    assertEquals(mentee, w.erasures.fired.get(0).personId());
  }

  @Test
  void retentionDeletesOnlyWhatHasPassedItsSchemesPeriod() {
    Instant now = w.ctx.now();
    SchemeRef six = story.scheme();
    SchemeRef one = new SchemeRef(six.tenant(), "other-scheme");
    w.data.retentions.add(new PersonalData.Retention(six, 6));
    w.data.retentions.add(new PersonalData.Retention(one, 1));
    w.data.closed.put("closed-7y", new Object[] {six, now.minus(7 * 366, ChronoUnit.DAYS)});
    w.data.closed.put("closed-5y", new Object[] {six, now.minus(5 * 365, ChronoUnit.DAYS)});
    w.data.closed.put("other-2y", new Object[] {one, now.minus(2 * 366, ChronoUnit.DAYS)});
    w.data.closed.put("other-6m", new Object[] {one, now.minus(180, ChronoUnit.DAYS)});

    // A date in the past counts as now: retention never deletes early because of it.
    SubjectViews.RetentionRun run = w.retention.sweep(now.minus(3650, ChronoUnit.DAYS));
    assertEquals(List.of("closed-7y", "other-2y"), run.ids());
    assertEquals(now, run.asOf());
    assertEquals(List.of("closed-5y", "other-6m"), List.copyOf(w.data.closed.keySet()));
    assertEquals(0, w.retention.sweep().relationships());
  }

  @Test
  void theCutoffIsCalendarYearsBeforeInUtc() {
    assertEquals(
        Instant.parse("2019-02-28T12:00:00Z"),
        RetentionService.cutoff(Instant.parse("2025-02-28T12:00:00Z"), 6));
  }
}
