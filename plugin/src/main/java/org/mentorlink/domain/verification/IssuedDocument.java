package org.mentorlink.domain.verification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.cpd.CpdEntry;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.relationship.Contract;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.relationship.SessionState;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;

/**
 * The server's memory of one PDF it issued: which kind, for whom (their initials as printed at the
 * time), which period, what total it showed, the records it covers, when — and the SHA-256 of its
 * verification code, never the code. The code is made from those facts ({@link CodeMint}), so a
 * second download of the same document carries the same code and finds this row again. It is
 * written once, when the document is made, and never changed; whether what it covers still stands
 * (a reversed CPD entry) is looked up when someone checks it.
 *
 * <p>Each kind has its own factory, which holds the rule for what may be issued: a certificate
 * covers only its holder's own entries of that CPD year; a session record is for a party of the
 * relationship and a signed-off session; a contract is for a party and a version both have signed.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 64)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(name = "kind", nullable = false, length = 24)
  private String kind;

  @Column(name = "person_id", nullable = false, length = 36)
  private String personId;

  @Column(name = "person_initials", nullable = false, length = 16)
  private String personInitials;

  @Column(name = "period_label", nullable = false, length = 40)
  private String periodLabel;

  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;

  @Column(name = "contract_version")
  private Integer contractVersion;

  @Column(name = "total_half_hours")
  private Long totalHalfHours;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "issued_document_item", joinColumns = @JoinColumn(name = "document_id"))
  @OrderColumn(name = "position")
  private List<DocumentItem> items = new ArrayList<>();

  protected IssuedDocument() {}

  private IssuedDocument(
      SchemeRef scheme, DocumentKind kind, PersonRef holder, String initials, Instant at) {
    if (!scheme.admits(holder)) {
      throw new Forbidden("That person belongs to another platform.");
    }
    this.id = UUID.randomUUID().toString();
    this.tenantId = scheme.tenant().value();
    this.schemeId = scheme.schemeId();
    this.kind = kind.name();
    this.personId = holder.personId();
    this.personInitials = initials == null || initials.isBlank() ? Initials.NONE : initials;
    this.issuedAt = Objects.requireNonNull(at, "at");
  }

  /**
   * A CPD certificate for {@code holder}'s year: {@code entries} are the entries it lists (all the
   * holder's, in that year, none of them a reversal), {@code credit} the total it shows.
   */
  public static IssuedDocument cpdCertificate(
      Scheme scheme,
      PersonRef holder,
      String initials,
      CpdYear year,
      CpdHours credit,
      List<CpdEntry> entries,
      CodeMint mint,
      Instant at) {
    IssuedDocument d =
        new IssuedDocument(scheme.ref(), DocumentKind.CPD_CERTIFICATE, holder, initials, at);
    for (CpdEntry e : entries) {
      if (!e.isOwner(holder) || !e.schemeId().equals(scheme.id())) {
        throw new Forbidden("A certificate lists only its holder's own entries.");
      }
      if (!e.cpdYear().equals(year) || e.isReversal()) {
        throw new IllegalArgumentException("A certificate lists the year's own entries only.");
      }
      d.items.add(new DocumentItem(d.tenantId, e.id()));
    }
    d.periodLabel = year.label();
    d.periodStart = year.start();
    d.periodEnd = year.end();
    d.totalHalfHours = Objects.requireNonNull(credit, "credit").halfHours();
    return d.coded(mint);
  }

  /** The record of a signed-off session, for one of the relationship's two parties. */
  public static IssuedDocument sessionRecord(
      Scheme scheme,
      Relationship r,
      SessionRecord session,
      PersonRef holder,
      String initials,
      LocalDate sessionDate,
      CodeMint mint,
      Instant at) {
    requireParty(scheme, r, holder);
    if (!session.relationshipId().equals(r.id())) {
      throw new Forbidden("That session belongs to another relationship.");
    }
    if (session.state() != SessionState.SIGNED_OFF) {
      throw new InvalidTransition(
          "SESSION_NOT_SIGNED_OFF",
          "A session record is issued once the mentor has signed it off.");
    }
    IssuedDocument d =
        new IssuedDocument(scheme.ref(), DocumentKind.SESSION_RECORD, holder, initials, at);
    d.items.add(new DocumentItem(d.tenantId, session.id()));
    d.periodLabel = "Session " + session.number();
    d.periodStart = Objects.requireNonNull(sessionDate, "sessionDate");
    d.periodEnd = sessionDate;
    d.totalHalfHours = session.duration().halfHours();
    return d.coded(mint);
  }

  /** A contract version that both parties have signed, for one of them. */
  public static IssuedDocument contract(
      Scheme scheme,
      Relationship r,
      Contract contract,
      PersonRef holder,
      String initials,
      CodeMint mint,
      Instant at) {
    requireParty(scheme, r, holder);
    if (!contract.relationshipId().equals(r.id())) {
      throw new Forbidden("That contract belongs to another relationship.");
    }
    if (!contract.fullySigned(r)) {
      throw new InvalidTransition(
          "CONTRACT_NOT_SIGNED", "A contract is issued once both of you have signed it.");
    }
    IssuedDocument d =
        new IssuedDocument(scheme.ref(), DocumentKind.CONTRACT, holder, initials, at);
    d.items.add(new DocumentItem(d.tenantId, contract.id()));
    d.periodLabel = "Version " + contract.versionNo();
    d.contractVersion = contract.versionNo();
    d.periodStart = contract.terms().startDate();
    d.periodEnd = contract.terms().reviewDate();
    return d.coded(mint);
  }

  /** Records the SHA-256 of the code {@code mint} makes of what this document shows. */
  private IssuedDocument coded(CodeMint mint) {
    this.codeHash = Objects.requireNonNull(mint, "mint").codeFor(this).sha256();
    return this;
  }

  /**
   * What the document shows, as the one line its code is made from ({@link CodeMint}): everything
   * recorded here but the row's id, the code's hash and the time of issue.
   */
  public String facts() {
    return String.join(
        "\n",
        "mentorlink-document-v1",
        kind,
        tenantId,
        schemeId,
        personId,
        personInitials,
        periodLabel,
        String.valueOf(periodStart),
        String.valueOf(periodEnd),
        String.valueOf(contractVersion),
        String.valueOf(totalHalfHours),
        String.join(",", itemIds().stream().sorted().toList()));
  }

  private static void requireParty(Scheme scheme, Relationship r, PersonRef holder) {
    if (!r.scheme().equals(scheme.ref())) {
      throw new Forbidden("That relationship belongs to another scheme.");
    }
    if (!r.isParty(holder)) {
      throw new Forbidden("Only the mentee and the mentor can have this document.");
    }
  }

  public String id() {
    return id;
  }

  public SchemeRef scheme() {
    return new SchemeRef(new TenantId(tenantId), schemeId);
  }

  public DocumentKind kind() {
    return DocumentKind.valueOf(kind);
  }

  public PersonRef holder() {
    return new PersonRef(new TenantId(tenantId), personId);
  }

  /** The holder's initials as they were when the document was issued. */
  public String initials() {
    return personInitials;
  }

  /** "2025/26", "Session 3", "Version 2". */
  public String periodLabel() {
    return periodLabel;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  /** The contract version (contracts only). */
  public Integer contractVersion() {
    return contractVersion;
  }

  /** The credit shown (certificates) or the session's length (session records); else null. */
  public CpdHours total() {
    return totalHalfHours == null ? null : CpdHours.ofHalfHours(totalHalfHours);
  }

  /** The ids of the records covered, in the document's order. */
  public List<String> itemIds() {
    return items.stream().map(DocumentItem::itemId).toList();
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  /** The SHA-256 of its code (never the code). */
  public String codeHash() {
    return codeHash;
  }

  /** True if {@code code} is this document's code. */
  public boolean hasCode(VerificationCode code) {
    return code != null && code.sha256().equals(codeHash);
  }
}
