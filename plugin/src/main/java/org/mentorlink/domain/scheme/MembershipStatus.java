package org.mentorlink.domain.scheme;

/**
 * Whether a course member still belongs to the course, as the platform's membership list says:
 * active, inactive (enrolled but suspended, NRPS {@code Inactive}), or left (removed from the
 * course, or no longer listed by a complete read of the membership).
 */
public enum MembershipStatus {
  ACTIVE,
  INACTIVE,
  LEFT
}
