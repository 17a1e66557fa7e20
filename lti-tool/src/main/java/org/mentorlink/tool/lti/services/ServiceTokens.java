package org.mentorlink.tool.lti.services;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.mentorlink.tool.infrastructure.http.OutboundHttp;
import org.mentorlink.tool.lti.keys.ToolKeys;
import org.mentorlink.tool.lti.registration.Registration;
import org.mentorlink.tool.lti.registration.Registrations;

/**
 * Service access tokens from a platform's token endpoint (OAuth 2 client credentials with a JWT
 * assertion signed by the tool's key, as LTI Security 1.0 §4.1 requires), cached per registration
 * and scope until shortly before they expire. The assertion is dated a few seconds in the past so
 * that a platform whose clock is a little behind still accepts it.
 */
@ApplicationScoped
public class ServiceTokens {
  static final long SKEW_SECONDS = 5;
  static final long ASSERTION_LIFETIME_SECONDS = 60;
  static final long EXPIRY_MARGIN_SECONDS = 30;

  @Inject OutboundHttp http;
  @Inject ToolKeys keys;
  @Inject Registrations registrations;
  @Inject Clock clock;

  private record Cached(String token, Instant expires) {}

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** The platform refused or failed to give a token. */
  public static class TokenException extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;

    TokenException(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  /** A token for {@code scope} (space-separated) from the registration's platform. */
  public String token(String registrationId, String scope) throws IOException {
    String key = registrationId + " " + scope;
    Cached c = cache.get(key);
    Instant now = clock.instant();
    if (c != null && c.expires().isAfter(now)) {
      return c.token();
    }
    Registration r =
        registrations
            .find(registrationId)
            .orElseThrow(() -> new TokenException(0, "the registration no longer exists"));
    String form =
        "grant_type=client_credentials"
            + "&client_assertion_type="
            + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
            + "&client_assertion="
            + enc(assertion(r, now))
            + "&scope="
            + enc(scope);
    OutboundHttp.Answer a =
        http.post(
            r.authTokenUrl(),
            "application/x-www-form-urlencoded",
            form,
            Map.of("Accept", "application/json"));
    if (!a.ok()) {
      throw new TokenException(a.status(), "token endpoint answered " + a.status());
    }
    JsonObject body;
    try {
      body = Json.createReader(new StringReader(a.body())).readObject();
    } catch (RuntimeException e) {
      throw new TokenException(a.status(), "token endpoint answered no JSON object");
    }
    String token = body.getString("access_token", null);
    if (token == null || token.isBlank()) {
      throw new TokenException(a.status(), "token endpoint answered no access_token");
    }
    long expiresIn =
        body.containsKey("expires_in")
                && body.get("expires_in") instanceof jakarta.json.JsonNumber n
            ? n.longValue()
            : 3600;
    long keep = Math.max(0, expiresIn - Math.min(EXPIRY_MARGIN_SECONDS, expiresIn / 2));
    cache.put(key, new Cached(token, now.plusSeconds(keep)));
    return token;
  }

  /** Forgets a token the platform no longer accepts. */
  public void invalidate(String registrationId, String scope, String token) {
    cache.computeIfPresent(
        registrationId + " " + scope, (k, v) -> v.token().equals(token) ? null : v);
  }

  private String assertion(Registration r, Instant now) throws TokenException {
    RSAKey key = keys.signingKey();
    Instant iat = now.minusSeconds(SKEW_SECONDS);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(r.clientId())
            .subject(r.clientId())
            .audience(r.authTokenUrl())
            .issueTime(Date.from(iat))
            .notBeforeTime(Date.from(iat))
            .expirationTime(Date.from(iat.plusSeconds(ASSERTION_LIFETIME_SECONDS)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new TokenException(0, "could not sign the client assertion");
    }
    return jwt.serialize();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
