package org.mentorlink.domain.scheme;

import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Require;

/**
 * What a scheme promises about privacy, set by its lead: "only the lead knows" (requests, matches
 * and relationships are visible to the lead and the matching coordinators only; other coordinators
 * see numbers), the privacy notice every member can read ({@code null}: the {@link #defaultNotice
 * default}, written from these settings), how many years after a relationship closes its content is
 * deleted, and whether a former mentor — after the mentee changed mentor — keeps reading,
 * read-only, what they themself wrote in that relationship ({@code formerMentorKeepsOwnNotes}; off:
 * the former mentor loses the relationship entirely).
 */
public record PrivacySettings(
    boolean onlyLeadKnows, String notice, int retentionYears, boolean formerMentorKeepsOwnNotes) {
  public static final int NOTICE_MAX = 8000;
  public static final int DEFAULT_RETENTION_YEARS = 6;
  public static final int MAX_RETENTION_YEARS = 30;

  public PrivacySettings {
    notice =
        notice == null || notice.isBlank()
            ? null
            : Require.text(
                notice, "INVALID_PRIVACY_SETTINGS", "notice", "The privacy notice", NOTICE_MAX);
    if (retentionYears < 1 || retentionYears > MAX_RETENTION_YEARS) {
      throw new DomainException(
          "INVALID_PRIVACY_SETTINGS",
          "retentionYears",
          "Keep a closed relationship's records for 1 to " + MAX_RETENTION_YEARS + " years.");
    }
  }

  /**
   * A new scheme's: only the lead knows, the default notice, six years, a former mentor keeps
   * nothing.
   */
  public static PrivacySettings defaults() {
    return new PrivacySettings(true, null, DEFAULT_RETENTION_YEARS, false);
  }

  /** The notice members read: the lead's own, or the default for these settings. */
  public String noticeText() {
    return notice != null
        ? notice
        : defaultNotice(onlyLeadKnows, retentionYears, formerMentorKeepsOwnNotes);
  }

  /** True if the lead wrote the notice (rather than using the default). */
  public boolean ownNotice() {
    return notice != null;
  }

  /**
   * The default privacy notice: who sees what, what the platform itself may reveal, how long
   * records are kept, and people's rights. Paragraphs are separated by blank lines.
   */
  public static String defaultNotice(
      boolean onlyLeadKnows, int retentionYears, boolean formerMentorKeepsOwnNotes) {
    String who =
        onlyLeadKnows
            ? "Only the scheme lead, and the coordinators the lead names for matching, know who"
                + " asks for mentoring and who is mentored by whom. Other coordinators of the"
                + " scheme see numbers only."
            : "The scheme's lead and coordinators know who asks for mentoring and who is mentored"
                + " by whom.";
    return String.join(
        "\n\n",
        "Who sees what. "
            + who
            + " What is said in mentoring — your request's answers after matching, the"
            + " contract's text, agendas, notes, goals, actions and reflections — is seen by the"
            + " mentee and the mentor only. Coordinators see dates, counts and states, never"
            + " content; CPD reflections only if their owner shares them. Anything for finance"
            + " names the mentor and the date, never the mentee. If you change mentor, your"
            + " records stay yours and your new mentor sees none of them; your former mentor "
            + (formerMentorKeepsOwnNotes
                ? "can still read, read-only, only the notes they wrote themself."
                : "no longer sees them."),
        "What the platform may reveal. Mentorlink opens from your course in the learning"
            + " platform. The platform's own logs show its teachers and administrators who opened"
            + " which activity, and a gradebook column (if the scheme sends CPD credit there)"
            + " shows every teacher of the course who has credit. The scheme places Mentorlink"
            + " where everyone in the course opens it, so that opening it reveals nothing.",
        "How long records are kept. A relationship's records are deleted "
            + retentionYears
            + (retentionYears == 1 ? " year" : " years")
            + " after it closes. Counts that were reported stay as anonymous numbers.",
        "Your rights. You can download everything Mentorlink holds about you (\"My data\")."
            + " You can ask the scheme lead to erase your records: they are then removed or made"
            + " anonymous; a signed document that was already checked still answers its"
            + " verification code, and reported CPD totals stay as anonymous counts. A safeguarding"
            + " concern is the one reason what is said may reach the lead.");
  }
}
