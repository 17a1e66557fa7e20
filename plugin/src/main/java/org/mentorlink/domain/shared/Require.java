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
    String trimmed = value.strip();
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
}
