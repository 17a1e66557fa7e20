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
 */
public record LaunchRequest(
    String idToken, String state, Map<String, String> cookies, String toolOrigin) {
  public LaunchRequest {
    cookies = cookies == null ? Map.of() : Map.copyOf(cookies);
    Objects.requireNonNull(toolOrigin, "toolOrigin");
  }
}
