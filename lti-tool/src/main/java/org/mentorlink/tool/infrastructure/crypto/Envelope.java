package org.mentorlink.tool.infrastructure.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The stored form of a sealed value: {@code ml1:<key ref>:<base64url(nonce ‖ ciphertext ‖ tag)>},
 * AES-256-GCM with a fresh 96-bit nonce per value and a 128-bit tag. The version, the key ref and
 * an optional context (e.g. the id of the data key a master key wraps) are authenticated as
 * associated data, so a value cannot be moved to another key ref or context unnoticed. Opening with
 * the wrong key, or a changed value, fails with {@link SealBroken} — never returns garbage.
 */
public final class Envelope {
  static final String PREFIX = "ml1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private Envelope() {}

  /** Seals {@code plain} under {@code key}, named {@code keyRef} in the envelope. */
  public static String seal(SecretKey key, String keyRef, String context, byte[] plain) {
    checkRef(keyRef);
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad(keyRef, context));
      byte[] sealed = c.doFinal(plain);
      ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length);
      out.put(nonce).put(sealed);
      return PREFIX + keyRef + ":" + B64.encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available: " + e.getClass().getSimpleName());
    }
  }

  /** Seals UTF-8 text. */
  public static String sealText(SecretKey key, String keyRef, String context, String text) {
    return seal(key, keyRef, context, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The key ref an envelope names; {@link SealBroken} if {@code stored} is not an envelope. */
  public static String keyRef(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      throw new SealBroken("a stored value that should be encrypted is not (no envelope)");
    }
    int colon = stored.indexOf(':', PREFIX.length());
    if (colon < 0) {
      throw new SealBroken("a stored encrypted value is malformed");
    }
    return stored.substring(PREFIX.length(), colon);
  }

  /** True if {@code stored} has the form of an envelope (says nothing of its key). */
  public static boolean isEnvelope(String stored) {
    return stored != null
        && stored.startsWith(PREFIX)
        && stored.indexOf(':', PREFIX.length()) > PREFIX.length();
  }

  /** Opens an envelope sealed under {@code key} with the same {@code context}. */
  public static byte[] open(SecretKey key, String context, String stored) {
    String ref = keyRef(stored);
    byte[] raw;
    try {
      raw = B64D.decode(stored.substring(PREFIX.length() + ref.length() + 1));
    } catch (IllegalArgumentException e) {
      throw new SealBroken("a stored encrypted value is malformed");
    }
    if (raw.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SealBroken("a stored encrypted value is truncated");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
      c.updateAAD(aad(ref, context));
      return c.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
    } catch (javax.crypto.AEADBadTagException e) {
      throw new SealBroken(
          "a stored encrypted value does not open with key " + ref + ": wrong key or changed data");
    } catch (GeneralSecurityException e) {
      throw new SealBroken("a stored encrypted value could not be opened with key " + ref);
    }
  }

  /** Opens UTF-8 text. */
  public static String openText(SecretKey key, String context, String stored) {
    return new String(open(key, context, stored), StandardCharsets.UTF_8);
  }

  private static byte[] aad(String keyRef, String context) {
    return (PREFIX + keyRef + "|" + (context == null ? "" : context))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void checkRef(String keyRef) {
    if (keyRef == null || keyRef.isEmpty() || !keyRef.matches("[A-Za-z0-9_-]{1,40}")) {
      throw new IllegalArgumentException("key ref must be 1-40 of [A-Za-z0-9_-]");
    }
  }

  /**
   * A stored value that should be sealed could not be opened: the configured master key is not the
   * one that sealed it, or the data was changed. Its message names key ids only, never content.
   */
  public static final class SealBroken extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public SealBroken(String message) {
      super(message);
    }
  }
}
