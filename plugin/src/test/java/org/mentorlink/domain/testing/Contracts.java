package org.mentorlink.domain.testing;

import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.relationship.Contract;
import org.mentorlink.domain.relationship.ContractTerms;
import org.mentorlink.domain.scheme.SchemeSettings;
import org.mentorlink.domain.testing.Relationships.Mentoring;

/** Contract terms and drafts. */
public final class Contracts {
  private Contracts() {}

  public static ContractTerms terms() {
    return terms("Decide whether to apply for a partnership.");
  }

  public static ContractTerms terms(String objectives) {
    return new ContractTerms(
        "We start and finish on time; either of us may pause a session.",
        SchemeSettings.DEFAULT_CONFIDENTIALITY,
        null,
        objectives,
        "Every six weeks",
        MeetingMode.VIDEO,
        null,
        Times.TODAY,
        Times.TODAY.plusMonths(6),
        "4 sessions in 12 months");
  }

  /** Version 1, drafted by the mentee, unsigned. */
  public static Contract aContract(Mentoring m) {
    return Contract.draft(m.relationship(), terms(), m.mentee(), Times.minutesLater(400));
  }

  /** Version 1, signed by the mentee and then the mentor. */
  public static Contract aSignedContract(Mentoring m) {
    Contract contract = aContract(m);
    contract.sign(m.relationship(), m.mentee(), Times.minutesLater(410));
    contract.sign(m.relationship(), m.mentor(), Times.minutesLater(420));
    return contract;
  }
}
