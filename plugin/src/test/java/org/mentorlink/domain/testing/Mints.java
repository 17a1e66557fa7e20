package org.mentorlink.domain.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.mentorlink.domain.verification.CodeMint;
import org.mentorlink.domain.verification.VerificationCode;

/** Code mints for tests: the same facts give the same code, as the tool's keyed mint does. */
public final class Mints {
  private Mints() {}

  /** A mint "keyed" by {@code key}: SHA-256 of the key and the facts, cut to a code. */
  public static CodeMint keyed(String key) {
    return d -> {
      try {
        byte[] h =
            MessageDigest.getInstance("SHA-256")
                .digest((key + "\\n" + d.facts()).getBytes(StandardCharsets.UTF_8));
        return VerificationCode.fromBytes(Arrays.copyOf(h, 20));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
