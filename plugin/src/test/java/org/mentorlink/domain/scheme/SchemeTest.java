package org.mentorlink.domain.scheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Actors.aLearner;
import static org.mentorlink.domain.testing.Actors.aMentor;
import static org.mentorlink.domain.testing.Actors.anInstructor;
import static org.mentorlink.domain.testing.Actors.inAnotherTenant;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.testing.Actors;
import org.mentorlink.domain.testing.Schemes;
import org.mentorlink.domain.testing.Times;

class SchemeTest {
  private final Actor lead = anInstructor("lead-1");
  private final Actor coordinator = anInstructor("coord-1");
  private final Actor teacher = anInstructor("teacher-1");

  @Test
  void instructorWhoSetsUpTheSchemeBecomesItsLead() {
    Scheme scheme = Scheme.setUp(lead, "course-42", Schemes.settings(), Times.NOW);

    assertEquals(lead.person(), scheme.lead());
    assertTrue(scheme.isLead(lead.person()));
    assertTrue(scheme.isCoordinator(lead.person()), "the lead coordinates too");
    assertTrue(scheme.coordinators().isEmpty());
    assertEquals(Actors.TENANT, scheme.tenant());
    assertEquals(Actors.TENANT, scheme.ref().tenant());
    assertEquals(scheme.id(), scheme.ref().schemeId());
    assertEquals("course-42", scheme.courseRef());
    assertEquals("West Yorkshire GP Mentoring", scheme.name());
  }

  @Test
  void refusesSetUpByALearner() {
    forbidden(() -> Scheme.setUp(aLearner(), "course-42", Schemes.settings(), Times.NOW));
  }

  @Test
  void refusesSetUpByAMentorWithoutInstructorRole() {
    Actor mentorOnly = Actors.actor("mentor-9", LaunchRole.MENTOR);

    forbidden(() -> Scheme.setUp(mentorOnly, "course-42", Schemes.settings(), Times.NOW));
  }

  @Test
  void refusesSetUpByAPersonWithoutRoles() {
    forbidden(() -> Scheme.setUp(Actors.actor("x"), "course-42", Schemes.settings(), Times.NOW));
  }

  @Test
  void refusesSetUpOutsideACourse() {
    refused("NO_COURSE", () -> Scheme.setUp(lead, " ", Schemes.settings(), Times.NOW));
    refused("NO_COURSE", () -> Scheme.setUp(lead, null, Schemes.settings(), Times.NOW));
  }

  @Test
  void eachSetUpIsADistinctScheme() {
    assertNotEquals(Schemes.aScheme(lead).id(), Schemes.aScheme(lead).id());
  }

  @Test
  void leadAppointsAnInstructorAsCoordinator() {
    Scheme scheme = Schemes.aScheme(lead);

    scheme.appointCoordinator(lead, Schemes.member(coordinator));

    assertTrue(scheme.isCoordinator(coordinator.person()));
    assertFalse(scheme.isLead(coordinator.person()));
    assertEquals(Set.of(coordinator.person()), scheme.coordinators());
  }

  @Test
  void refusesAppointingSomeoneWhoIsNotAnInstructor() {
    Scheme scheme = Schemes.aScheme(lead);

    refused("NOT_AN_INSTRUCTOR", () -> scheme.appointCoordinator(lead, Schemes.member(aLearner())));
    assertFalse(scheme.isCoordinator(aLearner().person()));
  }

  @Test
  void coordinatorCannotAppointCoordinators() {
    Scheme scheme = Schemes.aScheme(lead, coordinator);

    forbidden(() -> scheme.appointCoordinator(coordinator, Schemes.member(teacher)));
    assertFalse(scheme.isCoordinator(teacher.person()));
  }

  @Test
  void instructorWhoIsNotLeadCannotAppointCoordinators() {
    Scheme scheme = Schemes.aScheme(lead);

    forbidden(() -> scheme.appointCoordinator(teacher, Schemes.member(teacher)));
    assertFalse(scheme.isCoordinator(teacher.person()));
  }

  @Test
  void refusesAppointingTheLeadAsCoordinator() {
    Scheme scheme = Schemes.aScheme(lead);

    refused("ALREADY_LEAD", () -> scheme.appointCoordinator(lead, Schemes.member(lead)));
  }

