package org.mentorlink.tool.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values from outside reach a log line as one line that cannot pass for another. */
class LogSafeTest {
  @Test
  void lineBreaksAndControlCharactersAreEncoded() {
    String forged =
        "https://evil.example\r\n[12/1/26 10:00:00:000 UTC] 0000 I Registered platform ok";
    String safe = LogSafe.of(forged);
    assertFalse(safe.contains("\n"));
    assertFalse(safe.contains("\r"));
    assertTrue(safe.startsWith("https://evil.example\\r\\n[12/1/26"));
    assertEquals("a\\tb\\u0000c\\u001bd\\u007fe", LogSafe.of("a\tb\u0000c\u001bd\u007fe"));
    assertEquals("x\\u2028y\\u2029z\\u202ew", LogSafe.of("x\u2028y\u2029z\u202ew"));
  }

  @Test
  void aBackslashIsDoubledSoThatAnEscapeCannotBeForged() {
    assertEquals("a\\\\nb", LogSafe.of("a\\nb"));
  }

  @Test
  void nullIsADashAndLongValuesAreCut() {
    assertEquals("-", LogSafe.of(null));
    String cut = LogSafe.of("x".repeat(500));
    assertEquals(LogSafe.MAX + 3, cut.length());
    assertTrue(cut.endsWith("..."));
    assertEquals("x".repeat(10), LogSafe.of("x".repeat(10), 10));
    assertEquals("Dr Ann O'Neill — Zoë", LogSafe.of("Dr Ann O'Neill — Zoë"));
  }
}
