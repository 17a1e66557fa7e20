package org.mentorlink.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text people type may hold tabs and line breaks (a textarea's CRLF is kept as LF) but no other
 * control characters: NUL, BEL, ESC, DEL and C1 are refused wherever the domain keeps text, with
 * the stable code {@code TEXT_CONTROL_CHARACTERS}.
 */
class ControlCharactersTest {
  private static final List<String> REFUSED =
      List.of(
          "nul\u0000",
          "bell\u0007",
          "esc\u001b[31m",
          "del\u007f",
          "c1\u0085",
          "\ud800 alone",
          "x\udc00");

  @Test
  void requiredTextRefusesControlCharactersNamingTheField() {
    for (String s : REFUSED) {
      DomainException e =
          assertThrows(
              DomainException.class, () -> Require.text(s, "GOAL_REQUIRED", "The goal", 100));
      assertEquals("TEXT_CONTROL_CHARACTERS", e.code(), s);
      assertTrue(e.getMessage().startsWith("The goal"), e.getMessage());
    }
  }

  @Test
  void optionalTextAndLinesRefuseThemToo() {
    for (String s : REFUSED) {
      assertEquals(
          "TEXT_CONTROL_CHARACTERS",
          assertThrows(DomainException.class, () -> Values.optionalText(s, 100, "Notes")).code());
      assertEquals(
          "TEXT_CONTROL_CHARACTERS",
          assertThrows(
                  DomainException.class,
                  () -> Values.tidyLines(List.of("ok", s), 100, 10, "Topics"))
              .code());
    }
  }

  @Test
  void keepsTabsAndStoresEveryLineBreakAsLineFeed() {
    assertEquals(
        "one\ntwo\nthree\tfour", Values.optionalText("one\r\ntwo\rthree\tfour", 100, "Notes"));
    assertEquals("a\nb", Require.text("  a\r\nb  ", "X", "Text", 100));
    assertEquals(List.of("one two"), Values.tidyLines(List.of("one\r\ntwo"), 100, 10, "Topics"));
    assertEquals("Zoë 👩‍⚕️ \u202e", Values.optionalText("Zoë 👩‍⚕️ \u202e", 100, "Notes"));
  }

  @Test
  void tellsCleanTextFromControlCharacters() {
    assertTrue(Require.isCleanText("tab\tline\nreturn\r emoji 😀"));
    REFUSED.forEach(s -> assertFalse(Require.isCleanText(s), s));
  }

  @Test
  void platformTextLosesItsControlCharactersRatherThanTheLaunch() {
    assertEquals("Dr Ann Lee", Require.withoutControlCharacters("Dr \u0000Ann\u001b Lee"));
    assertEquals("😀 ok", Require.withoutControlCharacters("😀 \ud800ok"));
    assertNull(Require.withoutControlCharacters(null));
  }
}
