package org.mentorlink.domain.verification;

/**
 * Makes a document's verification code from what the document shows ({@link
 * IssuedDocument#facts()}), under a key held outside the database (the tool's implementation is an
 * HMAC-SHA-256 cut to 160 bits, {@link VerificationCode#fromBytes}). The same document for the same
 * holder — same kind, records, period, total and initials — gets the same code on every download,
 * so a page can show the code beside the link before anything is issued; anything the check would
 * show differently (another total, another entry, a new contract version, another holder) gets
 * another code. Without the key nobody can compute a code, and the database still holds only each
 * code's SHA-256.
 */
@FunctionalInterface
public interface CodeMint {
  /** The code of {@code document}. */
  VerificationCode codeFor(IssuedDocument document);
}
