package org.mentorlink.tool.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mentorlink.domain.verification.CodeMint;
import org.mentorlink.domain.verification.IssuedDocument;
import org.mentorlink.domain.verification.VerificationCode;

/**
 * The domain's {@link CodeMint}, keyed by a key derived from the current master key (never stored):
 * a copy of the database cannot compute a document's code. After a master key rotation the same
 * document gets a new code on its next download; codes already printed still verify, as the check
 * looks up the code's hash.
 */
@ApplicationScoped
public class VerificationCodes implements CodeMint {
  private static final String PURPOSE = "mentorlink verification codes v1";

  @Inject KeyRing keyRing;

  @Override
  public VerificationCode codeFor(IssuedDocument document) {
    return CodeMint.withKey(keyRing.keys().current().derive(PURPOSE)).codeFor(document);
  }
}
