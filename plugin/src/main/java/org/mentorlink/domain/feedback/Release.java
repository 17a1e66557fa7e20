package org.mentorlink.domain.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;

/**
 * The lead's or a coordinator's release of a round before its half-year has ended: its answers go
 * to reports all at once, and the round takes no more answers.
 */
@Entity
@Table(name = "feedback_release")
public class Release {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "round_key", nullable = false, length = 16)
  private String roundKey;

  protected Release() {}

  public static Release of(Scheme scheme, Actor by, Round round) {
    scheme.requireCoordinator(by);
    Release r = new Release();
    r.id = UUID.randomUUID().toString();
    r.tenantId = scheme.tenant().value();
    r.schemeId = scheme.id();
    r.roundKey = round.key();
    return r;
  }

  public String roundKey() {
    return roundKey;
  }
}
