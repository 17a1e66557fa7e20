package org.mentorlink.tool.lti.launch;

import org.mentorlink.tool.lti.LtiException;

/** A refused launch, typed by its {@link LaunchError}; mapped to a page like every LTI refusal. */
public class LaunchException extends LtiException {
  private static final long serialVersionUID = 1L;

  private final LaunchError error;

  LaunchException(LaunchError error, String message) {
    super(error.status(), error.name(), message);
    this.error = error;
  }

  public LaunchError error() {
    return error;
  }
}
