package org.mentorlink.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;

/**
 * The lead's single-use link that makes a request entered for a caller the caller's own: a code
 * (only its SHA-256 is stored) that the caller opens through their own launch in the scheme's
 * course, before it expires. The pattern of {@link org.mentorlink.domain.mentor.MentorInvitation}.
 * A new link for the same request leaves earlier ones standing until they expire or one is used:
 * claiming spends the link, and the claimed request refuses every other.
 */
@Entity
@Table(name = "request_claim_link")
public class ClaimLink {
  @Id
  @Column(name = "code_hash", length = 64)
  private String codeHash;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "request_id", nullable = false, length = 36)
  private String requestId;

  @Column(name = "created_by", nullable = false, length = 36)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_by", length = 36)
  private String usedBy;

  @Column(name = "used_at")
  private Instant usedAt;

  protected ClaimLink() {}

  /**
   * The lead (or a coordinator who matches) issues a link for {@code request}, an unclaimed request
   * entered for a caller; {@code codeHash} is the SHA-256 of the code handed out, valid for {@code
   * validity}.
   */
  public static ClaimLink issue(
      Scheme scheme,
      Actor by,
      MentoringRequest request,
      String codeHash,
      Instant at,
      Duration validity) {
    scheme.requireMatching(by);
    if (!request.scheme().equals(scheme.ref())) {
      throw new org.mentorlink.domain.shared.Forbidden("This request belongs to another scheme.");
    }
    if (!request.enteredForCaller() || request.hasMentee()) {
      throw new InvalidTransition(
          "REQUEST_ALREADY_CLAIMED",
          "A link is only for a request entered for a caller that nobody has claimed yet.");
    }
    if (!request.state().open()) {
      throw new InvalidTransition("REQUEST_CLOSED", "This request is already closed.");
    }
    if (validity == null || validity.isNegative() || validity.isZero()) {
      throw new DomainException("VALIDATION_FAILED", "A link must be valid for some time.");
    }
    ClaimLink l = new ClaimLink();
    l.codeHash = Objects.requireNonNull(codeHash);
    l.tenantId = scheme.tenant().value();
    l.schemeId = scheme.id();
    l.requestId = request.id();
    l.createdBy = by.person().personId();
    l.createdAt = Objects.requireNonNull(at);
    l.expiresAt = at.plus(validity);
    return l;
  }

  /** The caller opened the link and the request became theirs: the link is spent. */
  public void use(PersonRef person, Instant at) {
    if (!usableAt(at)) {
      throw new InvalidTransition(
          "CLAIM_LINK_INVALID", "This link has expired or was already used.");
    }
    usedBy = person.personId();
    usedAt = at;
  }

  /**
   * The lead withdraws the link (given to the wrong person, or replaced by a new one): it ends now,
   * as if it had expired. A spent or expired link stays as it was.
   */
  public void withdraw(Instant at) {
    if (usableAt(at)) {
      expiresAt = at;
    }
  }

  /** Neither used nor expired at {@code now}. */
  public boolean usableAt(Instant now) {
    return usedAt == null && expiresAt.isAfter(now);
  }

  /** True if the link was issued in the tenant (registration) of {@code person}. */
  public boolean issuedIn(TenantId tenant) {
    return tenantId.equals(tenant.value());
  }

  public SchemeRef scheme() {
    return new SchemeRef(new TenantId(tenantId), schemeId);
  }

  /** The SHA-256 of the code (the code itself is never stored). */
  public String codeHash() {
    return codeHash;
  }

  public String requestId() {
    return requestId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
