package org.mentorlink.tool.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mentorlink.domain.verification.CodeMint;
import org.mentorlink.domain.verification.IssuedDocument;
import org.mentorlink.domain.verification.VerificationCode;

/**
 * The domain's {@link CodeMint}: HMAC-SHA-256 of what the document shows, cut to 160 bits, under a
 * key derived from the current master key (never stored), so a copy of the database cannot compute
 * a document's code. After a master key rotation the same document gets a new code on its next
 * download; codes already printed still verify, as the check looks up the code's hash.
 */
@ApplicationScoped
public class VerificationCodes implements CodeMint {
  private static final String PURPOSE = "mentorlink verification codes v1";

  @Inject KeyRing keyRing;

  @Override
  public VerificationCode codeFor(IssuedDocument document) {
    return derive(keyRing.keys().current().derive(PURPOSE), document.facts());
  }

  /** The first 160 bits of HMAC-SHA-256({@code key}, {@code facts}) as a code. */
  static VerificationCode derive(byte[] key, String facts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal(facts.getBytes(StandardCharsets.UTF_8));
      return VerificationCode.fromBytes(Arrays.copyOf(digest, 20));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
