package org.mentorlink.tool.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.shared.LaunchRole;

class ToolRolesTest {
  private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";

  @Test
  void learnerMayBeAMentee() {
    assertEquals(Set.of(LaunchRole.LEARNER), ToolRoles.from(List.of(LIS + "membership#Learner")));
  }

  @Test
  void teachersAssistantsAndCourseAdministratorsAreInstructorLevel() {
    for (String r :
        List.of(
            "membership#Instructor",
            "membership/Instructor#TeachingAssistant",
            "membership#TeachingAssistant",
            "membership#Administrator")) {
      assertEquals(Set.of(LaunchRole.INSTRUCTOR), ToolRoles.from(List.of(LIS + r)), r);
    }
  }

  @Test
  void siteAndInstitutionAdministratorsGetNoCoursePowers() {
    // Moodle sends these for every site administrator, whatever their part in the course.
    assertEquals(
        Set.of(),
        ToolRoles.from(
            List.of(
                LIS + "institution/person#Administrator", LIS + "system/person#Administrator")));
    assertEquals(
        Set.of(LaunchRole.LEARNER),
        ToolRoles.from(
            List.of(LIS + "membership#Learner", LIS + "institution/person#Administrator")));
  }

  @Test
  void mentorRoleIsHonoured() {
    assertEquals(Set.of(LaunchRole.MENTOR), ToolRoles.from(List.of(LIS + "membership#Mentor")));
  }

  @Test
  void unknownAndInstitutionRolesGiveNothing() {
    assertEquals(
        Set.of(),
        ToolRoles.from(
            List.of(
                LIS + "membership#ContentDeveloper",
                LIS + "institution/person#Student",
                "http://example.org/roles#Boss",
                "")));
    assertEquals(Set.of(), ToolRoles.from(List.of()));
  }

  @Test
  void severalRolesCombine() {
    assertEquals(
        Set.of(LaunchRole.LEARNER, LaunchRole.INSTRUCTOR),
        ToolRoles.from(List.of(LIS + "membership#Learner", LIS + "membership#Instructor")));
  }

  @Test
  void shortNamesAsNrpsSendsThemAreUnderstood() {
    assertEquals(
        Set.of(LaunchRole.LEARNER, LaunchRole.INSTRUCTOR),
        ToolRoles.from(List.of("Learner", "Instructor")));
  }
}
