package org.mentorlink.tool.infrastructure;

/**
 * Values from outside (a platform's claims and issuer, a request's path) as a log line may carry
 * them: one line, whatever they hold (OWASP "log injection"). A backslash, CR, LF and tab become
 * {@code \\}, {@code \r}, {@code \n}, {@code \t}; every other control character, the Unicode line
 * and paragraph separators and the bidirectional overrides become {@code \}{@code uXXXX}; the
 * result is cut (to {@link #MAX} characters unless told). A log line never carries a token, a key
 * or free text that people wrote: those are not passed here at all.
 */
public final class LogSafe {
  /** The longest value a log line shows. */
  public static final int MAX = 200;

  private LogSafe() {}

  /** {@code value} encoded for a log line; {@code -} for null. */
  public static String of(String value) {
    return of(value, MAX);
  }

  /** {@code value} encoded for a log line and cut to {@code max} characters; {@code -} for null. */
  public static String of(String value, int max) {
    if (value == null) {
      return "-";
    }
    StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 8);
    int i = 0;
    for (; i < value.length() && out.length() < max; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\r' -> out.append("\\r");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (escaped(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (i < value.length() || out.length() > max) {
      out.setLength(Math.min(out.length(), max));
      out.append("...");
    }
    return out.toString();
  }

  private static boolean escaped(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c';
  }
}
