package org.mentorlink.tool.infrastructure.crypto;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code data_key} table over plain JDBC (used by the runtime and by the migration that
 * encrypts existing rows, on its own connection): one AES-256 data key per registration (and one
 * for the tool itself, {@link #TOOL}), stored only wrapped by a master key.
 */
final class DataKeyStore {
  /** The tenant id of the tool's own data key (for text written outside any registration). */
  static final String TOOL = "tool";

  private static final SecureRandom RANDOM = new SecureRandom();

  private DataKeyStore() {}

  /** A stored data key, still wrapped. */
  record Row(String id, String tenantId, String wrapped, String masterKeyId) {}

  static Optional<Row> byTenant(Connection c, String tenant) throws SQLException {
    return one(
        c,
        "SELECT id, tenant_id, wrapped_key, master_key_id FROM data_key WHERE tenant_id = ?",
        tenant);
  }

  static Optional<Row> byId(Connection c, String id) throws SQLException {
    return one(
        c, "SELECT id, tenant_id, wrapped_key, master_key_id FROM data_key WHERE id = ?", id);
  }

  static List<Row> all(Connection c) throws SQLException {
    List<Row> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, tenant_id, wrapped_key, master_key_id FROM data_key ORDER BY id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(row(rs));
      }
    }
    return out;
  }

  /** Creates and stores a new data key for {@code tenant}, wrapped by {@code master}. */
  static Row create(Connection c, MasterKey master, String tenant, Instant now)
      throws SQLException {
    byte[] idBytes = new byte[8];
    RANDOM.nextBytes(idBytes);
    String id = "k" + HexFormat.of().formatHex(idBytes);
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    String wrapped = Envelope.seal(master.secretKey(), master.ref(), context(id, tenant), key);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO data_key (id, tenant_id, wrapped_key, master_key_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, tenant);
      ps.setString(3, wrapped);
      ps.setString(4, master.id());
      ps.setTimestamp(5, Timestamp.from(now));
      ps.executeUpdate();
    }
    return new Row(id, tenant, wrapped, master.id());
  }

  /** The data key of {@code row}, unwrapped with whichever configured master key wrapped it. */
  static SecretKey unwrap(MasterKeys keys, Row row) {
    MasterKey master =
        keys.byId(row.masterKeyId())
            .orElseThrow(
                () ->
                    new MasterKeyProblem(
                        "The data key "
                            + row.id()
                            + " is wrapped by master key "
                            + row.masterKeyId()
                            + ", which is not configured (the configured key is "
                            + keys.current().id()
                            + "). Start with the master key this database was encrypted with"
                            + " (MENTORLINK_MASTER_KEY, or MENTORLINK_MASTER_KEY_PREVIOUS while"
                            + " rotating)."));
    try {
      if (!master.ref().equals(Envelope.keyRef(row.wrapped()))) {
        throw new Envelope.SealBroken("the wrapped key names another master key");
      }
      byte[] key =
          Envelope.open(master.secretKey(), context(row.id(), row.tenantId()), row.wrapped());
      return new SecretKeySpec(key, "AES");
    } catch (Envelope.SealBroken e) {
      throw new MasterKeyProblem(
          "The data key "
              + row.id()
              + " does not unwrap with master key "
              + master.id()
              + ": "
              + e.getMessage());
    }
  }

  /** Wraps {@code key} again under {@code to}. */
  static void rewrap(Connection c, Row row, SecretKey key, MasterKey to, Instant now)
      throws SQLException {
    String wrapped =
        Envelope.seal(
            to.secretKey(), to.ref(), context(row.id(), row.tenantId()), key.getEncoded());
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE data_key SET wrapped_key = ?, master_key_id = ?, rewrapped_at = ?"
                + " WHERE id = ?")) {
      ps.setString(1, wrapped);
      ps.setString(2, to.id());
      ps.setTimestamp(3, Timestamp.from(now));
      ps.setString(4, row.id());
      ps.executeUpdate();
    }
  }

  private static String context(String id, String tenant) {
    return "data_key:" + id + ":" + tenant;
  }

  private static Optional<Row> one(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
  }
}
