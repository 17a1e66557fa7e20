package org.mentorlink.it.lti.sim;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as far as an LTI launch needs one: its own cookie jar (the tool's cookies are {@code
 * Secure} but the test server speaks plain http, which {@link java.net.CookieManager} would refuse
 * to send back), no automatic redirects, every response kept.
 *
 * <p>The launch flow: {@link #begin} (GET {@code /lti/login} → 302 → GET the platform's
 * authentication endpoint → its auto-submitting form), then {@link #post} (POST the form to {@code
 * /lti/launch}), then {@link #follow} (the 303 to {@code /app}). {@link #launch} does all of it.
 * Between the steps a test may drop or change cookies ({@link #dropCookies}, {@link #putCookie})
 * and change the form ({@link LaunchForm#withIdToken}, {@link LaunchForm#withState}).
 */
public final class ToolBrowser {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** How long a request may take: 30 s (-Dit.request.timeout.seconds for a benchmark at scale). */
  private static final Duration TIMEOUT =
      Duration.ofSeconds(Long.getLong("it.request.timeout.seconds", 30));

  private static final String ACCEPT_HTML =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  public static final String SESSION_COOKIE = "mentorlink_session";
  public static final String STATE_COOKIE_PREFIX = "mlst_";

  private final String toolBase;
  private final List<Cookie> jar = new ArrayList<>();

  /** A browser with an empty cookie jar; {@code toolBase} like {@code http://localhost:9080}. */
  public ToolBrowser(String toolBase) {
    this.toolBase =
        toolBase.endsWith("/") ? toolBase.substring(0, toolBase.length() - 1) : toolBase;
  }

  public String toolBase() {
    return toolBase;
  }

  // ====================================================================== records

  /** A cookie in the jar. Host-only; {@code attributes} is the rest of its Set-Cookie header. */
  public record Cookie(String host, String name, String value, String path, String attributes) {}

  /** One request and its response. */
  public record Step(String method, URI uri, int status, HttpHeaders headers, String body) {
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    /** The Location header resolved against the request URI. */
    public Optional<URI> location() {
      return header("Location").map(uri::resolve);
    }

    public boolean isRedirect() {
      return status >= 300 && status < 400 && header("Location").isPresent();
    }

    public List<String> setCookieHeaders() {
      return headers.allValues("Set-Cookie");
    }

    /** The (last) Set-Cookie header for {@code cookieName}, as sent. */
    public Optional<String> setCookie(String cookieName) {
      String found = null;
      for (String h : setCookieHeaders()) {
        if (cookieName(h).equals(cookieName)) {
          found = h;
        }
      }
      return Optional.ofNullable(found);
    }

    /** Whether a Set-Cookie header sets (not deletes) a cookie whose name passes {@code which}. */
    public boolean setsCookie(Predicate<String> which) {
      for (String h : setCookieHeaders()) {
        if (which.test(cookieName(h)) && !isDeletion(h)) {
          return true;
        }
      }
      return false;
    }

    public boolean setsCookie(String cookieName) {
      return setsCookie(cookieName::equals);
    }

    /** For assertion messages: request, status, interesting headers and the start of the body. */
    public String describe() {
      StringBuilder b = new StringBuilder();
      b.append(method).append(' ').append(uri).append(" -> ").append(status);
      header("Location").ifPresent(l -> b.append("\n  Location: ").append(l));
      header("Content-Type").ifPresent(l -> b.append("\n  Content-Type: ").append(l));
      for (String c : setCookieHeaders()) {
        b.append("\n  Set-Cookie: ").append(c);
      }
      String text = body == null ? "" : body.strip();
      if (text.length() > 3000) {
        text = text.substring(0, 3000) + " ...";
      }
      if (!text.isEmpty()) {
        b.append("\n  ").append(text.replace("\n", "\n  "));
      }
      return b.toString();
    }

    @Override
    public String toString() {
      return method + " " + uri + " -> " + status;
    }
  }

  /** The platform's auto-submitting form: where it posts, and what. Null fields are omitted. */
  public record LaunchForm(String action, String idToken, String state, String origin) {
    public LaunchForm withIdToken(String idToken) {
      return new LaunchForm(action, idToken, state, origin);
    }

    public LaunchForm withState(String state) {
      return new LaunchForm(action, idToken, state, origin);
    }

    public LaunchForm withAction(String action) {
      return new LaunchForm(action, idToken, state, origin);
    }

    public LaunchForm withoutIdToken() {
      return withIdToken(null);
    }

    public LaunchForm withoutState() {
      return withState(null);
    }
  }

  /**
   * A launch up to the platform's form: the login parameters sent, the tool's answer, the
   * authentication request parameters (from the tool's redirect), the platform's answer and its
   * form. Later fields are null when an earlier step did not go on.
   */
  public record Pending(
      Map<String, String> loginParams,
      Step login,
      Map<String, String> authParams,
      Step auth,
      LaunchForm form) {
    /** The state the tool issued (from its redirect to the platform). */
    public String state() {
      return authParams == null ? null : authParams.get("state");
    }

    /** The nonce the tool issued. */
    public String nonce() {
      return authParams == null ? null : authParams.get("nonce");
    }

    public boolean reachedForm() {
      return form != null;
    }

    /** The form, or an AssertionError that says which step went wrong. */
    public LaunchForm requireForm() {
      if (form == null) {
        throw new AssertionError("the launch did not reach the platform's form:\n" + describe());
      }
      return form;
    }

    public String describe() {
      StringBuilder b = new StringBuilder("login params ").append(loginParams);
      b.append("\n").append(login == null ? "no login step" : login.describe());
      if (auth != null) {
        b.append("\n").append(auth.describe());
      }
      return b.toString();
    }
  }

  /** A whole launch: up to the form, the POST of it, and the page it redirected to. */
  public record Flow(Pending pending, Step launch, Step app) {
    /** Whether the launch answered 303 to {@code /app} and the page answered 200. */
    public boolean landed() {
      return launch != null
          && launch.status() == 303
          && app != null
          && app.status() == 200
          && app.uri().getPath().equals("/app");
    }

    /** The page the launch landed on (303 to {@code path}, answered 200), or an AssertionError. */
    public Step requireLandedOn(String path) {
      if (launch == null
          || launch.status() != 303
          || app == null
          || app.status() != 200
          || !app.uri().getPath().equals(path)) {
        throw new AssertionError("the launch did not land on " + path + ":\n" + describe());
      }
      return app;
    }

    /** The landing page, or an AssertionError describing every step. */
    public Step requireLanded() {
      if (!landed()) {
        throw new AssertionError("the launch did not land on /app:\n" + describe());
      }
      return app;
    }

    public String describe() {
      StringBuilder b = new StringBuilder(pending.describe());
      if (launch != null) {
        b.append("\n").append(launch.describe());
      }
      if (app != null) {
        b.append("\n").append(app.describe());
      }
      return b.toString();
    }
  }

  // ====================================================================== cookies

  public synchronized List<Cookie> cookies() {
    return List.copyOf(jar);
  }

  /** The value of the cookie {@code name} (any host and path). */
  public synchronized Optional<String> cookie(String name) {
    return jar.stream().filter(c -> c.name().equals(name)).map(Cookie::value).findFirst();
  }

  /** Removes the cookies {@code which} selects; returns how many. */
  public synchronized int dropCookies(Predicate<Cookie> which) {
    int before = jar.size();
    jar.removeIf(which);
    return before - jar.size();
  }

  public int dropCookie(String name) {
    return dropCookies(c -> c.name().equals(name));
  }

  /** Drops the launch-state cookies ({@code mlst_...}), like a browser blocking them in a frame. */
  public int dropStateCookies() {
    return dropCookies(c -> c.name().startsWith(STATE_COOKIE_PREFIX));
  }

  public synchronized void clearCookies() {
    jar.clear();
  }

  /** Adds or replaces a cookie for {@code host} (e.g. {@code localhost}) and {@code path}. */
  public synchronized void putCookie(String host, String name, String value, String path) {
    jar.removeIf(c -> c.host().equals(host) && c.name().equals(name) && c.path().equals(path));
    jar.add(new Cookie(host, name, value, path, "(set by the test)"));
  }

  /** Changes the value of every cookie named {@code name}; returns how many. */
  public synchronized int alterCookie(String name, String value) {
    int n = 0;
    for (int i = 0; i < jar.size(); i++) {
      Cookie c = jar.get(i);
      if (c.name().equals(name)) {
        jar.set(i, new Cookie(c.host(), c.name(), value, c.path(), c.attributes()));
        n++;
      }
    }
    return n;
  }

  private synchronized void store(URI uri, List<String> setCookies) {
    for (String header : setCookies) {
      String[] parts = header.split(";");
      int eq = parts[0].indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = parts[0].substring(0, eq).strip();
      String value = parts[0].substring(eq + 1).strip();
      String path = null;
      boolean delete = false;
      boolean hasMaxAge = false;
      for (int i = 1; i < parts.length; i++) {
        String attr = parts[i].strip();
        int e = attr.indexOf('=');
        String key = (e < 0 ? attr : attr.substring(0, e)).strip().toLowerCase(Locale.ROOT);
        String val = e < 0 ? "" : attr.substring(e + 1).strip();
        switch (key) {
          case "path" -> path = val.startsWith("/") ? val : null;
          case "max-age" -> {
            hasMaxAge = true;
            try {
              delete = Long.parseLong(val) <= 0;
            } catch (NumberFormatException ex) {
              // ignored, as browsers do
            }
          }
          case "expires" -> {
            if (!hasMaxAge) {
              try {
                delete =
                    ZonedDateTime.parse(val, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant()
                        .isBefore(java.time.Instant.now());
              } catch (DateTimeParseException ex) {
                // ignored
              }
            }
          }
          default -> {}
        }
      }
      if (path == null) {
        path = defaultPath(uri.getPath());
      }
      String host = uri.getHost();
      String p = path;
      jar.removeIf(c -> c.host().equals(host) && c.name().equals(name) && c.path().equals(p));
      if (!delete) {
        String attributes =
            header.indexOf(';') < 0 ? "" : header.substring(header.indexOf(';') + 1);
        jar.add(new Cookie(host, name, value, path, attributes.strip()));
      }
    }
  }

  private synchronized String cookieHeader(URI uri) {
    StringBuilder b = new StringBuilder();
    String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
    for (Cookie c : jar) {
      if (c.host().equalsIgnoreCase(uri.getHost()) && pathMatches(path, c.path())) {
        if (b.length() > 0) {
          b.append("; ");
        }
        b.append(c.name()).append('=').append(c.value());
      }
    }
    return b.toString();
  }

  private static boolean pathMatches(String requestPath, String cookiePath) {
    if (requestPath.equals(cookiePath)) {
      return true;
    }
    if (requestPath.startsWith(cookiePath)) {
      return cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/';
    }
    return false;
  }

  private static String defaultPath(String requestPath) {
    if (requestPath == null || !requestPath.startsWith("/")) {
      return "/";
    }
    int last = requestPath.lastIndexOf('/');
    return last <= 0 ? "/" : requestPath.substring(0, last);
  }

  static String cookieName(String setCookie) {
    int eq = setCookie.indexOf('=');
    return eq < 0 ? setCookie.strip() : setCookie.substring(0, eq).strip();
  }

  /** Whether a Set-Cookie header deletes its cookie (empty value, Max-Age <= 0, past Expires). */
  static boolean isDeletion(String setCookie) {
    String[] parts = setCookie.split(";");
    int eq = parts[0].indexOf('=');
    if (eq < 0 || parts[0].substring(eq + 1).isBlank()) {
      return true;
    }
    for (int i = 1; i < parts.length; i++) {
      String attr = parts[i].strip();
      int e = attr.indexOf('=');
      if (e < 0) {
        continue;
      }
      String key = attr.substring(0, e).strip().toLowerCase(Locale.ROOT);
      String val = attr.substring(e + 1).strip();
      if (key.equals("max-age")) {
        try {
          return Long.parseLong(val) <= 0;
        } catch (NumberFormatException ignored) {
          // not a deletion
        }
      } else if (key.equals("expires")) {
        try {
          if (ZonedDateTime.parse(val, DateTimeFormatter.RFC_1123_DATE_TIME)
              .toInstant()
              .isBefore(java.time.Instant.now())) {
            return true;
          }
        } catch (DateTimeParseException ignored) {
          // not a deletion
        }
      }
    }
    return false;
  }

  // ====================================================================== requests

  /** GET a tool path (or absolute URL) as a browser navigating to a page. */
  public Step get(String pathOrUrl) {
    return get(pathOrUrl, Map.of("Accept", ACCEPT_HTML));
  }

  public Step get(String pathOrUrl, Map<String, String> headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(resolve(pathOrUrl)).GET();
    headers.forEach(b::header);
    return send("GET", b);
  }

  /** POST a form ({@code null} values omitted). */
  public Step postForm(String pathOrUrl, Map<String, String> form, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(resolve(pathOrUrl))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    if (!headers.containsKey("Accept")) {
      b.header("Accept", ACCEPT_HTML);
    }
    headers.forEach(b::header);
    return send("POST", b);
  }

  /** A JSON request to the API ({@code body} may be null), with the given extra headers. */
  public Step json(String method, String pathOrUrl, String body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(resolve(pathOrUrl))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    headers.forEach(b::header);
    return send(method, b);
  }

  /**
   * Any request with this browser's cookies: {@code body} sent as given (null: none) and exactly
   * the given headers (no Accept or Content-Type added).
   */
  public Step raw(String method, String pathOrUrl, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(resolve(pathOrUrl))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return send(method, b);
  }

  /** GET the Location of a redirect. */
  public Step follow(Step redirect) {
    URI to =
        redirect
            .location()
            .orElseThrow(() -> new AssertionError("not a redirect:\n" + redirect.describe()));
    return get(to.toString());
  }

  /** {@code GET /api/me} as the page's JavaScript would. */
  public Step me() {
    return me(toolBase);
  }

  /** {@code GET /api/me} on another node of the tool. */
  public Step me(String base) {
    return get(base + "/api/me", Map.of("Accept", "application/json"));
  }

  private URI resolve(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : toolBase + pathOrUrl);
  }

  private Step send(String method, HttpRequest.Builder b) {
    HttpRequest probe = b.copy().build();
    URI uri = probe.uri();
    String cookies = cookieHeader(uri);
    if (!cookies.isEmpty()) {
      b.header("Cookie", cookies);
    }
    b.timeout(TIMEOUT);
    HttpResponse<String> r;
    try {
      r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    store(uri, r.headers().allValues("Set-Cookie"));
    return new Step(method, uri, r.statusCode(), r.headers(), r.body());
  }

  // ====================================================================== the LTI flow

  /**
   * The login parameters a Moodle platform sends for {@code claims}: {@code iss}, {@code
   * login_hint}, {@code target_link_uri} ({@code <tool>/lti/launch}), {@code lti_message_hint},
   * {@code client_id}, {@code lti_deployment_id}. A mutable, ordered map.
   */
  public Map<String, String> loginParams(PlatformSimulator platform, LaunchClaims claims) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("iss", platform.issuer());
    p.put("login_hint", claims.loginHint());
    p.put("target_link_uri", toolBase + "/lti/launch");
    if (claims.messageHint() != null) {
      p.put("lti_message_hint", claims.messageHint());
    }
    p.put("client_id", platform.clientId());
    String deployment = claims.deploymentId();
    if (deployment != null) {
      p.put("lti_deployment_id", deployment);
    }
    return p;
  }

  /** {@code GET /lti/login?...} (null values omitted). */
  public Step login(Map<String, String> params) {
    return get("/lti/login?" + encode(params));
  }

  /** {@code POST /lti/login} with the parameters as a form. */
  public Step loginByPost(Map<String, String> params) {
    return postForm("/lti/login", params, Map.of());
  }

  /** Login, redirect to the platform, its form; the platform signs with its current key. */
  public Pending begin(PlatformSimulator platform, LaunchClaims claims) {
    return begin(platform, claims, null, Map.of());
  }

  /**
   * As {@link #begin(PlatformSimulator, LaunchClaims)}, the platform signing with {@code signer}.
   */
  public Pending begin(PlatformSimulator platform, LaunchClaims claims, TokenSigner signer) {
    return begin(platform, claims, signer, Map.of());
  }

  /**
   * As {@link #begin(PlatformSimulator, LaunchClaims, TokenSigner)}, with login parameters
   * overridden ({@code null} value: parameter left out).
   */
  public Pending begin(
      PlatformSimulator platform,
      LaunchClaims claims,
      TokenSigner signer,
      Map<String, String> loginOverrides) {
    platform.prepareLaunch(claims, signer);
    Map<String, String> params = loginParams(platform, claims);
    loginOverrides.forEach(
        (k, v) -> {
          if (v == null) {
            params.remove(k);
          } else {
            params.put(k, v);
          }
        });
    return continueLogin(params, login(params));
  }

  /** From the tool's answer to a login: follow its redirect to the platform and read the form. */
  public Pending continueLogin(Map<String, String> loginParams, Step login) {
    if (login.status() != 302 || login.location().isEmpty()) {
      return new Pending(loginParams, login, null, null, null);
    }
    URI authUri = login.location().get();
    Map<String, String> authParams = PlatformSimulator.parseForm(authUri.getRawQuery());
    Step auth = get(authUri.toString());
    if (auth.status() != 200) {
      return new Pending(loginParams, login, authParams, auth, null);
    }
    LaunchForm form = parseForm(auth.body(), authUri);
    return new Pending(loginParams, login, authParams, auth, form);
  }

  /** POST the platform's form to its action (the tool's {@code /lti/launch}). */
  public Step post(LaunchForm form) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id_token", form.idToken());
    fields.put("state", form.state());
    Map<String, String> headers = new LinkedHashMap<>();
    if (form.origin() != null) {
      headers.put("Origin", form.origin());
    }
    return postForm(form.action(), fields, headers);
  }

  /** POST the form and, on a redirect, follow it. */
  public Flow complete(Pending pending) {
    Step launch = post(pending.requireForm());
    Step app = launch.isRedirect() ? follow(launch) : null;
    return new Flow(pending, launch, app);
  }

  /** The whole launch; check {@link Flow#landed()} or call {@link Flow#requireLanded()}. */
  public Flow launch(PlatformSimulator platform, LaunchClaims claims) {
    Pending pending = begin(platform, claims);
    if (!pending.reachedForm()) {
      return new Flow(pending, null, null);
    }
    return complete(pending);
  }

  // ====================================================================== HTML

  private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern INPUT =
      Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTR =
      Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
  private static final Pattern HREF =
      Pattern.compile("<a\\b[^>]*href\\s*=\\s*\"([^\"]*)\"[^>]*>", Pattern.CASE_INSENSITIVE);

  /** The first form of a page: its action (resolved) and its id_token and state fields. */
  public static LaunchForm parseForm(String html, URI page) {
    Matcher f = FORM.matcher(html);
    if (!f.find()) {
      throw new AssertionError("no form in the platform's page:\n" + html);
    }
    Map<String, String> formAttrs = attributes(f.group(1));
    String action = page.resolve(formAttrs.getOrDefault("action", page.toString())).toString();
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher i = INPUT.matcher(html);
    while (i.find()) {
      Map<String, String> a = attributes(i.group(1));
      if (a.containsKey("name")) {
        fields.put(a.get("name"), a.getOrDefault("value", ""));
      }
    }
    String origin = page.getScheme() + "://" + page.getRawAuthority();
    return new LaunchForm(action, fields.get("id_token"), fields.get("state"), origin);
  }

  /** Every link ({@code <a href>}) of a page, unescaped, in order. */
  public static List<String> links(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      out.add(unescape(m.group(1)));
    }
    return out;
  }

  private static Map<String, String> attributes(String tagBody) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = ATTR.matcher(tagBody);
    while (m.find()) {
      String v = m.group(3) != null ? m.group(3) : m.group(4);
      out.put(m.group(1).toLowerCase(Locale.ROOT), unescape(v));
    }
    return out;
  }

  /** Undoes HTML escaping of the usual entities and numeric references. */
  public static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(s);
    int last = 0;
    while (m.find()) {
      b.append(s, last, m.start());
      String e = m.group(1);
      switch (e) {
        case "amp" -> b.append('&');
        case "lt" -> b.append('<');
        case "gt" -> b.append('>');
        case "quot" -> b.append('"');
        case "apos" -> b.append('\'');
        default ->
            b.appendCodePoint(
                e.startsWith("#x")
                    ? Integer.parseInt(e.substring(2), 16)
                    : Integer.parseInt(e.substring(1)));
      }
      last = m.end();
    }
    b.append(s.substring(last));
    return b.toString();
  }

  /** {@code application/x-www-form-urlencoded}, {@code null} values left out. */
  public static String encode(Map<String, String> params) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      if (b.length() > 0) {
        b.append('&');
      }
      b.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    return b.toString();
  }
}
