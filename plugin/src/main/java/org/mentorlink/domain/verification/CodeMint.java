package org.mentorlink.domain.verification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes a document's verification code from what the document shows ({@link
 * IssuedDocument#facts()}): HMAC-SHA-256 under a key held outside the database, cut to 160 bits.
 * The same document for the same holder — same kind, records, period, total and initials — gets the
 * same code on every download, so a page can show the code beside the link before anything is
 * issued; anything the check would show differently (another total, another entry, a new contract
 * version, another holder) gets another code. Without the key nobody can compute a code, and the
 * database still holds only each code's SHA-256.
 */
@FunctionalInterface
public interface CodeMint {
  /** The code of {@code document}. */
  VerificationCode codeFor(IssuedDocument document);

  /** A mint with {@code key} (at least 32 bytes). */
  static CodeMint withKey(byte[] key) {
    if (key == null || key.length < 32) {
      throw new IllegalArgumentException("a verification key has at least 32 bytes");
    }
    byte[] copy = key.clone();
    return document -> derive(copy, document.facts());
  }

  /** The first 160 bits of HMAC-SHA-256({@code key}, {@code facts}) as a code. */
  static VerificationCode derive(byte[] key, String facts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal(facts.getBytes(StandardCharsets.UTF_8));
      return new VerificationCode(
          VerificationCode.base32(Arrays.copyOf(digest, VerificationCode.BYTES)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
