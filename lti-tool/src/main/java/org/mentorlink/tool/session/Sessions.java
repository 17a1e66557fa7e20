package org.mentorlink.tool.session;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.tool.infrastructure.Expiring;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;
import org.mentorlink.tool.infrastructure.crypto.Secrets;
import org.mentorlink.tool.infrastructure.metrics.Measured;
import org.mentorlink.tool.infrastructure.metrics.ToolMetrics;

/**
 * Creates, finds and ends browser sessions and their launches, and redeems hand-off codes. A
 * browser that launches again (another course in another tab) as the same person keeps its session
 * and gains a launch; a launch as someone else starts a new session.
 */
@ApplicationScoped
public class Sessions implements Expiring, Measured {
  public static final String COOKIE = "mentorlink_session";
  static final Duration HANDOFF_LIFETIME = Duration.ofMinutes(2);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String HANDLE_CHARS =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Inject Clock clock;
  @Inject MentorlinkConfig config;
  @Inject ToolMetrics metrics;

  private AtomicLong active;

  @PostConstruct
  void gauges() {
    active =
        metrics.gauge(
            "mentorlink.sessions.active", "Browser sessions not yet expired (all nodes)", "none");
  }

  /** The number of sessions not yet expired, for {@code mentorlink_sessions_active}. */
  @Override
  @Transactional
  public void measure() {
    active.set(
        em.createQuery("select count(s) from BrowserSession s where s.expiresAt > :now", Long.class)
            .setParameter("now", clock.instant())
            .getSingleResult());
  }

  /** What a new launch is about. */
  public record NewSession(
      String tenantId,
      String personId,
      String contextRef,
      String resourceLinkRef,
      String deploymentId,
      List<String> platformRoles,
      Set<LaunchRole> toolRoles,
      List<String> frameOrigins,
      String deepLinkReturn,
      String deepLinkData) {}

  /**
   * A launch recorded in a browser session: the cookie secret to set (null when the browser keeps
   * the session it has) and the launch's handle.
   */
  public record Started(String secret, String handle) {}

  /**
   * Records a launch: in the browser's live session of the same person ({@code cookieSecret}, may
   * be null), or in a new session whose secret is returned for the cookie (never stored).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Started start(String cookieSecret, NewSession s) {
    return startIn(cookieSecret, s, clock.instant()).started();
  }

  /**
   * A launch recorded as {@link #start} does, whose session cookie may yet not come back (the
   * launch was bound by platform storage, not by a cookie): with a hand-off code (single use, two
   * minutes) for its session, which {@link #checkCookie} spends once the cookie is seen, and which
   * a new window {@linkplain #redeem redeems} if it is not.
   */
  public record Checked(Started started, String code) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public Checked startChecked(String cookieSecret, NewSession s) {
    Instant now = clock.instant();
    InSession in = startIn(cookieSecret, s, now);
    String code = Secrets.newSecret();
    em.persist(
        new Handoff(
            Secrets.sha256(code),
            in.sessionHash(),
            in.started().handle(),
            now.plus(HANDOFF_LIFETIME)));
    return new Checked(in.started(), code);
  }

  /**
   * What the check of a {@link #startChecked} code found: the browser's cookie holds the code's
   * session ({@code cookieArrived}; the code is spent and {@code handle} is its launch), or it does
   * not (the code stays for a new window; the session's person is named).
   */
  public record CookieCheck(
      boolean cookieArrived, String handle, String tenantId, String personId) {}

