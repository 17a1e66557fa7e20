package org.mentorlink.tool.lti.legacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The roles of an LTI 1.1 launch (LTI 1.1 Implementation Guide §A.2, LIS 1.x vocabulary) in LTI 1.3
 * terms (LTI 1.3 Core §A.2.3, LIS v2), so both versions' roles mean the same to the tool. A
 * comma-separated list of context roles by short name ({@code Instructor}, {@code Learner}) or full
 * URN ({@code urn:lti:role:ims/lis/Instructor}, sub-roles as {@code
 * urn:lti:role:ims/lis/Instructor/TeachingAssistant}); institution and system roles ({@code
 * urn:lti:instrole:…}, {@code urn:lti:sysrole:…}) are kept as sent, and, being no course
 * membership, give nothing — as in an LTI 1.3 launch.
 */
public final class Lti11Roles {
  static final String CONTEXT_ROLE_URN = "urn:lti:role:ims/lis/";
  static final String LIS_V2 = "http://purl.imsglobal.org/vocab/lis/v2/";
  static final int MAX_ROLES = 50;

  private static final List<String> CONTEXT_ROLES =
      List.of(
          "Learner",
          "Instructor",
          "ContentDeveloper",
          "Member",
          "Manager",
          "Mentor",
          "Administrator",
          "TeachingAssistant");

  private Lti11Roles() {}

  /** The roles of the {@code roles} parameter (null or blank: none), in LIS v2 terms. */
  public static List<String> from(String roles) {
    List<String> out = new ArrayList<>();
    if (roles == null || roles.isBlank()) {
      return out;
    }
    for (String raw : roles.split(",")) {
      String r = raw.strip();
      if (r.isEmpty() || r.length() > 500 || out.size() >= MAX_ROLES) {
        continue;
      }
      out.add(v2(r));
    }
    return List.copyOf(out);
  }

  /** One role: a context role as its LIS v2 membership URI, anything else as sent. */
  static String v2(String role) {
    String name = role;
    String sub = null;
    if (role.regionMatches(true, 0, CONTEXT_ROLE_URN, 0, CONTEXT_ROLE_URN.length())) {
      String rest = role.substring(CONTEXT_ROLE_URN.length());
      int slash = rest.indexOf('/');
      name = slash < 0 ? rest : rest.substring(0, slash);
      sub = slash < 0 ? null : rest.substring(slash + 1);
    }
    String context = contextRole(name);
    if (context == null) {
      return role;
    }
    if (context.equals("TeachingAssistant")) {
      // LIS v2 has the teaching assistant as a sub-role of Instructor (Core §A.2.3.1).
      return LIS_V2 + "membership/Instructor#TeachingAssistant";
    }
    if (sub == null || sub.isBlank()) {
      return LIS_V2 + "membership#" + context;
    }
    return LIS_V2 + "membership/" + context + "#" + sub;
  }

  /** The context role's canonical name (short names are case-insensitive), or null. */
  private static String contextRole(String name) {
    for (String r : CONTEXT_ROLES) {
      if (r.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    return null;
  }
}
