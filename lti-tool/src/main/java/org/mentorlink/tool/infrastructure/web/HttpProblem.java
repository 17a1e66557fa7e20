package org.mentorlink.tool.infrastructure.web;

/**
 * A request was refused with an HTTP status and a stable, machine-readable {@code code} (for
 * example {@code CSRF_TOKEN_INVALID}); the message is safe to show and never holds a token or
 * confidential text. Session, CSRF, operator and protocol errors all use it (the LTI layer's {@code
 * LtiException} is one); {@link HttpProblemMapper} turns it into problem+json or a plain page.
 */
public class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public HttpProblem(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
