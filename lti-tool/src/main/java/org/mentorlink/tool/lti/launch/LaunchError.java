package org.mentorlink.tool.lti.launch;

/**
 * Why a launch was refused: a stable code (the constant's name, shown on the error page and in
 * problem JSON, in the style of ltijs's {@code NONCE_ALREADY_RECEIVED}), its HTTP status and a
 * message safe to show — never a token, state, nonce or claim value. 401 means the message could
 * not be trusted, 400 that it was trusted but is not acceptable, 403 that the platform is switched
 * off, and 503 that the launch may work in a moment.
 */
public enum LaunchError {
  STATE_MISSING(400, "The launch carried no login state."),
  STATE_UNKNOWN(
      401, "This launch has expired or was already used. Please launch again from your course."),
  STATE_NOT_BOUND(401, "This launch was started in another browser."),
  TOKEN_MISSING(400, "The launch carried no id_token."),
  TOKEN_MALFORMED(401, "The launch's id_token is not a signed JWT."),
  ALG_NOT_ALLOWED(401, "The launch was not signed with an allowed asymmetric algorithm."),
  UNKNOWN_REGISTRATION(401, "Unknown platform."),
  REGISTRATION_DISABLED(403, "This platform's registration is disabled."),
  AUDIENCE_MISMATCH(401, "The launch was not meant for this tool."),
  KID_MISSING(401, "The launch did not name its signing key."),
  KID_UNKNOWN(401, "The platform does not publish the key that signed this."),
  PLATFORM_KEYS_UNAVAILABLE(
      503, "The platform's keys cannot be fetched just now. Please try again shortly."),
  ALG_KEY_MISMATCH(401, "The token's algorithm does not match the platform key."),
  SIGNATURE_INVALID(401, "The launch's signature is invalid."),
  TOKEN_EXPIRED(401, "The launch has expired. Please launch again."),
  TOKEN_ISSUED_IN_FUTURE(401, "The launch is dated in the future."),
  TOKEN_TOO_OLD(401, "The launch is too old. Please launch again."),
  NONCE_MISMATCH(401, "The launch does not match its login."),
  NONCE_ALREADY_USED(401, "This launch was already used."),
  DEPLOYMENT_UNKNOWN(401, "This deployment of the tool is not registered."),
  VERSION_UNSUPPORTED(400, "Only LTI 1.3.0 launches are supported."),
  MESSAGE_TYPE_UNSUPPORTED(400, "This kind of LTI message is not supported."),
  SUBJECT_MISSING(401, "Mentorlink needs to know who you are; anonymous launches are refused."),
  CLAIM_MISSING(400, "The launch lacks a required claim."),
  TARGET_OFF_SITE(400, "The launch points to another site."),
  PLACEMENT_UNKNOWN(
      400,
      "This link asks for a page Mentorlink does not have. Ask the course's teacher to place"
          + " Mentorlink again with Select content."),
  LTI11_PARAMETER_MISSING(400, "The LTI 1.1 launch lacks a required OAuth or LTI parameter."),
  LTI11_PARAMETER_REPEATED(400, "The LTI 1.1 launch sends a parameter more than once."),
  LTI11_OAUTH_VERSION_UNSUPPORTED(400, "Only OAuth 1.0 signed LTI 1.1 launches are accepted."),
  LTI11_SIGNATURE_METHOD_UNSUPPORTED(400, "Only HMAC-SHA1 signed LTI 1.1 launches are accepted."),
  LTI11_UNKNOWN_CONSUMER(401, "Unknown consumer key."),
  LTI11_TIMESTAMP_REFUSED(
      401, "The launch is dated too far from the current time. Please launch again."),
  LTI11_SIGNATURE_INVALID(401, "The launch's OAuth signature is invalid."),
  LTI11_NONCE_ALREADY_USED(401, "This launch was already used."),
  LTI11_VERSION_UNSUPPORTED(400, "Only LTI 1.0 and 1.1 launches (LTI-1p0) are accepted here."),
  LTI11_MESSAGE_UNSUPPORTED(400, "This kind of LTI 1.1 message is not supported."),
  HANDOFF_INVALID(
      401,
      "This link has expired or was already used. Please launch Mentorlink again from your"
          + " course.");

  private final int status;
  private final String message;

  LaunchError(int status, String message) {
    this.status = status;
    this.message = message;
  }

  /** The HTTP status the refusal answers with. */
  public int status() {
    return status;
  }

  /** The default message, safe to show. */
  public String message() {
    return message;
  }

  /** The refusal, with the default message. */
  public LaunchException refused() {
    return new LaunchException(this, message);
  }

  /** The refusal, with a more precise message (safe to show: no claim value). */
  public LaunchException refused(String detail) {
    return new LaunchException(this, detail);
  }
}
