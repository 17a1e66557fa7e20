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
 * @param courseRef the scheme's course (the tool's own context id)
 * @param credit the person's approved credit in {@code year} after the change
 * @param yearlyTarget the scheme's yearly target (the score's maximum)
 * @param at when the change happened
 */
public record CpdCreditChanged(
    TenantId tenant,
    String schemeId,
    String courseRef,
    PersonRef person,
    CpdYear year,
    CpdHours credit,
    int yearlyTarget,
    Instant at) {}
