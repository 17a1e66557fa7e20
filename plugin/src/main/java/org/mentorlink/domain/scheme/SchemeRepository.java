package org.mentorlink.domain.scheme;

import java.util.List;
import java.util.Optional;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;

/** Schemes and the members of their courses, always within one tenant. */
public interface SchemeRepository {
  Optional<Scheme> forCourse(TenantId tenant, String courseRef);

  Optional<Scheme> find(SchemeRef ref);

  void add(Scheme scheme);

  /** Every scheme of the tenant (for a person's export and a registration's leaving). */
  List<Scheme> inTenant(TenantId tenant);

  Optional<CourseMember> member(TenantId tenant, String courseRef, String personId);

  /** Members of the course, most recently seen first. */
  List<CourseMember> members(TenantId tenant, String courseRef, int offset, int limit);

  /**
   * Members of the course whose name contains {@code search} (any case; null or blank: all; an
   * e-mail address is stored sealed, so it cannot be searched), members who still belong to the
   * course first, then by name.
   */
  List<CourseMember> members(
      TenantId tenant, String courseRef, String search, int offset, int limit);

  /** How many members {@link #members(TenantId, String, String, int, int)} would list. */
  long countMembers(TenantId tenant, String courseRef, String search);

  /** Every member of the course (for a read of the platform's membership list). */
  List<CourseMember> allMembers(TenantId tenant, String courseRef);

  void addMember(CourseMember member);
}
