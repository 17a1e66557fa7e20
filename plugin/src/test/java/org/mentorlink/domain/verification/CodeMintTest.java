package org.mentorlink.domain.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeMintTest {
  private static byte[] key(int b) {
    byte[] k = new byte[32];
    java.util.Arrays.fill(k, (byte) b);
    return k;
  }

  @Test
  void theSameFactsUnderTheSameKeyGiveTheSameWellFormedCode() {
    VerificationCode a = CodeMint.derive(key(1), "facts");
    assertEquals(a, CodeMint.derive(key(1), "facts"));
    assertEquals(VerificationCode.LENGTH, a.value().length());
    assertTrue(VerificationCode.parse(a.grouped()).isPresent());
  }

  @Test
  void otherFactsOrAnotherKeyGiveAnotherCode() {
    VerificationCode a = CodeMint.derive(key(1), "facts");
    assertNotEquals(a, CodeMint.derive(key(1), "facts, changed"));
    assertNotEquals(a, CodeMint.derive(key(2), "facts"));
  }

  @Test
  void refusesAShortKey() {
    assertThrows(IllegalArgumentException.class, () -> CodeMint.withKey(new byte[16]));
  }
}
