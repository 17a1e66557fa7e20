/**
 * The audit trail: an append-only record of who read which confidential record (by type and id,
 * never content), who signed, signed off, approved, exported or erased what, every refusal of a
 * power, every step of a safeguarding concern and every operator action — with the time in UTC, the
 * registration (tenant) and the scheme. Entries are never changed or removed; the only change ever
 * made is pseudonymising an erased person's id.
 */
package org.mentorlink.domain.audit;
