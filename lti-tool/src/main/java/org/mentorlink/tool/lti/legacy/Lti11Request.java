package org.mentorlink.tool.lti.legacy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What arrived at the LTI 1.1 launch endpoint.
 *
 * @param parameters the posted form, every value of every name as sent
 * @param launchUrl the URL the platform signed: this tool's public URL of the endpoint (worked out
 *     as for LTI 1.3: {@code MENTORLINK_PUBLIC_URL}, else the request as a trusted proxy forwarded
 *     it) with the request's query string, if any
 * @param boundToBrowser true when the browser already holds a live session cookie of the tool, so
 *     cookies are known to reach the tool where the launch was posted
 */
public record Lti11Request(
    Map<String, List<String>> parameters, String launchUrl, boolean boundToBrowser) {
  public Lti11Request {
    parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    Objects.requireNonNull(launchUrl, "launchUrl");
  }
}
