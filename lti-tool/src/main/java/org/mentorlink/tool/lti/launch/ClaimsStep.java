package org.mentorlink.tool.lti.launch;

import static org.mentorlink.tool.lti.launch.ClaimValues.asString;
import static org.mentorlink.tool.lti.launch.ClaimValues.object;
import static org.mentorlink.tool.lti.launch.ClaimValues.string;
import static org.mentorlink.tool.lti.launch.ClaimValues.trimmed;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorlink.tool.lti.launch.LaunchStores.PlatformRegistration;
import org.mentorlink.tool.lti.registration.Registration;

/**
 * Step 11, required claims — Core §5.3 and §5.3.5–5.3.7: {@code sub} (an anonymous launch gets no
 * access), {@code roles} (may be empty), {@code resource_link.id} for a resource-link launch or the
 * deep-linking settings with a return URL for a deep-linking request (Deep Linking 2.0 §4.4.1), and
 * a {@code target_link_uri} on this tool. Then the launch is turned into the {@link LaunchMessage}
 * the rest of the tool relies on, keeping only the claims it uses.
 */
final class ClaimsStep implements LaunchStep {
  static final int MAX_ROLES = 50;

  @Override
  public String name() {
    return "claims";
  }

  @Override
  public void check(LaunchFacts launch) {
    JWTClaimsSet claims = launch.claims();
    String subject = claims.getSubject();
    if (subject == null || subject.isBlank() || subject.length() > 255) {
      throw LaunchError.SUBJECT_MISSING.refused();
    }
    List<String> roles = roles(claims);
    boolean deepLinking = LtiClaims.DEEP_LINKING_REQUEST.equals(launch.messageType());
    LaunchMessage.DeepLinking settings = deepLinking ? deepLinkingSettings(claims) : null;
    LaunchMessage.ResourceLink link = resourceLink(claims);
    if (!deepLinking && link == null) {
      throw LaunchError.CLAIM_MISSING.refused("The launch names no resource link.");
    }
    String target = string(claims, LtiClaims.TARGET_LINK_URI);
    if (target == null || target.isBlank()) {
      if (!deepLinking) {
        throw LaunchError.CLAIM_MISSING.refused("The launch names no target link.");
      }
      target = launch.login().targetLinkUri();
    }
    if (!launch.request().toolOrigin().equals(Registration.originOf(target))) {
      throw LaunchError.TARGET_OFF_SITE.refused();
    }
    PlatformRegistration registration = launch.registration();
    launch.accepted(
        new LaunchMessage(
            registration.id(),
            registration.issuer(),
            registration.clientId(),
            launch.deploymentId(),
            launch.newDeployment(),
            subject,
            name(claims),
            trimmed(asString(claims.getClaim("email")), 320),
            roles,
            launch.messageType(),
            target,
            context(claims),
            link,
            services(claims),
            settings,
            launch.binding(),
            LaunchMessage.Protocol.LTI_1_3,
            launch.lti11UserId()));
  }

  /** The roles claim must be an array; its strings are kept (blank and oversized ones dropped). */
  private static List<String> roles(JWTClaimsSet claims) {
    if (!(claims.getClaim(LtiClaims.ROLES) instanceof List<?> list)) {
      throw LaunchError.CLAIM_MISSING.refused("The launch carries no roles claim.");
    }
    List<String> out = new ArrayList<>();
    for (Object v : list) {
      if (v instanceof String s && !s.isBlank() && s.length() <= 500 && out.size() < MAX_ROLES) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /** Deep Linking 2.0 §4.4.1: the settings claim with an absolute return URL is required. */
  private static LaunchMessage.DeepLinking deepLinkingSettings(JWTClaimsSet claims) {
    Map<String, Object> settings = object(claims, LtiClaims.DEEP_LINKING_SETTINGS);
    String returnUrl = settings == null ? null : asString(settings.get("deep_link_return_url"));
    if (returnUrl == null
        || Registration.originOf(returnUrl) == null
        || returnUrl.length() > 2000) {
      throw LaunchError.CLAIM_MISSING.refused(
          "The deep-linking request names no valid return URL.");
    }
    String data = asString(settings.get("data"));
    return new LaunchMessage.DeepLinking(
        returnUrl, data == null || data.length() > 4000 ? null : data);
  }

  private static LaunchMessage.ResourceLink resourceLink(JWTClaimsSet claims) {
    Map<String, Object> link = object(claims, LtiClaims.RESOURCE_LINK);
    String id = link == null ? null : asString(link.get("id"));
    if (id == null || id.isBlank()) {
      return null;
    }
    Map<String, Object> custom = object(claims, LtiClaims.CUSTOM);
    Object placement =
        custom == null ? null : custom.get(LaunchMessage.ResourceLink.PLACEMENT_PARAMETER);
    return new LaunchMessage.ResourceLink(
        trimmed(id, 255),
        trimmed(asString(link.get("title")), 500),
        placement == null ? null : trimmed(String.valueOf(placement), 100));
  }

  private static String name(JWTClaimsSet claims) {
    String name = asString(claims.getClaim("name"));
    if (name == null || name.isBlank()) {
      String given = asString(claims.getClaim("given_name"));
      String family = asString(claims.getClaim("family_name"));
      name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }
    return trimmed(name, 200);
  }

  private static LaunchMessage.Context context(JWTClaimsSet claims) {
    Map<String, Object> c = object(claims, LtiClaims.CONTEXT);
    String id = c == null ? null : asString(c.get("id"));
    if (id == null || id.isBlank()) {
      return null;
    }
    return new LaunchMessage.Context(
        trimmed(id, 255),
        trimmed(asString(c.get("title")), 500),
        trimmed(asString(c.get("label")), 255));
  }

  private static LaunchMessage.Services services(JWTClaimsSet claims) {
    Map<String, Object> ags = object(claims, LtiClaims.AGS_ENDPOINT);
    Map<String, Object> nrps = object(claims, LtiClaims.NRPS);
    if (ags == null && nrps == null) {
      return null;
    }
    List<String> scopes = new ArrayList<>();
    if (ags != null && ags.get("scope") instanceof List<?> l) {
      l.forEach(s -> scopes.add(String.valueOf(s)));
    }
    return new LaunchMessage.Services(
        ags == null ? null : asString(ags.get("lineitems")),
        List.copyOf(scopes),
        nrps == null ? null : asString(nrps.get("context_memberships_url")));
  }
}
