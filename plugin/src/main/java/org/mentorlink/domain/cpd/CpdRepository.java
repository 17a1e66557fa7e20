package org.mentorlink.domain.cpd;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;

/** The CPD ledger of each scheme. Entries are added, never removed. */
public interface CpdRepository {
  Optional<CpdEntry> find(SchemeRef scheme, String id);

  /** A person's entries (and reversals) in the scheme, oldest first. */
  List<CpdEntry> forPerson(SchemeRef scheme, PersonRef person);

  /**
   * As {@link #forPerson}, read afresh from the database: entries this transaction read before
   * (say, through the approval queue) are refreshed, so changes that other transactions committed
   * meanwhile count — the credit sent to a gradebook is computed from this, under the score lock.
   */
  default List<CpdEntry> currentForPerson(SchemeRef scheme, PersonRef person) {
    return forPerson(scheme, person);
  }

  /** The entries made from a signed-off session (one each for its mentee and mentor). */
  List<CpdEntry> forSession(SchemeRef scheme, String sessionId);

  /** Which of {@code entryIds} have been reversed. */
  Set<String> reversedAmong(SchemeRef scheme, Collection<String> entryIds);

  /** Entries waiting for an educator, oldest first, paged. */
  List<CpdEntry> awaitingApproval(SchemeRef scheme, int offset, int limit);

  long countAwaitingApproval(SchemeRef scheme);

  void add(CpdEntry entry);

  /** The approved entries of the whole scheme (to pass every person's credit back at once). */
  List<CpdEntry> approvedInScheme(SchemeRef scheme);
}
