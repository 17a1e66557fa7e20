package org.mentorlink.tool.lti.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mentorlink.tool.infrastructure.Expiring;
import org.mentorlink.tool.infrastructure.crypto.Secrets;

/** Issues and consumes login states; consumption is atomic, so each state is used once. */
@ApplicationScoped
public class LoginStates implements Expiring {
  static final Duration LIFETIME = Duration.ofMinutes(10);

  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Inject Clock clock;

  /** What the login hands out: the state, the nonce and the browser's binding secret. */
  public record Issued(String state, String nonce, String browserSecret) {}

  /**
   * Issues a login's state, nonce and browser secret; {@code storageTarget} is the platform's
   * storage frame the login offered (null: none).
   */
  @Transactional
  public Issued issue(String registrationId, String targetLinkUri, String storageTarget) {
    String state = Secrets.newSecret();
    String nonce = Secrets.newSecret();
    String browser = Secrets.newSecret();
    Instant now = clock.instant();
    em.persist(
        new LoginState(
            Secrets.sha256(state),
            registrationId,
            Secrets.sha256(nonce),
            Secrets.sha256(browser),
            targetLinkUri,
            now,
            now.plus(LIFETIME),
            storageTarget));
    return new Issued(state, nonce, browser);
  }

  /**
   * The login {@code state} belongs to, read without spending it; empty if it was never issued, is
   * spent or has expired. Only for deciding what page to show before the launch is validated:
   * nothing read here is trusted by the launch, which spends the state itself.
   */
  @Transactional
  public Optional<LoginState> peek(String state) {
    LoginState found = em.find(LoginState.class, Secrets.sha256(state));
    if (found == null || !found.expiresAt().isAfter(clock.instant())) {
      return Optional.empty();
    }
    em.detach(found);
    return Optional.of(found);
  }

  /**
   * Consumes the state in the launch's transaction (which commits a refused launch too, so the
   * state is spent whatever the launch's later steps decide); empty if it was never issued, is
   * already spent (by any node: a concurrent consumer waits for the row and then finds it gone) or
   * has expired.
   */
  @Transactional
  public Optional<LoginState> consume(String state) {
    String hash = Secrets.sha256(state);
    LoginState found = em.find(LoginState.class, hash);
    if (found == null) {
      return Optional.empty();
    }
    int deleted =
        em.createQuery("delete from LoginState s where s.stateHash = :h")
            .setParameter("h", hash)
            .executeUpdate();
    if (deleted != 1 || !found.expiresAt().isAfter(clock.instant())) {
      return Optional.empty();
    }
    em.detach(found);
    return Optional.of(found);
  }

  /** Deletes expired states; returns how many. */
  @Override
  @Transactional
  public int purgeExpired() {
    return em.createQuery("delete from LoginState s where s.expiresAt < :now")
        .setParameter("now", clock.instant())
        .executeUpdate();
  }
}
