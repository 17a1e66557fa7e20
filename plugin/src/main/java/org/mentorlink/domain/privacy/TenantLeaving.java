package org.mentorlink.domain.privacy;

import java.util.Objects;
import org.mentorlink.domain.shared.TenantId;

/**
 * A registration leaves: fired in the leaving transaction, after the domain deleted its schemes and
 * people, so that the tool's other stores (the registration itself, deployments, sessions, keys,
 * outbox, audit) delete what they hold of it.
 */
public record TenantLeaving(TenantId tenant) {
  public TenantLeaving {
    Objects.requireNonNull(tenant, "tenant");
  }
}
