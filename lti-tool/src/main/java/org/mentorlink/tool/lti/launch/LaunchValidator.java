package org.mentorlink.tool.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.lti.LtiException;
import org.mentorlink.tool.lti.keys.KeyLookup;
import org.mentorlink.tool.lti.keys.PlatformKeys;
import org.mentorlink.tool.lti.login.LoginState;
import org.mentorlink.tool.lti.login.LoginStates;
import org.mentorlink.tool.lti.registration.Registration;
import org.mentorlink.tool.lti.registration.Registrations;

/**
 * Validates an LTI 1.3 resource-link launch ({@code POST /lti/launch}) as an explicit, ordered
 * pipeline. Every step cites the section of the 1EdTech Security Framework 1.0 ("SF") or LTI 1.3
 * Core ("Core") it enforces; no step is ever skipped. The first failure stops the pipeline with a
 * stable error code. Nothing is stored here except the two things that make a launch single use:
 * the state is spent (step 1) and the nonce is recorded (step 6).
 */
@ApplicationScoped
public class LaunchValidator {
  /** Asymmetric algorithms only (SF §5.1.3: RS256 is required; HS* and none are refused). */
  static final Set<JWSAlgorithm> ALLOWED_ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512);

  static final Duration MAX_TOKEN_AGE = Duration.ofMinutes(10);
  static final int MAX_TOKEN_LENGTH = 64 * 1024;
  public static final String STATE_COOKIE_PREFIX = "mlst_";

  @Inject LoginStates states;
  @Inject Registrations registrations;
  @Inject PlatformKeys platformKeys;
  @Inject UsedNonces nonces;
  @Inject Clock clock;
  @Inject MentorlinkConfig config;

  /** What arrived at the launch endpoint. */
  public record LaunchRequest(
      String idToken, String state, Map<String, String> cookies, String toolOrigin) {}

  /** The cookie that binds a state to the browser that began the login. */
  public static String stateCookieName(String state) {
    return STATE_COOKIE_PREFIX + state.substring(0, Math.min(12, state.length()));
  }

  public LaunchMessage validate(LaunchRequest request) {
    // 1. State — SF §7.3.1 (OIDC state): issued by us, unexpired, used once (consumed now,
    //    whatever happens next), and bound to this browser by the cookie set at login.
    if (request.state() == null || request.state().isBlank() || request.state().length() > 200) {
      throw LtiException.badRequest("STATE_MISSING", "The launch carried no login state.");
    }
    LoginState state =
        states
            .consume(request.state())
            .orElseThrow(
                () ->
                    LtiException.unauthorized(
                        "STATE_UNKNOWN",
                        "This launch has expired or was already used. Please launch again from"
                            + " your course."));
    String browserSecret = request.cookies().get(stateCookieName(request.state()));
    boolean bound = browserSecret != null;
    if (bound && !Secrets.constantTimeEquals(Secrets.sha256(browserSecret), state.browserHash())) {
      throw LtiException.unauthorized(
          "STATE_NOT_BOUND", "This launch was started in another browser.");
    }

    // 2. JWT format — SF §5.1.3 and RFC 7519 §7.2: a compact JWS; never unsecured (alg=none).
    SignedJWT jwt = parseSigned(request.idToken());
    JWSHeader header = jwt.getHeader();
    if (!ALLOWED_ALGORITHMS.contains(header.getAlgorithm())) {
      throw LtiException.unauthorized(
          "ALG_NOT_ALLOWED", "The launch was not signed with an allowed asymmetric algorithm.");
    }
    JWTClaimsSet claims;
    try {
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw malformed();
    }

    // 3. Registration — SF §5.1.3 steps 2–4 (Core §5.1.2): iss must be the issuer the login was
    //    for; aud must contain our client_id; with several audiences azp must be our client_id.
    Registration registration =
        registrations
            .find(state.registrationId())
            .orElseThrow(
                () -> LtiException.unauthorized("UNKNOWN_REGISTRATION", "Unknown platform."));
    if (!registration.enabled()) {
      throw new LtiException(
          403, "REGISTRATION_DISABLED", "This platform's registration is disabled.");
    }
    if (!registration.issuer().equals(claims.getIssuer())) {
      throw LtiException.unauthorized(
          "UNKNOWN_REGISTRATION", "The launch came from another platform than the login.");
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.contains(registration.clientId())) {
      throw LtiException.unauthorized(
          "AUDIENCE_MISMATCH", "The launch was not meant for this tool.");
    }
    Object azp = claims.getClaim("azp");
    if ((audience.size() > 1 && azp == null)
        || (azp != null && !registration.clientId().equals(azp))) {
      throw LtiException.unauthorized(
          "AUDIENCE_MISMATCH", "The launch's authorized party is not this tool.");
    }

    // 4. Signature — SF §5.1.3 step 1 and §6.3: the platform key named by kid, taken only from
    //    the registration's own key set (never from the token's jwk/jku/x5u headers); the key
    //    type and any alg it declares must match the token's algorithm.
    String kid = header.getKeyID();
    if (kid == null || kid.isBlank()) {
      throw LtiException.unauthorized("KID_MISSING", "The launch did not name its signing key.");
    }
    KeyLookup lookup = platformKeys.lookup(registration.id(), registration.keySetUrl(), kid);
    if (lookup.outcome() == KeyLookup.Outcome.UNAVAILABLE) {
      throw new LtiException(
          503,
          "PLATFORM_KEYS_UNAVAILABLE",
          "The platform's keys cannot be fetched just now. Please try again shortly.");
    }
    if (lookup.outcome() == KeyLookup.Outcome.NOT_PUBLISHED) {
      throw LtiException.unauthorized(
          "KID_UNKNOWN", "The platform does not publish the key that signed this.");
    }
    verifySignature(jwt, header.getAlgorithm(), lookup.key());

    // 5. Time — SF §5.1.3 steps 7–8: exp in the future and iat not in the future (with a small
    //    leeway for clock skew), and iat not too long ago.
    Instant now = clock.instant();
    Duration leeway = config.launchLeeway();
    Date exp = claims.getExpirationTime();
    Date iat = claims.getIssueTime();
    if (exp == null || !exp.toInstant().plus(leeway).isAfter(now)) {
      throw LtiException.unauthorized(
          "TOKEN_EXPIRED", "The launch has expired. Please launch again.");
    }
    if (iat == null || iat.toInstant().minus(leeway).isAfter(now)) {
      throw LtiException.unauthorized(
          "TOKEN_ISSUED_IN_FUTURE", "The launch is dated in the future.");
    }
    if (iat.toInstant().plus(MAX_TOKEN_AGE).isBefore(now)) {
      throw LtiException.unauthorized(
          "TOKEN_TOO_OLD", "The launch is too old. Please launch again.");
    }

    // 6. Nonce — SF §5.1.3 step 9 (OIDC Core §3.1.3.7 step 11): the nonce we issued for this
    //    state, used once; recorded so a replay is refused on every node.
    Object nonce = claims.getClaim("nonce");
    if (!(nonce instanceof String n)
        || !Secrets.constantTimeEquals(Secrets.sha256(n), state.nonceHash())) {
      throw LtiException.unauthorized("NONCE_MISMATCH", "The launch does not match its login.");
    }
    Instant keepUntil = exp.toInstant().plus(leeway).plus(MAX_TOKEN_AGE);
    boolean fresh;
    try {
      fresh = nonces.markUsed(registration.id(), state.nonceHash(), keepUntil);
    } catch (UsedNonces.NonceRaceLost e) {
      fresh = false;
    }
    if (!fresh) {
      throw LtiException.unauthorized("NONCE_ALREADY_USED", "This launch was already used.");
    }

    // 7. Deployment — Core §5.3.3: a deployment of this registration that we know.
    String deploymentId = stringClaim(claims, LtiClaims.DEPLOYMENT_ID);
    if (deploymentId == null || deploymentId.isBlank() || deploymentId.length() > 255) {
      throw LtiException.unauthorized("DEPLOYMENT_UNKNOWN", "The launch names no deployment.");
    }
    if (!registrations.knowsDeployment(registration.id(), deploymentId)) {
      if (registration.acceptsNewDeployments()) {
        registrations.addDeployment(registration.id(), deploymentId);
      } else {
        throw LtiException.unauthorized(
            "DEPLOYMENT_UNKNOWN", "This deployment of the tool is not registered.");
      }
    }

    // 8. Version — Core §5.3.2.
    if (!LtiClaims.VERSION_1_3_0.equals(stringClaim(claims, LtiClaims.VERSION))) {
      throw LtiException.badRequest(
          "VERSION_UNSUPPORTED", "Only LTI 1.3.0 launches are supported.");
    }

    // 9. Message type — Core §5.3.1: a resource-link launch, or a deep-linking request
    //    (Deep Linking 2.0 §4.4).
    String messageType = stringClaim(claims, LtiClaims.MESSAGE_TYPE);
    boolean deepLinking = LtiClaims.DEEP_LINKING_REQUEST.equals(messageType);
    if (!deepLinking && !LtiClaims.RESOURCE_LINK_REQUEST.equals(messageType)) {
      throw LtiException.badRequest(
          "MESSAGE_TYPE_UNSUPPORTED", "This kind of LTI message is not supported.");
    }

    // 10. Required claims — Core §5.3 and §5.3.5–5.3.7: sub (an anonymous launch gets no
    //     access), roles (may be empty), resource_link.id, and a target_link_uri on this tool.
    String subject = claims.getSubject();
    if (subject == null || subject.isBlank() || subject.length() > 255) {
      throw LtiException.unauthorized(
          "SUBJECT_MISSING",
          "Mentorlink needs to know who you are; anonymous launches are refused.");
    }
    List<String> roles = stringList(claims, LtiClaims.ROLES);
    Map<String, Object> link = objectClaim(claims, LtiClaims.RESOURCE_LINK);
    String linkId = link == null ? null : asString(link.get("id"));
    LaunchMessage.DeepLinking deepLinkingSettings = null;
    if (deepLinking) {
      // Deep Linking 2.0 §4.4.1: the settings claim with the return URL is required.
      Map<String, Object> settings = objectClaim(claims, LtiClaims.DEEP_LINKING_SETTINGS);
      String returnUrl = settings == null ? null : asString(settings.get("deep_link_return_url"));
      if (returnUrl == null
          || Registration.originOf(returnUrl) == null
          || returnUrl.length() > 2000) {
        throw LtiException.badRequest(
            "CLAIM_MISSING", "The deep-linking request names no valid return URL.");
      }
      String data = asString(settings.get("data"));
      deepLinkingSettings =
          new LaunchMessage.DeepLinking(
              returnUrl, data == null || data.length() > 4000 ? null : data);
    } else if (linkId == null || linkId.isBlank()) {
      throw LtiException.badRequest("CLAIM_MISSING", "The launch names no resource link.");
    }
    String target = stringClaim(claims, LtiClaims.TARGET_LINK_URI);
    if (target == null || target.isBlank()) {
      if (!deepLinking) {
        throw LtiException.badRequest("CLAIM_MISSING", "The launch names no target link.");
      }
      target = state.targetLinkUri();
    }
    if (!request.toolOrigin().equals(Registration.originOf(target))) {
      throw LtiException.badRequest("TARGET_OFF_SITE", "The launch points to another site.");
    }

    return new LaunchMessage(
        registration.id(),
        registration.issuer(),
        registration.clientId(),
        deploymentId,
        subject,
        name(claims),
        trimmed(asString(claims.getClaim("email")), 320),
        roles,
        messageType,
        target,
        context(claims),
        linkId == null || linkId.isBlank()
            ? null
            : new LaunchMessage.ResourceLink(
                trimmed(linkId, 255), trimmed(asString(link.get("title")), 500)),
        services(claims),
        deepLinkingSettings,
        bound);
  }

  private static SignedJWT parseSigned(String token) {
    if (token == null || token.isBlank()) {
      throw LtiException.badRequest("TOKEN_MISSING", "The launch carried no id_token.");
    }
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw malformed();
    }
    try {
      JWT parsed = JWTParser.parse(token);
      if (parsed instanceof SignedJWT signed) {
        return signed;
      }
    } catch (ParseException e) {
      // fall through
    }
    throw malformed();
  }

  private static LtiException malformed() {
    return LtiException.unauthorized(
        "TOKEN_MALFORMED", "The launch's id_token is not a signed JWT.");
  }

  private static void verifySignature(SignedJWT jwt, JWSAlgorithm alg, JWK key) {
    if (key.getKeyUse() != null && key.getKeyUse() != KeyUse.SIGNATURE) {
      throw LtiException.unauthorized("ALG_KEY_MISMATCH", "The platform key is not for signing.");
    }
    if (key.getAlgorithm() != null && !key.getAlgorithm().equals(alg)) {
      throw LtiException.unauthorized(
          "ALG_KEY_MISMATCH", "The token's algorithm does not match the platform key.");
    }
    JWSVerifier verifier;
    try {
      if (JWSAlgorithm.Family.RSA.contains(alg) && key instanceof RSAKey rsa) {
        verifier = new RSASSAVerifier(rsa.toRSAPublicKey());
      } else if (JWSAlgorithm.Family.EC.contains(alg) && key instanceof ECKey ec) {
        verifier = new ECDSAVerifier(ec.toECPublicKey());
        if (!verifier.supportedJWSAlgorithms().contains(alg)) {
          throw LtiException.unauthorized(
              "ALG_KEY_MISMATCH", "The token's algorithm does not match the platform key.");
        }
      } else {
        throw LtiException.unauthorized(
            "ALG_KEY_MISMATCH", "The token's algorithm does not match the platform key.");
      }
      if (!jwt.verify(verifier)) {
        throw LtiException.unauthorized("SIGNATURE_INVALID", "The launch's signature is invalid.");
      }
    } catch (JOSEException e) {
      throw LtiException.unauthorized("SIGNATURE_INVALID", "The launch's signature is invalid.");
    }
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
    Map<String, Object> c = objectClaim(claims, LtiClaims.CONTEXT);
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
    Map<String, Object> ags = objectClaim(claims, LtiClaims.AGS_ENDPOINT);
    Map<String, Object> nrps = objectClaim(claims, LtiClaims.NRPS);
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

  private static String stringClaim(JWTClaimsSet claims, String name) {
    return asString(claims.getClaim(name));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectClaim(JWTClaimsSet claims, String name) {
    Object o = claims.getClaim(name);
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  private static List<String> stringList(JWTClaimsSet claims, String name) {
    Object o = claims.getClaim(name);
    if (!(o instanceof List<?> list)) {
      throw LtiException.badRequest("CLAIM_MISSING", "The launch carries no roles claim.");
    }
    List<String> out = new ArrayList<>();
    for (Object v : list) {
      if (v instanceof String s && !s.isBlank() && s.length() <= 500 && out.size() < 50) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  private static String asString(Object o) {
    return o instanceof String s ? s : null;
  }

  private static String trimmed(String s, int max) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    return t.length() > max ? t.substring(0, max) : t;
  }
}
