package org.mentorlink.tool.lti.launch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.mentorlink.tool.infrastructure.web.SecurityHeaders;
import org.mentorlink.tool.infrastructure.web.Templates;

/**
 * How every accepted launch ends, whatever LTI version it came by: in this browser, a 303 to its
 * page that sets the session cookie (so refreshing never re-posts the launch); or the page offering
 * to continue in a new window, naming whose account continues there.
 */
@ApplicationScoped
public class LaunchResponses {
  @Inject Templates templates;

  /** The browser's cookies, by name (what the launch handler reuses a session by). */
  public static Map<String, String> cookiesOf(HttpHeaders headers) {
    Map<String, String> cookies = new HashMap<>();
    for (Map.Entry<String, Cookie> c : headers.getCookies().entrySet()) {
      cookies.put(c.getKey(), c.getValue().getValue());
    }
    return cookies;
  }

  /** 303 to the outcome's page; {@code cookies} are set first, then the session cookie if new. */
  public Response landing(LaunchHandler.Outcome established, String... cookies) {
    Response.ResponseBuilder r =
        Response.seeOther(URI.create(established.location())).header("Cache-Control", "no-store");
    for (String c : cookies) {
      r.header("Set-Cookie", c);
    }
    if (established.setCookie() != null) {
      r.header("Set-Cookie", established.setCookie());
    }
    return r.build();
  }

  /**
   * The new-window hand-off page (any platform may frame it). It names whose account continues, so
   * that someone handed a launch that is not theirs notices before opening it.
   */
  public Response newWindow(LaunchHandler.Outcome pending, String... cookies) {
    Map<String, Object> model = new HashMap<>();
    model.put("continueUrl", pending.location());
    model.put("personName", pending.personName());
    String html = templates.render("lti/new-window", model);
    Response.ResponseBuilder r =
        Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
            .header("Cache-Control", "no-store")
            .header("Content-Security-Policy", SecurityHeaders.policyFramedBy("*"));
    for (String c : cookies) {
      r.header("Set-Cookie", c);
    }
    return r.build();
  }
}
