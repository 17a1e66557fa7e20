package org.mentorlink.domain.audit;

import java.util.List;
import java.util.Optional;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;

/**
 * The audit trail's store: entries are appended and read, never changed or removed — except that an
 * erased person's id is replaced by a pseudonym in their tenant's entries.
 */
public interface AuditRepository {
  void append(AuditEntry entry);

  /** The scheme's entries, newest first, paged. */
  List<AuditEntry> forScheme(SchemeRef scheme, int offset, int limit);

  long countForScheme(SchemeRef scheme);

  /** Every entry (or one registration's), newest first, paged: for the operator. */
  List<AuditEntry> all(Optional<TenantId> tenant, int offset, int limit);

  long countAll(Optional<TenantId> tenant);

  /**
   * Replaces the person's id by {@code pseudonym} in every entry of the tenant where they acted
   * (their erasure): the entries stay, no longer naming them. Returns how many changed.
   */
  int pseudonymise(TenantId tenant, String personId, String pseudonym);
}
