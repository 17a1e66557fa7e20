package org.mentorlink.domain.app;

import java.time.Instant;
import java.util.List;
import org.mentorlink.domain.safeguarding.ConcernState;
import org.mentorlink.domain.safeguarding.MentorChangeRequest;
import org.mentorlink.domain.safeguarding.SharedRecord;

/** What the pages of safeguarding concerns show. */
public final class SafeguardingViews {
  private SafeguardingViews() {}

  /**
   * A concern as its reader may see it. {@code withholdReason} only for the mentor and the lead;
   * {@code shared}: the records the lead may read — with their content for the lead, as titles for
   * the mentor, empty for the mentee. {@code asLead}: the reader acts as the lead (may review and
   * close).
   */
  public record ConcernView(
      String id,
      String relationshipId,
      Views.PersonView mentee,
      Views.PersonView mentor,
      String reason,
      boolean menteeInformed,
      String withholdReason,
      ConcernState state,
      Instant raisedAt,
      Instant reviewedAt,
      Instant closedAt,
      List<SharedView> shared,
      boolean asLead,
      boolean asMentor) {
    public boolean canReview() {
      return asLead && state == ConcernState.OPEN;
    }

    public boolean canClose() {
      return asLead && state == ConcernState.REVIEWED;
    }
  }

  /** A concern in a list. */
  public record ConcernSummary(
      String id,
      String relationshipId,
      Views.PersonView mentee,
      Views.PersonView mentor,
      ConcernState state,
      Instant raisedAt,
      boolean menteeInformed) {}

  /**
   * A record the concern shares: a session (its {@code number} and {@code when}), a goal ({@code
   * title}: the goal) or a contract version ({@code number}); {@code fields} its content,
   * read-only, for the lead only.
   */
  public record SharedView(
      SharedRecord.Type type,
      String id,
      Integer number,
      Instant when,
      String title,
      List<Field> fields) {}

  /**
   * A mentee's confidential request to the lead, for the mentee and the lead; {@code canRematch}:
   * the lead may match the mentee with another mentor now; {@code newMentor}: whom the lead matched
   * them with (null until then).
   */
  public record ChangeView(
      String id,
      String relationshipId,
      Views.PersonView mentee,
      Views.PersonView mentor,
      MentorChangeRequest.Kind kind,
      String reason,
      ConcernState state,
      Instant raisedAt,
      Instant reviewedAt,
      Instant closedAt,
      boolean asLead,
      boolean canRematch,
      String rematchedRelationshipId,
      Views.PersonView newMentor) {
    public boolean canReview() {
      return asLead && state == ConcernState.OPEN;
    }

    public boolean canClose() {
      return asLead && state == ConcernState.REVIEWED;
    }
  }

  /** One labelled piece of a shared record's content. */
  public record Field(String label, String text) {}

  /** A record the mentor may choose to share ({@code key}: {@code TYPE:id}). */
  public record RecordChoice(
      String key, SharedRecord.Type type, Integer number, Instant when, String title) {}
}
