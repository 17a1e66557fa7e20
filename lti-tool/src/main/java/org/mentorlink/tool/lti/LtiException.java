package org.mentorlink.tool.lti;

import org.mentorlink.tool.infrastructure.web.HttpProblem;

/**
 * An LTI message or request was refused. {@code code} is stable (for example {@code
 * NONCE_ALREADY_USED}) and is shown on the error page; {@code message} is safe to show and never
 * contains a token.
 */
public class LtiException extends HttpProblem {
  private static final long serialVersionUID = 1L;

  public LtiException(int status, String code, String message) {
    super(status, code, message);
  }

  /** 401: the message could not be trusted. */
  public static LtiException unauthorized(String code, String message) {
    return new LtiException(401, code, message);
  }

  /** 400: the message was understood but is not acceptable. */
  public static LtiException badRequest(String code, String message) {
    return new LtiException(400, code, message);
  }
}
