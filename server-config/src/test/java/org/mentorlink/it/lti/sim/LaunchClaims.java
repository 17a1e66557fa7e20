package org.mentorlink.it.lti.sim;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A complete, valid {@code LtiResourceLinkRequest} claim set as Moodle 4.5 sends it, which a test
 * then changes one claim at a time ({@link #remove}, {@link #set}, {@link #lti} ...).
 *
 * <p>{@code nonce}, {@code iat} and {@code exp} are filled in when the token is built ({@link
 * #toClaimsSet}): the nonce of the authentication request, now, and now + 60 s (Moodle's lifetime)
 * — unless the test set them or {@linkplain #remove removed} them.
 *
 * <p>Each claim set also carries the {@code login_hint} and {@code lti_message_hint} a platform
 * would send at login; the {@link PlatformSimulator} finds the claims for an authentication request
 * by its {@code login_hint}.
 */
public final class LaunchClaims {
  private static final AtomicLong SEQUENCE = new AtomicLong();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String toolBase;
  private final LinkedHashMap<String, Object> claims;
  private final Set<String> removed;
  private String loginHint;
  private String messageHint;
  private Lti1p1 lti1p1;

  /**
   * The LTI 1.1 migration claim to add when the token is built, signed with {@code secret} over the
   * token's final values (1EdTech LTI 1.1 to 1.3 migration guide).
   */
  private record Lti1p1(String userId, String consumerKey, String secret) {}

  private LaunchClaims(
      String toolBase,
      LinkedHashMap<String, Object> claims,
      Set<String> removed,
      String loginHint,
      String messageHint) {
    this.toolBase = toolBase;
    this.claims = claims;
    this.removed = removed;
    this.loginHint = loginHint;
    this.messageHint = messageHint;
  }

  /** A student: {@code membership#Learner}. */
  public static LaunchClaims learner(PlatformSimulator platform, String toolBase) {
    return withRoles(platform, toolBase, Lti.LEARNER).name("Ada Lovelace");
  }

  /** A teacher (editing or not): {@code membership#Instructor}. */
  public static LaunchClaims instructor(PlatformSimulator platform, String toolBase) {
    return withRoles(platform, toolBase, Lti.INSTRUCTOR).name("Grace Hopper");
  }

  /** A site administrator: Moodle sends the institution and system administrator roles. */
  public static LaunchClaims administrator(PlatformSimulator platform, String toolBase) {
    return withRoles(platform, toolBase, Lti.INSTITUTION_ADMINISTRATOR, Lti.SYSTEM_ADMINISTRATOR)
        .name("Barbara Liskov");
  }

  /** A complete launch with the given roles claim (may be empty) and a generic name. */
  public static LaunchClaims withRoles(
      PlatformSimulator platform, String toolBase, String... roles) {
    long n = SEQUENCE.incrementAndGet();
    String userId = String.valueOf(100 + n);
    String suffix = HexFormat.of().formatHex(randomBytes(4));
    String base = platform.issuer();
    String deployment = platform.deploymentIds().isEmpty() ? "1" : platform.deploymentIds().get(0);

    LinkedHashMap<String, Object> c = new LinkedHashMap<>();
    c.put("iss", platform.issuer());
    c.put("aud", platform.clientId());
    c.put("sub", userId);
    c.put(Lti.DEPLOYMENT_ID, deployment);
    c.put(Lti.TARGET_LINK_URI, strip(toolBase) + "/lti/launch");
    c.put(Lti.MESSAGE_TYPE, Lti.RESOURCE_LINK_REQUEST);
    c.put(Lti.VERSION, "1.3.0");
    c.put(
        Lti.RESOURCE_LINK,
        map("title", "Mentoring log", "description", "", "id", String.valueOf(10 + n)));
    c.put(Lti.ROLES, new ArrayList<>(Arrays.asList(roles)));
    c.put(
        Lti.CONTEXT,
        map(
            "id",
            "2",
            "label",
            "CARD-REG",
            "title",
            "Cardiology registrars",
            "type",
            List.of("CourseSection")));
    c.put(
        Lti.TOOL_PLATFORM,
        map(
            "product_family_code",
            "moodle",
            "version",
            "2024100706",
            "guid",
            "127.0.0.1",
            "name",
            "Simulated Moodle",
            "description",
            "Mentorlink integration tests"));
    c.put(
        Lti.LAUNCH_PRESENTATION,
        map(
            "locale",
            "en",
            "document_target",
            "iframe",
            "return_url",
            base + "/mod/lti/return.php?course=2&launch_container=3&instanceid=1&sesskey=s3ss"));
    c.put(
        Lti.LIS,
        map(
            "person_sourcedid",
            "",
            "course_section_sourcedid",
            "",
            "course_offering_sourcedid",
            ""));
    c.put(Lti.CUSTOM, map("scheme", "cardiology"));
    c.put(
        Lti.AGS_ENDPOINT,
        map(
            "scope",
            List.of(
                Lti.SCOPE_LINEITEM,
                Lti.SCOPE_LINEITEM_READONLY,
                Lti.SCOPE_RESULT_READONLY,
                Lti.SCOPE_SCORE),
            "lineitems",
            base + "/mod/lti/services.php/2/lineitems?type_id=" + deployment,
            "lineitem",
            base + "/mod/lti/services.php/2/lineitems/3/lineitem?type_id=" + deployment));
    c.put(
        Lti.NRPS,
        map(
            "context_memberships_url",
            base + "/mod/lti/services.php/CourseSection/2/bindings/" + deployment + "/memberships",
            "service_versions",
            List.of("1.0", "2.0")));
    c.put(
        Lti.BASIC_OUTCOME,
        map(
            "lis_result_sourcedid",
            "{\"data\":{\"instanceid\":\"1\",\"userid\":\"" + userId + "\"}}",
            "lis_outcome_service_url",
            base + "/mod/lti/service.php"));
    c.put("email", "user" + userId + "@example.org");

    LaunchClaims claims =
        new LaunchClaims(
            strip(toolBase),
            c,
            new HashSet<>(),
            userId + "-" + suffix,
            "{\"cmid\":" + (10 + n) + ",\"launchid\":\"ltilaunch" + n + "_" + suffix + "\"}");
    return claims.name("Participant " + userId);
  }

  /** A deep copy, to be changed independently. */
  public LaunchClaims copy() {
    LinkedHashMap<String, Object> c = new LinkedHashMap<>();
    claims.forEach((k, v) -> c.put(k, deepCopy(v)));
    LaunchClaims copy =
        new LaunchClaims(toolBase, c, new HashSet<>(removed), loginHint, messageHint);
    copy.lti1p1 = lti1p1;
    return copy;
  }

  /**
   * The {@code lti1p1} migration claim for LTI 1.1 {@code userId} of {@code consumerKey}, its
   * {@code oauth_consumer_key_sign} computed when the token is built — base64 HMAC-SHA256, keyed by
   * {@code secret}, of {@code key&deployment_id&iss&client_id&exp&nonce} — so a wrong {@code
   * secret} makes a forged one.
   */
  public LaunchClaims lti1p1(String userId, String consumerKey, String secret) {
    this.lti1p1 = new Lti1p1(userId, consumerKey, secret);
    return this;
  }

  // ---------------------------------------------------------------- changes

  /** Sets a claim (top-level name, e.g. {@code "sub"} or a full LTI claim URI). */
  public LaunchClaims set(String name, Object value) {
    claims.put(name, deepCopy(value));
    removed.remove(name);
    return this;
  }

  /** Removes a claim; {@code nonce}, {@code iat}, {@code exp} are then not filled in either. */
  public LaunchClaims remove(String name) {
    claims.remove(name);
    removed.add(name);
    return this;
  }

  /** Sets the LTI claim {@code https://purl.imsglobal.org/spec/lti/claim/<shortName>}. */
  public LaunchClaims lti(String shortName, Object value) {
    return set(Lti.CLAIM + shortName, value);
  }

  /** Removes the LTI claim {@code https://purl.imsglobal.org/spec/lti/claim/<shortName>}. */
  public LaunchClaims removeLti(String shortName) {
    return remove(Lti.CLAIM + shortName);
  }

  /** Sets (or, with {@code value == null}, removes) one member of an object claim. */
  @SuppressWarnings("unchecked")
  public LaunchClaims member(String claim, String member, Object value) {
    Object current = claims.get(claim);
    LinkedHashMap<String, Object> m =
        current instanceof Map
            ? (LinkedHashMap<String, Object>) deepCopy(current)
            : new LinkedHashMap<>();
    if (value == null) {
      m.remove(member);
    } else {
      m.put(member, deepCopy(value));
    }
    claims.put(claim, m);
    removed.remove(claim);
    return this;
  }

  public LaunchClaims subject(String sub) {
    return set("sub", sub);
  }

  public LaunchClaims issuer(String iss) {
    return set("iss", iss);
  }

  /** {@code aud}: a string or a list of strings. */
  public LaunchClaims audience(Object aud) {
    return set("aud", aud);
  }

  public LaunchClaims roles(String... roles) {
    return set(Lti.ROLES, new ArrayList<>(Arrays.asList(roles)));
  }

  /** Sets {@code name}, {@code given_name} (first word) and {@code family_name} (the rest). */
  public LaunchClaims name(String name) {
    set("name", name);
    int space = name.indexOf(' ');
    set("given_name", space < 0 ? name : name.substring(0, space));
    set("family_name", space < 0 ? "" : name.substring(space + 1));
    return this;
  }

  public LaunchClaims email(String email) {
    return set("email", email);
  }

  /** No name, given/family name or email (Moodle's "privacy: do not share"). */
  public LaunchClaims withoutPersonalData() {
    return remove("name").remove("given_name").remove("family_name").remove("email");
  }

  /** The course; its membership service URL (NRPS claim) follows, as Moodle's does. */
  public LaunchClaims context(String id, String label, String title) {
    Object url = member(Lti.NRPS, "context_memberships_url");
    if (url instanceof String u && u.contains("/CourseSection/")) {
      member(
          Lti.NRPS,
          "context_memberships_url",
          u.replaceFirst("/CourseSection/[^/]+/", "/CourseSection/" + id + "/"));
    }
    return member(Lti.CONTEXT, "id", id)
        .member(Lti.CONTEXT, "label", label)
        .member(Lti.CONTEXT, "title", title);
  }

  public LaunchClaims contextTitle(String title) {
    return member(Lti.CONTEXT, "title", title);
  }

  public LaunchClaims resourceLinkId(String id) {
    return member(Lti.RESOURCE_LINK, "id", id);
  }

  public LaunchClaims deploymentId(String deploymentId) {
    return set(Lti.DEPLOYMENT_ID, deploymentId);
  }

  public LaunchClaims messageType(String type) {
    return set(Lti.MESSAGE_TYPE, type);
  }

  /**
   * A deep-linking request (Deep Linking 2.0 §4.4) as Moodle's "Select content" sends it: no
   * resource link, and the settings claim with the platform's {@code returnUrl}, resource links
   * accepted (several at once) and an opaque {@code data} to be echoed back.
   */
  public LaunchClaims deepLinking(String returnUrl, String data) {
    messageType(Lti.DEEP_LINKING_REQUEST);
    remove(Lti.RESOURCE_LINK);
    return set(
        Lti.DL_SETTINGS,
        map(
            "deep_link_return_url",
            returnUrl,
            "accept_types",
            List.of("ltiResourceLink"),
            "accept_presentation_document_targets",
            List.of("frame", "iframe", "window"),
            "accept_multiple",
            true,
            "auto_create",
            false,
            "title",
            "",
            "text",
            "",
            "data",
            data));
  }

  public LaunchClaims version(String version) {
    return set(Lti.VERSION, version);
  }

  public LaunchClaims targetLinkUri(String uri) {
    return set(Lti.TARGET_LINK_URI, uri);
  }

  public LaunchClaims issuedAt(Instant iat) {
    return set("iat", iat);
  }

  public LaunchClaims expiresAt(Instant exp) {
    return set("exp", exp);
  }

  /** A fixed nonce instead of the one from the authentication request. */
  public LaunchClaims nonce(String nonce) {
    return set("nonce", nonce);
  }

  public LaunchClaims loginHint(String loginHint) {
    this.loginHint = loginHint;
    return this;
  }

  /** The {@code lti_message_hint} sent at login ({@code null}: none). */
  public LaunchClaims messageHint(String messageHint) {
    this.messageHint = messageHint;
    return this;
  }

  // ---------------------------------------------------------------- reading

  public String toolBase() {
    return toolBase;
  }

  public String loginHint() {
    return loginHint;
  }

  public String messageHint() {
    return messageHint;
  }

  public Object get(String name) {
    return claims.get(name);
  }

  public String string(String name) {
    Object v = claims.get(name);
    return v instanceof String s ? s : null;
  }

  /** A member of an object claim, or null. */
  public Object member(String claim, String member) {
    return claims.get(claim) instanceof Map<?, ?> m ? m.get(member) : null;
  }

  public String subject() {
    return string("sub");
  }

  public String name() {
    return string("name");
  }

  public String deploymentId() {
    return string(Lti.DEPLOYMENT_ID);
  }

  /** The roles claim as it will be sent ({@code null} when removed). */
  @SuppressWarnings("unchecked")
  public List<String> roles() {
    Object v = claims.get(Lti.ROLES);
    return v instanceof List ? List.copyOf((List<String>) v) : null;
  }

  /** The claims as set so far (without the ones filled in when the token is built). */
  public Map<String, Object> asMap() {
    return java.util.Collections.unmodifiableMap(claims);
  }

  // ---------------------------------------------------------------- building and signing

  /**
   * The claim set of the {@code id_token}: the claims, plus {@code nonce} ({@code requestNonce},
   * unless set or removed), {@code iat} (now) and {@code exp} (now + 60 s). Like Moodle, no {@code
   * jti}.
   */
  public JWTClaimsSet toClaimsSet(String requestNonce) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder b = new JWTClaimsSet.Builder();
    for (Map.Entry<String, Object> e : claims.entrySet()) {
      Object v = e.getValue();
      b.claim(e.getKey(), v instanceof Instant i ? Date.from(i) : deepCopy(v));
    }
    if (!claims.containsKey("nonce") && !removed.contains("nonce") && requestNonce != null) {
      b.claim("nonce", requestNonce);
    }
    if (!claims.containsKey("iat") && !removed.contains("iat")) {
      b.issueTime(Date.from(now));
    }
    if (!claims.containsKey("exp") && !removed.contains("exp")) {
      b.expirationTime(Date.from(now.plusSeconds(60)));
    }
    JWTClaimsSet built = b.build();
    if (lti1p1 == null) {
      return built;
    }
    String base =
        String.join(
            "&",
            lti1p1.consumerKey(),
            String.valueOf(built.getClaim(Lti.DEPLOYMENT_ID)),
            built.getIssuer(),
            built.getAudience().get(0),
            Long.toString(built.getExpirationTime().getTime() / 1000),
            String.valueOf(built.getClaim("nonce")));
    String sign;
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(
          new javax.crypto.spec.SecretKeySpec(
              lti1p1.secret().getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
      sign =
          java.util.Base64.getEncoder()
              .encodeToString(mac.doFinal(base.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    return new JWTClaimsSet.Builder(built)
        .claim(
            Lti.CLAIM + "lti1p1",
            map(
                "user_id",
                lti1p1.userId(),
                "oauth_consumer_key",
                lti1p1.consumerKey(),
                "oauth_consumer_key_sign",
                sign))
        .build();
  }

  /** Signed with the platform's current key (RS256, its kid). */
  public String signedBy(PlatformSimulator platform, String nonce) {
    return signedWith(platform.currentKeySigner(), nonce);
  }

  /** Signed with {@code signer} (see {@link TokenSigner}'s factories). */
  public String signedWith(TokenSigner signer, String nonce) {
    try {
      return signer.sign(toClaimsSet(nonce));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signed with another key, announcing {@code kid} (null: no kid). */
  public String signedWith(com.nimbusds.jose.jwk.RSAKey key, String kid, String nonce) {
    return signedWith(TokenSigner.rs256(key, kid), nonce);
  }

  /** Signed with the platform's current key, but no kid in the header. */
  public String signedWithoutKid(PlatformSimulator platform, String nonce) {
    return signedWith(TokenSigner.withoutKid(platform.currentKey()), nonce);
  }

  /** {@code alg=none}. */
  public String unsigned(String nonce) {
    return signedWith(TokenSigner.unsigned(), nonce);
  }

  /** HS256 with the platform's public key as the secret (algorithm confusion). */
  public String signedHs256WithPublicKeyOf(PlatformSimulator platform, String nonce) {
    return signedWith(TokenSigner.hs256WithPublicKey(platform.currentKey()), nonce);
  }

  /** Signed with another simulator's current key and kid. */
  public String signedByOther(PlatformSimulator other, String nonce) {
    return signedWith(other.currentKeySigner(), nonce);
  }

  @Override
  public String toString() {
    return "LaunchClaims" + claims + " removed=" + removed + " login_hint=" + loginHint;
  }

  // ---------------------------------------------------------------- helpers

  private static String strip(String base) {
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private static LinkedHashMap<String, Object> map(Object... kv) {
    LinkedHashMap<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Object deepCopy(Object v) {
    if (v instanceof Map<?, ?> m) {
      LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, x) -> copy.put(String.valueOf(k), deepCopy(x)));
      return copy;
    }
    if (v instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(x -> copy.add(deepCopy(x)));
      return copy;
    }
    return v;
  }

  static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
