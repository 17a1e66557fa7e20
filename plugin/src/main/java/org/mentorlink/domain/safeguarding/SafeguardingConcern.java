package org.mentorlink.domain.safeguarding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.TenantId;

/**
 * A safeguarding concern a mentor raised on one of their relationships: the one way its content
 * reaches the scheme's lead. The mentor gives a reason and chooses the records the lead may read
 * ({@link #shares}); nothing else of the relationship is shown. The mentee is told a concern was
 * raised, and why, unless the mentor records why they must not be (the GMC's duties: telling them
 * might put them or someone else at risk) — then the mentee sees nothing of it. The lead reviews it
 * ({@link ConcernState#OPEN} to {@link ConcernState#REVIEWED}) and closes it ({@link
 * ConcernState#CLOSED}); a closed concern stays readable to the mentor and the lead.
 */
@Entity
@Table(name = "safeguarding_concern")
public class SafeguardingConcern {
  /** The most records one concern may share. */
  public static final int MAX_RECORDS = 50;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "relationship_id", nullable = false, length = 36)
  private String relationshipId;

  @Column(name = "mentor_id", nullable = false, length = 36)
  private String mentorId;

  @Column(name = "mentee_id", nullable = false, length = 36)
  private String menteeId;

  @Column(name = "reason", nullable = false, length = 4000)
  private String reason;

  @Column(name = "mentee_informed", nullable = false)
  private boolean menteeInformed;

  @Column(name = "withhold_reason", length = 2000)
  private String withholdReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "safeguarding_concern_record",
      joinColumns = @JoinColumn(name = "concern_id"))
  private Set<SharedRecord> records = new LinkedHashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private ConcernState state;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "reviewed_by", length = 36)
  private String reviewedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 36)
  private String closedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SafeguardingConcern() {}

  /**
   * The relationship's mentor raises a concern. {@code records} must be records of this
   * relationship (the caller checks they exist in it). With {@code informMentee} false, {@code
   * withholdReason} is required; with it true, there must be none.
   */
  public static SafeguardingConcern raise(
      Scheme scheme,
      Relationship r,
      Actor by,
      String reason,
      Set<SharedRecord> records,
      boolean informMentee,
      String withholdReason,
      Instant at) {
    if (!r.scheme().schemeId().equals(scheme.id())) {
      throw new Forbidden("The relationship belongs to another scheme.");
    }
    if (!r.isMentor(by.person())) {
      throw new Forbidden("Only the relationship's mentor can raise a safeguarding concern.");
    }
    SafeguardingConcern c = new SafeguardingConcern();
    c.reason = Require.text(reason, "REASON_REQUIRED", "reason", "The reason", 4000);
    if (informMentee) {
      if (withholdReason != null && !withholdReason.isBlank()) {
        throw new DomainException(
            "WITHHOLD_REASON_UNEXPECTED",
            "withholdReason",
            "The mentee will be told: leave out a reason for not telling them.");
      }
    } else {
      c.withholdReason =
          Require.text(
              withholdReason,
              "WITHHOLD_REASON_REQUIRED",
              "withholdReason",
              "Why the mentee must not be told",
              2000);
    }
    Objects.requireNonNull(records, "records");
    if (records.size() > MAX_RECORDS) {
      throw new DomainException(
          "TOO_MANY_RECORDS", "records", "Share at most " + MAX_RECORDS + " records.");
    }
    c.id = UUID.randomUUID().toString();
    c.tenantId = scheme.tenant().value();
    c.schemeId = scheme.id();
    c.relationshipId = r.id();
    c.mentorId = r.mentor().personId();
    c.menteeId = r.mentee().personId();
    c.records = new LinkedHashSet<>(records);
    c.menteeInformed = informMentee;
    c.state = ConcernState.OPEN;
    c.raisedAt = Objects.requireNonNull(at);
    return c;
  }

  /** The lead has read it and acts on it. */
  public void review(Scheme scheme, Actor by, Instant at) {
    requireLead(scheme, by);
    if (state != ConcernState.OPEN) {
      throw new InvalidTransition("CONCERN_STATE", "Only an open concern can be marked reviewed.");
    }
    state = ConcernState.REVIEWED;
    reviewedAt = Objects.requireNonNull(at);
    reviewedBy = by.person().personId();
  }

  /** The lead closes a reviewed concern. */
  public void close(Scheme scheme, Actor by, Instant at) {
    requireLead(scheme, by);
    if (state != ConcernState.REVIEWED) {
      throw new InvalidTransition(
          "CONCERN_STATE", "Only a reviewed concern can be closed: review it first.");
    }
    state = ConcernState.CLOSED;
    closedAt = Objects.requireNonNull(at);
    closedBy = by.person().personId();
  }

  private void requireLead(Scheme scheme, Actor by) {
    if (!scheme.id().equals(schemeId)) {
      throw new Forbidden("The concern belongs to another scheme.");
    }
    scheme.requireLead(by);
  }

  /** True if the mentor let the lead read this record. */
  public boolean shares(SharedRecord.Type type, String recordId) {
    return records.contains(new SharedRecord(type, recordId));
  }

  /** True if the person raised it (the relationship's mentor). */
  public boolean isMentor(PersonRef p) {
    return p.sameTenantAs(new TenantId(tenantId)) && p.personId().equals(mentorId);
  }

  /** True if the person is the mentee it is about. */
  public boolean isMentee(PersonRef p) {
    return p.sameTenantAs(new TenantId(tenantId)) && p.personId().equals(menteeId);
  }

  /** True if the mentee may know of it (they were to be told). */
  public boolean visibleToMentee() {
    return menteeInformed;
  }

  public String id() {
    return id;
  }

  public String schemeId() {
    return schemeId;
  }

  public String relationshipId() {
    return relationshipId;
  }

  public PersonRef mentor() {
    return new PersonRef(new TenantId(tenantId), mentorId);
  }

  public PersonRef mentee() {
    return new PersonRef(new TenantId(tenantId), menteeId);
  }

  public String reason() {
    return reason;
  }

  public boolean menteeInformed() {
    return menteeInformed;
  }

  public String withholdReason() {
    return withholdReason;
  }

  public java.util.List<SharedRecord> records() {
    return java.util.List.copyOf(records);
  }

  public ConcernState state() {
    return state;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
