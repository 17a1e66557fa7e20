package org.mentorlink.tool.lti.launch;

/** Claim names of LTI 1.3 Core (§5) and its services. */
public final class LtiClaims {
  private LtiClaims() {}

  public static final String PREFIX = "https://purl.imsglobal.org/spec/lti/claim/";
  public static final String MESSAGE_TYPE = PREFIX + "message_type";
  public static final String VERSION = PREFIX + "version";
  public static final String DEPLOYMENT_ID = PREFIX + "deployment_id";
  public static final String TARGET_LINK_URI = PREFIX + "target_link_uri";
  public static final String RESOURCE_LINK = PREFIX + "resource_link";
  public static final String ROLES = PREFIX + "roles";
  public static final String CONTEXT = PREFIX + "context";
  public static final String AGS_ENDPOINT =
      "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  public static final String NRPS =
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

  public static final String CUSTOM = PREFIX + "custom";
  public static final String DEEP_LINKING_SETTINGS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
  public static final String DL_CONTENT_ITEMS =
      "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
  public static final String DL_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";

  public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
  public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
  public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
  public static final String VERSION_1_3_0 = "1.3.0";
}
