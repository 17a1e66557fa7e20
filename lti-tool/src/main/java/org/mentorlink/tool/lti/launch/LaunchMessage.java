package org.mentorlink.tool.lti.launch;

import java.util.List;

/**
 * A validated LTI launch (resource link or deep linking): what the rest of the tool may rely on.
 * Nothing here is a token; claims the tool does not use are not kept. Nothing of it has been
 * written yet: the {@link LaunchHandler} records it.
 *
 * @param registrationId the registration (tenant) the launch came through
 * @param newDeployment true if {@code deploymentId} is not recorded yet and the registration
 *     accepts new deployments: the handler records it with the rest of the launch
 * @param roles the {@code roles} claim exactly as sent (may be empty)
 * @param name the person's name, or null if the platform sent none
 * @param email the email, or null
 * @param binding how the launch was bound to the browser: by the state cookie, by the secret read
 *     back from the platform's storage, or not at all (the browser sent neither: the launch
 *     continues in a new window through a hand-off code)
 * @param protocol the LTI version the launch came by: for {@link Protocol#LTI_1_1} {@code subject}
 *     is the platform's LTI 1.1 {@code user_id}
 * @param lti11UserId the person's LTI 1.1 {@code user_id}: in an LTI 1.1 launch the subject; in an
 *     LTI 1.3 launch the {@code user_id} of its migration claim, only when the claim was signed
 *     with the registration's LTI 1.1 shared secret (LTI 1.3 migration guide), else null
 */
public record LaunchMessage(
    String registrationId,
    String issuer,
    String clientId,
    String deploymentId,
    boolean newDeployment,
    String subject,
    String name,
    String email,
    List<String> roles,
    String messageType,
    String targetLinkUri,
    Context context,
    ResourceLink resourceLink,
    Services services,
    DeepLinking deepLinking,
    BrowserBinding binding,
    Protocol protocol,
    String lti11UserId) {

  public LaunchMessage {
    roles = List.copyOf(roles);
    java.util.Objects.requireNonNull(binding, "binding");
    java.util.Objects.requireNonNull(protocol, "protocol");
  }

  /** False when the launch continues in a new window (nothing bound it to this browser). */
  public boolean boundToBrowser() {
    return binding != BrowserBinding.NONE;
  }

  /** The LTI version a launch came by. */
  public enum Protocol {
    /** An LTI 1.3 launch (OIDC login, signed id_token). */
    LTI_1_3,
    /** An LTI 1.1 (legacy) launch: a form signed with OAuth 1.0a and the shared secret. */
    LTI_1_1
  }

  /** True for a deep-linking request (a teacher choosing what to place in the course). */
  public boolean isDeepLinking() {
    return deepLinking != null;
  }

  /** Where to send the chosen content (LTI Deep Linking 2.0 §4.4.1), with the opaque data. */
  public record DeepLinking(String returnUrl, String data) {}

  /** The course the launch came from, if the platform sent one. */
  public record Context(String id, String title, String label) {}

  /**
   * The link the person followed (null for deep linking).
   *
   * @param placement the link's {@code mentorlink_view} custom parameter (Core §5.4.2), set when
   *     Mentorlink placed the link by deep linking; null when the platform sent none. Not trusted:
   *     a teacher can edit it in the platform, so the bridge accepts only the placements it knows.
   */
  public record ResourceLink(String id, String title, String placement) {
    /** The custom parameter naming the page a placed link opens. */
    public static final String PLACEMENT_PARAMETER = "mentorlink_view";
  }

  /** Service endpoints the platform offered (AGS line items, NRPS memberships), may be null. */
  public record Services(String lineItemsUrl, List<String> agsScopes, String membershipsUrl) {}
}
