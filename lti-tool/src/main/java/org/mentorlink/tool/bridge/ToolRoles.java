package org.mentorlink.tool.bridge;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.shared.LaunchRole;

/**
 * Maps the launch's {@code roles} claim (LTI 1.3 Core §A.2) to the domain's launch roles, with
 * least privilege: only context-membership roles count — institution and system roles (Moodle sends
 * {@code institution/person#Administrator} for every site administrator) give nothing, so a lead or
 * coordinator acts as one only in a launch whose course membership is instructor-level; anything
 * unknown gives nothing.
 */
public final class ToolRoles {
  private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";

  private ToolRoles() {}

  public static Set<LaunchRole> from(List<String> roles) {
    Set<LaunchRole> out = EnumSet.noneOf(LaunchRole.class);
    for (String raw : roles) {
      String r = raw.strip();
      if (r.startsWith(LIS)) {
        r = r.substring(LIS.length());
      }
      switch (r) {
        case "membership#Learner", "membership/Learner#Learner", "Learner" ->
            out.add(LaunchRole.LEARNER);
        case "membership#Instructor",
            "membership/Instructor#Instructor",
            "membership/Instructor#TeachingAssistant",
            "membership#TeachingAssistant",
            "membership#Administrator",
            "membership/Administrator#Administrator",
            "Instructor",
            "TeachingAssistant",
            "Administrator" ->
            out.add(LaunchRole.INSTRUCTOR);
        case "membership#Mentor", "membership/Mentor#Mentor", "Mentor" ->
            out.add(LaunchRole.MENTOR);
        default -> {
          // unknown or not a course membership (ContentDeveloper, institution and system roles
          // such as Moodle's site Administrator ...): nothing
        }
      }
    }
    return out;
  }

  /** The words the API uses for launch roles. */
  public static String apiName(LaunchRole role) {
    return switch (role) {
      case LEARNER -> "mentee";
      case INSTRUCTOR -> "instructor";
      case MENTOR -> "mentor";
    };
  }

  /** The words the pages use. */
  public static String displayName(LaunchRole role) {
    return switch (role) {
      case LEARNER -> "Mentee";
      case INSTRUCTOR -> "Instructor";
      case MENTOR -> "Mentor";
    };
  }
}
