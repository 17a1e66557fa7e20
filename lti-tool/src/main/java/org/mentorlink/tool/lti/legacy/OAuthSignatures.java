package org.mentorlink.tool.lti.legacy;

import java.util.Map;
import org.imsglobal.lti.launch.LtiOauthVerifier;
import org.imsglobal.lti.launch.LtiVerificationException;
import org.imsglobal.lti.launch.LtiVerificationResult;

/**
 * The OAuth 1.0a signature of an LTI 1.1 launch (OAuth Core 1.0a §9, HMAC-SHA1 over the signature
 * base string of the method, the URL the platform posted to and every parameter but the signature),
 * checked by the IMS Global library's parameter-map verifier. The library is the only one of its
 * era here: nothing else in the tool sees it, and nothing of it sees a servlet request. What it
 * says about a refusal is never passed on or logged — its message repeats every parameter, the
 * signature included.
 */
public final class OAuthSignatures {
  /** What the library found. */
  public enum Verdict {
    VALID,
    INVALID,
    /** The library's own window (five minutes either way) refused the timestamp. */
    TIMESTAMP_REFUSED
  }

  /**
   * Verifies {@code parameters} (every posted parameter, one value each, {@code oauth_signature}
   * included) as signed for a POST to {@code url} (with its query string, if any) with {@code
   * secret}.
   */
  public Verdict verify(Map<String, String> parameters, String url, String secret) {
    LtiVerificationResult result;
    try {
      result = new LtiOauthVerifier().verifyParameters(parameters, url, "POST", secret);
    } catch (LtiVerificationException | RuntimeException e) {
      return Verdict.INVALID;
    }
    if (result != null && Boolean.TRUE.equals(result.getSuccess())) {
      return Verdict.VALID;
    }
    String why = result == null ? null : result.getMessage();
    return why != null && why.contains("timestamp_refused")
        ? Verdict.TIMESTAMP_REFUSED
        : Verdict.INVALID;
  }
}
