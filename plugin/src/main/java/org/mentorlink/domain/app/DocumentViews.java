package org.mentorlink.domain.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.cpd.CpdActivity;
import org.mentorlink.domain.cpd.CpdRole;
import org.mentorlink.domain.cpd.EntryState;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.relationship.ContractTerms;
import org.mentorlink.domain.relationship.Theme;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.verification.DocumentKind;

/**
 * What {@link DocumentService} hands to whoever draws the documents, and what a verification shows.
 * Each document carries the verification code that was recorded for it.
 */
public final class DocumentViews {
  private DocumentViews() {}

  /** The code to print (grouped for people) and when the document was issued. */
  public record Issued(String code, Instant issuedAt) {}

  /**
   * A CPD certificate: the holder's name, the scheme, the CPD year, the approved credit and the
   * year's entries. No reflections and no session notes.
   */
  public record CpdCertificate(
      Issued issued,
      String holderName,
      String schemeName,
      String yearLabel,
      LocalDate yearStart,
      LocalDate yearEnd,
      CpdHours credit,
      CpdHours pending,
      int yearlyTarget,
      boolean impactMultiplier,
      List<CertificateLine> entries) {}

  /** One entry on a certificate: what, when, how long, and where it stands. */
  public record CertificateLine(
      LocalDate date,
      CpdActivity activity,
      String description,
      CpdRole role,
      CpdHours hours,
      EntryState state,
      CpdHours credit) {}

  /**
   * A signed-off session record for one of its parties: everything the parties wrote, the mentor's
   * sign-off and any addenda.
   */
  public record SessionRecordDocument(
      Issued issued,
      String holderName,
      String schemeName,
      String menteeName,
      String mentorName,
      int number,
      Instant scheduledAt,
      CpdHours duration,
      MeetingMode mode,
      String agenda,
      Set<Theme> themes,
      List<String> topics,
      String goalsReviewed,
      List<Views.ActionView> actions,
      String menteeNotes,
      String mentorNotes,
      Instant signedOffAt,
      List<Views.AddendumView> addenda) {}

  /** A fully signed contract version: the exact text, its SHA-256 and both signatures. */
  public record ContractDocument(
      Issued issued,
      String holderName,
      String schemeName,
      String menteeName,
      String mentorName,
      int version,
      ContractTerms terms,
      String text,
      String sha256,
      List<SignatureLine> signatures) {}

  /** Who signed (as mentee or mentor), when, and the SHA-256 of the text they signed. */
  public record SignatureLine(String name, String role, Instant signedAt, String sha256) {}

  /**
   * What the public check of a code shows, and nothing more: the kind, the holder's initials, the
   * period, the total, how many records it covers and how many of those have since been reversed,
   * and when it was issued.
   */
  public record Verification(
      DocumentKind kind,
      String initials,
      String periodLabel,
      LocalDate periodStart,
      LocalDate periodEnd,
      Integer contractVersion,
      CpdHours total,
      int itemsCovered,
      int itemsReversed,
      Instant issuedAt) {
    /** True if something the document covers has been reversed since it was issued. */
    public boolean reversed() {
      return itemsReversed > 0;
    }
  }
}
