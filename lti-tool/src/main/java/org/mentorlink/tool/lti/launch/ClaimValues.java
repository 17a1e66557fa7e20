package org.mentorlink.tool.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Map;

/** Reading claims by type, leniently: a claim of the wrong type reads as absent. */
final class ClaimValues {
  private ClaimValues() {}

  static String string(JWTClaimsSet claims, String name) {
    return asString(claims.getClaim(name));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(JWTClaimsSet claims, String name) {
    return claims.getClaim(name) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  static String asString(Object o) {
    return o instanceof String s ? s : null;
  }

  /** Stripped and cut to {@code max} characters; null for null or blank. */
  static String trimmed(String s, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    return t.length() > max ? t.substring(0, max) : t;
  }
}
