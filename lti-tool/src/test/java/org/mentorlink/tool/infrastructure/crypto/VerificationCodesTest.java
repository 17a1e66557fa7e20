package org.mentorlink.tool.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mentorlink.domain.verification.VerificationCode;

class VerificationCodesTest {
  private static final MasterKey ONE = MasterKey.generate();
  private static final MasterKey TWO = MasterKey.generate();

  private static VerificationCode code(MasterKey key, String facts) {
    return VerificationCodes.derive(key.derive("mentorlink verification codes v1"), facts);
  }

  @Test
  void theSameFactsUnderTheSameMasterKeyGiveTheSameWellFormedCode() {
    VerificationCode a = code(ONE, "facts");
    assertEquals(a, code(ONE, "facts"));
    assertEquals(VerificationCode.LENGTH, a.value().length());
    assertTrue(VerificationCode.parse(a.grouped()).isPresent());
  }

  @Test
  void otherFactsOrAnotherMasterKeyGiveAnotherCode() {
    VerificationCode a = code(ONE, "facts");
    assertNotEquals(a, code(ONE, "facts, changed"));
    assertNotEquals(a, code(TWO, "facts"));
  }

  @Test
  void aDerivedKeyIsNotTheMasterKeyAndDiffersByPurpose() {
    byte[] codes = ONE.derive("mentorlink verification codes v1");
    assertEquals(32, codes.length);
    assertNotEquals(
        java.util.HexFormat.of().formatHex(codes),
        java.util.HexFormat.of().formatHex(ONE.derive("another purpose")));
    assertNotEquals(
        java.util.HexFormat.of().formatHex(codes),
        java.util.HexFormat.of().formatHex(ONE.secretKey().getEncoded()));
  }
}
