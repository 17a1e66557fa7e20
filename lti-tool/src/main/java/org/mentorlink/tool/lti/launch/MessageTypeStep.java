package org.mentorlink.tool.lti.launch;

/**
 * Step 9, message type — Core §5.3.1: a resource-link launch ({@code LtiResourceLinkRequest}), or a
 * deep-linking request (Deep Linking 2.0 §4.4, {@code LtiDeepLinkingRequest}); nothing else.
 */
final class MessageTypeStep implements LaunchStep {
  @Override
  public String name() {
    return "message type";
  }

  @Override
  public void check(LaunchFacts launch) {
    String type = ClaimValues.string(launch.claims(), LtiClaims.MESSAGE_TYPE);
    if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(type)
        && !LtiClaims.DEEP_LINKING_REQUEST.equals(type)) {
      throw LaunchError.MESSAGE_TYPE_UNSUPPORTED.refused();
    }
    launch.messageTypeFound(type);
  }
}
