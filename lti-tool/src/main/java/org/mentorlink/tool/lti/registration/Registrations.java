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
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.lti.LtiException;

/** Registrations, their deployments and dynamic-registration links. */
@ApplicationScoped
public class Registrations {
  static final Duration LINK_LIFETIME = Duration.ofHours(24);

  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Inject Clock clock;
  @Inject MentorlinkConfig config;

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
    Registration r = new Registration(issuer, clientId, login, token, keys, source, now);
    em.persist(r);
    em.flush(); // the deployments' foreign key needs the registration row first
    for (String d : deployments) {
      em.persist(new Deployment(r.id(), d, now));
    }
    em.flush();
    return new View(r, List.copyOf(deployments));
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
    if (!consumeLink(link)) {
      throw new LtiException(
          403, "REGISTRATION_LINK_INVALID", "This registration link was used meanwhile.");
    }
    Instant now = clock.instant();
    Registration r =
        find(p.issuer(), clientId)
            .orElseGet(
                () -> {
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
    String token = Secrets.newSecret();
    Instant now = clock.instant();
    RegistrationLink link =
        new RegistrationLink(Secrets.sha256(token), now, now.plus(LINK_LIFETIME));
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
