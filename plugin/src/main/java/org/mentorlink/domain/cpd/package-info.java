/**
 * The CPD ledger: an append-only record of learning hours per person (mentee and mentor), which
 * become credit once reflected on and approved; corrections are reversing entries.
 */
package org.mentorlink.domain.cpd;
