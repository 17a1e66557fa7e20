package org.mentorlink.domain.cpd;

/**
 * An entry waits for its reflection, then (where the scheme approves by hand) for an educator;
 * approved entries are credit; a returned entry goes back to its owner with a reason.
 */
public enum EntryState {
  AWAITING_REFLECTION,
  AWAITING_APPROVAL,
  RETURNED,
  APPROVED
}
