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
 * issuer and client id; enabled or disabled by the operator. Its id is the tenant id.
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

  @Column(name = "issuer", nullable = false, length = 255)
  private String issuer;

  @Column(name = "client_id", nullable = false, length = 255)
  private String clientId;

  @Column(name = "auth_login_url", nullable = false, length = 1000)
  private String authLoginUrl;

  @Column(name = "auth_token_url", nullable = false, length = 1000)
  private String authTokenUrl;

  @Column(name = "key_set_url", nullable = false, length = 1000)
  private String keySetUrl;

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
   * endpoint's (Moodle's issuer is its site URL).
   */
  public Set<String> frameOrigins() {
    Set<String> origins = new LinkedHashSet<>();
    for (String u : new String[] {issuer, authLoginUrl}) {
      String o = originOf(u);
      if (o != null) {
        origins.add(o);
      }
    }
    return origins;
  }

  /** {@code scheme://host[:port]} of a URL, or null if it has none. */
  public static String originOf(String url) {
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
