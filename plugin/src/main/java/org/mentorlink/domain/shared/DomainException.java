package org.mentorlink.domain.shared;

import java.util.Objects;

/**
 * A business rule was broken. Carries a stable, machine-readable code (such as {@code
 * CPD_HOURS_NOT_HALF_STEP}) that the API maps to a problem response; the message is safe to show to
 * the person who caused it and never contains confidential content.
 */
public class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  public DomainException(String code, String message) {
    super(message, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The stable error code, in upper snake case. */
  public String code() {
    return code;
  }
}
