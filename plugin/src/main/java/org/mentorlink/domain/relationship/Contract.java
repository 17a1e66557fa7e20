package org.mentorlink.domain.relationship;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.Sealed;

/**
 * One version of a relationship's contract. Its text is fixed when the version is made; both
 * parties sign it, each signature recording the person, the time and the SHA-256 of the exact text.
 * A change is a new version ({@link #amend}), which must be signed again; a signed version is never
 * altered.
 */
@Entity
@Table(name = "contract")
public class Contract {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "relationship_id", nullable = false, length = 36)
  private String relationshipId;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "ground_rules", nullable = false, length = 4000)
  private String groundRules;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "confidentiality", nullable = false, length = 4000)
  private String confidentiality;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "boundaries", length = 4000)
  private String boundaries;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "objectives", nullable = false, length = 4000)
  private String objectives;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "meeting_frequency", nullable = false, length = 200)
  private String meetingFrequency;

  @Column(name = "mode", nullable = false, length = 16)
  private String mode;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "venue", length = 500)
  private String venue;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "review_date", nullable = false)
  private LocalDate reviewDate;

  @Column(name = "allowance", nullable = false, length = 200)
  private String allowance;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 36)
  private String createdBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contract_signature", joinColumns = @JoinColumn(name = "contract_id"))
  private List<Signature> signatures = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Contract() {}

  private Contract(Relationship r, int versionNo, ContractTerms t, Actor by, Instant at) {
    r.requireParty(by);
    r.requireActive();
    this.id = UUID.randomUUID().toString();
    this.tenantId = r.mentee().tenant().value();
    this.relationshipId = r.id();
    this.versionNo = versionNo;
    this.groundRules = t.groundRules();
    this.confidentiality = t.confidentiality();
    this.boundaries = t.boundaries();
    this.objectives = t.objectives();
    this.meetingFrequency = t.meetingFrequency();
    this.mode = t.mode().name();
    this.venue = t.venue();
    this.startDate = t.startDate();
    this.reviewDate = t.reviewDate();
    this.allowance = t.allowance();
    this.createdAt = Objects.requireNonNull(at);
    this.createdBy = by.person().personId();
  }

  /** The first version, drafted by either party. */
  public static Contract draft(Relationship r, ContractTerms terms, Actor by, Instant at) {
    return new Contract(r, 1, terms, by, at);
  }

  /**
   * A new version with changed terms; it carries no signatures. {@code this} must be the latest
   * version.
   */
  public Contract amend(Relationship r, ContractTerms terms, Actor by, Instant at) {
    if (!r.id().equals(relationshipId)) {
      throw new InvalidTransition("WRONG_RELATIONSHIP", "That contract belongs elsewhere.");
    }
    return new Contract(r, versionNo + 1, terms, by, at);
  }

  /** A party signs this exact text. Each party signs a version once. */
  public void sign(Relationship r, Actor by, Instant at) {
    if (!r.id().equals(relationshipId)) {
      throw new InvalidTransition("WRONG_RELATIONSHIP", "That contract belongs elsewhere.");
    }
    r.requireParty(by);
    r.requireActive();
    if (signedBy(by.person())) {
      throw new InvalidTransition("ALREADY_SIGNED", "You have already signed this version.");
    }
    signatures.add(new Signature(by.person().personId(), Objects.requireNonNull(at), sha256()));
  }

  /** True if the mentee and the mentor have both signed this version. */
  public boolean fullySigned(Relationship r) {
    return signedBy(r.mentee()) && signedBy(r.mentor());
  }

  public boolean signedBy(PersonRef p) {
    return p.sameTenantAs(new org.mentorlink.domain.shared.TenantId(tenantId))
        && signatures.stream().anyMatch(s -> s.personId().equals(p.personId()));
  }

  /** The terms of this version. */
  public ContractTerms terms() {
    return new ContractTerms(
        groundRules,
        confidentiality,
        boundaries,
        objectives,
        meetingFrequency,
        MeetingMode.valueOf(mode),
        venue,
        startDate,
        reviewDate,
        allowance);
  }

  /** The exact text signed. */
  public String text() {
    return terms().text();
  }

  /** SHA-256 of the text, hex. */
  public String sha256() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String id() {
    return id;
  }

  public String relationshipId() {
    return relationshipId;
  }

  public int versionNo() {
    return versionNo;
  }

  public List<Signature> signatures() {
    return List.copyOf(signatures);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
