package org.mentorlink.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Actors.aMentor;
import static org.mentorlink.domain.testing.Actors.inAnotherTenant;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.invalidTransition;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.mentor.MeetingMode;
import org.mentorlink.domain.testing.Contracts;
import org.mentorlink.domain.testing.Relationships;
import org.mentorlink.domain.testing.Relationships.Mentoring;
import org.mentorlink.domain.testing.Times;

class ContractTest {
  private final Mentoring m = Relationships.aRelationship();
  private final Relationship r = m.relationship();

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void eitherPartyDraftsTheFirstVersionUnsigned() {
    Contract byMentee = Contract.draft(r, Contracts.terms(), m.mentee(), Times.NOW);
    Contract byMentor = Contract.draft(r, Contracts.terms(), m.mentor(), Times.NOW);

    assertEquals(1, byMentee.versionNo());
    assertEquals(1, byMentor.versionNo());
    assertEquals(r.id(), byMentee.relationshipId());
    assertEquals(Contracts.terms(), byMentee.terms());
    assertEquals(Times.NOW, byMentee.createdAt());
    assertTrue(byMentee.signatures().isEmpty());
    assertFalse(byMentee.fullySigned(r));
  }

  @Test
  void refusesADraftByAnyoneButTheParties() {
    forbidden(() -> Contract.draft(r, Contracts.terms(), m.lead(), Times.NOW));
    forbidden(() -> Contract.draft(r, Contracts.terms(), m.coordinator(), Times.NOW));
    forbidden(() -> Contract.draft(r, Contracts.terms(), aMentor("mentor-2"), Times.NOW));
  }

  @Test
  void bothPartiesSign() {
    Contract c = Contracts.aContract(m);

    c.sign(r, m.mentee(), Times.minutesLater(410));
    assertTrue(c.signedBy(m.mentee().person()));
    assertFalse(c.fullySigned(r));

    c.sign(r, m.mentor(), Times.minutesLater(420));
    assertTrue(c.signedBy(m.mentor().person()));
    assertTrue(c.fullySigned(r));
    assertEquals(2, c.signatures().size());
  }

  @Test
  void signatureRecordsThePersonTheTimeAndTheSha256OfTheExactText() throws Exception {
    Contract c = Contracts.aContract(m);

    c.sign(r, m.mentor(), Times.minutesLater(415));

    Signature s = c.signatures().get(0);
    assertEquals(m.mentor().person().personId(), s.personId());
    assertEquals(Times.minutesLater(415), s.signedAt());
    assertEquals(sha256(c.text()), s.textSha256());
    assertEquals(c.sha256(), s.textSha256());
    assertEquals(64, s.textSha256().length());
  }

  @Test
  void textLabelsEveryTermInAFixedOrder() {
    String text = Contracts.aContract(m).text();

    assertEquals(
        String.join(
            "\n",
            "Mentoring contract",
            "Ground rules: We start and finish on time; either of us may pause a session.",
            "Confidentiality and its limits: "
                + org.mentorlink.domain.scheme.SchemeSettings.DEFAULT_CONFIDENTIALITY,
            "Boundaries: -",
            "Objectives: Decide whether to apply for a partnership.",
            "Meeting frequency: Every six weeks",
            "Mode: VIDEO",
            "Venue: -",
            "Start date: 2025-05-06",
            "Review date: 2025-11-06",
            "Session allowance: 4 sessions in 12 months"),
        text);
  }

  @Test
  void differentTermsHashDifferently() {
    Contract a = Contract.draft(r, Contracts.terms("One"), m.mentee(), Times.NOW);
    Contract b = Contract.draft(r, Contracts.terms("Two"), m.mentee(), Times.NOW);

    assertNotEquals(a.sha256(), b.sha256());
  }

  @Test
  void refusesSigningTheSameVersionTwice() {
    Contract c = Contracts.aContract(m);
    c.sign(r, m.mentee(), Times.minutesLater(410));

    invalidTransition("ALREADY_SIGNED", () -> c.sign(r, m.mentee(), Times.minutesLater(411)));
    assertEquals(1, c.signatures().size());
    assertEquals(Times.minutesLater(410), c.signatures().get(0).signedAt());
  }

  @Test
  void refusesASignatureByAnyoneButTheParties() {
    Contract c = Contracts.aContract(m);

    forbidden(() -> c.sign(r, m.lead(), Times.NOW));
    forbidden(() -> c.sign(r, m.coordinator(), Times.NOW));
    forbidden(() -> c.sign(r, aMentor("mentor-2"), Times.NOW));
    assertTrue(c.signatures().isEmpty());
  }

  @Test
  void refusesASignatureByTheSamePersonIdInAnotherTenant() {
    Contract c = Contracts.aContract(m);

    forbidden(() -> c.sign(r, inAnotherTenant(m.mentee()), Times.NOW));
    forbidden(() -> c.sign(r, inAnotherTenant(m.mentor()), Times.NOW));
    forbidden(() -> Contract.draft(r, Contracts.terms(), inAnotherTenant(m.mentee()), Times.NOW));
    forbidden(() -> c.amend(r, Contracts.terms("X"), inAnotherTenant(m.mentor()), Times.NOW));
    assertTrue(c.signatures().isEmpty());
  }

