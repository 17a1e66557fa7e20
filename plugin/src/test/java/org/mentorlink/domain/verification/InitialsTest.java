package org.mentorlink.domain.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InitialsTest {
  @Test
  void firstAndLastNameOnly() {
    assertEquals("A. L.", Initials.of("Ada Lovelace"));
    assertEquals("A. L.", Initials.of("Ada King Lovelace"));
    assertEquals("A. L.", Initials.of("  ada   lovelace "));
  }

  @Test
  void titlesAreNotInitials() {
    assertEquals("A. L.", Initials.of("Dr Ada Lovelace"));
    assertEquals("A. L.", Initials.of("Prof. Dr. Ada Lovelace"));
    assertEquals("D.", Initials.of("Dr"));
  }

  @Test
  void lettersBeyondLatinAndSingleNames() {
    assertEquals("Ł. Ż.", Initials.of("łucja żak"));
    assertEquals("Z.", Initials.of("Zoë"));
  }

  @Test
  void noNameGivesADash() {
    assertEquals(Initials.NONE, Initials.of(null));
    assertEquals(Initials.NONE, Initials.of("   "));
    assertEquals(Initials.NONE, Initials.of("123 !!"));
  }
}