  @Test
  void refusesAppointingAPersonOfAnotherTenant() {
    Scheme scheme = Schemes.aScheme(lead);

    forbidden(() -> scheme.appointCoordinator(lead, Schemes.member(inAnotherTenant(teacher))));
    assertTrue(scheme.coordinators().isEmpty());
  }

  @Test
  void teacherOfTheCourseIsNobodyInTheSchemeUntilAppointed() {
    Scheme scheme = Schemes.aScheme(lead);

    assertFalse(scheme.isLead(teacher.person()));
    assertFalse(scheme.isCoordinator(teacher.person()));
    forbidden(() -> scheme.requireCoordinator(teacher));
    forbidden(() -> scheme.requireLead(teacher));
  }

  @Test
  void refusesSettingsChangeByInstructorWhoIsNeitherLeadNorCoordinator() {
    Scheme scheme = Schemes.aScheme(lead);
    SchemeSettings before = scheme.settings();

    forbidden(() -> scheme.changeSettings(teacher, SchemeSettings.defaults("Taken over")));
    assertEquals(before.name(), scheme.name());
  }

  @Test
  void refusesSettingsChangeByALearnerOrMentor() {
    Scheme scheme = Schemes.aScheme(lead);

    forbidden(() -> scheme.changeSettings(aLearner(), SchemeSettings.defaults("X")));
    forbidden(() -> scheme.changeSettings(aMentor("mentor-1"), SchemeSettings.defaults("X")));
  }

  @Test
  void leadChangesTheSettings() {
    Scheme scheme = Schemes.aScheme(lead);
    SchemeSettings changed = Schemes.settings(new SessionAllowance(6, 18, 3), "1.5", 7);

    scheme.changeSettings(lead, changed);

    assertEquals(changed, scheme.settings());
    assertEquals(new SessionAllowance(6, 18, 3), scheme.allowance());
  }

  @Test
  void coordinatorChangesTheSettings() {
    Scheme scheme = Schemes.aScheme(lead, coordinator);

    scheme.changeSettings(coordinator, SchemeSettings.defaults("Renamed scheme"));

    assertEquals("Renamed scheme", scheme.name());
    assertTrue(scheme.signposts().isEmpty());
  }

  @Test
  void leadRemovesACoordinatorWhoThenLosesTheirRights() {
    Scheme scheme = Schemes.aScheme(lead, coordinator);

    scheme.removeCoordinator(lead, coordinator.person());

    assertFalse(scheme.isCoordinator(coordinator.person()));
    forbidden(() -> scheme.changeSettings(coordinator, SchemeSettings.defaults("X")));
  }

  @Test
  void coordinatorCannotRemoveCoordinators() {
    Scheme scheme = Schemes.aScheme(lead, coordinator);
    scheme.appointCoordinator(lead, Schemes.member(teacher));

    forbidden(() -> scheme.removeCoordinator(coordinator, teacher.person()));
    assertTrue(scheme.isCoordinator(teacher.person()));
  }

  @Test
  void findsASignpostByName() {
    Scheme scheme = Schemes.aScheme(lead);

    assertEquals(Schemes.COUNSELLING, scheme.signpost("Counselling"));
    assertEquals(2, scheme.signposts().size());
    refused("UNKNOWN_SIGNPOST", () -> scheme.signpost("Astrology"));
  }

  @Test
  void leadWithTheSamePersonIdInAnotherTenantIsRefused() {
    Scheme scheme = Schemes.aScheme(lead, coordinator);
    Actor foreignLead = inAnotherTenant(lead);
    Actor foreignCoordinator = inAnotherTenant(coordinator);

    assertFalse(scheme.isLead(foreignLead.person()));
    assertFalse(scheme.isCoordinator(foreignLead.person()));
    assertFalse(scheme.isCoordinator(foreignCoordinator.person()));
    forbidden(() -> scheme.changeSettings(foreignLead, SchemeSettings.defaults("X")));
    forbidden(() -> scheme.changeSettings(foreignCoordinator, SchemeSettings.defaults("X")));
    forbidden(() -> scheme.appointCoordinator(foreignLead, Schemes.member(teacher)));
    forbidden(() -> scheme.removeCoordinator(foreignLead, coordinator.person()));
    assertTrue(scheme.isCoordinator(coordinator.person()));
  }