  /**
   * Checks whether the browser's session cookie ({@code cookieSecret}, may be null) came back for
   * the session of {@code code}: if so spends the code; empty if the code is unknown, used or
   * expired.
   */
  @Transactional
  public Optional<CookieCheck> checkCookie(String code, String cookieSecret) {
    if (code == null || code.isBlank() || code.length() > 100) {
      return Optional.empty();
    }
    String codeHash = Secrets.sha256(code);
    Handoff h = em.find(Handoff.class, codeHash);
    if (h == null || !h.expiresAt().isAfter(clock.instant())) {
      return Optional.empty();
    }
    boolean arrived =
        live(cookieSecret).filter(session -> session.idHash().equals(h.sessionHash())).isPresent();
    if (arrived) {
      int deleted =
          em.createQuery("delete from Handoff h where h.codeHash = :c")
              .setParameter("c", codeHash)
              .executeUpdate();
      return deleted == 1
          ? Optional.of(new CookieCheck(true, h.launchHandle(), null, null))
          : Optional.empty();
    }
    BrowserSession pending = em.find(BrowserSession.class, h.sessionHash());
    if (pending == null || !pending.expiresAt().isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(new CookieCheck(false, null, pending.tenantId(), pending.personId()));
  }

  private record InSession(String sessionHash, Started started) {}

  private InSession startIn(String cookieSecret, NewSession s, Instant now) {
    BrowserSession existing = live(cookieSecret).orElse(null);
    if (existing != null && existing.isLiveFor(s.tenantId(), s.personId(), now)) {
      existing.extendTo(now.plus(config.sessionLifetime()));
      return new InSession(
          existing.idHash(), new Started(null, addLaunch(existing.idHash(), s, now)));
    }
    String secret = Secrets.newSecret();
    String idHash = Secrets.sha256(secret);
    persistSession(idHash, s, now);
    return new InSession(idHash, new Started(secret, addLaunch(idHash, s, now)));
  }

  /**
   * Starts a session no browser holds yet and returns a hand-off code (single use, two minutes)
   * that a new window exchanges for it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public String startPending(NewSession s) {
    Instant now = clock.instant();
    String pendingHash = Secrets.sha256(Secrets.newSecret());
    persistSession(pendingHash, s, now);
    String handle = addLaunch(pendingHash, s, now);
    String code = Secrets.newSecret();
    em.persist(new Handoff(Secrets.sha256(code), pendingHash, handle, now.plus(HANDOFF_LIFETIME)));
    return code;
  }

  /**
   * Exchanges a hand-off code for the session's new secret and its launch; empty if unknown, used
   * or expired.
   */
  @Transactional
  public Optional<Started> redeem(String code) {
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
    String newHash = Secrets.sha256(secret);
    int moved =
        em.createQuery("update BrowserSession s set s.idHash = :n where s.idHash = :p")
            .setParameter("n", newHash)
            .setParameter("p", h.sessionHash())
            .executeUpdate();
    if (moved != 1) {
      return Optional.empty();
    }
    em.createQuery("update BrowserLaunch l set l.sessionHash = :n where l.sessionHash = :p")
        .setParameter("n", newHash)
        .setParameter("p", h.sessionHash())
        .executeUpdate();
    return Optional.of(new Started(secret, h.launchHandle()));
  }

  /**
   * The launch {@code handle} of the live session for a cookie's secret; with no handle, the
   * session's latest launch. Empty if the session is unknown or over, or the handle is not one of
   * its launches.
   */
  @Transactional
  public Optional<WebSession> find(String secret, String handle) {
    Optional<BrowserSession> session = live(secret);
    if (session.isEmpty()) {
      return Optional.empty();
    }
    BrowserSession s = session.get();
    Optional<BrowserLaunch> launch =
        handle == null
            ? em.createQuery(
                    "select l from BrowserLaunch l where l.sessionHash = :h"
                        + " order by l.createdAt desc",
                    BrowserLaunch.class)
                .setParameter("h", s.idHash())
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
            : em.createQuery(
                    "select l from BrowserLaunch l where l.handle = :l and l.sessionHash = :h",
                    BrowserLaunch.class)
                .setParameter("l", handle)
                .setParameter("h", s.idHash())
                .getResultStream()
                .findFirst();
    return launch.map(l -> l.view(s));
  }

  /**
   * Marks the deep-linking request of the launch {@code handle} answered: true the first time only,
   * so a request gets one response however often the chooser is posted (Deep Linking 2.0 §4.5: the
   * response is one message to the return URL), even from two nodes at once.
   */
  @Transactional
  public boolean answerDeepLink(String handle) {
    return em.createQuery(
                "update BrowserLaunch l set l.deepLinkAnswered = true where l.handle = :h"
                    + " and l.deepLinkReturn is not null and l.deepLinkAnswered = false")
            .setParameter("h", handle)
            .executeUpdate()
        == 1;
  }

  /**
   * The launch a hand-off code continues, without spending the code; empty if it is unknown, used
   * or expired (a page that offers the hand-off names whose account it continues).
   */
  @Transactional
  public Optional<WebSession> pending(String code) {
    if (code == null || code.isBlank() || code.length() > 100) {
      return Optional.empty();
    }
    Handoff h = em.find(Handoff.class, Secrets.sha256(code));
    if (h == null || !h.expiresAt().isAfter(clock.instant())) {
      return Optional.empty();
    }
    BrowserSession s = em.find(BrowserSession.class, h.sessionHash());
    if (s == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "select l from BrowserLaunch l where l.handle = :l and l.sessionHash = :h",
            BrowserLaunch.class)
        .setParameter("l", h.launchHandle())
        .setParameter("h", s.idHash())
        .getResultStream()
        .findFirst()
        .map(l -> l.view(s));
  }

  /** True if the cookie's secret names a live session. */
  @Transactional
  public boolean isLive(String secret) {
    return live(secret).isPresent();
  }

  /** Removes expired sessions (with their launches) and hand-offs; returns how many rows went. */
  @Override
  @Transactional
  public int purgeExpired() {
    Instant now = clock.instant();
    return em.createQuery("delete from Handoff h where h.expiresAt < :now")
            .setParameter("now", now)
            .executeUpdate()
        + em.createQuery(
                "delete from BrowserLaunch l where l.sessionHash in"
                    + " (select s.idHash from BrowserSession s where s.expiresAt < :now)")
            .setParameter("now", now)
            .executeUpdate()
        + em.createQuery("delete from BrowserSession s where s.expiresAt < :now")
            .setParameter("now", now)
            .executeUpdate();
  }

  /** True for a handle this class could have made (cheap check before any query). */
  public static boolean plausibleHandle(String handle) {
    if (handle == null || handle.length() != 16) {
      return false;
    }
    for (int i = 0; i < handle.length(); i++) {
      if (HANDLE_CHARS.indexOf(handle.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private Optional<BrowserSession> live(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      return Optional.empty();
    }
    BrowserSession s = em.find(BrowserSession.class, Secrets.sha256(secret));
    return s == null || !s.expiresAt().isAfter(clock.instant()) ? Optional.empty() : Optional.of(s);
  }

  private void persistSession(String idHash, NewSession s, Instant now) {
    em.persist(
        new BrowserSession(
            idHash,
            s.tenantId(),
            s.personId(),
            Secrets.newSecret(),
            now,
            now.plus(config.sessionLifetime())));
    em.flush(); // the launch's foreign key needs the session row first
  }

  private String addLaunch(String sessionHash, NewSession s, Instant now) {
    String handle = newHandle();
    em.persist(new BrowserLaunch(handle, sessionHash, s, now));
    return handle;
  }

  private static String newHandle() {
    char[] c = new char[16];
    for (int i = 0; i < c.length; i++) {
      c[i] = HANDLE_CHARS.charAt(RANDOM.nextInt(HANDLE_CHARS.length()));
    }
    return new String(c);
  }
}
