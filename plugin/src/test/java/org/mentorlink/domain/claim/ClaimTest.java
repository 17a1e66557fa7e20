package org.mentorlink.domain.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mentorlink.domain.testing.Refusals.forbidden;
import static org.mentorlink.domain.testing.Refusals.invalidTransition;
import static org.mentorlink.domain.testing.Refusals.refused;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.cpd.CpdYear;
import org.mentorlink.domain.relationship.SessionRecord;
import org.mentorlink.domain.shared.StateConflict;
import org.mentorlink.domain.testing.Relationships;
import org.mentorlink.domain.testing.Relationships.Mentoring;
import org.mentorlink.domain.testing.Sessions;
import org.mentorlink.domain.testing.Times;

class ClaimTest {
  private final Mentoring m = Relationships.aRelationship();
  private final ClaimRules rules =
      ClaimRules.setUp(
          m.scheme(),
          m.lead(),
          new ClaimRules.Amounts(
              Money.parse("250", "f", "f"),
              Money.parse("0.45", "r", "r"),
              Money.parse("1000", "b", "b")));
  private static final LocalDate DAY = Times.TODAY.plusDays(7);
  private static final CpdYear YEAR = CpdYear.containing(DAY, MonthDay.of(4, 1));

  private Claim claim(SessionRecord s, Travel travel) {
    return Claim.submit(
        m.relationship(), s, m.mentor(), rules, travel, Optional.empty(), DAY, YEAR, Times.NOW);
  }

  private Claim aClaim() {
    return claim(Sessions.aSignedOffSession(m), Travel.mileage(Miles.parse("12.5"), null));
  }

  private static Budget room() {
    return new Budget("2025/26", Money.ofPence(100_000), Money.ZERO, Money.ZERO);
  }

  @Test
  void theMentorClaimsTheSchemesFeeAndMileageAtItsRate() {
    Claim c = aClaim();
    assertEquals(ClaimState.SUBMITTED, c.state());
    assertEquals(25_000, c.fee().pence());
    assertEquals(563, c.travelCost().pence());
    assertEquals(25_563, c.total().pence());
    assertEquals(m.mentor().person(), c.mentor());
    assertEquals(DAY, c.sessionDate());
    assertEquals("2025/26", c.budgetYear().label());
  }

  @Test
  void travelAsAnAmountNeedsANote() {
    SessionRecord s = Sessions.aSignedOffSession(m);
    refused("TRAVEL_NOTE_REQUIRED", () -> Travel.amount(Money.parse("12.40", "a", "a"), " "));
    refused("INVALID_AMOUNT", () -> Travel.amount(Money.ZERO, "Train"));
    refused("INVALID_AMOUNT", () -> Travel.amount(Money.parse("1000.01", "a", "a"), "Train"));
    Claim c = claim(s, Travel.amount(Money.parse("12.40", "a", "a"), "Train, Leeds to York"));
    assertEquals(26_240, c.total().pence());
    assertEquals("Train, Leeds to York", c.travel().note());
  }

  @Test
  void onlyTheSessionsMentorClaims() {
    SessionRecord s = Sessions.aSignedOffSession(m);
    Travel none = Travel.NONE;
    forbidden(
        () ->
            Claim.submit(
                m.relationship(),
                s,
                m.mentee(),
                rules,
                none,
                Optional.empty(),
                DAY,
                YEAR,
                Times.NOW));
    forbidden(
        () ->
            Claim.submit(
                m.relationship(),
                s,
                m.lead(),
                rules,
                none,
                Optional.empty(),
                DAY,
                YEAR,
                Times.NOW));
  }

  @Test
  void onlyASignedOffSessionIsClaimedAndOnlyOnce() {
    invalidTransition("SESSION_NOT_SIGNED_OFF", () -> claim(Sessions.aSession(m), Travel.NONE));
    invalidTransition(
        "SESSION_NOT_SIGNED_OFF", () -> claim(Sessions.aSubmittedSession(m), Travel.NONE));
    SessionRecord s = Sessions.aSignedOffSession(m);
    Claim first = claim(s, Travel.NONE);
    StateConflict twice =
        org.junit.jupiter.api.Assertions.assertThrows(
            StateConflict.class,
            () ->
                Claim.submit(
                    m.relationship(),
                    s,
                    m.mentor(),
                    rules,
                    Travel.NONE,
                    Optional.of(first),
                    DAY,
                    YEAR,
                    Times.NOW));
    assertEquals("CLAIM_EXISTS", twice.code());
  }

