package org.mentorlink.tool.lti.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;
import org.mentorlink.tool.infrastructure.crypto.KeyRing;
import org.mentorlink.tool.infrastructure.crypto.SealedColumns;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.lti.LtiException;

/** Registrations, their deployments and dynamic-registration links. */
@ApplicationScoped
public class Registrations {
  static final Duration LINK_LIFETIME = Duration.ofHours(24);

  /** The shortest LTI 1.1 shared secret accepted (OAuth 1.0a's HMAC key is the secret itself). */
  static final int MIN_SECRET_LENGTH = 16;

  static final int MAX_SECRET_LENGTH = 256;

  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Inject Clock clock;
  @Inject MentorlinkConfig config;
  @Inject KeyRing keyRing;

  /** A registration with its deployment ids. */
  public record View(Registration registration, List<String> deploymentIds) {}

  /** The registration for {@code issuer} and {@code clientId}. */
  @Transactional
  public Optional<Registration> find(String issuer, String clientId) {
    return em.createQuery(
            "select r from Registration r where r.issuer = :iss and r.clientId = :cid",
            Registration.class)
        .setParameter("iss", issuer)
        .setParameter("cid", clientId)
        .getResultStream()
        .findFirst();
  }

  /** Every registration of {@code issuer} (a platform may register the tool more than once). */
  @Transactional
  public List<Registration> findByIssuer(String issuer) {
    return em.createQuery("select r from Registration r where r.issuer = :iss", Registration.class)
        .setParameter("iss", issuer)
        .getResultList();
  }

  @Transactional
  public Optional<Registration> find(String id) {
    return Optional.ofNullable(em.find(Registration.class, id));
  }

  @Transactional
  public List<View> list() {
    List<View> out = new ArrayList<>();
    for (Registration r :
        em.createQuery("select r from Registration r order by r.createdAt", Registration.class)
            .getResultList()) {
      out.add(new View(r, deploymentIds(r.id())));
    }
    return out;
  }

  @Transactional
  public View view(String id) {
    Registration r = require(id);
    return new View(r, deploymentIds(id));
  }

  /** True if {@code deploymentId} is a known deployment of the registration. */
  @Transactional
  public boolean knowsDeployment(String registrationId, String deploymentId) {
    return em.find(Deployment.class, new Deployment.Key(registrationId, deploymentId)) != null;
  }

  /** A manual registration by the operator. */
  @Transactional
  public View register(RegistrationInput in, Registration.Source source) {
    String issuer = requireUrl(requireText(in.issuer(), "issuer", 255), "issuer");
    String clientId = requireText(in.clientId(), "clientId", 255);
    String login = requireUrl(in.authLoginUrl(), "authLoginUrl");
    String token = requireUrl(in.authTokenUrl(), "authTokenUrl");
    String keys = requireUrl(in.keySetUrl(), "keySetUrl");
    LinkedHashSet<String> deployments = new LinkedHashSet<>();
    if (in.deploymentIds() != null) {
      for (String d : in.deploymentIds()) {
        deployments.add(requireText(d, "deploymentIds[]", 255));
      }
    }
    if (find(issuer, clientId).isPresent()) {
      throw new LtiException(
          409, "REGISTRATION_EXISTS", "This issuer and client id are already registered.");
    }
    Instant now = clock.instant();
    Registration r;
    if (in.replacesLti11ConsumerKey() == null) {
      r = new Registration(issuer, clientId, login, token, keys, source, now);
      em.persist(r);
      em.flush(); // the deployments' foreign key needs the registration row first
    } else {
      r = replaceable(in.replacesLti11ConsumerKey());
      r.joinLti13(issuer, clientId, login, token, keys, source);
    }
    for (String d : deployments) {
      if (!knowsDeployment(r.id(), d)) {
        em.persist(new Deployment(r.id(), d, now));
      }
    }
    em.flush();
    return new View(r, deploymentIds(r.id()));
  }

  /**
   * The LTI 1.1 registration of {@code consumerKey}, which an LTI 1.3 registration may join: it
   * must exist and have no LTI 1.3 identity yet.
   */
  private Registration replaceable(String consumerKey) {
    String key = requireText(consumerKey, "replacesLti11ConsumerKey", 255);
    Registration r =
        findByConsumerKey(key)
            .orElseThrow(
                () ->
                    new LtiException(
                        400,
                        "LTI11_KEY_UNKNOWN",
                        "No LTI 1.1 registration has this consumer key: register it first."));
    if (r.isLti13()) {
      throw new LtiException(
          409,
          "LTI11_KEY_REPLACED",
          "An LTI 1.3 registration already replaces this LTI 1.1 consumer key.");
    }
    return r;
  }

