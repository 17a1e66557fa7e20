package org.mentorlink.domain.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.invalidTransition;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.cpd.CpdEntry;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.relationship.Contract;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.testing.Actors;
import org.mentorlink.domain.testing.Contracts;
import org.mentorlink.domain.testing.Relationships;
import org.mentorlink.domain.testing.Relationships.Mentoring;
import org.mentorlink.domain.testing.Sessions;
import org.mentorlink.domain.testing.Times;

class IssuedDocumentTest {
  private final Mentoring m = Relationships.aRelationship();
  private final SessionRecord signedOff = Sessions.aSignedOffSession(m);
  private final CodeMint code = org.mentorlink.domain.testing.Mints.keyed("test");
  private final CpdYear year = new CpdYear(LocalDate.of(2025, 4, 1));

  private CpdEntry entryOf(org.mentorlink.domain.shared.Actor person) {
    return CpdEntry.forSession(
            m.scheme(), m.relationship(), signedOff, java.util.List.of(), Times.CALENDAR, Times.NOW)
        .stream()
        .filter(e -> e.isOwner(person.person()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCertificateRecordsItsYearTotalEntriesAndOnlyTheCodesHash() {
    CpdEntry entry = entryOf(m.mentee());
    IssuedDocument d =
        IssuedDocument.cpdCertificate(
            m.scheme(),
            m.mentee().person(),
            "M. O.",
            year,
            CpdHours.of("2"),
            List.of(entry),
            code,
            Times.NOW);
    assertEquals(DocumentKind.CPD_CERTIFICATE, d.kind());
    assertEquals("2025/26", d.periodLabel());
    assertEquals(LocalDate.of(2025, 4, 1), d.periodStart());
    assertEquals(LocalDate.of(2026, 3, 31), d.periodEnd());
    assertEquals(CpdHours.of("2"), d.total());
    assertEquals(List.of(entry.id()), d.itemIds());
    assertEquals("M. O.", d.initials());
    assertEquals(m.mentee().person(), d.holder());
    assertEquals(m.scheme().ref(), d.scheme());
    assertTrue(d.hasCode(code.codeFor(d)));
    assertFalse(d.hasCode(VerificationCode.generate(new SecureRandom())));
  }

  @Test
  void aCertificateListsOnlyItsHoldersOwnEntriesOfThatYear() {
    CpdEntry mentors = entryOf(m.mentor());
    forbidden(
        () ->
            IssuedDocument.cpdCertificate(
                m.scheme(),
                m.mentee().person(),
                "M. O.",
                year,
                CpdHours.ZERO,
                List.of(mentors),
                code,
                Times.NOW));
    CpdEntry mine = entryOf(m.mentee());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            IssuedDocument.cpdCertificate(
                m.scheme(),
                m.mentee().person(),
                "M. O.",
                year.next(),
                CpdHours.ZERO,
                List.of(mine),
                code,
                Times.NOW));
    forbidden(
        () ->
            IssuedDocument.cpdCertificate(
                m.scheme(),
                Actors.inAnotherTenant(m.mentee()).person(),
                "M. O.",
                year,
                CpdHours.ZERO,
                List.of(),
                code,
                Times.NOW));
  }

  @Test
  void aSessionRecordIsForAPartyAndASignedOffSession() {
    IssuedDocument d =
        IssuedDocument.sessionRecord(
            m.scheme(),
            m.relationship(),
            signedOff,
            m.mentor().person(),
            "M. T.",
            Times.TODAY,
            code,
            Times.NOW);
    assertEquals(DocumentKind.SESSION_RECORD, d.kind());
    assertEquals("Session 1", d.periodLabel());
    assertEquals(Times.TODAY, d.periodStart());
    assertEquals(Times.TODAY, d.periodEnd());
    assertEquals(signedOff.duration(), d.total());
    assertEquals(List.of(signedOff.id()), d.itemIds());

    forbidden(
        () ->
            IssuedDocument.sessionRecord(
                m.scheme(),
                m.relationship(),
                signedOff,
                m.coordinator().person(),
                "C. O.",
                Times.TODAY,
                code,
                Times.NOW));
    SessionRecord submitted = Sessions.aSubmittedSession(m);
    invalidTransition(
        "SESSION_NOT_SIGNED_OFF",
        () ->
            IssuedDocument.sessionRecord(
                m.scheme(),
                m.relationship(),
                submitted,
                m.mentee().person(),
                "M. E.",
                Times.TODAY,
                code,
                Times.NOW));
  }

  @Test
  void aContractIsForAPartyAndAVersionBothSigned() {
    Contract signed = Contracts.aSignedContract(m);
    IssuedDocument d =
        IssuedDocument.contract(
            m.scheme(), m.relationship(), signed, m.mentee().person(), "M. E.", code, Times.NOW);
    assertEquals(DocumentKind.CONTRACT, d.kind());
    assertEquals(1, d.contractVersion());
    assertEquals(signed.terms().startDate(), d.periodStart());
    assertEquals(signed.terms().reviewDate(), d.periodEnd());
    assertNull(d.total());
    assertEquals(List.of(signed.id()), d.itemIds());

    Contract halfSigned = Contracts.aContract(m);
    halfSigned.sign(m.relationship(), m.mentee(), Times.minutesLater(410));
    invalidTransition(
        "CONTRACT_NOT_SIGNED",
        () ->
            IssuedDocument.contract(
                m.scheme(),
                m.relationship(),
                halfSigned,
                m.mentee().person(),
                "M. E.",
                code,
                Times.NOW));
    forbidden(
        () ->
            IssuedDocument.contract(
                m.scheme(), m.relationship(), signed, m.lead().person(), "L. E.", code, Times.NOW));
  }

  @Test
  void withoutANameTheInitialsAreADash() {
    IssuedDocument d =
        IssuedDocument.contract(
            m.scheme(),
            m.relationship(),
            Contracts.aSignedContract(m),
            m.mentee().person(),
            null,
            code,
            Times.NOW);
    assertEquals(Initials.NONE, d.initials());
  }
}
