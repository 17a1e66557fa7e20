package org.mentorlink.tool.lti.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.mentorlink.domain.shared.TenantId;

/**
 * One platform registration: the tenant that owns every record made through its launches. Keyed by
 * issuer and client id for LTI 1.3, by consumer key for LTI 1.1 (legacy); enabled or disabled by
 * the operator. Its id is the tenant id.
 *
 * <p>A registration made for LTI 1.1 carries a consumer key and the shared secret (stored sealed,
 * never shown) and no LTI 1.3 identity; when the platform moves to LTI 1.3, its 1.3 registration
 * joins this one ({@link #joinLti13}), so both versions' launches reach the same tenant and the
 * migration claim can link a person's two identities. A registration made for LTI 1.3 may be given
 * a consumer key the same way.
 */
@Entity
@Table(name = "lti_registration")
public class Registration {
  /** How the registration was made. */
  public enum Source {
    DYNAMIC,
    MANUAL
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "issuer", length = 255)
  private String issuer;

  @Column(name = "client_id", length = 255)
  private String clientId;

  @Column(name = "auth_login_url", length = 1000)
  private String authLoginUrl;

  @Column(name = "auth_token_url", length = 1000)
  private String authTokenUrl;

  @Column(name = "key_set_url", length = 1000)
  private String keySetUrl;

  @Column(name = "lti11_consumer_key", length = 255)
  private String lti11ConsumerKey;

  /** The LTI 1.1 shared secret, sealed ({@code Registrations} seals and opens it). */
  @Column(name = "lti11_secret", length = 1000)
  private String lti11SecretSealed;

  @Column(name = "lti11_platform_url", length = 1000)
  private String lti11PlatformUrl;

  @Column(name = "platform_name", length = 200)
  private String platformName;

  @Column(name = "product_family", length = 100)
  private String productFamily;

  @Column(name = "source", nullable = false, length = 16)
  private String source;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "accept_new_deployments", nullable = false)
  private boolean acceptNewDeployments;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Registration() {}

  public Registration(
      String issuer,
      String clientId,
      String authLoginUrl,
      String authTokenUrl,
      String keySetUrl,
      Source source,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.issuer = Objects.requireNonNull(issuer);
    this.clientId = Objects.requireNonNull(clientId);
    this.authLoginUrl = Objects.requireNonNull(authLoginUrl);
    this.authTokenUrl = Objects.requireNonNull(authTokenUrl);
    this.keySetUrl = Objects.requireNonNull(keySetUrl);
    this.source = source.name();
    this.enabled = true;
    this.createdAt = at;
  }

  /**
   * A registration for LTI 1.1 only: its consumer key, the shared secret as sealed by the caller
   * for the new registration's id ({@code sealSecretForId}), and the platform's site URL (the
   * origin allowed to frame the tool).
   */
  public static Registration lti11(
      String consumerKey,
      java.util.function.UnaryOperator<String> sealSecretForId,
      String platformUrl,
      Instant at) {
    Registration r = new Registration();
    r.id = UUID.randomUUID().toString();
    r.lti11ConsumerKey = Objects.requireNonNull(consumerKey);
    r.lti11SecretSealed = Objects.requireNonNull(sealSecretForId.apply(r.id));
    r.lti11PlatformUrl = Objects.requireNonNull(platformUrl);
    r.source = Source.MANUAL.name();
    r.enabled = true;
    r.createdAt = Objects.requireNonNull(at);
    return r;
  }

  /**
   * The platform's LTI 1.3 registration joins this LTI 1.1 one (it replaces the consumer key): from
   * now on its 1.3 launches reach this tenant too.
   */
  public void joinLti13(
      String issuer,
      String clientId,
      String authLoginUrl,
      String authTokenUrl,
      String keySetUrl,
      Source source) {
    if (isLti13()) {
      throw new IllegalStateException("the registration has an LTI 1.3 identity already");
    }
    this.issuer = Objects.requireNonNull(issuer);
    this.clientId = Objects.requireNonNull(clientId);
    this.authLoginUrl = Objects.requireNonNull(authLoginUrl);
    this.authTokenUrl = Objects.requireNonNull(authTokenUrl);
    this.keySetUrl = Objects.requireNonNull(keySetUrl);
    this.source = source.name();
  }

  /** A new shared secret (sealed by the caller) for the LTI 1.1 consumer key. */
  public void replaceLti11Secret(String sealedSecret) {
    if (!isLti11()) {
      throw new IllegalStateException("the registration has no LTI 1.1 consumer key");
    }
    this.lti11SecretSealed = Objects.requireNonNull(sealedSecret);
  }

  /** True if LTI 1.3 launches can come through this registration (issuer and client id). */
  public boolean isLti13() {
    return issuer != null;
  }

  /** True if LTI 1.1 launches can come through this registration (a consumer key). */
  public boolean isLti11() {
    return lti11ConsumerKey != null;
  }

  /** The LTI 1.1 consumer key, or null. */
  public String lti11ConsumerKey() {
    return lti11ConsumerKey;
  }

  /** The LTI 1.1 platform's site URL, or null. */
  public String lti11PlatformUrl() {
    return lti11PlatformUrl;
  }

  /** The LTI 1.1 shared secret as stored (sealed); opened only by {@code Registrations}. */
  String lti11SecretSealed() {
    return lti11SecretSealed;
  }

  /** Records what the platform says about itself (dynamic registration). */
  public void describePlatform(String name, String productFamily) {
    this.platformName = name == null || name.isBlank() ? null : truncate(name.strip(), 200);
    this.productFamily =
        productFamily == null || productFamily.isBlank() ? null : truncate(productFamily, 100);
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }

  public String id() {
    return id;
  }

  public TenantId tenant() {
    return new TenantId(id);
  }

  public String issuer() {
    return issuer;
  }

  public String clientId() {
    return clientId;
  }

  public String authLoginUrl() {
    return authLoginUrl;
  }

  public String authTokenUrl() {
    return authTokenUrl;
  }

  public String keySetUrl() {
    return keySetUrl;
  }

  public String platformName() {
    return platformName;
  }

  public String productFamily() {
    return productFamily;
  }

  public Source source() {
    return Source.valueOf(source);
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean acceptsNewDeployments() {
    return acceptNewDeployments;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /**
   * The origins allowed to frame the tool's pages for this platform: the issuer's and the login
   * endpoint's (Moodle's issuer is its site URL), and the LTI 1.1 platform's site.
   */
  public Set<String> frameOrigins() {
    Set<String> origins = new LinkedHashSet<>();
    for (String u : new String[] {issuer, authLoginUrl, lti11PlatformUrl}) {
      String o = originOf(u);
      if (o != null) {
        origins.add(o);
      }
    }
    return origins;
  }

  /** {@code scheme://host[:port]} of a URL, or null if it has none. */
  public static String originOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = URI.create(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String s = uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase();
      return uri.getPort() == -1 ? s : s + ":" + uri.getPort();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String truncate(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }
}
