package org.mentorlink.domain.shared;

import java.util.Objects;

/**
 * A business rule was broken. Carries a stable, machine-readable code (such as {@code
 * CPD_HOURS_NOT_HALF_STEP}) that the API maps to a problem response; the message is safe to show to
 * the person who caused it and never contains confidential content. Where one code covers several
 * attributes (such as {@code TEXT_TOO_LONG} for any text), {@link #field()} names the one at fault,
 * so that a form can put the message against its field without reading the message.
 */
public class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String field;

  public DomainException(String code, String message) {
    this(code, null, message);
  }

  /**
   * A broken rule about one attribute: {@code field} is its name in the value that holds it (a
   * record component or entity property, like {@code groundRules}).
   */
  public DomainException(String code, String field, String message) {
    super(message, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.field = field;
  }

  /** The stable error code, in upper snake case. */
  public String code() {
    return code;
  }

  /**
   * The attribute the broken rule is about, as named in the value that holds it ({@code
   * groundRules}, {@code notes}, …); null when the rule is about the whole.
   */
  public String field() {
    return field;
  }
}