  @Test
  void refusesSigningOrAmendingThroughAnotherRelationship() {
    Contract c = Contracts.aContract(m);
    Relationship other = Relationships.aRelationship().relationship();

    invalidTransition("WRONG_RELATIONSHIP", () -> c.sign(other, m.mentee(), Times.NOW));
    invalidTransition(
        "WRONG_RELATIONSHIP", () -> c.amend(other, Contracts.terms(), m.mentee(), Times.NOW));
  }

  @Test
  void amendedContractNeedsNewSignatures() {
    Contract v1 = Contracts.aSignedContract(m);
    assertTrue(v1.fullySigned(r));

    Contract v2 =
        v1.amend(
            r,
            Contracts.terms("Prepare for the partnership interview."),
            m.mentor(),
            Times.daysLater(30));

    assertEquals(2, v2.versionNo());
    assertEquals(r.id(), v2.relationshipId());
    assertNotEquals(v1.id(), v2.id());
    assertTrue(v2.signatures().isEmpty());
    assertFalse(v2.fullySigned(r));
    assertFalse(v2.signedBy(m.mentee().person()));

    v2.sign(r, m.mentee(), Times.daysLater(31));
    assertFalse(v2.fullySigned(r));
    v2.sign(r, m.mentor(), Times.daysLater(32));
    assertTrue(v2.fullySigned(r));
    assertEquals(3, v2.amend(r, Contracts.terms("Third"), m.mentee(), Times.NOW).versionNo());
  }

  @Test
  void signedVersionsTextIsUnchangedByTheAmendment() throws Exception {
    Contract v1 = Contracts.aSignedContract(m);
    String signedText = v1.text();

    Contract v2 = v1.amend(r, Contracts.terms("Something else."), m.mentee(), Times.daysLater(30));

    assertEquals(signedText, v1.text());
    assertEquals(Contracts.terms(), v1.terms());
    assertTrue(v1.fullySigned(r));
    for (Signature s : v1.signatures()) {
      assertEquals(sha256(signedText), s.textSha256());
    }
    assertNotEquals(signedText, v2.text());
    assertNotEquals(v1.sha256(), v2.sha256());
  }

  @Test
  void amendmentByANonPartyIsRefused() {
    Contract v1 = Contracts.aSignedContract(m);

    forbidden(() -> v1.amend(r, Contracts.terms("X"), m.lead(), Times.NOW));
  }

  @Test
  void closedRelationshipRefusesSignatures() {
    Contract c = Contracts.aContract(m);
    r.close(m.mentee(), ClosureReason.NATURAL_END, "Sum", SessionHistory.none(r), Times.NOW);

    invalidTransition("RELATIONSHIP_CLOSED", () -> c.sign(r, m.mentor(), Times.NOW));
  }

  @Test
  void termsRequireEverythingButBoundariesAndVenue() {
    var d = Times.TODAY;
    var later = d.plusMonths(6);
    var mode = MeetingMode.VIDEO;
    refused(
        "CONTRACT_INCOMPLETE",
        () -> new ContractTerms(" ", "C", null, "O", "F", mode, null, d, later, "A"));
    refused(
        "CONTRACT_INCOMPLETE",
        () -> new ContractTerms("G", null, null, "O", "F", mode, null, d, later, "A"));
    refused(
        "CONTRACT_INCOMPLETE",
        () -> new ContractTerms("G", "C", null, "", "F", mode, null, d, later, "A"));
    refused(
        "CONTRACT_INCOMPLETE",
        () -> new ContractTerms("G", "C", null, "O", null, mode, null, d, later, "A"));
    refused(
        "CONTRACT_INCOMPLETE",
        () -> new ContractTerms("G", "C", null, "O", "F", null, null, d, later, "A"));
    refused(
        "CONTRACT_INCOMPLETE",
        () -> new ContractTerms("G", "C", null, "O", "F", mode, null, null, later, "A"));
    refused(
        "CONTRACT_INCOMPLETE",
        () -> new ContractTerms("G", "C", null, "O", "F", mode, null, d, null, "A"));
    refused(
        "CONTRACT_INCOMPLETE",
        () -> new ContractTerms("G", "C", null, "O", "F", mode, null, d, later, " "));

    ContractTerms t = new ContractTerms("G", "C", " ", "O", "F", mode, " Library ", d, later, "A");
    assertEquals(null, t.boundaries());
    assertEquals("Library", t.venue());
  }

  @Test
  void reviewDateMustFollowTheStartDate() {
    var d = Times.TODAY;
    var mode = MeetingMode.IN_PERSON;

    refused(
        "CONTRACT_DATES", () -> new ContractTerms("G", "C", null, "O", "F", mode, null, d, d, "A"));
    refused(
        "CONTRACT_DATES",
        () -> new ContractTerms("G", "C", null, "O", "F", mode, null, d, d.minusDays(1), "A"));
  }

  @Test
  void signedByIsFalseForTheSamePersonIdInAnotherTenant() {
    Contract c = Contracts.aSignedContract(m);

    assertFalse(c.signedBy(inAnotherTenant(m.mentee()).person()));
  }
}
