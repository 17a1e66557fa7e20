package org.mentorlink.domain.mentor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.PersonRef;

/**
 * A coordinator's invitation to become a mentor of the scheme: a single-use code (only its hash is
 * stored) that the future mentor opens through their own launch, within two weeks.
 */
@Entity
@Table(name = "mentor_invitation")
public class MentorInvitation {
  @Id
  @Column(name = "code_hash", length = 64)
  private String codeHash;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

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

  protected MentorInvitation() {}

  /** A coordinator invites someone; {@code codeHash} is the SHA-256 of the code handed out. */
  public static MentorInvitation issue(Scheme scheme, Actor by, String codeHash, Instant at) {
    scheme.requireCoordinator(by);
    MentorInvitation i = new MentorInvitation();
    i.codeHash = Objects.requireNonNull(codeHash);
    i.tenantId = scheme.tenant().value();
    i.schemeId = scheme.id();
    i.createdBy = by.person().personId();
    i.createdAt = Objects.requireNonNull(at);
    i.expiresAt = at.plus(java.time.Duration.ofDays(14));
    return i;
  }

  /** The invited person accepts; the invitation is spent. */
  public void accept(PersonRef person, Instant at) {
    if (usedAt != null || !expiresAt.isAfter(at)) {
      throw new InvalidTransition(
          "INVITATION_INVALID", "This invitation has expired or was already used.");
    }
    usedBy = person.personId();
    usedAt = at;
  }

  /** Neither used nor expired at {@code now}. */
  public boolean usableAt(Instant now) {
    return usedAt == null && expiresAt.isAfter(now);
  }

  public String schemeId() {
    return schemeId;
  }

  public String tenantId() {
    return tenantId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
