package org.mentorlink.tool.lti.legacy;

import java.util.Map;
import org.mentorlink.tool.lti.launch.LaunchError;
import org.mentorlink.tool.lti.launch.LaunchMessage;

/**
 * Step 8 of an LTI 1.1 launch, its parameters — LTI 1.1 Implementation Guide §B.1: {@code user_id}
 * (an anonymous launch gets no access), {@code resource_link_id}, {@code roles}, the context and
 * the person's name and email, as the {@link LaunchMessage} an LTI 1.3 launch would give. A link
 * placed with the {@code mentorlink_view} custom parameter sends it as {@code
 * custom_mentorlink_view} (§B.1.4); it is checked by the bridge like a 1.3 placement.
 */
final class Lti11Messages {
  private Lti11Messages() {}

  static LaunchMessage of(
      Map<String, String> form, Lti11Validation.Consumer consumer, Lti11Request request) {
    String userId = trimmed(form.get("user_id"), Integer.MAX_VALUE);
    if (userId == null) {
      throw LaunchError.SUBJECT_MISSING.refused();
    }
    if (userId.length() > Lti11Validation.MAX_USER_ID) {
      throw LaunchError.SUBJECT_MISSING.refused("The launch's user_id is too long.");
    }
    String linkId = trimmed(form.get("resource_link_id"), 255);
    if (linkId == null) {
      throw LaunchError.CLAIM_MISSING.refused("The launch names no resource link.");
    }
    String placementKey = "custom_" + LaunchMessage.ResourceLink.PLACEMENT_PARAMETER;
    LaunchMessage.ResourceLink link =
        new LaunchMessage.ResourceLink(
            linkId,
            trimmed(form.get("resource_link_title"), 500),
            trimmed(form.get(placementKey), 100));
    String contextId = trimmed(form.get("context_id"), 255);
    LaunchMessage.Context context =
        contextId == null
            ? null
            : new LaunchMessage.Context(
                contextId,
                trimmed(form.get("context_title"), 500),
                trimmed(form.get("context_label"), 255));
    return new LaunchMessage(
        consumer.registrationId(),
        consumer.issuer(),
        null,
        Lti11Validation.DEPLOYMENT_ID,
        false,
        userId,
        name(form),
        trimmed(form.get("lis_person_contact_email_primary"), 320),
        Lti11Roles.from(form.get("roles")),
        Lti11Validation.MESSAGE_TYPE,
        request.launchUrl(),
        context,
        link,
        null,
        null,
        request.boundToBrowser()
            ? org.mentorlink.tool.lti.launch.BrowserBinding.COOKIE
            : org.mentorlink.tool.lti.launch.BrowserBinding.NONE,
        LaunchMessage.Protocol.LTI_1_1,
        userId);
  }

  private static String name(Map<String, String> form) {
    String full = form.get("lis_person_name_full");
    if (full == null || full.isBlank()) {
      String given = form.get("lis_person_name_given");
      String family = form.get("lis_person_name_family");
      full = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }
    return trimmed(full, 200);
  }

  /** Stripped and cut to {@code max} characters; null for null or blank. */
  private static String trimmed(String s, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    return t.length() > max ? t.substring(0, max) : t;
  }
}