  /** The registration LTI 1.1 launches signed with {@code consumerKey} come through. */
  @Transactional
  public Optional<Registration> findByConsumerKey(String consumerKey) {
    if (consumerKey == null || consumerKey.isEmpty() || consumerKey.length() > 255) {
      return Optional.empty();
    }
    return em.createQuery(
            "select r from Registration r where r.lti11ConsumerKey = :k", Registration.class)
        .setParameter("k", consumerKey)
        .getResultStream()
        .findFirst();
  }

  /**
   * An LTI 1.1 (legacy) registration by the operator: a new tenant reached by the consumer key; the
   * shared secret is sealed with the new registration's own data key and never shown again.
   */
  @Transactional
  public View registerLti11(Lti11Input in) {
    String key = requireText(in.consumerKey(), "consumerKey", 255);
    if (!key.equals(in.consumerKey()) || key.chars().anyMatch(Character::isISOControl)) {
      throw new LtiException(
          400,
          "VALIDATION_FAILED",
          "consumerKey must not start or end with spaces or hold control characters.");
    }
    String secret = requireSecret(in.sharedSecret());
    String platformUrl = requireUrl(in.platformUrl(), "platformUrl");
    if (findByConsumerKey(key).isPresent()) {
      throw new LtiException(
          409, "REGISTRATION_EXISTS", "This LTI 1.1 consumer key is already registered.");
    }
    Registration r =
        Registration.lti11(
            key,
            id -> keyRing.sealFor(id, SealedColumns.lti11SecretContext(id), secret),
            platformUrl,
            clock.instant());
    r.describePlatform(in.platformName(), null);
    em.persist(r);
    em.flush();
    return new View(r, List.of());
  }

  /** A new LTI 1.1 shared secret for the registration (the old one stops working at once). */
  @Transactional
  public View replaceLti11Secret(String id, String sharedSecret) {
    Registration r = require(id);
    if (!r.isLti11()) {
      throw new LtiException(
          409, "NOT_AN_LTI11_REGISTRATION", "This registration has no LTI 1.1 consumer key.");
    }
    String secret = requireSecret(sharedSecret);
    r.replaceLti11Secret(keyRing.sealFor(r.id(), SealedColumns.lti11SecretContext(r.id()), secret));
    return new View(r, deploymentIds(id));
  }

  /**
   * The LTI 1.1 shared secret of the registration, if it has a consumer key (opened from its sealed
   * form; never logged, never shown).
   */
  public Optional<String> lti11Secret(Registration r) {
    if (r == null || !r.isLti11()) {
      return Optional.empty();
    }
    return Optional.of(
        keyRing.openFor(SealedColumns.lti11SecretContext(r.id()), r.lti11SecretSealed()));
  }

  private static String requireSecret(String value) {
    if (value == null
        || value.length() < MIN_SECRET_LENGTH
        || value.length() > MAX_SECRET_LENGTH
        || !value.strip().equals(value)
        || value.chars().anyMatch(Character::isISOControl)) {
      throw new LtiException(
          400,
          "VALIDATION_FAILED",
          "sharedSecret must be "
              + MIN_SECRET_LENGTH
              + " to "
              + MAX_SECRET_LENGTH
              + " characters, without leading or trailing spaces or control characters.");
    }
    return value;
  }

  @Transactional
  public View setEnabled(String id, boolean enabled) {
    Registration r = require(id);
    if (enabled) {
      r.enable();
    } else {
      r.disable();
    }
    return new View(r, deploymentIds(id));
  }

  @Transactional
  public View addDeployment(String id, String deploymentId) {
    Registration r = require(id);
    String d = requireText(deploymentId, "deploymentId", 255);
    if (!knowsDeployment(id, d)) {
      em.persist(new Deployment(id, d, clock.instant()));
    }
    return new View(r, deploymentIds(id));
  }

