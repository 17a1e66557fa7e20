package org.mentorlink.tool.lti.legacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.tool.infrastructure.metrics.ToolMetrics;
import org.mentorlink.tool.infrastructure.web.Cookies;
import org.mentorlink.tool.infrastructure.web.PublicUrls;
import org.mentorlink.tool.lti.launch.LaunchError;
import org.mentorlink.tool.lti.launch.LaunchException;
import org.mentorlink.tool.lti.launch.LaunchHandler;
import org.mentorlink.tool.lti.launch.LaunchResponses;
import org.mentorlink.tool.lti.launch.LaunchTransaction;

/**
 * The LTI 1.1 (legacy) launch: a form the platform signed with OAuth 1.0a, verified, recorded and
 * ended as an LTI 1.3 launch is — the same transaction, person, course, session and page.
 *
 * <p>An LTI 1.1 launch has no login before it, so nothing yet shows whether this browser keeps the
 * tool's cookies where the form was posted (the platform's iframe). A browser that already holds a
 * live session of the tool does: it lands on its page at once. Otherwise the launch becomes a
 * pending session with a hand-off code, and a short-lived probe cookie is set on the way to {@code
 * /lti/launch11/check}: if the probe comes back, the launch continues in place ({@code
 * /lti/continue}); if not, the page offers the new window, as for LTI 1.3.
 */
@Path("/lti")
@RequestScoped
@Tag(name = "LTI")
public class Lti11LaunchResource {
  static final String LAUNCH_PATH = "/lti/launch11";
  static final String PROBE_COOKIE = "mentorlink_probe";
  static final long PROBE_SECONDS = 120;

  @Inject LaunchTransaction launches;
  @Inject Lti11Validator validator;
  @Inject LaunchHandler handler;
  @Inject LaunchResponses responses;
  @Inject ToolMetrics metrics;
  @Inject PublicUrls urls;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @POST
  @Path("/launch11")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "LTI 1.1 (legacy) launch, signed with OAuth 1.0a HMAC-SHA1")
  public Response launch(MultivaluedMap<String, String> form) {
    Map<String, String> cookies = LaunchResponses.cookiesOf(headers);
    String query = uriInfo.getRequestUri().getRawQuery();
    String signedUrl = urls.of(uriInfo, LAUNCH_PATH) + (query == null ? "" : "?" + query);
    boolean bound = handler.landingOfLiveSession(cookies).isPresent();
    Lti11Request request = new Lti11Request(form, signedUrl, bound);
    LaunchTransaction.Attempt attempt;
    try {
      attempt = launches.run(() -> validator.validate(request), cookies);
    } catch (LaunchException e) {
      metrics.launch(e.error().name());
      throw e;
    } catch (RuntimeException e) {
      metrics.launch("ERROR");
      throw e;
    }
    metrics.launch(attempt.refusal() == null ? "OK" : attempt.refusal().error().name());
    if (attempt.refusal() != null) {
      throw attempt.refusal();
    }
    LaunchHandler.Outcome established = attempt.outcome();
    if (established.bound()) {
      return responses.landing(established);
    }
    // The hand-off's own query (its code) goes to the check, which finds the hand-off again.
    String handoff = URI.create(established.location()).getRawQuery();
    return Response.seeOther(URI.create(LAUNCH_PATH + "/check?" + handoff))
        .header("Set-Cookie", Cookies.set(PROBE_COOKIE, "1", LAUNCH_PATH, PROBE_SECONDS))
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .build();
  }

  /**
   * After an LTI 1.1 launch the browser held no session for: continues in place if the probe cookie
   * came back, else offers the new window (naming whose account continues).
   */
  @GET
  @Path("/launch11/check")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "LTI 1.1 launch: continue here, or offer a new window")
  public Response check(@QueryParam("code") String code) {
    LaunchHandler.Outcome pending =
        handler.pending(code).orElseThrow(LaunchError.HANDOFF_INVALID::refused);
    String clearProbe = Cookies.delete(PROBE_COOKIE, LAUNCH_PATH);
    if (headers.getCookies().containsKey(PROBE_COOKIE)) {
      return Response.seeOther(URI.create(pending.location()))
          .header("Set-Cookie", clearProbe)
          .header("Cache-Control", "no-store")
          .header("Referrer-Policy", "no-referrer")
          .build();
    }
    return responses.newWindow(pending, clearProbe);
  }
}
