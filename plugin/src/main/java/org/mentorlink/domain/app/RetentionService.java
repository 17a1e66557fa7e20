package org.mentorlink.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.mentorlink.domain.audit.AuditAction;
import org.mentorlink.domain.audit.AuditEntry;
import org.mentorlink.domain.audit.AuditRepository;
import org.mentorlink.domain.privacy.PersonalData;

/**
 * Retention: each scheme keeps a closed relationship's content (contract, sessions, goals, closing
 * summary) for its retention period ({@link org.mentorlink.domain.scheme.PrivacySettings}, 6 years
 * by default) after closure; the sweep deletes what has passed it. The dated, content-free row
 * stays, so counts do not change. Deleting what has expired is idempotent; the job that calls this
 * makes sure one node runs it at a time. Each relationship it empties is an {@code ERASURE} entry
 * of the audit trail, by {@code retention}.
 */
@ApplicationScoped
@Transactional
public class RetentionService {
  @Inject Context ctx;
  @Inject PersonalData data;
  @Inject AuditRepository audit;

  /** Who the audit trail names for what the sweep deleted. */
  static final String RETENTION = "retention";

  /** The last moment a relationship closed at may lie before {@code asOf} to have expired. */
  public static Instant cutoff(Instant asOf, int years) {
    return asOf.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
  }

  /** Deletes the content of every relationship whose retention has passed by now. */
  public SubjectViews.RetentionRun sweep() {
    return sweep(ctx.now());
  }

  /**
   * As {@link #sweep()}, counting expiry as of {@code asOf} (not before now: retention never
   * deletes earlier than it was set to by mistake of a clock in the past).
   */
  public SubjectViews.RetentionRun sweep(Instant asOf) {
    Instant now = ctx.now();
    Instant when = asOf == null || asOf.isBefore(now) ? now : asOf;
    List<String> deleted = new ArrayList<>();
    for (PersonalData.Retention r : data.retentions()) {
      for (String id : data.closedBefore(r.scheme(), cutoff(when, r.years()))) {
        data.deleteRelationshipContent(r.scheme().tenant(), id, now);
        audit.append(
            new AuditEntry(
                r.scheme().tenant().value(),
                r.scheme().schemeId(),
                RETENTION,
                AuditAction.ERASURE,
                ConfidentialRead.Kind.RELATIONSHIP.name(),
                id,
                "RETENTION_YEARS:" + r.years(),
                now));
        deleted.add(id);
      }
    }
    return new SubjectViews.RetentionRun(now, when, deleted.size(), deleted);
  }
}
