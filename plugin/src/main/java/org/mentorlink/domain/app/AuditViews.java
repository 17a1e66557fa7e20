package org.mentorlink.domain.app;

import java.time.Instant;
import org.mentorlink.domain.audit.AuditAction;

/** What the audit trail shows: ids and codes, the actor's name, never content. */
public final class AuditViews {
  private AuditViews() {}

  /**
   * One entry: when (UTC), the registration and scheme, who (id and name as the platform gave it;
   * "Operator", or "Erased person" for a pseudonymised one), what, on which record.
   */
  public record EntryView(
      Instant at,
      String registrationId,
      String schemeId,
      String actorId,
      String actorName,
      AuditAction action,
      String recordType,
      String recordId,
      String detail) {}
}
