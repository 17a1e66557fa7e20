package org.mentorlink.domain.safeguarding;

import java.util.List;
import java.util.Optional;
import org.mentorlink.domain.shared.SchemeRef;

/** The safeguarding concerns of each scheme. */
public interface ConcernRepository {
  Optional<SafeguardingConcern> find(SchemeRef scheme, String id);

  /** The concerns raised on one relationship, newest first. */
  List<SafeguardingConcern> forRelationship(SchemeRef scheme, String relationshipId);

  /** The scheme's concerns, newest first, paged. */
  List<SafeguardingConcern> inScheme(SchemeRef scheme, int offset, int limit);

  long countInScheme(SchemeRef scheme);

  void add(SafeguardingConcern concern);

  Optional<MentorChangeRequest> findChange(SchemeRef scheme, String id);

  /** The mentee's requests on one relationship, newest first. */
  List<MentorChangeRequest> changesOn(SchemeRef scheme, String relationshipId);

  /** The scheme's change requests, newest first, paged. */
  List<MentorChangeRequest> changesInScheme(SchemeRef scheme, int offset, int limit);

  long countChanges(SchemeRef scheme);

  void addChange(MentorChangeRequest request);

  /** How many concerns and mentees' requests of the scheme the lead has not read yet. */
  long countOpen(SchemeRef scheme);
}
