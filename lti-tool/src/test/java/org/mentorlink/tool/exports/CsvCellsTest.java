package org.mentorlink.tool.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** OWASP CSV injection: text a spreadsheet would evaluate is written as text. */
class CsvCellsTest {
  @Test
  void quotesTextThatWouldStartAFormula() {
    for (String s :
        new String[] {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
      assertEquals("'" + s, CsvCells.safe(s), s);
    }
  }

  @Test
  void leavesOtherTextAndNonTextAlone() {
    assertEquals("Supervision = good", CsvCells.safe("Supervision = good"));
    assertEquals("", CsvCells.safe(""));
    assertEquals(null, CsvCells.safe(null));
    assertEquals(new BigDecimal("-1.5"), CsvCells.safe(new BigDecimal("-1.5")));
    assertEquals(LocalDate.of(2026, 3, 27), CsvCells.safe(LocalDate.of(2026, 3, 27)));
    assertArrayEquals(new Object[] {"'=1", 2, "ok"}, CsvCells.row("=1", 2, "ok"));
  }
}
