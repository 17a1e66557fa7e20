package org.mentorlink.tool.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.app.ClaimViews;
import org.mentorlink.domain.claim.ClaimState;
import org.mentorlink.domain.claim.TravelKind;
import org.mentorlink.domain.shared.DomainException;

class ClaimExportTest {
  private static ClaimViews.FinanceRow row(String note) {
    return new ClaimViews.FinanceRow(
        "c-1",
        "Dr Maya Mentor",
        LocalDate.of(2026, 5, 4),
        2,
        "250.00",
        TravelKind.AMOUNT,
        null,
        "12.40",
        note,
        "262.40",
        LocalDate.of(2026, 5, 6));
  }

  @Test
  void theFinanceExportHasNoMenteeColumn() throws Exception {
    String csv = ClaimResource.csv(List.of(row("Train")));
    String header = csv.lines().findFirst().orElseThrow();
    assertFalse(header.toLowerCase(Locale.ROOT).contains("mentee"), header);
    assertTrue(header.startsWith("claim_id,mentor,session_date"), header);
    assertTrue(
        csv.contains("Dr Maya Mentor,2026-05-04,2,250.00,AMOUNT,,12.40,Train,262.40,2026-05-06"),
        csv);
  }

  @Test
  void aNoteThatWouldRunAsAFormulaIsWrittenAsText() throws Exception {
    String csv = ClaimResource.csv(List.of(row("=HYPERLINK(\"http://x\")")));
    assertTrue(csv.contains("'=HYPERLINK"), csv);
  }

  @Test
  void queryValuesAreReadStrictly() {
    assertEquals(ClaimState.SUBMITTED, ClaimResource.state(null));
    assertEquals(ClaimState.APPROVED, ClaimResource.state("APPROVED"));
    assertEquals(
        "VALIDATION_FAILED",
        assertThrows(DomainException.class, () -> ClaimResource.state("approved")).code());
    assertNull(ClaimResource.date(" ", "from"));
    assertEquals(LocalDate.of(2026, 4, 1), ClaimResource.date("2026-04-01", "from"));
    assertEquals(
        "VALIDATION_FAILED",
        assertThrows(DomainException.class, () -> ClaimResource.date("1/4/2026", "from")).code());
    assertEquals(
        "DATE_OUT_OF_RANGE",
        assertThrows(DomainException.class, () -> ClaimResource.date("1999-12-31", "to")).code());
  }
}
