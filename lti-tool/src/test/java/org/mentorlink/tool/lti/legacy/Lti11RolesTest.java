package org.mentorlink.tool.lti.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.tool.bridge.ToolRoles;

/** LTI 1.1 roles, short names and full URNs, mean what the same LTI 1.3 roles mean. */
class Lti11RolesTest {
  private static final String V2 = "http://purl.imsglobal.org/vocab/lis/v2/";

  @Test
  void shortNamesAndUrnsBecomeLisV2MembershipRoles() {
    assertEquals(
        List.of(
            V2 + "membership#Instructor",
            V2 + "membership#Learner",
            V2 + "membership#Mentor",
            V2 + "membership#Administrator",
            V2 + "membership/Instructor#TeachingAssistant",
            V2 + "membership/Learner#NonCreditLearner",
            V2 + "membership#Learner"),
        Lti11Roles.from(
            "Instructor, urn:lti:role:ims/lis/Learner,Mentor,urn:lti:role:ims/lis/Administrator,"
                + "TeachingAssistant,urn:lti:role:ims/lis/Learner/NonCreditLearner,learner"));
  }

  @Test
  void institutionAndSystemRolesAreKeptAsSentAndGiveNothing() {
    List<String> roles =
        Lti11Roles.from(
            "urn:lti:instrole:ims/lis/Administrator,urn:lti:sysrole:ims/lis/Administrator");
    assertEquals(
        List.of("urn:lti:instrole:ims/lis/Administrator", "urn:lti:sysrole:ims/lis/Administrator"),
        roles);
    assertEquals(Set.of(), ToolRoles.from(roles));
  }

  @Test
  void theToolRolesAreThoseOfTheSameLti13Roles() {
    assertEquals(
        EnumSet.of(LaunchRole.INSTRUCTOR),
        ToolRoles.from(Lti11Roles.from("urn:lti:role:ims/lis/Instructor")));
    assertEquals(EnumSet.of(LaunchRole.LEARNER), ToolRoles.from(Lti11Roles.from("Learner")));
    assertEquals(
        EnumSet.of(LaunchRole.INSTRUCTOR),
        ToolRoles.from(Lti11Roles.from("urn:lti:role:ims/lis/TeachingAssistant")));
    assertEquals(EnumSet.of(LaunchRole.MENTOR), ToolRoles.from(Lti11Roles.from("Mentor")));
    assertEquals(Set.of(), ToolRoles.from(Lti11Roles.from("ContentDeveloper,Guest")));
  }

  @Test
  void noRolesAreNoRoles() {
    assertEquals(List.of(), Lti11Roles.from(null));
    assertEquals(List.of(), Lti11Roles.from(" , ,"));
  }
}
