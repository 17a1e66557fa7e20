package org.mentorlink.tool.lti.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorlink.tool.infrastructure.web.Cookies;
import org.mentorlink.tool.infrastructure.web.PublicUrls;
import org.mentorlink.tool.infrastructure.web.SecurityHeaders;
import org.mentorlink.tool.infrastructure.web.Templates;
import org.mentorlink.tool.lti.LtiException;
import org.mentorlink.tool.lti.registration.Registration;
import org.mentorlink.tool.lti.registration.Registrations;

/**
 * OIDC third-party-initiated login (LTI 1.3 Core §4.1, SF §5.1.1): checks the platform's request,
 * issues a fresh state and nonce (stored server-side, short-lived), binds the state to this browser
 * with a cookie, and redirects only to the registration's own auth endpoint. One transaction: the
 * registration is read (fresh, so a disabled one is refused on every node at once) and the state
 * stored together; a refused login writes nothing.
 *
 * <p>When the platform offers storage ({@code lti_storage_target}, {@link PlatformStorage}), the
 * answer is a page instead of the redirect: it stores the browser's binding secret in the
 * platform's frame, then goes to the same authentication URL.
 */
@Path("/lti/login")
@RequestScoped
@Tag(name = "LTI")
public class LoginResource {
  @Inject Registrations registrations;
  @Inject LoginStates states;
  @Inject PublicUrls urls;
  @Inject Templates templates;
  @Context UriInfo uriInfo;

  @GET
  @Transactional
  @Operation(summary = "OIDC login initiation (GET)")
  public Response get(
      @QueryParam("iss") String iss,
      @QueryParam("login_hint") String loginHint,
      @QueryParam("target_link_uri") String targetLinkUri,
      @QueryParam("lti_message_hint") String messageHint,
      @QueryParam("client_id") String clientId,
      @QueryParam("lti_deployment_id") String deploymentId,
      @QueryParam(PlatformStorage.TARGET_PARAMETER) String storageTarget) {
    return login(iss, loginHint, targetLinkUri, messageHint, clientId, storageTarget);
  }

  @POST
  @Transactional
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "OIDC login initiation (POST)")
  public Response post(
      @FormParam("iss") String iss,
      @FormParam("login_hint") String loginHint,
      @FormParam("target_link_uri") String targetLinkUri,
      @FormParam("lti_message_hint") String messageHint,
      @FormParam("client_id") String clientId,
      @FormParam("lti_deployment_id") String deploymentId,
      @FormParam(PlatformStorage.TARGET_PARAMETER) String storageTarget) {
    return login(iss, loginHint, targetLinkUri, messageHint, clientId, storageTarget);
  }

  private Response login(
      String iss,
      String loginHint,
      String targetLinkUri,
      String messageHint,
      String clientId,
      String offeredStorage) {
    require(iss, "iss");
    require(loginHint, "login_hint");
    require(targetLinkUri, "target_link_uri");
    Registration registration = registration(iss.strip(), clientId);
    if (!registration.enabled()) {
      throw new LtiException(
          403, "REGISTRATION_DISABLED", "Mentorlink is not enabled for this platform.");
    }
    String toolOrigin = Registration.originOf(urls.base(uriInfo));
    if (!toolOrigin.equals(Registration.originOf(targetLinkUri))) {
      throw LtiException.badRequest("TARGET_OFF_SITE", "The login points to another site.");
    }
    String storageTarget = PlatformStorage.target(offeredStorage).orElse(null);
    LoginStates.Issued issued = states.issue(registration.id(), targetLinkUri, storageTarget);

    Map<String, String> params = new LinkedHashMap<>();
    params.put("scope", "openid");
    params.put("response_type", "id_token");
    params.put("response_mode", "form_post");
    params.put("prompt", "none");
    params.put("client_id", registration.clientId());
    params.put("redirect_uri", urls.of(uriInfo, "/lti/launch"));
    params.put("login_hint", loginHint);
    if (messageHint != null) {
      params.put("lti_message_hint", messageHint);
    }
    params.put("state", issued.state());
    params.put("nonce", issued.nonce());
    String auth = registration.authLoginUrl();
    StringBuilder location = new StringBuilder(auth).append(auth.contains("?") ? '&' : '?');
    params.forEach(
        (k, v) ->
            location
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
    location.setLength(location.length() - 1);

    String stateCookie =
        Cookies.set(
            StateCookie.nameFor(issued.state()),
            issued.browserSecret(),
            StateCookie.PATH,
            LoginStates.LIFETIME.toSeconds());
    if (storageTarget == null) {
      return Response.status(Response.Status.FOUND)
          .location(URI.create(location.toString()))
          .header("Set-Cookie", stateCookie)
          .header("Cache-Control", "no-store")
          .build();
    }
    // The platform offers storage: a page stores the browser's secret there too (the state cookie
    // is set as well, for a browser that keeps it), then goes to the same authentication URL.
    Map<String, Object> model = new HashMap<>();
    model.put("authUrl", location.toString());
    model.put("platformOrigin", Registration.originOf(auth));
    model.put("storageTarget", storageTarget);
    model.put("storageKey", PlatformStorage.keyFor(issued.state()));
    model.put("storageValue", issued.browserSecret());
    return Response.ok(
            templates.render("lti/storage-put", model),
            MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Set-Cookie", stateCookie)
        .header("Cache-Control", "no-store")
        .header("Content-Security-Policy", SecurityHeaders.policyFramedBy("*"))
        .build();
  }

  private Registration registration(String iss, String clientId) {
    if (clientId != null && !clientId.isBlank()) {
      return registrations
          .find(iss, clientId.strip())
          .orElseThrow(
              () ->
                  LtiException.badRequest(
                      "UNKNOWN_REGISTRATION", "This platform has not registered Mentorlink."));
    }
    List<Registration> candidates = registrations.findByIssuer(iss);
    if (candidates.isEmpty()) {
      throw LtiException.badRequest(
          "UNKNOWN_REGISTRATION", "This platform has not registered Mentorlink.");
    }
    if (candidates.size() > 1) {
      throw LtiException.badRequest(
          "CLIENT_ID_REQUIRED", "This platform has several registrations: client_id is required.");
    }
    return candidates.get(0);
  }

  private static void require(String value, String name) {
    if (value == null || value.isBlank() || value.length() > 4096) {
      throw LtiException.badRequest(
          "LOGIN_PARAMETER_MISSING", "The login request has no valid " + name + ".");
    }
  }
}
