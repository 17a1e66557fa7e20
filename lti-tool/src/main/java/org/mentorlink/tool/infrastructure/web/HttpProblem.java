package org.mentorlink.tool.infrastructure.web;

import java.util.List;

/**
 * A request was refused with an HTTP status and a stable, machine-readable {@code code} (for
 * example {@code CSRF_TOKEN_INVALID}); the message is safe to show and never holds a token or
 * confidential text. Session, CSRF, operator, protocol and request-body errors all use it (the LTI
 * layer's {@code LtiException} is one); a refused body names its fields in {@link #errors()}.
 * {@link HttpProblemMapper} turns it into problem+json or a plain page.
 */
public class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient List<ErrorPages.FieldError> errors;

  public HttpProblem(int status, String code, String message) {
    this(status, code, message, List.of());
  }

  public HttpProblem(int status, String code, String message, List<ErrorPages.FieldError> errors) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The fields of a refused body and what is wrong with each (empty for other refusals). */
  public List<ErrorPages.FieldError> errors() {
    return errors == null ? List.of() : errors;
  }

  /** As the problem the error pages render. */
  public ErrorPages.Problem problem() {
    return new ErrorPages.Problem(status, code, getMessage(), errors());
  }
}
