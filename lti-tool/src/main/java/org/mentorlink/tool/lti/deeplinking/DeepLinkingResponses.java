package org.mentorlink.tool.lti.deeplinking;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.lti.keys.ToolKeys;
import org.mentorlink.tool.lti.launch.LtiClaims;
import org.mentorlink.tool.lti.registration.Registration;

/**
 * Builds the {@code LtiDeepLinkingResponse} JWT (Deep Linking 2.0 §4.5) signed with the tool's
 * current key: issuer is our client id, audience the platform.
 */
@ApplicationScoped
public class DeepLinkingResponses {
  @Inject ToolKeys keys;
  @Inject Clock clock;

  /** A resource link to place in the course, launching into {@code url} with custom params. */
  public record Item(String title, String text, String url, Map<String, String> custom) {}

  public String sign(
      Registration registration, String deploymentId, List<Item> items, String data) {
    Instant now = clock.instant();
    List<Object> contentItems = new ArrayList<>();
    for (Item i : items) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("type", "ltiResourceLink");
      item.put("title", i.title());
      item.put("text", i.text());
      item.put("url", i.url());
      if (!i.custom().isEmpty()) {
        item.put("custom", i.custom());
      }
      contentItems.add(item);
    }
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(registration.clientId())
            .audience(registration.issuer())
            .issueTime(Date.from(now.minusSeconds(5)))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
            .claim("nonce", Secrets.newSecret())
            .claim(LtiClaims.DEPLOYMENT_ID, deploymentId)
            .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
            .claim(LtiClaims.VERSION, LtiClaims.VERSION_1_3_0)
            .claim(LtiClaims.DL_CONTENT_ITEMS, contentItems);
    if (data != null) {
      claims.claim(LtiClaims.DL_DATA, data);
    }
    RSAKey key = keys.signingKey();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("signing the deep-linking response failed", e);
    }
    return jwt.serialize();
  }
}
