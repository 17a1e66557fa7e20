package org.mentorlink.tool.lti.launch;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.tool.infrastructure.metrics.ToolMetrics;
import org.mentorlink.tool.infrastructure.web.Cookies;
import org.mentorlink.tool.infrastructure.web.PublicUrls;
import org.mentorlink.tool.infrastructure.web.SecurityHeaders;
import org.mentorlink.tool.infrastructure.web.Templates;
import org.mentorlink.tool.lti.login.PlatformStorage;
import org.mentorlink.tool.lti.login.StateCookie;
import org.mentorlink.tool.lti.registration.Registration;

/**
 * The launch ({@code redirect_uri}): validates, records, starts a session and redirects (303) to
 * the landing page, so refreshing the page never re-posts the launch. When the browser sent no
 * state cookie at all (blocked in the platform's iframe), it first reads the browser's secret back
 * from the platform's storage if the login stored it there ({@link PlatformStorage}), and otherwise
 * offers to continue in a new window, naming whose account continues, instead of silently accepting
 * an unbound state. A launch bound by platform storage goes through {@code /lti/check}, which
 * offers the new window too when the session cookie does not come back.
 */
@Path("/lti")
@RequestScoped
@Tag(name = "LTI")
public class LaunchResource {
  @Inject LaunchTransaction launches;
  @Inject LaunchHandler handler;
  @Inject ToolMetrics metrics;
  @Inject LaunchResponses responses;
  @Inject Templates templates;
  @Inject PublicUrls urls;
  @Inject PlatformStorage storage;
  @Context UriInfo uriInfo;
  @Context HttpHeaders headers;

  @POST
  @Path("/launch")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "LTI 1.3 launch (the OIDC redirect_uri)")
  public Response launch(
      @FormParam("id_token") String idToken,
      @FormParam("state") String state,
      @FormParam(PlatformStorage.CHECKED_FIELD) String storageChecked,
      @FormParam(PlatformStorage.SECRET_FIELD) String storageSecret) {
    Map<String, String> cookies = LaunchResponses.cookiesOf(headers);
    if (storageChecked == null
        && idToken != null
        && idToken.length() <= FormatStep.MAX_TOKEN_LENGTH
        && cookies.keySet().stream().noneMatch(StateCookie::isStateCookie)) {
      // No state cookie came back, and the login stored the browser's secret in the platform's
      // storage: a page reads it back and posts the launch again. Nothing is validated or spent
      // before that second post.
      Optional<PlatformStorage.Check> check = storage.pendingCheck(state);
      if (check.isPresent()) {
        return storageCheckPage(check.get(), idToken, state);
      }
    }
    String toolOrigin = Registration.originOf(urls.base(uriInfo));
    LaunchTransaction.Attempt attempt;
    try {
      attempt =
          launches.run(
              new LaunchRequest(
                  idToken,
                  state,
                  cookies,
                  toolOrigin,
                  storageSecret,
                  headers.getHeaderString("Origin")));
    } catch (LaunchException e) {
      metrics.launch(e.error().name());
      throw e;
    } catch (RuntimeException e) {
      metrics.launch("ERROR");
      throw e;
    }
    metrics.launch(attempt.refusal() == null ? "OK" : attempt.refusal().error().name());
    if (attempt.refusal() != null) {
      if (attempt.refusal().error() == LaunchError.STATE_UNKNOWN) {
        // The launch page was refreshed (or re-posted) by a browser that already has its
        // session: go to the landing page rather than show an error about a spent state.
        var landing = handler.landingOfLiveSession(cookies);
        if (landing.isPresent()) {
          return Response.seeOther(URI.create(landing.get()))
              .header("Cache-Control", "no-store")
              .build();
        }
      }
      throw attempt.refusal();
    }
    LaunchHandler.Outcome established = attempt.outcome();
    if (established.bound()) {
      return responses.landing(
          established, Cookies.delete(StateCookie.nameFor(state), StateCookie.PATH));
    }
    return responses.newWindow(established);
  }

  /**
   * After a launch bound by platform storage: on to the landing page if the session cookie came
   * back, else the new-window hand-off (the browser refuses the tool's cookies in the frame).
   */
  @GET
  @Path("/check")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Check that a launch's session cookie came back (platform storage)")
  public Response checkSessionCookie(@QueryParam("code") String code) {
    LaunchHandler.Outcome checked =
        handler
            .checkSessionCookie(code, LaunchResponses.cookiesOf(headers))
            .orElseThrow(LaunchError.HANDOFF_INVALID::refused);
    if (checked.bound()) {
      return Response.seeOther(URI.create(checked.location()))
          .header("Cache-Control", "no-store")
          .header("Referrer-Policy", "no-referrer")
          .build();
    }
    return responses.newWindow(checked);
  }

  private Response storageCheckPage(PlatformStorage.Check check, String idToken, String state) {
    Map<String, Object> model = new HashMap<>();
    model.put("storageTarget", check.target());
    model.put("platformOrigin", check.platformOrigin());
    model.put("storageKey", check.key());
    model.put("idToken", idToken);
    model.put("state", state);
    return Response.ok(
            templates.render("lti/storage-get", model),
            MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SecurityHeaders.policyFramedBy("*"))
        .build();
  }

  /**
   * Continues a launch in a new (first-party) window with a single-use, two-minute code, and sets
   * the session cookie there.
   */
  @GET
  @Path("/continue")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Continue a launch in a new window (hand-off code)")
  public Response continueInNewWindow(@QueryParam("code") String code) {
    LaunchHandler.Outcome continued =
        handler.redeem(code).orElseThrow(LaunchError.HANDOFF_INVALID::refused);
    return Response.seeOther(URI.create(continued.location()))
        .header("Set-Cookie", continued.setCookie())
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .build();
  }
}
