package org.mentorlink.domain.mentor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/** The mentors of each scheme, their invitations and their supervision attendance. */
public interface MentorRepository {
  Optional<MentorProfile> find(SchemeRef scheme, String profileId);

  Optional<MentorProfile> forPerson(SchemeRef scheme, PersonRef person);

  List<MentorProfile> all(SchemeRef scheme);

  /** How many mentors the scheme has (counted in the database where there is one). */
  default long count(SchemeRef scheme) {
    return all(scheme).size();
  }

  void add(MentorProfile profile);

  Optional<MentorInvitation> invitation(String codeHash);

  void addInvitation(MentorInvitation invitation);

  /** A mentor's supervision and support-group attendance, newest first, one page of it. */
  List<SupportAttendance> attendance(SchemeRef scheme, String profileId, int offset, int limit);

  /** How many attendances a mentor has recorded. */
  long countAttendance(SchemeRef scheme, String profileId);

  void addAttendance(SupportAttendance attendance);

  /**
   * The mentors of every scheme whose training or indemnity lapses from {@code from} to {@code to}
   * (both included): for the daily sweep of lapse notices, which runs for the whole tool.
   */
  List<MentorProfile> lapsingBetween(LocalDate from, LocalDate to);
}
