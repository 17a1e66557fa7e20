package org.mentorlink.domain.safeguarding;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.relationship.Relationship;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.Sealed;
import org.mentorlink.domain.shared.TenantId;

/**
 * A mentee's confidential word to the scheme's lead about their mentoring: a request to change
 * mentor, or a concern about the mentor. Only the mentee and the lead ever see it — never the
 * mentor, never another coordinator. The lead reviews it ({@link ConcernState#OPEN} to {@link
 * ConcernState#REVIEWED}) and closes it — or, for a request to change mentor, matches the mentee
 * with another mentor ({@link #rematched}), which closes it with the new relationship's id.
 */
@Entity
@Table(name = "mentor_change_request")
public class MentorChangeRequest {
  /** What the mentee asks. */
  public enum Kind {
    /** To be matched with another mentor. */
    CHANGE_MENTOR,
    /** To tell the lead of a concern about the mentor. */
    CONCERN_ABOUT_MENTOR
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "relationship_id", nullable = false, length = 36)
  private String relationshipId;

  @Column(name = "mentee_id", nullable = false, length = 36)
  private String menteeId;

  @Column(name = "mentor_id", nullable = false, length = 36)
  private String mentorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24)
  private Kind kind;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "reason", nullable = false, length = 4000)
  private String reason;

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

  /** The relationship the lead matched the mentee into, when the lead acted on it so. */
  @Column(name = "rematched_relationship_id", length = 36)
  private String rematchedRelationshipId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MentorChangeRequest() {}

  /** The relationship's mentee asks the lead, confidentially. */
  public static MentorChangeRequest ask(
      Scheme scheme, Relationship r, Actor by, Kind kind, String reason, Instant at) {
    if (!r.scheme().schemeId().equals(scheme.id())) {
      throw new Forbidden("The relationship belongs to another scheme.");
    }
    if (!r.isMentee(by.person())) {
      throw new Forbidden("Only the relationship's mentee can ask the lead for this.");
    }
    MentorChangeRequest m = new MentorChangeRequest();
    m.kind = Require.present(kind, "KIND_REQUIRED", "What you are asking");
    m.reason = Require.text(reason, "REASON_REQUIRED", "reason", "The reason", 4000);
    m.id = UUID.randomUUID().toString();
    m.tenantId = scheme.tenant().value();
    m.schemeId = scheme.id();
    m.relationshipId = r.id();
    m.menteeId = r.mentee().personId();
    m.mentorId = r.mentor().personId();
    m.state = ConcernState.OPEN;
    m.raisedAt = Objects.requireNonNull(at);
    return m;
  }

  /** The lead has read it and acts on it. */
  public void review(Scheme scheme, Actor by, Instant at) {
    requireLead(scheme, by);
    if (state != ConcernState.OPEN) {
      throw new InvalidTransition("REQUEST_STATE", "Only an open request can be marked reviewed.");
    }
    state = ConcernState.REVIEWED;
    reviewedAt = Objects.requireNonNull(at);
    reviewedBy = by.person().personId();
  }

  /** The lead closes a reviewed request. */
  public void close(Scheme scheme, Actor by, Instant at) {
    requireLead(scheme, by);
    if (state != ConcernState.REVIEWED) {
      throw new InvalidTransition(
          "REQUEST_STATE", "Only a reviewed request can be closed: review it first.");
    }
    state = ConcernState.CLOSED;
    closedAt = Objects.requireNonNull(at);
    closedBy = by.person().personId();
  }

  /**
   * The lead acted on a request to change mentor: the mentee is matched with another mentor in
   * {@code newRelationship}. An open or reviewed request is closed by it (and counts as reviewed).
   */
  public void rematched(Scheme scheme, Actor by, Relationship newRelationship, Instant at) {
    requireRematchable(scheme, by);
    if (!newRelationship.isMentee(mentee()) || newRelationship.id().equals(relationshipId)) {
      throw new Forbidden("That is not a new relationship of this mentee.");
    }
    if (reviewedAt == null) {
      reviewedAt = Objects.requireNonNull(at);
      reviewedBy = by.person().personId();
    }
    state = ConcernState.CLOSED;
    closedAt = Objects.requireNonNull(at);
    closedBy = by.person().personId();
    rematchedRelationshipId = newRelationship.id();
  }

  /**
   * Fails unless the lead may act on this request with a rematch now: a request to change mentor
   * (not a concern about the mentor) that is not yet closed.
   */
  public void requireRematchable(Scheme scheme, Actor by) {
    requireLead(scheme, by);
    if (kind != Kind.CHANGE_MENTOR) {
      throw new InvalidTransition(
          "NOT_A_CHANGE_REQUEST", "Only a request to change mentor is acted on with a new match.");
    }
    if (state == ConcernState.CLOSED) {
      throw new InvalidTransition("REQUEST_STATE", "This request is closed.");
    }
  }

  /** True if the lead may act on it with a rematch ({@link #requireRematchable}) by its state. */
  public boolean rematchable() {
    return kind == Kind.CHANGE_MENTOR && state != ConcernState.CLOSED;
  }

  private void requireLead(Scheme scheme, Actor by) {
    if (!scheme.id().equals(schemeId)) {
      throw new Forbidden("The request belongs to another scheme.");
    }
    scheme.requireLead(by);
  }

  /** True if the person asked it. */
  public boolean isMentee(PersonRef p) {
    return p.sameTenantAs(new TenantId(tenantId)) && p.personId().equals(menteeId);
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

  public PersonRef mentee() {
    return new PersonRef(new TenantId(tenantId), menteeId);
  }

  public PersonRef mentor() {
    return new PersonRef(new TenantId(tenantId), mentorId);
  }

  public Kind kind() {
    return kind;
  }

  public String reason() {
    return reason;
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

  /** The relationship the mentee was matched into by the lead, or null. */
  public String rematchedRelationshipId() {
    return rematchedRelationshipId;
  }
}
