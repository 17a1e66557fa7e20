package org.mentorlink.it.lti.sim;

import java.util.List;

/** LTI 1.3 / LTI Advantage names (claims, role URIs, scopes) as Moodle 4.5 sends them. */
public final class Lti {
  private Lti() {}

  public static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
  public static final String MESSAGE_TYPE = CLAIM + "message_type";
  public static final String VERSION = CLAIM + "version";
  public static final String DEPLOYMENT_ID = CLAIM + "deployment_id";
  public static final String TARGET_LINK_URI = CLAIM + "target_link_uri";
  public static final String RESOURCE_LINK = CLAIM + "resource_link";
  public static final String ROLES = CLAIM + "roles";
  public static final String CONTEXT = CLAIM + "context";
  public static final String TOOL_PLATFORM = CLAIM + "tool_platform";
  public static final String LIS = CLAIM + "lis";
  public static final String CUSTOM = CLAIM + "custom";
  public static final String LAUNCH_PRESENTATION = CLAIM + "launch_presentation";
  public static final String AGS_ENDPOINT =
      "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  public static final String NRPS =
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
  public static final String BASIC_OUTCOME =
      "https://purl.imsglobal.org/spec/lti-bo/claim/basicoutcome";

  public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
  public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
  public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";

  private static final String DL_CLAIM = "https://purl.imsglobal.org/spec/lti-dl/claim/";
  public static final String DL_SETTINGS = DL_CLAIM + "deep_linking_settings";
  public static final String DL_CONTENT_ITEMS = DL_CLAIM + "content_items";
  public static final String DL_DATA = DL_CLAIM + "data";

  public static final String TOOL_CONFIGURATION =
      "https://purl.imsglobal.org/spec/lti-tool-configuration";
  public static final String PLATFORM_CONFIGURATION =
      "https://purl.imsglobal.org/spec/lti-platform-configuration";

  private static final String LIS_V2 = "http://purl.imsglobal.org/vocab/lis/v2/";
  public static final String LEARNER = LIS_V2 + "membership#Learner";
  public static final String INSTRUCTOR = LIS_V2 + "membership#Instructor";
  public static final String TEACHING_ASSISTANT =
      LIS_V2 + "membership/Instructor#TeachingAssistant";
  public static final String MENTOR = LIS_V2 + "membership#Mentor";
  public static final String MEMBERSHIP_ADMINISTRATOR = LIS_V2 + "membership#Administrator";
  public static final String INSTITUTION_ADMINISTRATOR =
      LIS_V2 + "institution/person#Administrator";
  public static final String SYSTEM_ADMINISTRATOR = LIS_V2 + "system/person#Administrator";

  /** A role URI no tool knows. */
  public static final String UNKNOWN_ROLE = LIS_V2 + "membership#ContentDeveloper";

  public static final String SCOPE_LINEITEM =
      "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
  public static final String SCOPE_LINEITEM_READONLY =
      "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
  public static final String SCOPE_RESULT_READONLY =
      "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
  public static final String SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  public static final String SCOPE_NRPS =
      "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
  public static final String SCOPE_BASIC_OUTCOME =
      "https://purl.imsglobal.org/spec/lti-bo/scope/basicoutcome";
  public static final String SCOPE_TOOL_SETTINGS =
      "https://purl.imsglobal.org/spec/lti-ts/scope/toolsetting";

  /** The scopes Moodle 4.5 offers in its OpenID configuration. */
  public static final List<String> MOODLE_SCOPES =
      List.of(
          SCOPE_LINEITEM_READONLY,
          SCOPE_RESULT_READONLY,
          SCOPE_SCORE,
          SCOPE_LINEITEM,
          SCOPE_NRPS,
          SCOPE_BASIC_OUTCOME,
          SCOPE_TOOL_SETTINGS,
          "openid");
}