  @Test
  void aCoordinatorApprovesAndTheClaimIsFinal() {
    Claim c = aClaim();
    forbidden(() -> c.approve(m.scheme(), m.mentee(), room(), Times.NOW));
    forbidden(() -> c.approve(m.scheme(), m.mentor(), room(), Times.NOW));
    c.approve(m.scheme(), m.coordinator(), room(), Times.NOW);
    assertEquals(ClaimState.APPROVED, c.state());
    assertEquals(m.coordinator().person(), c.decidedBy());
    invalidTransition(
        "CLAIM_NOT_SUBMITTED", () -> c.approve(m.scheme(), m.lead(), room(), Times.NOW));
    invalidTransition(
        "CLAIM_NOT_SUBMITTED", () -> c.returnToMentor(m.scheme(), m.lead(), "why", Times.NOW));
    invalidTransition(
        "CLAIM_NOT_RETURNED", () -> c.resubmit(m.mentor(), rules, Travel.NONE, Times.NOW));
  }

  @Test
  void aReturnedClaimIsChangedAndSentAgain() {
    Claim c = aClaim();
    refused("REASON_REQUIRED", () -> c.returnToMentor(m.scheme(), m.lead(), " ", Times.NOW));
    c.returnToMentor(m.scheme(), m.lead(), "The trip was 10 miles.", Times.NOW);
    assertEquals(ClaimState.RETURNED, c.state());
    assertEquals("The trip was 10 miles.", c.returnReason());
    invalidTransition(
        "CLAIM_NOT_SUBMITTED", () -> c.approve(m.scheme(), m.lead(), room(), Times.NOW));
    forbidden(() -> c.resubmit(m.mentee(), rules, Travel.NONE, Times.NOW));
    c.resubmit(m.mentor(), rules, Travel.mileage(Miles.parse("10"), null), Times.daysLater(1));
    assertEquals(ClaimState.SUBMITTED, c.state());
    assertEquals(25_450, c.total().pence());
    assertNull(c.decidedAt());
    c.approve(m.scheme(), m.lead(), room(), Times.daysLater(2));
    assertEquals(ClaimState.APPROVED, c.state());
    assertNull(c.returnReason());
  }

  @Test
  void approvalBeyondTheBudgetIsRefused() {
    Claim c = aClaim();
    Budget nearlySpent =
        new Budget("2025/26", Money.ofPence(100_000), Money.ofPence(80_000), c.total());
    StateConflict e =
        org.junit.jupiter.api.Assertions.assertThrows(
            StateConflict.class, () -> c.approve(m.scheme(), m.lead(), nearlySpent, Times.NOW));
    assertEquals("BUDGET_EXCEEDED", e.code());
    assertEquals(ClaimState.SUBMITTED, c.state(), "refused: nothing changed");
  }

  @Test
  void feeChangesApplyToNewClaimsOnly() {
    Claim c = aClaim();
    rules.change(
        m.scheme(),
        m.lead(),
        new ClaimRules.Amounts(Money.parse("300", "f", "f"), Money.ZERO, null));
    assertEquals(25_000, c.fee().pence());
    refused(
        "NO_MILEAGE_RATE",
        () -> claim(Sessions.aSignedOffSession(m), Travel.mileage(Miles.parse("3"), null)));
  }

  @Test
  void onlyCoordinatorsSetTheRulesWithinBounds() {
    ClaimRules.Amounts ok = new ClaimRules.Amounts(Money.ofPence(100), Money.ZERO, null);
    forbidden(() -> ClaimRules.setUp(m.scheme(), m.mentee(), ok));
    forbidden(() -> rules.change(m.scheme(), m.mentor(), ok));
    refused("INVALID_CLAIM_RULES", () -> new ClaimRules.Amounts(Money.ZERO, Money.ZERO, null));
    refused(
        "INVALID_CLAIM_RULES",
        () -> new ClaimRules.Amounts(Money.ofPence(100), Money.ofPence(501), null));
    refused(
        "INVALID_CLAIM_RULES",
        () -> new ClaimRules.Amounts(Money.ofPence(100), Money.ZERO, Money.ZERO));
  }
}
