package org.mentorlink.it.lti.sim;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * An LTI 1.3 platform for tests, shaped like Moodle 4.5: a JDK {@link HttpServer} on 127.0.0.1 and
 * a free port, issuer {@code http://127.0.0.1:<port><path>}.
 *
 * <p>Endpoints (under the issuer, Moodle's file names):
 *
 * <ul>
 *   <li>{@code /mod/lti/certs.php} — JWKS (current and previous key); can fail, hang or be down
 *       ({@link JwksMode}), counts fetches, serves a configurable {@code Cache-Control}.
 *   <li>{@code /mod/lti/auth.php} — OIDC authentication endpoint (GET and POST): checks the
 *       request, records it, and answers an auto-submitting form that POSTs {@code id_token} and
 *       {@code state} to {@code redirect_uri}. The token is built from the claims {@linkplain
 *       #prepareLaunch prepared} for the request's {@code login_hint}, with the request's nonce.
 *   <li>{@code /.well-known/openid-configuration} and {@code /mod/lti/openid-configuration.php} —
 *       the platform's OpenID configuration.
 *   <li>{@code /mod/lti/openid-registration.php} — dynamic registration: needs a {@linkplain
 *       #issueRegistrationToken registration token} it issued; answers 200 with the client id and
 *       the deployment id.
 *   <li>{@code /mod/lti/token.php} — OAuth 2 client credentials with a JWT bearer assertion,
 *       verified against the tool's JWKS.
 *   <li>{@code /course-page} — a course page for a real browser ({@link #coursePage}): the tool in
 *       an iframe whose {@code src} is the tool's login initiation URL, as Moodle's "embed" launch
 *       container; or, with {@code window=1}, a link that opens the tool in a new window. With
 *       {@code storage=...} ({@link Storage}) the page offers platform storage as Canvas does:
 *       {@code lti_storage_target=_parent} in the login, and the page itself answers {@code
 *       lti.put_data} and {@code lti.get_data} (LTI Client Side postMessages).
 * </ul>
 */
public final class PlatformSimulator implements AutoCloseable {
  public static final String JWKS_PATH = "/mod/lti/certs.php";
  public static final String AUTH_PATH = "/mod/lti/auth.php";
  public static final String TOKEN_PATH = "/mod/lti/token.php";
  public static final String AGS_PREFIX = "/mod/lti/services.php/";
  private static final java.util.regex.Pattern LINE_ITEMS =
      java.util.regex.Pattern.compile("/mod/lti/services\\.php/([^/]+)/lineitems");
  private static final java.util.regex.Pattern SCORES =
      java.util.regex.Pattern.compile(
          "/mod/lti/services\\.php/([^/]+)/lineitems/([0-9]+)/lineitem/scores");
  public static final String REGISTRATION_PATH = "/mod/lti/openid-registration.php";

  /**
   * Moodle's membership service: {@code
   * services.php/CourseSection/<course>/bindings/<type>/memberships}.
   */
  static final java.util.regex.Pattern MEMBERSHIPS =
      java.util.regex.Pattern.compile(
          "/mod/lti/services\\.php/CourseSection/([^/]+)/bindings/([^/]+)/memberships");

  public static final String WELL_KNOWN_PATH = "/.well-known/openid-configuration";
  public static final String MOODLE_CONFIGURATION_PATH = "/mod/lti/openid-configuration.php";
  public static final String COURSE_PAGE_PATH = "/course-page";
  public static final String DEEP_LINK_RETURN_PATH = "/mod/lti/contentitem_return.php";

  /** How many prepared launches and authentication requests are kept (a benchmark runs long). */
  public static final int HISTORY = 10_000;

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** What the JWKS endpoint serves. */
  public enum JwksMode {
    /** The key set. */
    NORMAL,
    /** HTTP 500. */
    ERROR_500,
    /** HTTP 200 with a body that is not a key set. */
    GARBAGE,
    /** No answer: the request is held (up to a minute, or until the simulator closes). */
    HANG,
    /** The connection is closed without an answer, as by a platform that is down. */
    DOWN
  }

  /** One request to the authentication endpoint; {@code problems} empty when it was valid. */
  public record AuthRequest(
      String method, Map<String, String> params, List<String> problems, Instant at) {
    public boolean valid() {
      return problems.isEmpty();
    }

    public String param(String name) {
      return params.get(name);
    }
  }

  /** One request to the registration endpoint, and what the platform answered. */
  public record RegistrationRequest(
      String authorization, String contentType, String rawBody, JsonObject body, int status) {}

  /** One request to the token endpoint; {@code problems} empty when a token was issued. */
  public record TokenRequest(
      Map<String, String> params, List<String> problems, String accessToken) {}

  private record Prepared(LaunchClaims claims, TokenSigner signer) {}

  /**
   * One deep-linking response POSTed to {@code contentitem_return.php}: the {@code JWT} field as
   * received, its claims (null when unreadable), and what is wrong with it (empty when it is signed
   * by the tool and addressed to this platform as Deep Linking 2.0 §4.5 says).
   */
  public record DeepLinkResponse(String jwt, JWTClaimsSet claims, List<String> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }

    /** The titles of the content items it places, in order. */
    @SuppressWarnings("unchecked")
    public List<String> titles() {
      Object items = claims == null ? null : claims.getClaim(Lti.DL_CONTENT_ITEMS);
      List<String> out = new ArrayList<>();
      if (items instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof Map<?, ?> m && m.get("title") != null) {
            out.add(String.valueOf(m.get("title")));
          }
        }
      }
      return out;
    }
  }

  /** One request to the AGS line-items service (GET list, POST new item). */
  public record AgsRequest(
      String method, String path, String query, String authorization, int status) {}

  /**
   * One score POSTed to {@code <lineitem>/scores}: where, with which token and content type, the
   * body as received and parsed, and the status answered ({@code problems} says why a 400).
   */
  public record ReceivedScore(
      String lineItem,
      String query,
      String contentType,
      String authorization,
      String raw,
      JsonObject body,
      int status,
      List<String> problems) {
    public boolean accepted() {
      return status == 200;
    }

    public String bearer() {
      return authorization != null && authorization.startsWith("Bearer ")
          ? authorization.substring(7)
          : null;
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final String path;
  private final String issuer;
  private final String clientId;
  private final List<String> deploymentIds;

  private volatile String redirectUri;
  private volatile String toolJwksUrl;
  private volatile RSAKey currentKey;
  private volatile RSAKey previousKey;
  private volatile JwksMode jwksMode = JwksMode.NORMAL;
  private volatile String jwksCacheControl;
  private volatile UnaryOperator<JsonObject> configurationOverride = UnaryOperator.identity();
  private volatile int registrationFailureStatus;
  private volatile String registrationFailureBody;

  private final AtomicInteger jwksFetches = new AtomicInteger();

  /** Prepared launches by login_hint; the oldest are forgotten beyond {@value #HISTORY}. */
  private final Map<String, Prepared> prepared =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Prepared> eldest) {
              return size() > HISTORY;
            }
          });

  /** The last {@value #HISTORY} authentication requests. */
  private final java.util.ArrayDeque<AuthRequest> authRequests = new java.util.ArrayDeque<>();

  private final Set<String> registrationTokens = ConcurrentHashMap.newKeySet();
  private final List<RegistrationRequest> registrationRequests = new CopyOnWriteArrayList<>();
  private final List<DeepLinkResponse> deepLinkResponses = new CopyOnWriteArrayList<>();
  private final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();
  private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
  private final Map<String, Instant> tokenExpiry = new ConcurrentHashMap<>();
  private final Map<String, String> tokenScopes = new ConcurrentHashMap<>();
  private volatile int tokenLifetimeSeconds = 3600;

  // AGS (line items and scores), as Moodle 4.5 serves them.
  private final List<JsonObject> lineItems = new CopyOnWriteArrayList<>();
  private final AtomicInteger lineItemSequence = new AtomicInteger();
  private final List<AgsRequest> agsRequests = new CopyOnWriteArrayList<>();
  private final List<ReceivedScore> scores = new CopyOnWriteArrayList<>();
  private final Map<String, java.time.OffsetDateTime> lastScoreTimestamps =
      new ConcurrentHashMap<>();
  private final Set<String> nonGradable = ConcurrentHashMap.newKeySet();
  private final AtomicInteger scoreFailures = new AtomicInteger();
  private volatile int scoreFailureStatus = 429;
  private volatile int agsDownStatus;
  private volatile int lineItemsPageSize;

  // NRPS (context memberships), as Moodle 4.5 serves them: short role names, Link rel="next".
  /** How the membership service answers. */
  public enum NrpsMode {
    NORMAL,
    /** 401 to every request, as for a token without the scope. */
    ERROR_401,
    ERROR_500,
    /** 200 with a body that is not JSON. */
    GARBAGE,
    /** 200 with a JSON object that has no members array. */
    NOT_A_CONTAINER,
    /** The first page's next link points to another host (localhost instead of 127.0.0.1). */
    NEXT_TO_OTHER_HOST
  }

  /** A member request: the page asked for, the bearer token, and the status answered. */
  public record NrpsRequest(String path, String query, String authorization, int status) {}

  /** Who was given an id_token, per course (context id), by user id. */
  private final Map<String, Map<String, JsonObject>> enrolled = new ConcurrentHashMap<>();

  private volatile List<JsonObject> explicitMembers;
  private volatile int nrpsPageSize = 50;
  private volatile NrpsMode nrpsMode = NrpsMode.NORMAL;
  private final List<NrpsRequest> nrpsRequests = new CopyOnWriteArrayList<>();

  private PlatformSimulator(Builder b) throws IOException {
    this.path = normalisePath(b.path);
    this.clientId = b.clientId != null ? b.clientId : "sim-" + UUID.randomUUID();
    this.deploymentIds = List.copyOf(b.deploymentIds);
    this.redirectUri = b.redirectUri;
    this.toolJwksUrl = b.toolJwksUrl;
    this.jwksCacheControl = b.jwksCacheControl;
    this.currentKey = newKey();
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "platform-simulator");
              t.setDaemon(true);
              return t;
            });
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 128);
    this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + path;
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A simulator with the defaults: path {@code /platform}, a random client id, deployment "1". */
  public static PlatformSimulator start() {
    return builder().start();
  }

  /** Configuration of a simulator before it starts. */
  public static final class Builder {
    private String path = "/platform";
    private String clientId;
    private List<String> deploymentIds = List.of("1");
    private String redirectUri;
    private String toolJwksUrl;
    private String jwksCacheControl;

    private Builder() {}

    /** The issuer's path ({@code /platform} by default): several simulators, several issuers. */
    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    public Builder deploymentIds(String... ids) {
      this.deploymentIds = List.of(ids);
      return this;
    }

    /** The {@code redirect_uri} the authentication endpoint demands (null: any). */
    public Builder redirectUri(String redirectUri) {
      this.redirectUri = redirectUri;
      return this;
    }

    /** The tool's JWKS URL, for verifying client assertions at the token endpoint. */
    public Builder toolJwksUrl(String url) {
      this.toolJwksUrl = url;
      return this;
    }

    /** The JWKS endpoint's {@code Cache-Control} header (null: none). */
    public Builder jwksCacheControl(String value) {
      this.jwksCacheControl = value;
      return this;
    }

    public PlatformSimulator start() {
      try {
        return new PlatformSimulator(this);
      } catch (IOException e) {
        throw new IllegalStateException("cannot start the platform simulator", e);
      }
    }
  }

  // ------------------------------------------------------------------ identity and URLs

  public String issuer() {
    return issuer;
  }

  /** {@code http://127.0.0.1:<port>}: the origin a tool page is framed by. */
  public String origin() {
    return "http://127.0.0.1:" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String path() {
    return path;
  }

  public String clientId() {
    return clientId;
  }

  public List<String> deploymentIds() {
    return deploymentIds;
  }

  public String jwksUrl() {
    return issuer + JWKS_PATH;
  }

  public String authUrl() {
    return issuer + AUTH_PATH;
  }

  public String tokenUrl() {
    return issuer + TOKEN_PATH;
  }

  public String registrationUrl() {
    return issuer + REGISTRATION_PATH;
  }

  /** {@code <issuer>/.well-known/openid-configuration}. */
  public String openIdConfigurationUrl() {
    return issuer + WELL_KNOWN_PATH;
  }

  /** {@code <issuer>/mod/lti/openid-configuration.php}, as Moodle hands it to tools. */
  public String moodleOpenIdConfigurationUrl() {
    return issuer + MOODLE_CONFIGURATION_PATH;
  }

  public String redirectUri() {
    return redirectUri;
  }

  /** Sets the {@code redirect_uri} the authentication endpoint demands (null: any). */
  public void redirectUri(String redirectUri) {
    this.redirectUri = redirectUri;
  }

  public void toolJwksUrl(String url) {
    this.toolJwksUrl = url;
  }

  public String toolJwksUrl() {
    return toolJwksUrl;
  }

  // ------------------------------------------------------------------ keys

  public RSAKey currentKey() {
    return currentKey;
  }

  public String currentKid() {
    return currentKey.getKeyID();
  }

  public Optional<RSAKey> previousKey() {
    return Optional.ofNullable(previousKey);
  }

  /** The current key becomes the previous one (still served); a new current key. */
  public synchronized RSAKey rotateKeys() {
    previousKey = currentKey;
    currentKey = newKey();
    return currentKey;
  }

  /** Stops serving the previous key. */
  public void forgetPreviousKey() {
    previousKey = null;
  }

  /** A signer with whatever key is current when it signs (RS256, kid). */
  public TokenSigner currentKeySigner() {
    return claims -> TokenSigner.rs256(currentKey).sign(claims);
  }

  public void jwksMode(JwksMode mode) {
    this.jwksMode = mode;
  }

  public void jwksCacheControl(String value) {
    this.jwksCacheControl = value;
  }

  /** How many requests the JWKS endpoint has received (any answer). */
  public int jwksFetches() {
    return jwksFetches.get();
  }

  /** The public key set as served in {@link JwksMode#NORMAL}. */
  public JWKSet publicKeySet() {
    List<JWK> keys = new ArrayList<>();
    keys.add(currentKey.toPublicJWK());
    RSAKey previous = previousKey;
    if (previous != null) {
      keys.add(previous.toPublicJWK());
    }
    return new JWKSet(keys);
  }

  private static RSAKey newKey() {
    try {
      return new RSAKeyGenerator(2048)
          .keyID("sim-" + HexFormat.of().formatHex(LaunchClaims.randomBytes(8)))
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ launches

  /**
   * The next authentication requests with {@code claims.loginHint()} get an id_token built from (a
   * copy of) these claims and signed with the key current at that moment.
   */
  public void prepareLaunch(LaunchClaims claims) {
    prepareLaunch(claims, null);
  }

  /** As {@link #prepareLaunch(LaunchClaims)}, signed by {@code signer} (null: current key). */
  public void prepareLaunch(LaunchClaims claims, TokenSigner signer) {
    prepared.put(claims.loginHint(), new Prepared(claims.copy(), signer));
  }

  /**
   * Prepares the launch of {@code claims} and returns the URL of a course page that launches it in
   * a real browser: {@code <issuer>/course-page?login=<toolLoginUrl>&hint=<login_hint>}, which
   * frames the tool's login initiation URL in {@code <iframe id="tool" title="Mentorlink">} (or,
   * with {@code newWindow}, links to it with {@code target="_blank"}). The login carries {@code
   * iss}, {@code login_hint}, {@code target_link_uri} ({@code <tool>/lti/launch}), {@code
   * lti_message_hint}, {@code client_id} and {@code lti_deployment_id}, as Moodle sends them.
   */
  public String coursePage(String toolLoginUrl, LaunchClaims claims, boolean newWindow) {
    prepareLaunch(claims);
    return issuer
        + COURSE_PAGE_PATH
        + "?login="
        + URLEncoder.encode(toolLoginUrl, StandardCharsets.UTF_8)
        + "&hint="
        + URLEncoder.encode(claims.loginHint(), StandardCharsets.UTF_8)
        + (newWindow ? "&window=1" : "");
  }

  /**
   * How a course page offers platform storage (1EdTech "LTI Client Side postMessages"): the page
   * keeps a map of what the tool put, per tool origin, answers only messages from the tool's origin
   * (the origin of the login URL it frames), and records every {@code lti.*} message it receives in
   * {@code window.ltiStorage.received} ({@code subject}, {@code origin}, {@code key}, {@code
   * value}, {@code message_id}) for the test to read. With {@code hold}, its {@code lti.put_data}
   * answers wait (the value is stored at once) until the test calls {@code
   * window.ltiStorage.release()}.
   */
  public enum Storage {
    /** Not offered, as Moodle 4.5: no {@code lti_storage_target}. */
    NONE,
    /** Offered with {@code lti_storage_target=_parent}; both messages answered faithfully. */
    ANSWER,
    /** Offered; {@code lti.get_data} answered with another value than the one put. */
    WRONG_VALUE,
    /** Offered; {@code lti.get_data} never answered. */
    SILENT_GET,
    /**
     * Offered; before its true {@code lti.get_data} answer the tool's frame receives two forged
     * ones with another value: one from the platform's origin for another {@code message_id}, and
     * one with the right {@code message_id} from another origin (a sandboxed frame of the page,
     * origin {@code null}); {@code window.ltiStorage.forgeriesSent} then says they were sent. A
     * tool that reads either signs in nobody.
     */
    FORGED_FIRST;

    String param() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Storage fromParam(String p) {
      for (Storage s : values()) {
        if (s.param().equals(p)) {
          return s;
        }
      }
      return NONE;
    }
  }

  /**
   * As {@link #coursePage(String, LaunchClaims, boolean)} in an iframe, the page offering platform
   * storage as {@code storage} says; with {@code holdPut}, its {@code lti.put_data} answers wait
   * for {@code window.ltiStorage.release()}.
   */
  public String coursePage(
      String toolLoginUrl, LaunchClaims claims, Storage storage, boolean holdPut) {
    return coursePage(toolLoginUrl, claims, false)
        + (storage == Storage.NONE ? "" : "&storage=" + storage.param())
        + (holdPut ? "&hold=1" : "");
  }

  /** The tool's login initiation URL for a prepared launch (what the course page opens). */
  public String loginInitiationUrl(String toolLoginUrl, LaunchClaims claims) {
    return loginInitiationUrl(toolLoginUrl, claims, null);
  }

  /**
   * As {@link #loginInitiationUrl(String, LaunchClaims)}, with {@code lti_storage_target} (null:
   * none, as Moodle).
   */
  public String loginInitiationUrl(String toolLoginUrl, LaunchClaims claims, String storageTarget) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("iss", issuer);
    p.put("login_hint", claims.loginHint());
    p.put("target_link_uri", claims.toolBase() + "/lti/launch");
    if (claims.messageHint() != null) {
      p.put("lti_message_hint", claims.messageHint());
    }
    p.put("client_id", clientId);
    if (claims.deploymentId() != null) {
      p.put("lti_deployment_id", claims.deploymentId());
    }
    if (storageTarget != null) {
      p.put("lti_storage_target", storageTarget);
    }
    StringBuilder url =
        new StringBuilder(toolLoginUrl).append(toolLoginUrl.contains("?") ? '&' : '?');
    p.forEach(
        (k, v) ->
            url.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
    url.setLength(url.length() - 1);
    return url.toString();
  }

  /** Every request the authentication endpoint received, oldest first. */
  public List<AuthRequest> authRequests() {
    synchronized (authRequests) {
      return List.copyOf(authRequests);
    }
  }

  public Optional<AuthRequest> authRequestWithState(String state) {
    return authRequests().stream().filter(r -> state.equals(r.param("state"))).findFirst();
  }

  // ------------------------------------------------------------------ deep linking

  /**
   * {@code <issuer>/mod/lti/contentitem_return.php}: where a tool posts its deep-linking answer.
   */
  public String deepLinkReturnUrl() {
    return issuer + DEEP_LINK_RETURN_PATH;
  }

  /** Every deep-linking response received, oldest first. */
  public List<DeepLinkResponse> deepLinkResponses() {
    return List.copyOf(deepLinkResponses);
  }

  // ------------------------------------------------------------------ registration

  /** A registration token (a signed JWT, valid 1 h) the registration endpoint will accept. */
  public String issueRegistrationToken() {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(clientId)
            .audience(issuer)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(3600)))
            .jwtID(UUID.randomUUID().toString())
            .claim("scope", "reg")
            .build();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256)
                  .keyID(currentKey.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims);
      jwt.sign(new RSASSASigner(currentKey));
      String token = jwt.serialize();
      registrationTokens.add(token);
      return token;
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The registration endpoint answers {@code status} with {@code body} from now on. */
  public void failRegistrations(int status, String body) {
    this.registrationFailureBody = body;
    this.registrationFailureStatus = status;
  }

  public void acceptRegistrations() {
    this.registrationFailureStatus = 0;
  }

  public List<RegistrationRequest> registrationRequests() {
    return List.copyOf(registrationRequests);
  }

  /** Changes the OpenID configuration served (e.g. removes a field, changes the issuer). */
  public void configurationOverride(UnaryOperator<JsonObject> change) {
    this.configurationOverride = change == null ? UnaryOperator.identity() : change;
  }

  /** The OpenID configuration, Moodle 4.5's fields. */
  public JsonObject openIdConfiguration() {
    JsonArrayBuilder scopes = Json.createArrayBuilder();
    Lti.MOODLE_SCOPES.forEach(scopes::add);
    JsonObject config =
        Json.createObjectBuilder()
            .add("issuer", issuer)
            .add("token_endpoint", tokenUrl())
            .add(
                "token_endpoint_auth_methods_supported",
                Json.createArrayBuilder().add("private_key_jwt"))
            .add(
                "token_endpoint_auth_signing_alg_values_supported",
                Json.createArrayBuilder().add("RS256"))
            .add("jwks_uri", jwksUrl())
            .add("authorization_endpoint", authUrl())
            .add("registration_endpoint", registrationUrl())
            .add("scopes_supported", scopes)
            .add("response_types_supported", Json.createArrayBuilder().add("id_token"))
            .add("subject_types_supported", Json.createArrayBuilder().add("public").add("pairwise"))
            .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
            .add(
                "claims_supported",
                Json.createArrayBuilder()
                    .add("sub")
                    .add("iss")
                    .add("name")
                    .add("given_name")
                    .add("family_name")
                    .add("email"))
            .add(
                Lti.PLATFORM_CONFIGURATION,
                Json.createObjectBuilder()
                    .add("product_family_code", "moodle")
                    .add("version", "4.5.6 (Build: 20250811)")
                    .add(
                        "messages_supported",
                        Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("type", Lti.RESOURCE_LINK_REQUEST))
                            .add(
                                Json.createObjectBuilder()
                                    .add("type", Lti.DEEP_LINKING_REQUEST)
                                    .add(
                                        "placements",
                                        Json.createArrayBuilder().add("ContentArea"))))
                    .add(
                        "variables",
                        Json.createArrayBuilder()
                            .add("basic-lti-launch-request")
                            .add("ContentItemSelectionRequest")
                            .add("Context.id")
                            .add("Context.title")
                            .add("Person.name.full")
                            .add("Person.email.primary")))
            .build();
    return configurationOverride.apply(config);
  }

  // ------------------------------------------------------------------ token endpoint

  public List<TokenRequest> tokenRequests() {
    return List.copyOf(tokenRequests);
  }

  /** Whether the token endpoint issued {@code accessToken}. */
  public boolean issuedAccessToken(String accessToken) {
    return accessTokens.contains(accessToken);
  }

  // ------------------------------------------------------------------ AGS

  /** Lifetime of access tokens issued from now on (Moodle: 3600 s). */
  public void tokenLifetimeSeconds(int seconds) {
    this.tokenLifetimeSeconds = seconds;
  }

  /** Every access token issued so far stops working (answers 401). */
  public void revokeAccessTokens() {
    tokenExpiry.replaceAll((k, v) -> Instant.EPOCH);
  }

  /** The next {@code n} score requests are answered with {@code status} (e.g. 429). */
  public void failNextScores(int n, int status) {
    scoreFailureStatus = status;
    scoreFailures.set(n);
  }

  /** Until {@link #agsUp}, every AGS request is answered with {@code status} (e.g. 503). */
  public void agsDown(int status) {
    agsDownStatus = status;
  }

  public void agsUp() {
    agsDownStatus = 0;
  }

  /** Scores for these platform user ids are refused with 400, as Moodle does for teachers. */
  public void nonGradable(String... userIds) {
    nonGradable.addAll(List.of(userIds));
  }

  /** Line items listed per page (0: all on one page). */
  public void lineItemsPageSize(int size) {
    this.lineItemsPageSize = size;
  }

  /** A line item the platform already holds (made by someone else), listed with the others. */
  public void addLineItem(JsonObject item) {
    lineItems.add(item);
  }

  /** The line items created (as the list would answer them). */
  public List<JsonObject> lineItems() {
    return List.copyOf(lineItems);
  }

  public List<AgsRequest> agsRequests() {
    return List.copyOf(agsRequests);
  }

  /** Every score request received, in order of arrival. */
  public List<ReceivedScore> scores() {
    return List.copyOf(scores);
  }

  /** The scores accepted for {@code userId}, in order of arrival. */
  public List<ReceivedScore> acceptedScores(String userId) {
    return scores.stream()
        .filter(
            r ->
                r.accepted()
                    && r.body() != null
                    && userId.equals(r.body().getString("userId", null)))
        .toList();
  }

  private String bearerProblem(HttpExchange ex, String scope) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (auth == null || !auth.startsWith("Bearer ")) {
      return "no bearer token";
    }
    String token = auth.substring(7);
    Instant exp = tokenExpiry.get(token);
    if (!accessTokens.contains(token) || exp == null || !exp.isAfter(Instant.now())) {
      return "unknown or expired token";
    }
    if (!List.of(tokenScopes.getOrDefault(token, "").split(" ")).contains(scope)) {
      return "token lacks scope " + scope;
    }
    return null;
  }

  private String lineItemsTokenProblem(HttpExchange ex, String method) {
    String write = bearerProblem(ex, Lti.SCOPE_LINEITEM);
    if (write == null || !"GET".equals(method)) {
      return write;
    }
    return bearerProblem(ex, Lti.SCOPE_LINEITEM_READONLY) == null ? null : write;
  }

  private void ags(HttpExchange ex, String local) throws IOException {
    String query = ex.getRequestURI().getRawQuery();
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    String method = ex.getRequestMethod();
    java.util.regex.Matcher items = LINE_ITEMS.matcher(local);
    java.util.regex.Matcher sc = SCORES.matcher(local);
    if (!items.matches() && !sc.matches()) {
      send(ex, 404, "text/plain", "not found", null);
      return;
    }
    String raw = readBody(ex);
    int down = agsDownStatus;
    if (sc.matches()) {
      score(ex, sc.group(2), query, auth, raw, down);
      return;
    }
    int status;
    String body;
    String type = "application/json";
    if (down != 0) {
      status = down;
      body = "{\"error\":\"unavailable\"}";
    } else if (query == null || !query.startsWith("type_id=")) {
      status = 400;
      body = "{\"error\":\"type_id missing\"}";
    } else if (lineItemsTokenProblem(ex, method) != null) {
      String problem = lineItemsTokenProblem(ex, method);
      status = problem.startsWith("token lacks") ? 403 : 401;
      body = "{\"error\":\"" + problem + "\"}";
    } else if ("GET".equals(method)) {
      // Moodle filters by tag, resource_id and resource_link_id, and pages with a Link header.
      Map<String, String> q = parseForm(query);
      List<JsonObject> matching = new ArrayList<>();
      for (JsonObject li : lineItems) {
        if (q.get("tag") == null || q.get("tag").equals(li.getString("tag", null))) {
          matching.add(li);
        }
      }
      int size = lineItemsPageSize;
      int pageNo = Integer.parseInt(q.getOrDefault("page", "0"));
      List<JsonObject> shown = matching;
      if (size > 0) {
        int from = Math.min(matching.size(), pageNo * size);
        int to = Math.min(matching.size(), from + size);
        shown = matching.subList(from, to);
        if (to < matching.size()) {
          String next = query.replaceAll("&page=[0-9]+", "") + "&page=" + (pageNo + 1);
          ex.getResponseHeaders()
              .add("Link", "<" + issuer + local + "?" + next + ">; rel=\"next\"");
        }
      }
      JsonArrayBuilder a = Json.createArrayBuilder();
      shown.forEach(a::add);
      status = 200;
      body = a.build().toString();
      type = "application/vnd.ims.lis.v2.lineitemcontainer+json";
    } else if ("POST".equals(method)) {
      String ct = ex.getRequestHeaders().getFirst("Content-Type");
      JsonObject in = null;
      try {
        in = Json.createReader(new StringReader(raw)).readObject();
      } catch (JsonException | IllegalStateException e) {
        // refused below
      }
      if (ct == null
          || !ct.startsWith("application/vnd.ims.lis.v2.lineitem+json")
          || in == null
          || in.getString("label", "").isBlank()
          || !in.containsKey("scoreMaximum")
          || in.getJsonNumber("scoreMaximum").doubleValue() <= 0) {
        status = 400;
        body = "{\"error\":\"invalid line item\"}";
      } else {
        int n = lineItemSequence.incrementAndGet();
        JsonObject created =
            Json.createObjectBuilder(in)
                .add(
                    "id",
                    issuer
                        + "/mod/lti/services.php/"
                        + items.group(1)
                        + "/lineitems/"
                        + n
                        + "/lineitem?"
                        + query)
                .build();
        lineItems.add(created);
        status = 201;
        body = created.toString();
        type = "application/vnd.ims.lis.v2.lineitem+json";
      }
    } else {
      status = 405;
      body = "{}";
    }
    agsRequests.add(new AgsRequest(method, local, query, auth, status));
    send(ex, status, type, body, null);
  }

  private void score(
      HttpExchange ex, String itemNo, String query, String auth, String raw, int down)
      throws IOException {
    List<String> problems = new ArrayList<>();
    JsonObject in = null;
    String ct = ex.getRequestHeaders().getFirst("Content-Type");
    int status;
    String lineItem = null;
    for (JsonObject li : lineItems) {
      if (li.getString("id").contains("/lineitems/" + itemNo + "/lineitem")) {
        lineItem = li.getString("id");
      }
    }
    if (down != 0) {
      status = down;
    } else if (!"POST".equals(ex.getRequestMethod())) {
      status = 405;
    } else if (query == null || !query.startsWith("type_id=")) {
      status = 400;
      problems.add("type_id missing from the query");
    } else if (bearerProblem(ex, Lti.SCOPE_SCORE) != null) {
      String problem = bearerProblem(ex, Lti.SCOPE_SCORE);
      problems.add(problem);
      status = problem.startsWith("token lacks") ? 403 : 401;
    } else if (lineItem == null) {
      status = 404;
      problems.add("no such line item");
    } else if (scoreFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      status = scoreFailureStatus;
    } else {
      if (ct == null || !ct.startsWith("application/vnd.ims.lis.v1.score+json")) {
        problems.add("Content-Type " + ct);
      }
      try {
        in = Json.createReader(new StringReader(raw)).readObject();
      } catch (JsonException | IllegalStateException e) {
        problems.add("body is not a JSON object");
      }
      if (in != null) {
        String user = in.getString("userId", null);
        if (user == null || user.isBlank()) {
          problems.add("userId missing");
        }
        java.time.OffsetDateTime ts = null;
        try {
          ts = java.time.OffsetDateTime.parse(in.getString("timestamp", ""));
        } catch (RuntimeException e) {
          problems.add("timestamp missing or not ISO 8601");
        }
        if (in.containsKey("scoreGiven") && !in.containsKey("scoreMaximum")) {
          problems.add("scoreGiven without scoreMaximum");
        }
        if (!Set.of("Initialized", "Started", "InProgress", "Submitted", "Completed")
            .contains(in.getString("activityProgress", ""))) {
          problems.add("activityProgress " + in.get("activityProgress"));
        }
        if (!Set.of("FullyGraded", "Pending", "PendingManual", "Failed", "NotReady")
            .contains(in.getString("gradingProgress", ""))) {
          problems.add("gradingProgress " + in.get("gradingProgress"));
        }
        if (user != null && ts != null && problems.isEmpty()) {
          java.time.OffsetDateTime last = lastScoreTimestamps.get(itemNo + "/" + user);
          if (last != null && !ts.isAfter(last)) {
            problems.add("timestamp " + ts + " not after the last " + last);
          }
        }
        if (user != null && nonGradable.contains(user)) {
          problems.add("Incorrect score received (user not gradable)");
        }
        if (problems.isEmpty()) {
          lastScoreTimestamps.put(itemNo + "/" + user, ts);
        }
      }
      status = problems.isEmpty() ? 200 : 400;
    }
    scores.add(
        new ReceivedScore(lineItem, query, ct, auth, raw, in, status, List.copyOf(problems)));
    send(
        ex,
        status,
        "application/json",
        problems.isEmpty()
            ? "{}"
            : "{\"error\":\"" + String.join("; ", problems).replace("\"", "'") + "\"}",
        null);
  }

  // ------------------------------------------------------------------ NRPS

  /**
   * A member of the course as Moodle lists it: {@code user_id}, names, email, short role names
   * ("Learner", "Instructor") and {@code status}.
   */
  public static JsonObject member(String userId, String name, String status, String... roles) {
    JsonArrayBuilder r = Json.createArrayBuilder();
    for (String role : roles) {
      r.add(role);
    }
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("status", status)
            .add("user_id", userId)
            .add("roles", r)
            .add("email", "user" + userId + "@example.org");
    if (name != null) {
      b.add("name", name);
      int sp = name.indexOf(' ');
      b.add("given_name", sp < 0 ? name : name.substring(0, sp));
      b.add("family_name", sp < 0 ? "" : name.substring(sp + 1));
    }
    return b.build();
  }

  /** Everyone who was given an id_token is enrolled, as in Moodle (unless members are set). */
  private void enrol(LaunchClaims claims) {
    String sub = claims.subject();
    if (sub == null || !Lti.RESOURCE_LINK_REQUEST.equals(claims.string(Lti.MESSAGE_TYPE))) {
      return;
    }
    List<String> shortRoles = new ArrayList<>();
    List<String> roles = claims.roles(); // null: a launch without its roles claim (refused)
    for (String role : roles == null ? List.<String>of() : roles) {
      int hash = role.lastIndexOf('#');
      if (role.contains("/membership")) {
        shortRoles.add(hash < 0 ? role : role.substring(hash + 1));
      }
    }
    Object course = claims.member(Lti.CONTEXT, "id");
    enrolled
        .computeIfAbsent(
            String.valueOf(course),
            c -> java.util.Collections.synchronizedMap(new LinkedHashMap<>()))
        .put(
            sub,
            withLaunchEmail(
                claims, member(sub, claims.name(), "Active", shortRoles.toArray(String[]::new))));
  }

  /** As Moodle, the membership list gives the e-mail the launch gave (none if it gave none). */
  private static JsonObject withLaunchEmail(LaunchClaims claims, JsonObject member) {
    Object email = claims.get("email");
    JsonObjectBuilder b = Json.createObjectBuilder(member);
    if (email == null) {
      b.remove("email");
    } else {
      b.add("email", email.toString());
    }
    return b.build();
  }

  /** From now on the course's members are exactly these (in this order). */
  public void members(List<JsonObject> members) {
    this.explicitMembers = List.copyOf(members);
  }

  /** The members the service lists now for course 2 (the launches' default course). */
  public List<JsonObject> members() {
    return members("2");
  }

  /** The members of {@code course}: those set by {@link #members(List)}, else those enrolled. */
  public List<JsonObject> members(String course) {
    List<JsonObject> explicit = explicitMembers;
    if (explicit != null) {
      return explicit;
    }
    Map<String, JsonObject> m = enrolled.get(course);
    if (m == null) {
      return List.of();
    }
    synchronized (m) {
      return List.copyOf(m.values());
    }
  }

  public void nrpsPageSize(int size) {
    this.nrpsPageSize = size;
  }

  public void nrpsMode(NrpsMode mode) {
    this.nrpsMode = mode;
  }

  public List<NrpsRequest> nrpsRequests() {
    return List.copyOf(nrpsRequests);
  }

  /** The membership URL of the NRPS claim {@link LaunchClaims} sends for deployment 1. */
  public String membershipsUrl() {
    String deployment = deploymentIds.isEmpty() ? "1" : deploymentIds.get(0);
    return issuer + AGS_PREFIX + "CourseSection/2/bindings/" + deployment + "/memberships";
  }

  private void memberships(HttpExchange ex, String local) throws IOException {
    String query = ex.getRequestURI().getRawQuery();
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    readBody(ex);
    NrpsMode mode = nrpsMode;
    int page = 0;
    Map<String, String> q = parseForm(query);
    try {
      page = Integer.parseInt(q.getOrDefault("page", "0"));
    } catch (NumberFormatException e) {
      page = -1;
    }
    String problem = bearerProblem(ex, Lti.SCOPE_NRPS);
    int status;
    String body;
    String type = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    String link = null;
    if (!"GET".equals(ex.getRequestMethod())) {
      status = 405;
      body = "{}";
    } else if (mode == NrpsMode.ERROR_401 || problem != null) {
      status = 401;
      body = "{\"error\":\"" + (problem == null ? "unauthorised" : problem) + "\"}";
    } else if (mode == NrpsMode.ERROR_500) {
      status = 500;
      type = "text/html";
      body = "<h1>Internal error</h1>";
    } else if (mode == NrpsMode.GARBAGE) {
      status = 200;
      body = "{\"members\": [ this is not json";
    } else if (mode == NrpsMode.NOT_A_CONTAINER) {
      status = 200;
      body = "{\"id\":\"x\",\"members\":\"<script>alert(1)</script>\"}";
    } else if (page < 0) {
      status = 400;
      body = "{\"error\":\"bad page\"}";
    } else {
      java.util.regex.Matcher course = MEMBERSHIPS.matcher(local);
      List<JsonObject> all = course.matches() ? members(course.group(1)) : List.of();
      int size = Math.max(1, nrpsPageSize);
      int from = Math.min(all.size(), page * size);
      int to = Math.min(all.size(), from + size);
      JsonArrayBuilder a = Json.createArrayBuilder();
      all.subList(from, to).forEach(a::add);
      body =
          Json.createObjectBuilder()
              .add("id", issuer + local)
              .add(
                  "context",
                  Json.createObjectBuilder()
                      .add("id", "2")
                      .add("label", "CARD-REG")
                      .add("title", "Cardiology registrars"))
              .add("members", a)
              .build()
              .toString();
      status = 200;
      if (to < all.size()) {
        String base = issuer + local;
        if (mode == NrpsMode.NEXT_TO_OTHER_HOST) {
          base = base.replace("://127.0.0.1:", "://localhost:");
        }
        link = "<" + base + "?page=" + (page + 1) + ">; rel=\"next\"";
      }
    }
    nrpsRequests.add(new NrpsRequest(local, query, auth, status));
    if (link != null) {
      ex.getResponseHeaders().add("Link", link);
    }
    send(ex, status, type, body, null);
  }

  // ------------------------------------------------------------------ HTTP

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String p = ex.getRequestURI().getPath();
      String local = p.startsWith(path) ? p.substring(path.length()) : null;
      if (local == null) {
        send(ex, 404, "text/plain", "not found", null);
        return;
      }
      switch (local) {
        case JWKS_PATH -> jwks(ex);
        case AUTH_PATH -> auth(ex);
        case WELL_KNOWN_PATH, MOODLE_CONFIGURATION_PATH -> configuration(ex);
        case REGISTRATION_PATH -> registration(ex);
        case TOKEN_PATH -> token(ex);
        case COURSE_PAGE_PATH -> coursePage(ex);
        case DEEP_LINK_RETURN_PATH -> deepLinkReturn(ex);
        default -> {
          if (MEMBERSHIPS.matcher(local).matches()) {
            memberships(ex, local);
          } else if (local.startsWith(AGS_PREFIX)) {
            ags(ex, local);
          } else {
            send(ex, 404, "text/plain", "not found", null);
          }
        }
      }
    } catch (RuntimeException | JOSEException e) {
      System.err.println("[platform-simulator " + issuer + "] " + e);
      e.printStackTrace();
      try {
        send(ex, 500, "text/plain", "simulator error: " + e, null);
      } catch (IOException ignored) {
        // the response may have been started already
      }
    } finally {
      ex.close();
    }
  }

  private void jwks(HttpExchange ex) throws IOException {
    jwksFetches.incrementAndGet();
    String cacheControl = jwksCacheControl;
    switch (jwksMode) {
      case ERROR_500 -> send(ex, 500, "text/html", "<h1>Internal error</h1>", null);
      case GARBAGE ->
          send(ex, 200, "application/json", "{\"keys\": [ this is not json", cacheControl);
      case HANG -> {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      case DOWN -> {
        // Closing the exchange before any answer drops the connection.
      }
      default -> send(ex, 200, "application/json", publicKeySet().toString(true), cacheControl);
    }
  }

  private void configuration(HttpExchange ex) throws IOException {
    send(ex, 200, "application/json", openIdConfiguration().toString(), null);
  }

  private void coursePage(HttpExchange ex) throws IOException {
    Map<String, String> params = parseForm(ex.getRequestURI().getRawQuery());
    String login = params.get("login");
    String hint = params.get("hint");
    Prepared launch = hint == null ? null : prepared.get(hint);
    if (blank(login) || !(login.startsWith("http://") || login.startsWith("https://"))) {
      send(ex, 400, "text/plain", "course page: login (the tool's login URL) missing", null);
      return;
    }
    if (launch == null) {
      send(ex, 400, "text/plain", "course page: no launch prepared for hint " + hint, null);
      return;
    }
    Storage storage = Storage.fromParam(params.get("storage"));
    String src =
        escape(
            loginInitiationUrl(login, launch.claims(), storage == Storage.NONE ? null : "_parent"));
    String tool =
        "1".equals(params.get("window"))
            ? "<p><a id=\"tool-link\" href=\""
                + src
                + "\" target=\"_blank\">Open Mentorlink in a new window</a></p>\n"
            : "<iframe id=\"tool\" name=\"tool\" title=\"Mentorlink\" src=\""
                + src
                + "\" allow=\"fullscreen; clipboard-write\"></iframe>\n";
    String html =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Mentoring log: Cardiology registrars</title>\n<style>"
            + "body{margin:0;font-family:sans-serif;color:#1d2125;background:#fff}"
            + "header{background:#f8f9fa;border-bottom:1px solid #dee2e6;padding:.5rem 1rem}"
            + "header p{margin:0;font-weight:bold}"
            + "main{padding:0 1rem}h1{font-size:1.25rem;margin:.5rem 0}"
            + "iframe{display:block;width:100%;height:calc(100vh - 6rem);border:1px solid #dee2e6}"
            + "</style></head>\n<body><header><p>Simulated Moodle</p></header>\n"
            + "<main><h1>Mentoring log</h1>\n"
            + tool
            + "</main>"
            + (storage == Storage.NONE
                ? ""
                : storageScript(originOf(login), storage, "1".equals(params.get("hold"))))
            + "</body></html>\n";
    send(ex, 200, "text/html; charset=utf-8", html, "no-store");
  }

  /**
   * The platform's side of LTI Client Side postMessages storage, in the course page itself ({@code
   * lti_storage_target=_parent}): a map per tool origin, answers to the tool's origin only, every
   * {@code lti.*} message recorded.
   */
  private static String storageScript(String toolOrigin, Storage storage, boolean hold) {
    return "<script>\n(function () {\n"
        + "  var toolOrigin = "
        + jsString(toolOrigin)
        + ", mode = "
        + jsString(storage.param())
        + ", hold = "
        + hold
        + ";\n"
        + "  var store = {}, held = [], received = [], afterForgery = null;\n"
        + "  function answer(event, reply) { event.source.postMessage(reply, event.origin); }\n"
        + "  window.addEventListener('message', function (event) {\n"
        + "    var d = event.data;\n"
        + "    if (d && d.subject === 'forger.done' && afterForgery) {\n"
        + "      window.ltiStorage.forgeriesSent = true;\n"
        + "      setTimeout(afterForgery, 200); afterForgery = null; return;\n"
        + "    }\n"
        + "    if (!d || typeof d !== 'object' || typeof d.subject !== 'string'"
        + " || d.subject.indexOf('lti.') !== 0) { return; }\n"
        + "    received.push({subject: d.subject, origin: event.origin, key: d.key,"
        + " value: d.value, message_id: d.message_id});\n"
        + "    if (event.origin !== toolOrigin) { return; }\n"
        + "    var mine = store[event.origin] = store[event.origin] || {};\n"
        + "    if (d.subject === 'lti.put_data') {\n"
        + "      mine[d.key] = d.value;\n"
        + "      var reply = function () { answer(event, {subject: 'lti.put_data.response',"
        + " message_id: d.message_id, key: d.key, value: d.value}); };\n"
        + "      if (hold) { held.push(reply); } else { reply(); }\n"
        + "    } else if (d.subject === 'lti.get_data') {\n"
        + "      if (mode === 'silent-get') { return; }\n"
        + "      if (!Object.prototype.hasOwnProperty.call(mine, d.key)) {\n"
        + "        answer(event, {subject: 'lti.get_data.response', message_id: d.message_id,"
        + " key: d.key, error: {code: 'key_not_found', message: 'no such key'}});\n"
        + "        return;\n"
        + "      }\n"
        + "      var real = {subject: 'lti.get_data.response', message_id: d.message_id,"
        + " key: d.key, value: mode === 'wrong-value' ? 'forged-' + mine[d.key] : mine[d.key]};\n"
        + "      if (mode !== 'forged-first') { answer(event, real); return; }\n"
        + "      answer(event, {subject: 'lti.get_data.response', message_id: 'x' + d.message_id,"
        + " key: d.key, value: 'forged-for-another-message'});\n"
        + "      var forger = document.createElement('iframe');\n"
        + "      forger.setAttribute('sandbox', 'allow-scripts');\n"
        + "      forger.setAttribute('title', 'forger');\n"
        + "      forger.style.display = 'none';\n"
        + "      forger.srcdoc = '<script>parent.frames[\"tool\"].postMessage(' + JSON.stringify("
        + "{subject: 'lti.get_data.response', message_id: d.message_id, key: d.key,"
        + " value: 'forged-from-another-origin'}) + ', \"*\");"
        + " parent.postMessage({subject: \"forger.done\"}, \"*\");<\\/script>';\n"
        + "      afterForgery = function () { answer(event, real); };\n"
        + "      document.body.appendChild(forger);\n"
        + "    }\n"
        + "  });\n"
        + "  window.ltiStorage = {received: received, release: function () {\n"
        + "    hold = false; var waiting = held; held = [];"
        + " waiting.forEach(function (f) { f(); }); }};\n"
        + "})();\n</script>";
  }

  private static String jsString(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("<", "\\x3c") + "'";
  }

  /** {@code scheme://host[:port]} of {@code url}. */
  static String originOf(String url) {
    URI u = URI.create(url);
    return u.getScheme() + "://" + u.getRawAuthority();
  }

  private void auth(HttpExchange ex) throws IOException, JOSEException {
    String method = ex.getRequestMethod();
    Map<String, String> params = new LinkedHashMap<>(parseForm(ex.getRequestURI().getRawQuery()));
    if ("POST".equals(method)) {
      params.putAll(parseForm(readBody(ex)));
    } else if (!"GET".equals(method)) {
      send(ex, 405, "text/plain", "method not allowed", null);
      return;
    }
    List<String> problems = new ArrayList<>();
    expect(params, "scope", "openid", problems);
    expect(params, "response_type", "id_token", problems);
    expect(params, "response_mode", "form_post", problems);
    expect(params, "prompt", "none", problems);
    expect(params, "client_id", clientId, problems);
    String redirect = params.get("redirect_uri");
    if (blank(redirect)) {
      problems.add("redirect_uri missing");
    } else if (redirectUri != null && !redirectUri.equals(redirect)) {
      problems.add("redirect_uri " + redirect + " is not the registered " + redirectUri);
    }
    if (blank(params.get("state"))) {
      problems.add("state missing");
    }
    if (blank(params.get("nonce"))) {
      problems.add("nonce missing");
    }
    String hint = params.get("login_hint");
    Prepared launch = hint == null ? null : prepared.get(hint);
    if (blank(hint)) {
      problems.add("login_hint missing");
    } else if (launch == null) {
      problems.add("no launch prepared for login_hint " + hint);
    } else if (!java.util.Objects.equals(
        launch.claims().messageHint(), params.get("lti_message_hint"))) {
      problems.add(
          "lti_message_hint not echoed unchanged: got "
              + params.get("lti_message_hint")
              + ", sent "
              + launch.claims().messageHint());
    }
    AuthRequest recorded =
        new AuthRequest(method, Map.copyOf(params), List.copyOf(problems), Instant.now());
    synchronized (authRequests) {
      authRequests.addLast(recorded);
      if (authRequests.size() > HISTORY) {
        authRequests.removeFirst();
      }
    }
    if (!problems.isEmpty()) {
      System.err.println("[platform-simulator " + issuer + "] auth request refused: " + problems);
      send(ex, 400, "text/plain", "invalid_request: " + String.join("; ", problems), null);
      return;
    }
    TokenSigner signer = launch.signer() != null ? launch.signer() : currentKeySigner();
    String idToken = signer.sign(launch.claims().toClaimsSet(params.get("nonce")));
    enrol(launch.claims());
    String html =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Launching the tool</title></head>\n"
            + "<body onload=\"document.forms[0].submit()\">\n"
            + "<form id=\"ltiform\" action=\""
            + escape(redirect)
            + "\" method=\"post\" enctype=\"application/x-www-form-urlencoded\">\n"
            + "<input type=\"hidden\" name=\"id_token\" value=\""
            + escape(idToken)
            + "\">\n<input type=\"hidden\" name=\"state\" value=\""
            + escape(params.get("state"))
            + "\">\n<noscript><button type=\"submit\">Continue</button></noscript>\n"
            + "</form>\n</body></html>\n";
    send(ex, 200, "text/html; charset=utf-8", html, "no-store");
  }

  private void registration(HttpExchange ex) throws IOException {
    if (!"POST".equals(ex.getRequestMethod())) {
      send(ex, 405, "text/plain", "method not allowed", null);
      return;
    }
    String authorization = ex.getRequestHeaders().getFirst("Authorization");
    String contentType = ex.getRequestHeaders().getFirst("Content-Type");
    String raw = readBody(ex);
    JsonObject body = null;
    try {
      body = Json.createReader(new StringReader(raw)).readObject();
    } catch (JsonException | IllegalStateException e) {
      // recorded with a null body
    }
    int status;
    String answer;
    String token =
        authorization != null && authorization.startsWith("Bearer ")
            ? authorization.substring("Bearer ".length()).trim()
            : null;
    if (token == null || !registrationTokens.contains(token)) {
      status = 401;
      answer = "{\"error\":\"invalid_token\",\"error_description\":\"unknown registration token\"}";
    } else if (registrationFailureStatus != 0) {
      status = registrationFailureStatus;
      answer =
          registrationFailureBody == null ? "{\"error\":\"refused\"}" : registrationFailureBody;
    } else if (body == null) {
      status = 400;
      answer = "{\"error\":\"invalid_client_metadata\",\"error_description\":\"not JSON\"}";
    } else {
      status = 200;
      if (toolJwksUrl == null && body.get("jwks_uri") instanceof JsonString s) {
        toolJwksUrl = s.getString();
      }
      JsonObjectBuilder toolConfig =
          body.get(Lti.TOOL_CONFIGURATION) instanceof JsonObject given
              ? Json.createObjectBuilder(given)
              : Json.createObjectBuilder();
      toolConfig.add("deployment_id", deploymentIds.isEmpty() ? "1" : deploymentIds.get(0));
      JsonObjectBuilder reply = Json.createObjectBuilder(body);
      reply.add("client_id", clientId);
      reply.add(Lti.TOOL_CONFIGURATION, toolConfig);
      answer = reply.build().toString();
    }
    registrationRequests.add(
        new RegistrationRequest(authorization, contentType, raw, body, status));
    send(ex, status, "application/json", answer, "no-store");
  }

  /**
   * Deep Linking 2.0 §4.5: the tool's auto-posted form with the {@code JWT} field; recorded with
   * what is wrong with it, answered with a small page of the course (as Moodle's
   * contentitem_return.php shows the placed activities).
   */
  private void deepLinkReturn(HttpExchange ex) throws IOException {
    if (!"POST".equals(ex.getRequestMethod())) {
      send(ex, 405, "text/plain", "method not allowed", null);
      return;
    }
    String jwt = parseForm(readBody(ex)).get("JWT");
    List<String> problems = new ArrayList<>();
    JWTClaimsSet claims = null;
    if (blank(jwt)) {
      problems.add("JWT missing");
    } else {
      try {
        SignedJWT signed = SignedJWT.parse(jwt);
        claims = signed.getJWTClaimsSet();
        signedByTool(signed, "the deep-linking response", problems);
        if (!clientId.equals(claims.getIssuer())) {
          problems.add("iss is not the client id");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(issuer)) {
          problems.add("aud " + claims.getAudience() + " does not contain the issuer");
        }
        if (!Lti.DEEP_LINKING_RESPONSE.equals(claims.getClaim(Lti.MESSAGE_TYPE))) {
          problems.add("message_type is " + claims.getClaim(Lti.MESSAGE_TYPE));
        }
        if (!deploymentIds.contains(String.valueOf(claims.getClaim(Lti.DEPLOYMENT_ID)))) {
          problems.add("deployment_id " + claims.getClaim(Lti.DEPLOYMENT_ID) + " unknown");
        }
      } catch (java.text.ParseException e) {
        problems.add("JWT unreadable: " + e.getMessage());
      }
    }
    DeepLinkResponse received = new DeepLinkResponse(jwt, claims, List.copyOf(problems));
    deepLinkResponses.add(received);
    StringBuilder items = new StringBuilder();
    received.titles().forEach(t -> items.append("<li>").append(escape(t)).append("</li>"));
    String html =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Content added</title></head>\n<body><main><h1>"
            + (problems.isEmpty() ? "Content added" : "Content refused")
            + "</h1><ul id=\"placed\">"
            + items
            + "</ul></main></body></html>\n";
    send(ex, problems.isEmpty() ? 200 : 400, "text/html; charset=utf-8", html, "no-store");
  }

  private void token(HttpExchange ex) throws IOException {
    if (!"POST".equals(ex.getRequestMethod())) {
      send(ex, 405, "text/plain", "method not allowed", null);
      return;
    }
    Map<String, String> params = parseForm(readBody(ex));
    List<String> problems = new ArrayList<>();
    expect(params, "grant_type", "client_credentials", problems);
    expect(
        params,
        "client_assertion_type",
        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        problems);
    String assertion = params.get("client_assertion");
    if (blank(assertion)) {
      problems.add("client_assertion missing");
    } else {
      problems.addAll(verifyClientAssertion(assertion));
    }
    if (!problems.isEmpty()) {
      tokenRequests.add(new TokenRequest(Map.copyOf(params), List.copyOf(problems), null));
      String error =
          Json.createObjectBuilder()
              .add("error", "invalid_client")
              .add("error_description", String.join("; ", problems))
              .build()
              .toString();
      send(ex, 400, "application/json", error, "no-store");
      return;
    }
    String accessToken = UUID.randomUUID().toString();
    int lifetime = tokenLifetimeSeconds;
    accessTokens.add(accessToken);
    tokenExpiry.put(accessToken, Instant.now().plusSeconds(lifetime));
    tokenScopes.put(accessToken, params.getOrDefault("scope", ""));
    tokenRequests.add(new TokenRequest(Map.copyOf(params), List.of(), accessToken));
    JsonObjectBuilder reply =
        Json.createObjectBuilder()
            .add("access_token", accessToken)
            .add("token_type", "Bearer")
            .add("expires_in", lifetime);
    if (params.get("scope") != null) {
      reply.add("scope", params.get("scope"));
    }
    send(ex, 200, "application/json", reply.build().toString(), "no-store");
  }

  private List<String> verifyClientAssertion(String assertion) {
    List<String> problems = new ArrayList<>();
    try {
      SignedJWT jwt = SignedJWT.parse(assertion);
      if (!signedByTool(jwt, "client_assertion", problems)) {
        return problems;
      }
      JWTClaimsSet c = jwt.getJWTClaimsSet();
      if (!clientId.equals(c.getIssuer())) {
        problems.add("iss is not the client id");
      }
      if (!clientId.equals(c.getSubject())) {
        problems.add("sub is not the client id");
      }
      if (c.getAudience() == null
          || !(c.getAudience().contains(tokenUrl()) || c.getAudience().contains(issuer))) {
        problems.add("aud " + c.getAudience() + " contains neither the token URL nor the issuer");
      }
      if (c.getExpirationTime() == null
          || c.getExpirationTime().toInstant().isBefore(Instant.now())) {
        problems.add("exp missing or past");
      }
      if (blank(c.getJWTID())) {
        problems.add("jti missing");
      }
    } catch (java.text.ParseException e) {
      problems.add("client_assertion unreadable: " + e.getMessage());
    }
    return problems;
  }

  /**
   * Whether {@code jwt} is RS256 and verifies with a key of the tool's JWKS (fetched now); adds
   * what is wrong (naming it {@code what}) to {@code problems} otherwise.
   */
  private boolean signedByTool(SignedJWT jwt, String what, List<String> problems) {
    String jwksUrl = toolJwksUrl;
    if (jwksUrl == null) {
      problems.add("the simulator knows no tool JWKS URL");
      return false;
    }
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      problems.add(what + " alg is " + jwt.getHeader().getAlgorithm());
      return false;
    }
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(jwksUrl)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        problems.add("tool JWKS answered " + r.statusCode());
        return false;
      }
      JWK key = JWKSet.parse(r.body()).getKeyByKeyId(jwt.getHeader().getKeyID());
      if (!(key instanceof RSAKey rsa)) {
        problems.add("kid " + jwt.getHeader().getKeyID() + " not in the tool's JWKS");
        return false;
      }
      if (!jwt.verify(new RSASSAVerifier(rsa))) {
        problems.add(what + " signature invalid");
        return false;
      }
      return true;
    } catch (java.text.ParseException | JOSEException e) {
      problems.add(what + " unreadable: " + e.getMessage());
    } catch (IOException e) {
      problems.add("tool JWKS unreachable: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problems.add("interrupted");
    }
    return false;
  }

  // ------------------------------------------------------------------ helpers

  private static void expect(
      Map<String, String> params, String name, String expected, List<String> problems) {
    String got = params.get(name);
    if (!expected.equals(got)) {
      problems.add(
          name
              + " is "
              + (got == null ? "missing" : "'" + got + "'")
              + ", expected '"
              + expected
              + "'");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String normalisePath(String path) {
    String p = path == null ? "" : path.strip();
    if (!p.isEmpty() && !p.startsWith("/")) {
      p = "/" + p;
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (!p.matches("(/[A-Za-z0-9._~-]+)*")) {
      throw new IllegalArgumentException("unsafe simulator path: " + path);
    }
    return p;
  }

  private static String readBody(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Parses {@code application/x-www-form-urlencoded} (or a raw query); later values win. */
  public static Map<String, String> parseForm(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static void send(
      HttpExchange ex, int status, String contentType, String body, String cacheControl)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType);
    if (cacheControl != null) {
      ex.getResponseHeaders().set("Cache-Control", cacheControl);
    }
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public String toString() {
    return "PlatformSimulator[" + issuer + ", client " + clientId + "]";
  }
}
