package org.mentorlink.domain.privacy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;

/**
 * The bulk changes behind erasure, retention and leaving, each within one tenant. Records are
 * re-keyed to an <em>erased id</em> (a fresh id no person has) rather than deleted where a count or
 * a document's verification stands on them: requests and relationships stay as dated, content-free
 * rows; CPD entries keep date, hours and state, without description or reflection; issued documents
 * keep their initials, period and totals, so a code that was verified still answers the same.
 */
public interface PersonalData {
  /**
   * Erases the person's records in {@code schemeIds}: the content of every relationship they are a
   * party of (contracts and signatures, sessions with their actions and addenda, goals with their
   * options, the closing summary) is deleted; their requests lose every free-text answer; their
   * mentor profiles, course memberships of those schemes' courses, and coordinator roles are
   * deleted; what stays is re-keyed to {@code erasedId}.
   */
  ErasureCounts erase(
      TenantId tenant, String personId, String erasedId, Collection<SchemeRef> schemes);

  /**
   * Removes the person's identity (name, e-mail, the platform's subject, which becomes {@code
   * erasedSubject}): a later launch with the same subject is a new person.
   */
  void forgetPerson(TenantId tenant, String personId, String erasedSubject);

  /** Deletes a relationship's content (as {@link #erase} does) and marks it deleted {@code at}. */
  int deleteRelationshipContent(TenantId tenant, String relationshipId, Instant at);

  /** The relationships of {@code scheme} closed before {@code closedBefore} whose content stays. */
  List<String> closedBefore(SchemeRef scheme, Instant closedBefore);

  /**
   * Every scheme with its retention period, across tenants: the one listing that does not start
   * from a tenant, for the retention job (each scheme's work then stays within its tenant).
   */
  List<Retention> retentions();

  /** Deletes every record of the tenant's schemes and people; returns the rows deleted. */
  int deleteTenant(TenantId tenant);

  /** A scheme and how many years after closure its relationships' content is kept. */
  record Retention(SchemeRef scheme, int years) {}
}
