package org.mentorlink.domain.app;

import java.time.Instant;
import java.util.List;
import org.mentorlink.domain.privacy.ErasureCounts;
import org.mentorlink.domain.scheme.PrivacySettings;
import org.mentorlink.domain.scheme.SchemeSettings;

/** What a person's export, an erasure and a registration's leaving answer. */
public final class SubjectViews {
  private SubjectViews() {}

  /** Everything the tool holds about one person, scheme by scheme. */
  public record SubjectExport(Instant exportedAt, PersonData person, List<SchemeData> schemes) {}

  /** The person as the platform told the tool: its identifier, name and e-mail. */
  public record PersonData(
      String id, String subject, String name, String email, Instant firstSeen, Instant lastSeen) {}

  /**
   * One scheme's records of the person: their roles and course membership, their requests, the
   * proposals made to them, the relationships they are a party of (in full, as they see them), what
   * they wrote in relationships they mentored until the mentee changed mentor (if the scheme lets
   * former mentors keep their own notes), their CPD log and their mentor profile.
   */
  public record SchemeData(
      String schemeId,
      String schemeName,
      String courseRef,
      List<String> roles,
      Instant memberLastSeen,
      List<Views.RequestView> requests,
      List<Views.ProposalView> proposals,
      List<Views.RelationshipView> relationships,
      List<Views.FormerMentorshipView> formerMentorships,
      Views.CpdLog cpd,
      Views.MentorView mentorProfile) {}

  /** An erasure's answer: the counts of what was removed or made anonymous, never content. */
  public record ErasureView(String personId, boolean wholeTenant, ErasureCounts counts) {}

  /** Everything of a registration: its schemes' settings and every person's export. */
  public record TenantExport(
      String tenantId,
      Instant exportedAt,
      List<SchemeSettingsData> schemes,
      List<SubjectExport> people) {}

  /** A scheme's settings as exported on leaving. */
  public record SchemeSettingsData(
      String schemeId,
      String courseRef,
      String leadPersonId,
      List<String> coordinatorIds,
      SchemeSettings settings,
      PrivacySettings privacy) {}

  /** What the retention sweep deleted: relationships whose content went, per scheme. */
  public record RetentionRun(Instant ranAt, Instant asOf, int relationships, List<String> ids) {}
}
