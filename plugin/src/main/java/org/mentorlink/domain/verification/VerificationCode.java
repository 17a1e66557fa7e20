package org.mentorlink.domain.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The code printed on an issued document: 160 random bits from a {@link SecureRandom}, written in
 * RFC 4648 base32 (A–Z, 2–7: no 0/1/8/9 to confuse with O/I/B) as 32 characters, and shown to
 * people in eight groups of four ({@code ABCD-EFGH-…}). The server stores only its SHA-256 ({@link
 * #sha256()}), so a copy of the database cannot mint or reveal codes.
 */
public record VerificationCode(String value) {
  /** Random bytes per code: 160 bits. */
  static final int BYTES = 20;

  /** Characters per code (5 bits each). */
  public static final int LENGTH = BYTES * 8 / 5;

  private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final int GROUP = 4;

  public VerificationCode {
    Objects.requireNonNull(value, "value");
    if (!wellFormed(value)) {
      throw new IllegalArgumentException("not a canonical verification code");
    }
  }

  /** A new code from {@code random}. */
  public static VerificationCode generate(SecureRandom random) {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return new VerificationCode(base32(bytes));
  }

  /** The code written by these 160 bits (20 bytes), say the first bytes of a keyed hash. */
  public static VerificationCode fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length != BYTES) {
      throw new IllegalArgumentException("a verification code is made of " + BYTES + " bytes");
    }
    return new VerificationCode(base32(bytes));
  }

  /**
   * The code someone typed or followed a link with: case, spaces and hyphens do not matter, and a
   * zero or one is read as the letter O or I. Empty if it cannot be a code at all.
   */
  public static Optional<VerificationCode> parse(String input) {
    if (input == null || input.length() > 2 * LENGTH) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(LENGTH);
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == '-' || c == ' ') {
        continue;
      }
      c = Character.toUpperCase(c);
      if (c == '0') {
        c = 'O';
      } else if (c == '1') {
        c = 'I';
      }
      b.append(c);
    }
    String s = b.toString();
    return wellFormed(s) ? Optional.of(new VerificationCode(s)) : Optional.empty();
  }

  /** For people: {@code ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567}. */
  public String grouped() {
    StringBuilder b = new StringBuilder(LENGTH + LENGTH / GROUP);
    for (int i = 0; i < value.length(); i += GROUP) {
      if (i > 0) {
        b.append('-');
      }
      b.append(value, i, Math.min(value.length(), i + GROUP));
    }
    return b.toString();
  }

  /** The SHA-256 of the canonical code, in lower-case hex: what the server stores. */
  public String sha256() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Never the code itself: it is a bearer secret until printed. */
  @Override
  public String toString() {
    return "VerificationCode[…]";
  }

  private static boolean wellFormed(String s) {
    if (s.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '2' && c <= '7')) {
        return false;
      }
    }
    return true;
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte value : bytes) {
      buffer = (buffer << 8) | (value & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
    }
    return out.toString();
  }
}
