package org.mentorlink.domain.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Actors.aLearner;
import static org.mentorlink.domain.testing.Actors.aMentor;
import static org.mentorlink.domain.testing.Actors.anInstructor;
import static org.mentorlink.domain.testing.Actors.inAnotherTenant;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.testing.Mentors;
import org.mentorlink.domain.testing.Schemes;
import org.mentorlink.domain.testing.Times;

class MentorProfileTest {
  private final Actor lead = anInstructor("lead-1");
  private final Actor coordinator = anInstructor("coord-1");
  private final Actor mentor = aMentor("mentor-1");
  private final Scheme scheme = Schemes.aScheme(lead, coordinator);

  @Test
  void coordinatorDesignatesAMentorWithStartingDetails() {
    MentorProfile profile =
        MentorProfile.designate(scheme, coordinator, mentor.person(), Times.NOW);

    assertTrue(profile.isMentor(mentor.person()));
    assertEquals(mentor.person(), profile.person());
    assertEquals(scheme.ref(), profile.scheme());
    assertEquals(2, profile.capacity());
    assertFalse(profile.paused());
    assertEquals(TrainingStatus.NOT_TRAINED, profile.details().trainingStatus());
    assertEquals(Set.of(MeetingMode.values()), profile.details().modes());
  }

  @Test
  void refusesDesignationByAnyoneButACoordinator() {
    forbidden(() -> MentorProfile.designate(scheme, mentor, mentor.person(), Times.NOW));
    forbidden(
        () -> MentorProfile.designate(scheme, anInstructor("t-1"), mentor.person(), Times.NOW));
  }

  @Test
  void refusesAMentorFromAnotherTenant() {
    forbidden(
        () ->
            MentorProfile.designate(
                scheme, coordinator, inAnotherTenant(mentor).person(), Times.NOW));
    forbidden(
        () -> MentorProfile.selfDesignated(scheme, inAnotherTenant(mentor).person(), Times.NOW));
  }

  @Test
  void mentorUpdatesTheirOwnProfile() {
    MentorProfile profile = MentorProfile.selfDesignated(scheme, mentor.person(), Times.NOW);
    MentorDetails details = Mentors.details().capacity(4).practice("Canal Side").build();

    profile.update(mentor, details);

    assertEquals(4, profile.capacity());
    assertEquals("Canal Side", profile.details().practice());
    assertEquals(List.of("Leeds"), profile.details().areas());
  }

  @Test
  void refusesProfileChangesBySomeoneElse() {
    MentorProfile profile = Mentors.aMentorProfile(scheme, mentor);
    Actor other = aMentor("mentor-2");

    forbidden(() -> profile.update(other, Mentors.details().capacity(0).build()));
    forbidden(() -> profile.update(coordinator, Mentors.details().capacity(0).build()));
    forbidden(() -> profile.pause(coordinator));
    forbidden(() -> profile.pause(other));
    forbidden(() -> profile.resume(aLearner()));
    assertEquals(2, profile.capacity());
    assertFalse(profile.paused());
  }

  @Test
  void mentorPausesAndResumesTakingMentees() {
    MentorProfile profile = Mentors.aMentorProfile(scheme, mentor);

    profile.pause(mentor);
    assertTrue(profile.paused());

    profile.resume(mentor);
    assertFalse(profile.paused());
  }

  @Test
  void mentorWithTheSamePersonIdInAnotherTenantIsRefused() {
    MentorProfile profile = Mentors.aMentorProfile(scheme, mentor);
    Actor foreign = inAnotherTenant(mentor);

    assertFalse(profile.isMentor(foreign.person()));
    forbidden(() -> profile.update(foreign, Mentors.details().capacity(0).build()));
    forbidden(() -> profile.pause(foreign));
    assertFalse(profile.paused());
  }

  @Test
  void trainingIsCurrentForThreeYears() {
    MentorProfile profile = MentorProfile.selfDesignated(scheme, mentor.person(), Times.NOW);

    profile.update(mentor, Mentors.details().trainedOn(Times.TODAY.minusYears(3)).build());
    assertTrue(profile.trainingCurrent(Times.TODAY));

    profile.update(
        mentor, Mentors.details().trainedOn(Times.TODAY.minusYears(3).minusDays(1)).build());
    assertFalse(profile.trainingCurrent(Times.TODAY));
  }

  @Test
  void trainingInProgressOrAbsentIsNotCurrent() {
    MentorProfile profile = MentorProfile.selfDesignated(scheme, mentor.person(), Times.NOW);
    assertFalse(profile.trainingCurrent(Times.TODAY));

    profile.update(
        mentor, Mentors.details().training(TrainingStatus.IN_TRAINING, Times.TODAY).build());
    assertFalse(profile.trainingCurrent(Times.TODAY));
  }

  @Test
  void rejectsCapacityOutsideZeroToTwenty() {
    refused("INVALID_CAPACITY", () -> Mentors.details().capacity(-1).build());
    refused("INVALID_CAPACITY", () -> Mentors.details().capacity(21).build());
    assertEquals(0, Mentors.details().capacity(0).build().capacity());
    assertEquals(20, Mentors.details().capacity(20).build().capacity());
  }

  @Test
  void trainedMentorMustGiveTheTrainingDate() {
    refused(
        "TRAINING_DATE_REQUIRED",
        () -> Mentors.details().training(TrainingStatus.TRAINED, null).build());
  }

  @Test
  void missingTrainingStatusMeansNotTrained() {
    MentorDetails d = Mentors.details().training(null, null).build();

    assertEquals(TrainingStatus.NOT_TRAINED, d.trainingStatus());
    assertNull(d.trainedOn());
  }
}
