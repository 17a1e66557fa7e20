package org.mentorlink.tool.infrastructure.crypto;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mentorlink.domain.shared.Sealed;

/**
 * Encryption at rest: the master keys from configuration, the registrations' data keys they wrap
 * (unwrapped once per node and kept in memory), and the {@link Sealed.Sealer} the domain's sealed
 * fields use. A field is sealed with the data key of the registration in {@link TenantScope}; the
 * envelope names its key, so opening needs no scope. The tool's private signing keys are sealed
 * with the master key directly. A master key rotation re-wraps data keys and tool keys; no row is
 * re-encrypted.
 */
@ApplicationScoped
public class KeyRing {
  private static final Logger LOG = Logger.getLogger(KeyRing.class.getName());

  @Resource(lookup = "jdbc/mentorlink")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "mentorlink.master.key")
  Optional<String> masterKey;

  @Inject
  @ConfigProperty(name = "mentorlink.master.key.file")
  Optional<String> masterKeyFile;

  @Inject
  @ConfigProperty(name = "mentorlink.master.key.previous")
  Optional<String> previousMasterKeys;

  @Inject DataKeyWriter writer;

  private volatile MasterKeys keys;
  private final Map<String, DataKey> byId = new ConcurrentHashMap<>();
  private final Map<String, DataKey> byTenant = new ConcurrentHashMap<>();

  /** An unwrapped data key. */
  private record DataKey(String id, String tenant, SecretKey key) {}

  /** What a rotation did. */
  public record Rotation(String masterKeyId, int dataKeysRewrapped, int toolKeysRewrapped) {}

  /** How many stored keys each master key wraps. */
  public record Status(
      String masterKeyId, String source, Map<String, Integer> wrappedByMasterKey) {}

  /** Before anything else at start: the domain's sealed fields go through this ring. */
  void install(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup event) {
    Sealed.install(
        new Sealed.Sealer() {
          @Override
          public String seal(String plainText) {
            return sealField(plainText);
          }

          @Override
          public String open(String stored) {
            return openField(stored);
          }
        });
  }

  /** The configured master keys, resolved on first use (refuses PostgreSQL without a key). */
  public MasterKeys keys() {
    MasterKeys k = keys;
    if (k != null) {
      return k;
    }
    try (Connection c = dataSource.getConnection()) {
      return load(c);
    } catch (SQLException e) {
      throw new IllegalStateException("the database cannot be reached to load the keys", e);
    }
  }

  /** Resolves the master keys for the database {@code c} belongs to. */
  public synchronized MasterKeys load(Connection c) throws SQLException {
    if (keys == null) {
      keys = MasterKeys.resolve(settings(), embeddedDataDir(c.getMetaData()));
      LOG.info(
          () ->
              "Encryption at rest: master key "
                  + keys.current().id()
                  + " from "
                  + keys.source()
                  + (keys.ids().size() > 1
                      ? " (and " + (keys.ids().size() - 1) + " previous)"
                      : ""));
    }
    return keys;
  }

  MasterKeys.Settings settings() {
    return new MasterKeys.Settings(masterKey, masterKeyFile, previousMasterKeys);
  }

  /** The embedded database's folder, or null when the database is not a file H2 database. */
  static Path embeddedDataDir(DatabaseMetaData md) throws SQLException {
    String url = md.getURL();
    if (url == null || !url.startsWith("jdbc:h2:")) {
      return null;
    }
    String rest = url.substring("jdbc:h2:".length());
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    } else if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
      return null;
    }
    int semi = rest.indexOf(';');
    String file = semi < 0 ? rest : rest.substring(0, semi);
    Path p = Path.of(file).toAbsolutePath().getParent();
    return p;
  }

  /** Seals text with the data key of the registration in scope (the tool's key outside one). */
  public String sealField(String plainText) {
    String tenant = TenantScope.current();
    DataKey k = dataKeyFor(tenant == null ? DataKeyStore.TOOL : tenant);
    // A value written back unchanged keeps the stored form it was read from: the persistence
    // provider compares stored forms (an element collection's rows are matched by them), and a
    // fresh nonce would make every unchanged value look changed.
    String known = recentlyOpened.get(fingerprint(k.id(), plainText));
    if (known != null) {
      return known;
    }
    return Envelope.sealText(k.key(), k.id(), "", plainText);
  }

  /** Opens a sealed field; fails loudly (never garbage) on a value its key does not open. */
  public String openField(String stored) {
    String ref = Envelope.keyRef(stored);
    DataKey k = dataKeyById(ref);
    String plain = Envelope.openText(k.key(), "", stored);
    recentlyOpened.put(fingerprint(k.id(), plain), stored);
    return plain;
  }

  /**
   * The stored forms of values opened lately, by key id and a hash of the text (never the text).
   */
  private final Map<String, String> recentlyOpened =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > 4096;
            }
          });

  private static String fingerprint(String keyId, String plain) {
    try {
      java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
      d.update(keyId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Seals a secret of registration {@code tenantId} (an LTI 1.1 shared secret) with its data key,
   * whatever registration is in scope, bound to {@code context}: it opens only with the same
   * context (so a sealed value copied to another row or column does not open there).
   */
  public String sealFor(String tenantId, String context, String plainText) {
    DataKey k = dataKeyFor(tenantId);
    return Envelope.sealText(k.key(), k.id(), context, plainText);
  }

  /** Opens a value sealed by {@link #sealFor} with the same {@code context}; fails loudly. */
  public String openFor(String context, String stored) {
    DataKey k = dataKeyById(Envelope.keyRef(stored));
    return Envelope.openText(k.key(), context, stored);
  }

  /** Puts {@code tenantId} in scope for this thread and makes sure its data key exists. */
  public void useTenant(String tenantId) {
    TenantScope.set(tenantId);
    dataKeyFor(tenantId);
  }

  /**
   * Runs {@code work} with {@code tenantId} in scope (what it writes is sealed with that
   * registration's data key, also outside a request), then puts back the scope it found.
   */
  public <T> T inTenant(String tenantId, java.util.function.Supplier<T> work) {
    String before = TenantScope.current();
    useTenant(tenantId);
    try {
      return work.get();
    } finally {
      if (before == null) {
        TenantScope.clear();
      } else {
        TenantScope.set(before);
      }
    }
  }

  /** Seals a secret of the tool's own (its private keys) with the current master key. */
  public String sealWithMaster(String context, String text) {
    MasterKey m = keys().current();
    return Envelope.sealText(m.secretKey(), m.ref(), context, text);
  }

  /** Opens a secret sealed with a configured master key. */
  public String openWithMaster(String context, String stored) {
    String ref = Envelope.keyRef(stored);
    MasterKey m = masterByRef(ref);
    try {
      return Envelope.openText(m.secretKey(), context, stored);
    } catch (Envelope.SealBroken e) {
      throw new MasterKeyProblem("A tool key does not open with master key " + m.id());
    }
  }

  private MasterKey masterByRef(String ref) {
    String id = ref.startsWith("m-") ? ref.substring(2) : "";
    return keys()
        .byId(id)
        .orElseThrow(
            () ->
                new MasterKeyProblem(
                    "A tool key is sealed with master key "
                        + id
                        + ", which is not configured (the configured key is "
                        + keys().current().id()
                        + ")."));
  }

  private DataKey dataKeyFor(String tenant) {
    DataKey k = byTenant.get(tenant);
    if (k != null) {
      return k;
    }
    MasterKeys mk = keys();
    DataKeyStore.Row row;
    try (Connection c = dataSource.getConnection()) {
      row = DataKeyStore.byTenant(c, tenant).orElse(null);
    } catch (SQLException e) {
      throw new IllegalStateException("the data key could not be read: " + e.getSQLState(), e);
    }
    if (row == null) {
      try {
        row = writer.create(mk.current(), tenant);
      } catch (RuntimeException e) {
        // another node created it at the same moment
        try (Connection c = dataSource.getConnection()) {
          row = DataKeyStore.byTenant(c, tenant).orElseThrow(() -> e);
        } catch (SQLException s) {
          throw e;
        }
      }
    }
    return remember(row, mk);
  }

  private DataKey dataKeyById(String id) {
    DataKey k = byId.get(id);
    if (k != null) {
      return k;
    }
    MasterKeys mk = keys();
    DataKeyStore.Row row;
    try (Connection c = dataSource.getConnection()) {
      row =
          DataKeyStore.byId(c, id)
              .orElseThrow(
                  () ->
                      new Envelope.SealBroken(
                          "a stored value names data key " + id + ", which does not exist"));
    } catch (SQLException e) {
      throw new IllegalStateException("the data key could not be read: " + e.getSQLState(), e);
    }
    return remember(row, mk);
  }

  private DataKey remember(DataKeyStore.Row row, MasterKeys mk) {
    DataKey k = new DataKey(row.id(), row.tenantId(), DataKeyStore.unwrap(mk, row));
    byId.put(k.id(), k);
    byTenant.put(k.tenant(), k);
    return k;
  }

  /**
   * At start, after the migrations: every stored data key and tool key must open with the
   * configured master keys, else Mentorlink refuses to start (a wrong key fails loudly, at once).
   */
  public int verifyAll() {
    MasterKeys mk = keys();
    int n = 0;
    try (Connection c = dataSource.getConnection()) {
      for (DataKeyStore.Row row : DataKeyStore.all(c)) {
        remember(row, mk);
        n++;
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT kid, private_jwk FROM tool_key");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          openWithMaster(SealedColumns.toolKeyContext(rs.getString(1)), rs.getString(2));
          n++;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the stored keys could not be read: " + e.getSQLState(), e);
    }
    return n;
  }

  /**
   * Re-wraps every data key and tool key not wrapped by the current master key (each unwrapped with
   * the configured previous key that wrapped it). Rows are not touched: they stay sealed with the
   * same data keys. Afterwards the previous key can be removed from configuration.
   */
  @Transactional
  public Rotation rotate() {
    MasterKeys mk = keys();
    MasterKey to = mk.current();
    Instant now = Instant.now();
    int data = 0;
    int tool = 0;
    try (Connection c = dataSource.getConnection()) {
      for (DataKeyStore.Row row : DataKeyStore.all(c)) {
        if (!row.masterKeyId().equals(to.id())) {
          DataKeyStore.rewrap(c, row, DataKeyStore.unwrap(mk, row), to, now);
          data++;
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT kid, private_jwk FROM tool_key");
          ResultSet rs = ps.executeQuery();
          PreparedStatement upd =
              c.prepareStatement("UPDATE tool_key SET private_jwk = ? WHERE kid = ?")) {
        while (rs.next()) {
          String kid = rs.getString(1);
          String stored = rs.getString(2);
          if (!Envelope.keyRef(stored).equals(to.ref())) {
            String context = SealedColumns.toolKeyContext(kid);
            upd.setString(1, sealWithMaster(context, openWithMaster(context, stored)));
            upd.setString(2, kid);
            upd.executeUpdate();
            tool++;
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the keys could not be re-wrapped: " + e.getSQLState(), e);
    }
    int d = data;
    int t = tool;
    LOG.info(
        () ->
            "Master key rotation: "
                + d
                + " data key(s) and "
                + t
                + " tool key(s) re-wrapped with master key "
                + to.id());
    return new Rotation(to.id(), data, tool);
  }

  /** The current master key's id and how many stored keys each master key wraps. */
  @Transactional
  public Status status() {
    MasterKeys mk = keys();
    Map<String, Integer> counts = new TreeMap<>();
    try (Connection c = dataSource.getConnection()) {
      for (DataKeyStore.Row row : DataKeyStore.all(c)) {
        counts.merge(row.masterKeyId(), 1, Integer::sum);
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT private_jwk FROM tool_key");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String ref = Envelope.keyRef(rs.getString(1));
          counts.merge(ref.startsWith("m-") ? ref.substring(2) : ref, 1, Integer::sum);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the keys could not be read: " + e.getSQLState(), e);
    }
    return new Status(mk.current().id(), mk.source(), counts);
  }
}
