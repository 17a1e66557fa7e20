package org.mentorlink.tool.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;
import org.mentorlink.tool.infrastructure.crypto.KeyRing;
import org.mentorlink.tool.infrastructure.crypto.SealedColumns;
import org.mentorlink.tool.infrastructure.db.DatabaseMigrations;

/**
 * The tool's signing keys. On first start a current and a next RSA-2048 key are created and kept in
 * the database, so every node signs with the same key and the key set survives restarts. Rotation
 * promotes the next key, publishes a new next key, and keeps the retired key in the key set for an
 * overlap period so that tokens signed just before rotation still verify.
 */
@ApplicationScoped
public class ToolKeys {
  private static final Logger LOG = Logger.getLogger(ToolKeys.class.getName());
  private static final Duration SIGNING_KEY_CACHE = Duration.ofSeconds(30);

  @PersistenceContext(unitName = "mentorlink")
  EntityManager em;

  @Inject MentorlinkConfig config;
  @Inject DatabaseMigrations migrations;
  @Inject Clock clock;
  @Inject KeyRing keyRing;

  private volatile RSAKey cachedSigningKey;
  private volatile Instant cachedAt = Instant.EPOCH;

  /** After migrations (which observe Startup at the default priority). */
  void onStart(
      @Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 500)
          Startup event) {
    if (!migrations.applied()) {
      return; // the first use creates them once the database is back
    }
    try {
      self().ensureKeys();
    } catch (RuntimeException e) {
      LOG.warning("Tool keys could not be checked at start; they are created on first use.");
    }
  }

  private ToolKeys self() {
    return jakarta.enterprise.inject.spi.CDI.current().select(ToolKeys.class).get();
  }

  /** Creates the current and next keys if they do not exist yet. Safe on many nodes at once. */
  @Transactional
  public void ensureKeys() {
    Instant now = clock.instant();
    for (ToolKey.Slot slot : ToolKey.Slot.values()) {
      if (find(slot) == null) {
        try {
          em.persist(newKey(slot, now, keyRing));
          em.flush();
          LOG.info(() -> "Created the tool's " + slot.name().toLowerCase() + " signing key");
        } catch (PersistenceException e) {
          // Another node created it at the same moment; the unique slot keeps one.
          throw new KeysChangedConcurrently();
        }
      }
    }
  }

  /**
   * Retires the current key (kept published for the overlap), promotes the next key and creates a
   * new next key. Returns the kid now signing.
   */
  @Transactional
  public String rotate() {
    Instant now = clock.instant();
    ToolKey current = find(ToolKey.Slot.CURRENT);
    ToolKey next = find(ToolKey.Slot.NEXT);
    if (current == null || next == null) {
      throw new IllegalStateException("keys not initialised");
    }
    current.retire(now, now.plus(config.keyOverlap()));
    em.flush();
    next.promote();
    em.flush();
    em.persist(newKey(ToolKey.Slot.NEXT, now, keyRing));
    em.flush();
    cachedSigningKey = null;
    LOG.info(() -> "Rotated the tool's signing key; now signing with " + next.kid());
    return next.kid();
  }

  /** The public keys to publish: current, next, and retired keys still in their overlap. */
  @Transactional
  public JWKSet publicKeySet() {
    Instant now = clock.instant();
    List<ToolKey> keys =
        em.createQuery(
                "select k from ToolKey k where k.slot is not null or k.publishedUntil > :now"
                    + " order by k.createdAt desc",
                ToolKey.class)
            .setParameter("now", now)
            .getResultList();
    if (keys.stream().noneMatch(k -> k.slot() != null)) {
      ensureKeysQuietly();
      return publicKeySet();
    }
    List<com.nimbusds.jose.jwk.JWK> out = new ArrayList<>();
    for (ToolKey k : keys) {
      out.add(parse(k.publicJwk()));
    }
    return new JWKSet(out);
  }

  /** The key that signs now (private), cached briefly. */
  @Transactional
  public RSAKey signingKey() {
    RSAKey k = cachedSigningKey;
    if (k != null && cachedAt.plus(SIGNING_KEY_CACHE).isAfter(clock.instant())) {
      return k;
    }
    ToolKey current = find(ToolKey.Slot.CURRENT);
    if (current == null) {
      ensureKeysQuietly();
      current = find(ToolKey.Slot.CURRENT);
    }
    k =
        parse(
            keyRing.openWithMaster(
                SealedColumns.toolKeyContext(current.kid()), current.privateJwk()));
    cachedSigningKey = k;
    cachedAt = clock.instant();
    return k;
  }

  /** Every key, newest first, for the operator (public parts only). */
  @Transactional
  public List<ToolKey> all() {
    return em.createQuery("select k from ToolKey k order by k.createdAt desc", ToolKey.class)
        .getResultList();
  }

  private void ensureKeysQuietly() {
    try {
      ensureKeys();
    } catch (KeysChangedConcurrently e) {
      // the other node's keys are there now
    }
  }

  private ToolKey find(ToolKey.Slot slot) {
    return em.createQuery("select k from ToolKey k where k.slot = :slot", ToolKey.class)
        .setParameter("slot", slot.name())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static ToolKey newKey(ToolKey.Slot slot, Instant now, KeyRing keyRing) {
    try {
      RSAKey generated =
          new RSAKeyGenerator(2048)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .generate();
      String kid = generated.computeThumbprint().toString();
      RSAKey key =
          new RSAKey.Builder(generated)
              .keyID(kid)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .build();
      // The private half is stored sealed with the master key (never in plain text).
      String sealed = keyRing.sealWithMaster(SealedColumns.toolKeyContext(kid), key.toJSONString());
      return new ToolKey(kid, slot, sealed, key.toPublicJWK().toJSONString(), now);
    } catch (JOSEException e) {
      throw new IllegalStateException("RSA key generation failed", e);
    }
  }

  private static RSAKey parse(String json) {
    try {
      return RSAKey.parse(json);
    } catch (ParseException e) {
      throw new IllegalStateException("a stored tool key is not a valid RSA JWK");
    }
  }

  /** Another node created a key at the same time; the caller may simply read again. */
  static final class KeysChangedConcurrently extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KeysChangedConcurrently() {
      super("tool keys changed concurrently", null, false, false);
    }
  }
}
