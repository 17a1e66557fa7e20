package org.mentorlink.domain.shared;

/** Small argument checks used by constructors to keep invariants in one line. */
public final class Require {
  private Require() {}

  /** Fails with {@code code} unless {@code value} holds visible text; returns it trimmed. */
  public static String text(String value, String code, String what, int maxLength) {
    return text(value, code, null, what, maxLength);
  }

  /**
   * As {@link #text(String, String, String, int)}, the failure naming {@code field} (see {@link
   * DomainException#field()}).
   */
  public static String text(String value, String code, String field, String what, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new DomainException(code, field, what + " is required.");
    }
    String trimmed = cleanText(value, field, what).strip();
    if (trimmed.length() > maxLength) {
      throw new DomainException(
          code, field, what + " must be at most " + maxLength + " characters.");
    }
    return trimmed;
  }

  /** Fails with {@code code} if {@code value} is null. */
  public static <T> T present(T value, String code, String what) {
    if (value == null) {
      throw new DomainException(code, what + " is required.");
    }
    return value;
  }

  // Control characters: refused in text people type (tab and line breaks excepted; a
  // textarea's CRLF is stored as LF), so that nothing invisible is stored, shown or exported and
  // PostgreSQL, which refuses NUL, never sees one. Require.text, Values.optionalText and
  // Values.tidyLines apply this to every text the domain keeps.

  /** The code of text refused for its control characters. */
  public static final String CONTROL_CHARACTERS = "TEXT_CONTROL_CHARACTERS";

  /**
   * Whether {@code value} is text a person typed: tab, line feed and carriage return are; other
   * control characters (C0 such as NUL, BEL and ESC; DEL; C1) and unpaired surrogates are not.
   */
  public static boolean isCleanText(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isControl(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code value} without the characters {@link #isCleanText} refuses, for text a platform sends (a
   * name in a launch) that is better kept than refused.
   */
  public static String withoutControlCharacters(String value) {
    if (value == null || isCleanText(value)) {
      return value;
    }
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        b.append(c).append(value.charAt(++i));
      } else if (!isControl(c) && !Character.isSurrogate(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7f && c <= 0x9f;
  }

  /**
   * {@code value} with its line breaks as {@code \n} (browsers send a textarea's as CRLF), or a
   * {@code TEXT_CONTROL_CHARACTERS} refusal naming {@code what} if it holds other control
   * characters ({@link #isCleanText}). Null stays null.
   */
  public static String cleanText(String value, String what) {
    return cleanText(value, null, what);
  }

  /** As {@link #cleanText(String, String)}, the failure naming {@code field}. */
  public static String cleanText(String value, String field, String what) {
    if (value == null) {
      return null;
    }
    if (!isCleanText(value)) {
      throw new DomainException(
          CONTROL_CHARACTERS,
          field,
          what + " contains control characters: only tabs and line breaks are allowed.");
    }
    return value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
  }
}
