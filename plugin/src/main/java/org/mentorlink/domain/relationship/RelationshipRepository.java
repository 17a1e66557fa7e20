package org.mentorlink.domain.relationship;

import java.util.List;
import java.util.Optional;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/** Relationships and what they hold: contract versions, session records and goals. */
public interface RelationshipRepository {
  Optional<Relationship> find(SchemeRef scheme, String id);

  List<Relationship> forMentee(SchemeRef scheme, PersonRef mentee);

  List<Relationship> forMentor(SchemeRef scheme, PersonRef mentor);

  /** All relationships of the scheme, newest first, paged. */
  List<Relationship> inScheme(SchemeRef scheme, int offset, int limit);

  long countInScheme(SchemeRef scheme);

  long activeForMentor(SchemeRef scheme, PersonRef mentor);

  void add(Relationship relationship);

  /** Contract versions, oldest first. */
  List<Contract> contracts(Relationship relationship);

  void addContract(Contract contract);

  /** Sessions in order. */
  List<SessionRecord> sessions(Relationship relationship);

  Optional<SessionRecord> session(Relationship relationship, String sessionId);

  /** The relationship's sessions so far, as the facts its rules count from. */
  default SessionHistory history(Relationship relationship) {
    return new SessionHistory(relationship, sessions(relationship));
  }

  /**
   * The relationship's sessions so far, with the relationship locked until the transaction ends:
   * two sessions scheduled at once in one relationship are numbered one after the other, never both
   * with the same number. (The in-memory repositories of the tests need no lock.)
   */
  default SessionHistory lockedHistory(Relationship relationship) {
    return history(relationship);
  }

  void addSession(SessionRecord session);

  List<Goal> goals(Relationship relationship);

  Optional<Goal> goal(Relationship relationship, String goalId);

  void addGoal(Goal goal);

  /** The signpostings during the relationship, oldest first. */
  List<RelationshipSignpost> signposts(Relationship relationship);

  void addSignpost(RelationshipSignpost signpost);
}
