package org.mentorlink.domain.relationship;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.mentorlink.domain.shared.Forbidden;

/**
 * The sessions one relationship has had so far, in order: what the next session's number and the
 * use of the allowance are counted from. It refuses a session of another relationship, so whoever
 * receives it knows whose sessions it holds.
 */
public final class SessionHistory {
  private final String relationshipId;
  private final List<SessionRecord> sessions;

  public SessionHistory(Relationship r, List<SessionRecord> sessions) {
    this.relationshipId = r.id();
    this.sessions =
        sessions.stream().sorted(Comparator.comparingInt(SessionRecord::number)).toList();
    for (SessionRecord s : this.sessions) {
      if (!s.relationshipId().equals(relationshipId)) {
        throw new Forbidden("That session belongs to another relationship.");
      }
    }
  }

  /** A relationship that has had no session yet. */
  public static SessionHistory none(Relationship r) {
    return new SessionHistory(r, List.of());
  }

  /** Fails unless this is the history of {@code r}. */
  void requireOf(Relationship r) {
    if (!Objects.equals(r.id(), relationshipId)) {
      throw new Forbidden("Those sessions belong to another relationship.");
    }
  }

  /** The number the next session gets: one more than the highest so far. */
  public int nextNumber() {
    return sessions.isEmpty() ? 1 : sessions.get(sessions.size() - 1).number() + 1;
  }

  /** How many sessions the mentor has signed off. */
  public int signedOff() {
    return (int) sessions.stream().filter(s -> s.state() == SessionState.SIGNED_OFF).count();
  }

  /** True once as many sessions have been signed off as the relationship's allowance. */
  public boolean allowanceUsed(Relationship r) {
    requireOf(r);
    return signedOff() >= r.allowanceSessions();
  }

  public List<SessionRecord> sessions() {
    return sessions;
  }

  public int size() {
    return sessions.size();
  }
}
