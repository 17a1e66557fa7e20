package org.mentorlink.tool.lti.launch;

import java.util.Map;
import java.util.Objects;

/**
 * What arrived at the launch endpoint ({@code redirect_uri}).
 *
 * @param idToken the posted {@code id_token}, as sent (may be null)
 * @param state the posted {@code state}, as sent (may be null)
 * @param cookies the browser's cookies by name
 * @param toolOrigin this tool's own origin ({@code https://host[:port]}), which {@code
 *     target_link_uri} must name
 * @param storageSecret the binding secret the tool's launch page read back from the platform's
 *     storage ({@code lti_storage_secret}), null when none was posted
 * @param postOrigin the post's {@code Origin} header (null when absent): a secret read back by the
 *     tool's own page is posted from the tool's own origin
 */
public record LaunchRequest(
    String idToken,
    String state,
    Map<String, String> cookies,
    String toolOrigin,
    String storageSecret,
    String postOrigin) {
  public LaunchRequest {
    cookies = cookies == null ? Map.of() : Map.copyOf(cookies);
    Objects.requireNonNull(toolOrigin, "toolOrigin");
    if (storageSecret != null && storageSecret.isBlank()) {
      storageSecret = null;
    }
  }

  /** A launch as the platform's form posts it: no secret from platform storage. */
  public LaunchRequest(
      String idToken, String state, Map<String, String> cookies, String toolOrigin) {
    this(idToken, state, cookies, toolOrigin, null, null);
  }
}