  /**
   * Records a deployment first seen in a launch, in the launch's transaction (with its person,
   * course and session). Concurrent first launches of one deployment are serialised on the
   * registration's row, so neither fails on the deployment's key.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordDeployment(String registrationId, String deploymentId) {
    Registration r = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
    if (r == null) {
      throw new IllegalStateException("the launch's registration is gone");
    }
    if (!knowsDeployment(registrationId, deploymentId)) {
      em.persist(new Deployment(registrationId, deploymentId, clock.instant()));
    }
  }

  /**
   * Stores a dynamically registered platform (or refreshes a registration it already made) and
   * consumes the registration link, in one transaction: exactly one of concurrent uses succeeds.
   */
  @Transactional
  public Registration storeDynamic(
      String link,
      DynamicRegistration.PlatformConfiguration p,
      String clientId,
      String deploymentId) {
    RegistrationLink issued = em.find(RegistrationLink.class, Secrets.sha256(link));
    if (!consumeLink(link)) {
      throw new LtiException(
          403, "REGISTRATION_LINK_INVALID", "This registration link was used meanwhile.");
    }
    Instant now = clock.instant();
    String replaces = issued == null ? null : issued.lti11RegistrationId();
    Registration r =
        find(p.issuer(), clientId)
            .orElseGet(
                () -> {
                  if (replaces != null) {
                    // The link was made for the platform's move from LTI 1.1: its registration
                    // joins the 1.1 tenant, or none is made (never a tenant of its own instead).
                    Registration legacy = em.find(Registration.class, replaces);
                    if (legacy == null || legacy.isLti13()) {
                      throw new LtiException(
                          409,
                          "LTI11_KEY_REPLACED",
                          "The LTI 1.1 registration this link was made for has gone or was"
                              + " replaced meanwhile. Ask whoever runs Mentorlink for a new link.");
                    }
                    legacy.joinLti13(
                        p.issuer(),
                        clientId,
                        p.authorizationEndpoint(),
                        p.tokenEndpoint(),
                        p.jwksUri(),
                        Registration.Source.DYNAMIC);
                    return legacy;
                  }
                  Registration n =
                      new Registration(
                          p.issuer(),
                          clientId,
                          p.authorizationEndpoint(),
                          p.tokenEndpoint(),
                          p.jwksUri(),
                          Registration.Source.DYNAMIC,
                          now);
                  em.persist(n);
                  em.flush();
                  return n;
                });
    r.describePlatform(p.platformName(), p.productFamily());
    if (deploymentId != null && !deploymentId.isBlank()) {
      addDeployment(r.id(), deploymentId);
    }
    return r;
  }

  /** Creates a single-use registration link; returns the secret token (stored only hashed). */
  @Transactional
  public IssuedLink createLink() {
    return createLink(null);
  }

  /**
   * Creates a single-use registration link whose registration replaces the LTI 1.1 registration of
   * {@code lti11ConsumerKey} (null: none) and joins its tenant.
   */
  @Transactional
  public IssuedLink createLink(String lti11ConsumerKey) {
    String replaces = lti11ConsumerKey == null ? null : replaceable(lti11ConsumerKey).id();
    String token = Secrets.newSecret();
    Instant now = clock.instant();
    RegistrationLink link =
        new RegistrationLink(Secrets.sha256(token), now, now.plus(LINK_LIFETIME), replaces);
    em.persist(link);
    return new IssuedLink(token, link.expiresAt());
  }

  /** A link's token and expiry. */
  public record IssuedLink(String token, Instant expiresAt) {}

  /** True if the link exists, is unused and unexpired (it is not consumed). */
  @Transactional
  public boolean linkUsable(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return false;
    }
    RegistrationLink link = em.find(RegistrationLink.class, Secrets.sha256(token));
    return link != null && link.usableAt(clock.instant());
  }

  /**
   * Consumes the link in the caller's transaction; false if another request consumed it first or it
   * expired. Exactly one of concurrent callers succeeds.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean consumeLink(String token) {
    Instant now = clock.instant();
    return em.createQuery(
                "update RegistrationLink l set l.usedAt = :now"
                    + " where l.tokenHash = :h and l.usedAt is null and l.expiresAt > :now")
            .setParameter("now", now)
            .setParameter("h", Secrets.sha256(token))
            .executeUpdate()
        == 1;
  }

  private Registration require(String id) {
    Registration r = id == null ? null : em.find(Registration.class, id);
    if (r == null) {
      throw new LtiException(404, "REGISTRATION_NOT_FOUND", "There is no such registration.");
    }
    return r;
  }

  private List<String> deploymentIds(String registrationId) {
    return em.createQuery(
            "select d.key.deploymentId from Deployment d where d.key.tenantId = :t"
                + " order by d.createdAt",
            String.class)
        .setParameter("t", registrationId)
        .getResultList();
  }

  private static String requireText(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new LtiException(400, "VALIDATION_FAILED", field + " is required.");
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new LtiException(
          400, "VALIDATION_FAILED", field + " must be at most " + max + " characters.");
    }
    return v;
  }

  /** An absolute https URL (or http when private networks are allowed, for tests). */
  String requireUrl(String value, String field) {
    String v = requireText(value, field, 1000);
    try {
      URI uri = URI.create(v);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean ok =
          uri.getHost() != null
              && uri.getRawUserInfo() == null
              && (scheme.equals("https")
                  || (scheme.equals("http") && config.allowPrivateNetwork()));
      if (!ok) {
        throw new IllegalArgumentException();
      }
    } catch (IllegalArgumentException e) {
      throw new LtiException(400, "VALIDATION_FAILED", field + " must be an absolute https URL.");
    }
    return v;
  }
}
