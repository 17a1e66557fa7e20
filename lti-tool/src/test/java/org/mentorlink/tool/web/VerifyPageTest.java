package org.mentorlink.tool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.app.DocumentViews;
import org.mentorlink.domain.shared.CpdHours;
import org.mentorlink.domain.verification.DocumentKind;

class VerifyPageTest {
  private static final org.mentorlink.tool.present.Fmt LONDON =
      new org.mentorlink.tool.present.Fmt(java.time.ZoneId.of("Europe/London"));

  private static DocumentViews.Verification certificate(int covered, int reversed) {
    return new DocumentViews.Verification(
        DocumentKind.CPD_CERTIFICATE,
        "A. L.",
        "2025/26",
        LocalDate.of(2025, 4, 1),
        LocalDate.of(2026, 3, 31),
        null,
        CpdHours.of("1.5"),
        covered,
        reversed,
        Instant.parse("2025-06-02T13:45:00Z"));
  }

  @Test
  void aCertificateShowsItsYearCreditAndThatNothingWasReversed() {
    VerifyPage.Shown s = VerifyPage.shown(certificate(3, 0), LONDON);
    assertEquals("CPD certificate", s.kind());
    assertEquals("A. L.", s.issuedTo());
    assertEquals("CPD year 2025/26: 1 April 2025 to 31 March 2026", s.period());
    assertEquals("1.5 credits approved", s.total());
    assertEquals("3 CPD entries", s.covers());
    assertEquals("2 June 2025, 14:45", s.issuedAt());
    assertFalse(s.reversed());
  }

  @Test
  void aReversedEntryIsSaidPlainly() {
    assertEquals(
        "The entry it lists has since been reversed: the credit it shows no longer stands.",
        VerifyPage.shown(certificate(1, 1), LONDON).status());
    assertEquals(
        "2 of the 5 entries it lists have since been reversed: the credit it shows no longer"
            + " stands.",
        VerifyPage.shown(certificate(5, 2), LONDON).status());
    assertTrue(VerifyPage.shown(certificate(5, 2), LONDON).reversed());
  }

  @Test
  void aContractShowsItsVersionAndDatesAndNoTotal() {
    VerifyPage.Shown s =
        VerifyPage.shown(
            new DocumentViews.Verification(
                DocumentKind.CONTRACT,
                "M. O.",
                "Version 2",
                LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 11, 1),
                2,
                null,
                1,
                0,
                Instant.parse("2025-06-02T13:45:00Z")),
            LONDON);
    assertEquals("Version 2, from 1 May 2025, to be reviewed on 1 November 2025", s.period());
    assertNull(s.total());
  }

  @Test
  void theJsonHasTheSameFactsAndNoMore() {
    JsonObject j = VerifyPage.json(certificate(3, 1)).build();
    assertEquals(
        java.util.Set.of(
            "issuedHere",
            "kind",
            "issuedTo",
            "period",
            "itemsCovered",
            "itemsReversed",
            "reversed",
            "issuedAt",
            "credit"),
        j.keySet());
    assertEquals("CPD_CERTIFICATE", j.getString("kind"));
    assertEquals("A. L.", j.getString("issuedTo"));
    assertEquals("2025/26", j.getJsonObject("period").getString("label"));
    assertEquals("1.5", j.getString("credit"));
    assertTrue(j.getBoolean("reversed"));
  }
}
