/**
 * Mentors' claims for a signed-off session: the scheme's session fee and travel (miles at the
 * scheme's rate, or an amount with a note), approved or returned by the lead or a coordinator, and
 * counted against the scheme's yearly budget. Money is held as exact whole pence ({@link Money});
 * claims name the mentor and the session's date, never the mentee.
 */
package org.mentorlink.domain.claim;
