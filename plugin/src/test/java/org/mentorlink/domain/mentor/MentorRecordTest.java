package org.mentorlink.domain.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Actors.aMentor;
import static org.mentorlink.domain.testing.Actors.anInstructor;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.testing.Mentors;
import org.mentorlink.domain.testing.Schemes;
import org.mentorlink.domain.testing.Times;

class MentorRecordTest {
  private final Actor lead = anInstructor("lead-1");
  private final Actor coordinator = anInstructor("coord-1");
  private final Actor mentor = aMentor("mentor-1");
  private final Scheme scheme = Schemes.aScheme(lead, coordinator);
  private final MentorProfile profile = Mentors.aMentorProfile(scheme, mentor);
  private final LocalDate today = Times.TODAY;

  private static MentorRecord trained(TrainingTier tier, LocalDate on) {
    return new MentorRecord(tier, on, null, null, false);
  }

  @Test
  void mentorAndLeadKeepTheRecordAndATierMakesTheMentorTrained() {
    LocalDate on = today.minusMonths(2);
    profile.keepRecord(scheme, mentor, trained(TrainingTier.INTRODUCTORY, on), today);
    assertEquals(TrainingTier.INTRODUCTORY, profile.record().tier());
    assertEquals(on, profile.details().trainedOn());
    assertEquals(TrainingStatus.TRAINED, profile.details().trainingStatus());

    profile.keepRecord(
        scheme,
        lead,
        new MentorRecord(TrainingTier.REFRESHER, on, "MDU", today.plusYears(1), true),
        today);
    assertEquals(TrainingTier.REFRESHER, profile.record().tier());
    assertEquals("MDU", profile.record().indemnityProvider());
    assertTrue(profile.record().coversMentoring());
  }

  @Test
  void refusesACoordinatorNotNamedForMatchingAndAnotherMentor() {
    MentorRecord r = trained(TrainingTier.CONTINUING, today);
    forbidden(() -> profile.keepRecord(scheme, coordinator, r, today));
    forbidden(() -> profile.keepRecord(scheme, aMentor("mentor-2"), r, today));
    assertNull(profile.record().tier());

    scheme.nameMatchingCoordinator(lead, coordinator.person(), true);
    profile.keepRecord(scheme, coordinator, r, today);
    assertEquals(TrainingTier.CONTINUING, profile.record().tier());
  }

  @Test
  void refusesIncompleteRecords() {
    refused("TRAINING_DATE_REQUIRED", () -> trained(TrainingTier.INTRODUCTORY, null));
    refused("TRAINING_TIER_REQUIRED", () -> trained(null, today));
    refused("INDEMNITY_DATE_REQUIRED", () -> new MentorRecord(null, null, "MDU", null, true));
    refused("INDEMNITY_PROVIDER_REQUIRED", () -> new MentorRecord(null, null, " ", today, false));
    refused("TEXT_TOO_LONG", () -> new MentorRecord(null, null, "x".repeat(201), today, false));
  }

  @Test
  void refusesTrainingInTheFutureAndFarOffDates() {
    refused(
        "DATE_OUT_OF_RANGE",
        () ->
            profile.keepRecord(
                scheme, mentor, trained(TrainingTier.REFRESHER, today.plusDays(1)), today));
    refused(
        "DATE_OUT_OF_RANGE",
        () ->
            profile.keepRecord(
                scheme,
                mentor,
                new MentorRecord(null, null, "MDU", today.plusYears(51), true),
                today));
    assertNull(profile.record().tier());
  }

  @Test
  void trainingLapsesTheDayAfterItStopsBeingCurrent() {
    LocalDate on = today.minusYears(MentorProfile.TRAINING_VALID_YEARS);
    profile.keepRecord(scheme, mentor, trained(TrainingTier.INTRODUCTORY, on), today);
    assertTrue(profile.trainingCurrent(today));
    assertEquals(today.plusDays(1), profile.trainingLapsesOn());
    assertEquals(
        List.of(new Lapse(Lapse.What.TRAINING, today.plusDays(1), false)), profile.lapses(today));
    assertFalse(profile.trainingCurrent(today.plusDays(1)));
    assertTrue(profile.lapses(today.plusDays(1)).get(0).lapsed());
  }

  @Test
  void announcesALapseOnlyWithinSixtyDays() {
    LocalDate lapsesOn = today.plusDays(Lapse.WARN_DAYS + 1);
    profile.keepRecord(
        scheme,
        mentor,
        new MentorRecord(
            TrainingTier.CONTINUING,
            lapsesOn.minusDays(1).minusYears(MentorProfile.TRAINING_VALID_YEARS),
            "MDU",
            lapsesOn,
            true),
        today);
    assertEquals(List.of(), profile.lapses(today));
    assertEquals(2, profile.lapses(today.plusDays(1)).size());
    assertTrue(profile.lapses(lapsesOn).stream().allMatch(Lapse::lapsed));
  }

  @Test
  void anUntrainedMentorHasNoTrainingLapse() {
    profile.update(mentor, Mentors.details().training(TrainingStatus.NOT_TRAINED, null).build());
    assertNull(profile.trainingLapsesOn());
    assertEquals(List.of(), profile.lapses(today));
  }

  @Test
  void attendanceIsRecordedByTheMentorOrLeadNeverInTheFuture() {
    SupportAttendance a =
        SupportAttendance.record(
            scheme,
            mentor,
            profile,
            today,
            SupportKind.SUPPORT_GROUP,
            "  boundaries  ",
            today,
            Times.NOW);
    assertEquals(SupportKind.SUPPORT_GROUP, a.kind());
    assertEquals("boundaries", a.note());
    assertEquals(profile.id(), a.profileId());
    SupportAttendance.record(
        scheme, lead, profile, today, SupportKind.SUPERVISION, null, today, Times.NOW);

    forbidden(
        () ->
            SupportAttendance.record(
                scheme,
                coordinator,
                profile,
                today,
                SupportKind.PEER_REVIEW,
                null,
                today,
                Times.NOW));
    refused(
        "ATTENDANCE_IN_FUTURE",
        () ->
            SupportAttendance.record(
                scheme,
                mentor,
                profile,
                today.plusDays(1),
                SupportKind.PEER_REVIEW,
                null,
                today,
                Times.NOW));
    refused(
        "ATTENDANCE_KIND_REQUIRED",
        () ->
            SupportAttendance.record(scheme, mentor, profile, today, null, null, today, Times.NOW));
    refused(
        "ATTENDANCE_DATE_REQUIRED",
        () ->
            SupportAttendance.record(
                scheme, mentor, profile, null, SupportKind.PEER_REVIEW, null, today, Times.NOW));
  }
}
