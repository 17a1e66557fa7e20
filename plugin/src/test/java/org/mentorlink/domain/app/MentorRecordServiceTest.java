package org.mentorlink.domain.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.app.Story.COURSE;
import static org.mentorlink.domain.testing.Actors.anInstructor;
import static org.mentorlink.domain.testing.Refusals.forbidden;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.mentor.MentorProfile;
import org.mentorlink.domain.mentor.MentorRecord;
import org.mentorlink.domain.mentor.SupportKind;
import org.mentorlink.domain.mentor.TrainingTier;
import org.mentorlink.domain.notice.Notice;
import org.mentorlink.domain.notice.NoticeKind;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.testing.Times;

/**
 * Mentors' records through the service: who keeps them, the numbers every coordinator sees, and the
 * lapse notices of the daily sweep (one per lapse, for the mentor and the lead).
 */
class MentorRecordServiceTest {
  private final Wiring w = new Wiring();
  private final Story story = new Story(w);
  private final Actor plain = anInstructor("coord-plain");
  private final LocalDate today = Times.TODAY;

  MentorRecordServiceTest() {
    w.schemes.recordLaunch(plain, COURSE);
    w.schemes.appointCoordinator(story.lead, COURSE, plain.person().personId());
  }

  private String profile() {
    return w.mentors.mine(story.mentor, COURSE).profileId();
  }

  private List<Notice> lapseNotices() {
    return w.notices.fired.stream().filter(n -> n.kind() == NoticeKind.RECORD_LAPSING).toList();
  }

  @Test
  void theMentorAndTheLeadKeepTheRecordsAndAPlainCoordinatorSeesNumbersOnly() {
    LocalDate trained = today.minusYears(MentorProfile.TRAINING_VALID_YEARS).plusDays(20);
    w.mentorRecords.keep(
        story.mentor,
        COURSE,
        null,
        new MentorRecord(TrainingTier.INTRODUCTORY, trained, null, null, false));
    w.mentorRecords.attend(story.lead, COURSE, profile(), today, SupportKind.SUPERVISION, "ok");
    Views.MentorRecordsView v = w.mentorRecords.records(story.lead, COURSE, profile(), 0);
    assertEquals(1, v.attendance().total());
    assertEquals(1, v.lapses().size());

    forbidden(() -> w.mentorRecords.records(plain, COURSE, profile(), 0));
    forbidden(
        () ->
            w.mentorRecords.attend(plain, COURSE, profile(), today, SupportKind.PEER_REVIEW, null));
    assertEquals(1, w.mentorRecords.lapseCounts(plain, COURSE).trainingLapsing());
    forbidden(() -> w.mentorRecords.lapseCounts(story.mentee, COURSE));
    assertEquals(1, w.mentorRecords.ownLapses(story.mentor, COURSE).size());
    assertEquals(List.of(), w.mentorRecords.ownLapses(story.mentee, COURSE));
  }

  @Test
  void theSweepTellsTheMentorAndTheLeadOncePerLapse() {
    assertEquals(0, w.mentorRecords.announceLapses());
    LocalDate trained = today.minusYears(MentorProfile.TRAINING_VALID_YEARS).plusDays(20);
    w.mentorRecords.keep(
        story.mentor,
        COURSE,
        null,
        new MentorRecord(TrainingTier.INTRODUCTORY, trained, "MDU", today.plusYears(2), true));

    // Kept by the mentor: the lead is told at once, the mentor (who did it) by the sweep.
    assertEquals(
        List.of(story.lead.person()), lapseNotices().stream().map(Notice::recipient).toList());
    assertEquals(1, w.mentorRecords.announceLapses());
    Set<PersonRef> told =
        lapseNotices().stream().map(Notice::recipient).collect(Collectors.toSet());
    assertEquals(Set.of(story.mentor.person(), story.lead.person()), told);
    String key = lapseNotices().get(0).eventKey();
    assertTrue(key.startsWith(profile() + ":T:"), key);

    // The next day's sweep raises the same events (the outbox keeps one e-mail per event).
    w.clock.now = Times.NOW.plus(Duration.ofDays(1));
    w.mentorRecords.announceLapses();
    assertEquals(
        Set.of(key), lapseNotices().stream().map(Notice::eventKey).collect(Collectors.toSet()));

    // Renewed: nothing more to announce.
    w.mentorRecords.keep(
        story.lead,
        COURSE,
        profile(),
        new MentorRecord(TrainingTier.REFRESHER, today, "MDU", today.plusYears(2), true));
    assertEquals(0, w.mentorRecords.announceLapses());
  }

  @Test
  void aLapsingDateTheLeadKeepsIsToldToTheMentorAtOnceAndOnlyOnce() {
    LocalDate expires = today.plusDays(10);
    w.mentorRecords.keep(
        story.lead,
        COURSE,
        profile(),
        new MentorRecord(TrainingTier.REFRESHER, today, "MDU", expires, true));
    List<Notice> told = lapseNotices();
    assertEquals(List.of(story.mentor.person()), told.stream().map(Notice::recipient).toList());
    assertEquals(profile() + ":I:" + expires, told.get(0).eventKey());

    // The same record kept again, and the sweep: the same event (one e-mail per event).
    w.mentorRecords.keep(
        story.lead,
        COURSE,
        profile(),
        new MentorRecord(TrainingTier.REFRESHER, today, "MDU", expires, true));
    w.mentorRecords.announceLapses();
    assertEquals(
        Set.of(profile() + ":I:" + expires),
        lapseNotices().stream().map(Notice::eventKey).collect(Collectors.toSet()));

    // A date far off tells no one.
    int before = lapseNotices().size();
    w.mentorRecords.keep(
        story.lead,
        COURSE,
        profile(),
        new MentorRecord(TrainingTier.REFRESHER, today, "MDU", today.plusYears(1), true));
    assertEquals(before, lapseNotices().size());
  }
}
