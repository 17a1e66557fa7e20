package org.mentorlink.domain.relationship;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mentorlink.domain.shared.CpdHours;

/**
 * One session as a former mentor may still read it ({@link RecordAccess#OWN_WRITING}): its number,
 * date, length and state, and only what that person wrote — their notes and their addenda. Nothing
 * the mentee wrote, and none of the parts both write (themes, topics, goals reviewed, actions).
 */
public record OwnWriting(
    String sessionId,
    int number,
    Instant scheduledAt,
    CpdHours duration,
    SessionState state,
    String notes,
    List<Addendum> addenda) {
  public OwnWriting {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(state, "state");
    addenda = List.copyOf(addenda);
  }
}
