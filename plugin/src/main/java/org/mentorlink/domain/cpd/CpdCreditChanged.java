package org.mentorlink.domain.cpd;

import java.time.Instant;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;

/**
 * Fired (synchronously, inside the transaction that changed it) when a person's approved credit in
 * a CPD year changes in a scheme that passes credit back to the platform's gradebook. Observers
 * record what must be sent in the same transaction; the domain knows nothing about how.
 *
 * <p>The credit is read when the observer asks for it, not when the event is fired: an observer
 * that first takes a lock shared by every change to this person's credit (the gradebook's score
 * clock) and then reads it sees every change committed before it, so after any interleaving of
 * approvals, reversals and reflections the last score queued is the person's credit.
 *
 * @param courseRef the scheme's course (the tool's own context id)
 * @param credit reads the person's approved credit in {@code year} now
 * @param yearlyTarget the scheme's yearly target (the score's maximum)
 * @param at when the change happened
 */
public record CpdCreditChanged(
    TenantId tenant,
    String schemeId,
    String courseRef,
    PersonRef person,
    CpdYear year,
    CreditReading credit,
    int yearlyTarget,
    Instant at) {

  /** Reads a person's approved credit in a year, at the moment it is called. */
  @FunctionalInterface
  public interface CreditReading {
    CpdHours now();
  }
}
