package org.mentorlink.tool.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;
import org.mentorlink.tool.infrastructure.crypto.Secrets;

/** Creates, finds and ends browser sessions, and redeems hand-off codes. */
@ApplicationScoped
public class Sessions {
  public static final String COOKIE = "mentorlink_session";
  static final Duration HANDOFF_LIFETIME = Duration.ofMinutes(2);

  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Inject Clock clock;
  @Inject MentorlinkConfig config;

  /** What a new session is about. */
  public record NewSession(
      String tenantId,
      String personId,
      String contextRef,
      String resourceLinkRef,
      String deploymentId,
      List<String> platformRoles,
      List<String> frameOrigins,
      String deepLinkReturn,
      String deepLinkData) {}

  /** Starts a session; returns its secret (for the cookie, never stored). */
  @Transactional(Transactional.TxType.MANDATORY)
  public String start(NewSession s) {
    String secret = Secrets.newSecret();
    persist(Secrets.sha256(secret), s);
    return secret;
  }

  /**
   * Starts a session no browser holds yet and returns a hand-off code (single use, two minutes)
   * that a new window exchanges for it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String startPending(NewSession s) {
    String pendingHash = Secrets.sha256(Secrets.newSecret());
    persist(pendingHash, s);
    String code = Secrets.newSecret();
    em.persist(
        new Handoff(Secrets.sha256(code), pendingHash, clock.instant().plus(HANDOFF_LIFETIME)));
    return code;
  }

  /** Exchanges a hand-off code for the session's new secret; empty if unknown, used or expired. */
  @Transactional
  public Optional<String> redeem(String code) {
    if (code == null || code.isBlank() || code.length() > 100) {
      return Optional.empty();
    }
    String codeHash = Secrets.sha256(code);
    Handoff h = em.find(Handoff.class, codeHash);
    if (h == null) {
      return Optional.empty();
    }
    int deleted =
        em.createQuery("delete from Handoff h where h.codeHash = :c")
            .setParameter("c", codeHash)
            .executeUpdate();
    if (deleted != 1 || !h.expiresAt().isAfter(clock.instant())) {
      return Optional.empty();
    }
    String secret = Secrets.newSecret();
    int moved =
        em.createQuery("update WebSession s set s.idHash = :n where s.idHash = :p")
            .setParameter("n", Secrets.sha256(secret))
            .setParameter("p", h.sessionHash())
            .executeUpdate();
    return moved == 1 ? Optional.of(secret) : Optional.empty();
  }

  /** The live session for a cookie's secret. */
  @Transactional
  public Optional<WebSession> find(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      return Optional.empty();
    }
    WebSession s = em.find(WebSession.class, Secrets.sha256(secret));
    if (s == null || !s.expiresAt().isAfter(clock.instant())) {
      return Optional.empty();
    }
    em.detach(s);
    return Optional.of(s);
  }

  /** Removes expired sessions and hand-offs; returns how many rows went. */
  @Transactional
  public int purgeExpired() {
    Instant now = clock.instant();
    return em.createQuery("delete from WebSession s where s.expiresAt < :now")
            .setParameter("now", now)
            .executeUpdate()
        + em.createQuery("delete from Handoff h where h.expiresAt < :now")
            .setParameter("now", now)
            .executeUpdate();
  }

  private void persist(String idHash, NewSession s) {
    Instant now = clock.instant();
    em.persist(
        new WebSession(
            idHash,
            s.tenantId(),
            s.personId(),
            s.contextRef(),
            s.resourceLinkRef(),
            s.deploymentId(),
            s.platformRoles(),
            s.frameOrigins(),
            Secrets.newSecret(),
            s.deepLinkReturn(),
            s.deepLinkData(),
            now,
            now.plus(config.sessionLifetime())));
  }
}
