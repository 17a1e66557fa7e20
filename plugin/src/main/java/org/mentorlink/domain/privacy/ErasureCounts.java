package org.mentorlink.domain.privacy;

/**
 * What an erasure changed: relationships whose content was deleted, requests emptied, CPD entries
 * made anonymous (their hours still count in reported totals), documents re-keyed (their codes
 * still verify), mentor profiles and memberships deleted.
 */
public record ErasureCounts(
    int relationships,
    int requests,
    int proposals,
    int cpdEntries,
    int documents,
    int mentorProfiles,
    int memberships) {
  public static final ErasureCounts NONE = new ErasureCounts(0, 0, 0, 0, 0, 0, 0);

  public ErasureCounts plus(ErasureCounts o) {
    return new ErasureCounts(
        relationships + o.relationships,
        requests + o.requests,
        proposals + o.proposals,
        cpdEntries + o.cpdEntries,
        documents + o.documents,
        mentorProfiles + o.mentorProfiles,
        memberships + o.memberships);
  }
}
