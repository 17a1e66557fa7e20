package org.mentorlink.tool.infrastructure.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A master key: 32 random bytes (AES-256), written as base64, that wraps the data keys and the
 * tool's signing keys. It lives only in configuration ({@code MENTORLINK_MASTER_KEY}) or in a key
 * file, never in the database. Its id (16 hex characters of a SHA-256 of the key) is stored beside
 * what it wraps, so a wrong key is named as such, and reveals nothing of the key.
 */
public final class MasterKey {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final String id;
  private final SecretKey key;

  private MasterKey(byte[] bytes) {
    this.key = new SecretKeySpec(bytes, "AES");
    this.id = idOf(bytes);
  }

  /** A new random master key. */
  public static MasterKey generate() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return new MasterKey(b);
  }

  /**
   * The key written as base64 (standard or URL-safe, padding optional); refused unless it is
   * exactly 32 bytes. {@code where} names the setting in the message.
   */
  public static MasterKey parse(String base64, String where) {
    String s = base64 == null ? "" : base64.strip();
    byte[] b;
    try {
      b = Base64.getDecoder().decode(s.replace('-', '+').replace('_', '/'));
    } catch (IllegalArgumentException e) {
      throw new MasterKeyProblem(where + " is not base64. " + MasterKeyProblem.HOW_TO_MAKE);
    }
    if (b.length != 32) {
      throw new MasterKeyProblem(
          where
              + " must be 32 bytes (256 bits) written as base64, not "
              + b.length
              + " bytes. "
              + MasterKeyProblem.HOW_TO_MAKE);
    }
    return new MasterKey(b);
  }

  public String id() {
    return id;
  }

  /** The key ref of envelopes sealed with this key directly. */
  public String ref() {
    return "m-" + id;
  }

  SecretKey secretKey() {
    return key;
  }

  /**
   * A 32-byte key for {@code purpose}, derived from this one (HMAC-SHA-256 of the purpose): a
   * separate key per use, none of which reveals the master key.
   */
  byte[] derive(String purpose) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | java.security.InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key as base64, to write a key file. */
  String toBase64() {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  private static String idOf(byte[] key) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update("mentorlink master key id\0".getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(key)).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Never the key itself. */
  @Override
  public String toString() {
    return "MasterKey[" + id + "]";
  }
}
