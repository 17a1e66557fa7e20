package org.mentorlink.domain.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {
  private final SecureRandom random = new SecureRandom();

  @Test
  void aCodeHoldsAtLeast128RandomBitsInBase32() {
    VerificationCode code = VerificationCode.generate(random);
    assertTrue(VerificationCode.LENGTH * 5 >= 128, "bits");
    assertEquals(32, code.value().length());
    assertTrue(code.value().matches("[A-Z2-7]{32}"), code.value());
  }

  @Test
  void base32FollowsRfc4648() {
    // RFC 4648 section 10 test vectors (without padding).
    assertEquals("MZXW6YTBOI", VerificationCode.base32("foobar".getBytes()));
    assertEquals("MY", VerificationCode.base32("f".getBytes()));
    assertEquals("", VerificationCode.base32(new byte[0]));
  }

  @Test
  void peopleSeeItInGroupsOfFour() {
    VerificationCode code = new VerificationCode("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    assertEquals("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567", code.grouped());
  }

  @Test
  void parsingForgivesCaseSpacesHyphensAndZeroOrOne() {
    VerificationCode code = VerificationCode.generate(random);
    assertEquals(code, VerificationCode.parse(code.grouped()).orElseThrow());
    assertEquals(code, VerificationCode.parse(code.grouped().toLowerCase()).orElseThrow());
    assertEquals(code, VerificationCode.parse(code.grouped().replace('-', ' ')).orElseThrow());
    assertEquals(
        new VerificationCode("OIOIOIOIOIOIOIOIOIOIOIOIOIOIOIOI"),
        VerificationCode.parse("0101-0101-0101-0101-0101-0101-0101-0101").orElseThrow());
  }

  @Test
  void malformedCodesAreNotCodes() {
    assertTrue(VerificationCode.parse(null).isEmpty());
    assertTrue(VerificationCode.parse("").isEmpty());
    assertTrue(VerificationCode.parse("ABCD-EFGH").isEmpty(), "too short");
    assertTrue(
        VerificationCode.parse("ABCDEFGHIJKLMNOPQRSTUVWXYZ2345678").isEmpty(), "8 is not base32");
    assertTrue(
        VerificationCode.parse("ABCDEFGHIJKLMNOPQRSTUVWXYZ23456").isEmpty(), "31 characters");
    assertTrue(VerificationCode.parse("<script>alert(1)</script>").isEmpty());
    assertTrue(VerificationCode.parse("A".repeat(10_000)).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new VerificationCode("abc"));
  }

  @Test
  void onlyTheSha256IsStoredAndItDiffersPerCode() {
    Set<String> hashes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      VerificationCode code = VerificationCode.generate(random);
      String hash = code.sha256();
      assertTrue(hash.matches("[0-9a-f]{64}"), hash);
      assertFalse(hash.contains(code.value()));
      hashes.add(hash);
    }
    assertEquals(1000, hashes.size());
    VerificationCode code = VerificationCode.generate(random);
    assertEquals(code.sha256(), VerificationCode.parse(code.grouped()).orElseThrow().sha256());
    assertNotEquals(code.sha256(), VerificationCode.generate(random).sha256());
  }

  @Test
  void theCodeIsNotPrintedByToString() {
    VerificationCode code = VerificationCode.generate(random);
    assertFalse(code.toString().contains(code.value()));
  }
}