  @Test
  void removingAPersonOfAnotherTenantLeavesTheSameIdCoordinatorInPlace() {
    Scheme scheme = Schemes.aScheme(lead, coordinator);

    try {
      scheme.removeCoordinator(lead, inAnotherTenant(coordinator).person());
    } catch (Forbidden refusedAsForeign) {
      // refusing is as good as ignoring
    }

    assertTrue(scheme.isCoordinator(coordinator.person()));
  }

  @Test
  void aSchemeCountsItsDaysInTheToolsZoneUntilItSetsItsOwn() {
    Scheme scheme = Schemes.aScheme(lead);
    assertEquals(Times.CALENDAR, scheme.calendar(Times.CALENDAR));
    assertTrue(scheme.timeZone().isEmpty());

    scheme.changeSettings(lead, Schemes.settings().withTimeZone(ZoneId.of("Pacific/Auckland")));

    assertEquals(ZoneId.of("Pacific/Auckland"), scheme.calendar(Times.CALENDAR).zone());
    assertEquals(Times.NOW, scheme.calendar(Times.CALENDAR).now());
    assertEquals(ZoneId.of("Pacific/Auckland"), scheme.settings().timeZone());
    scheme.changeSettings(lead, Schemes.settings());
    assertEquals(Times.LONDON, scheme.calendar(Times.CALENDAR).zone());
  }

  // --- powers follow the current launch

  /** The same person launched with other roles. */
  private static Actor relaunched(Actor actor, LaunchRole... roles) {
    return new Actor(actor.person(), Set.of(roles));
  }

  @Test
  void aLeadWhoRelaunchesAsALearnerHasNoLeadsPowers() {
    Scheme scheme = Schemes.aScheme(lead, coordinator);
    Actor leadAsLearner = relaunched(lead, LaunchRole.LEARNER);

    assertTrue(scheme.isLead(leadAsLearner.person()), "still the scheme's lead");
    assertFalse(scheme.canLead(leadAsLearner));
    assertFalse(scheme.canCoordinate(leadAsLearner));
    Forbidden f = forbidden(() -> scheme.requireCoordinator(leadAsLearner));
    assertTrue(f.getMessage().contains("teacher"), f.getMessage());
    forbidden(() -> scheme.requireLead(leadAsLearner));
    forbidden(() -> scheme.changeSettings(leadAsLearner, Schemes.settings()));
    forbidden(() -> scheme.changeCpdSettings(leadAsLearner, CpdSettings.defaults()));
    forbidden(() -> scheme.appointCoordinator(leadAsLearner, Schemes.member(teacher)));
    forbidden(() -> scheme.removeCoordinator(leadAsLearner, coordinator.person()));
    assertEquals(Set.of(coordinator.person()), scheme.coordinators());
  }

  @Test
  void aCoordinatorWhoRelaunchesAsAMentorOnlyHasNoCoordinatorsPowers() {
    Scheme scheme = Schemes.aScheme(lead, coordinator);

    assertFalse(scheme.canCoordinate(relaunched(coordinator, LaunchRole.MENTOR)));
    assertFalse(scheme.canCoordinate(relaunched(coordinator)));
    forbidden(() -> scheme.requireCoordinator(relaunched(coordinator, LaunchRole.LEARNER)));
  }

  @Test
  void powersReturnWithAnInstructorLaunch() {
    Scheme scheme = Schemes.aScheme(lead, coordinator);

    assertTrue(scheme.canLead(relaunched(lead, LaunchRole.INSTRUCTOR, LaunchRole.LEARNER)));
    assertTrue(scheme.canCoordinate(relaunched(coordinator, LaunchRole.INSTRUCTOR)));
    assertFalse(scheme.canLead(coordinator));
    assertFalse(scheme.canCoordinate(teacher), "a teacher of the course is nobody in the scheme");
  }

  @Test
  void refusesAppointingAMemberOfAnotherCourse() {
    Scheme scheme = Schemes.aScheme(lead);
    CourseMember elsewhere = new CourseMember(teacher, "course-43", Times.NOW);

    forbidden(() -> scheme.appointCoordinator(lead, elsewhere));
    assertTrue(scheme.coordinators().isEmpty());
  }
}
