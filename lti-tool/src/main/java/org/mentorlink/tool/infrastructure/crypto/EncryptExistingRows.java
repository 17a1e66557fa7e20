package org.mentorlink.tool.infrastructure.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 21: encrypts every row written before encryption at rest existed — each free-text
 * column of {@link SealedColumns} with its registration's data key (created here if missing), and
 * the tool's private keys with the master key. It runs once, inside Flyway's migration transaction
 * and lock (on PostgreSQL an advisory lock: a second node starting at the same moment waits, then
 * finds it applied), so a failure leaves every row as it was. A value that is already an envelope
 * is left alone.
 */
public final class EncryptExistingRows implements JavaMigration {
  private static final Logger LOG = Logger.getLogger(EncryptExistingRows.class.getName());

  private final MasterKeys keys;
  private final int version;
  private final String description;
  private final List<SealedColumns.Table> tables;
  private final boolean toolKeys;

  /** Migration 21: every column of {@link SealedColumns#DATA_KEY_TABLES} and the tool's keys. */
  public EncryptExistingRows(MasterKeys keys) {
    this(keys, 21, "encrypt existing rows", SealedColumns.DATA_KEY_TABLES, true);
  }

  private EncryptExistingRows(
      MasterKeys keys,
      int version,
      String description,
      List<SealedColumns.Table> tables,
      boolean toolKeys) {
    this.keys = keys;
    this.version = version;
    this.description = description;
    this.tables = tables;
    this.toolKeys = toolKeys;
  }

  /**
   * Migration 71: people's e-mail addresses ({@link SealedColumns#SEALED_BY_71}), sealed once they
   * became where notices are sent (migration 70 widened the column).
   */
  public static EncryptExistingRows peoplesAddresses(MasterKeys keys) {
    return new EncryptExistingRows(
        keys, 71, "seal e-mail addresses", SealedColumns.SEALED_BY_71, false);
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(Integer.toString(version));
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return version;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    Map<String, DataKeyStore.Row> rows = new HashMap<>();
    Map<String, SecretKey> unwrapped = new HashMap<>();
    Instant now = Instant.now();
    long sealed = 0;
    for (SealedColumns.Table t : tables) {
      // A table a later migration creates has no rows written before encryption.
      if (exists(c, t.name())) {
        sealed += encryptTable(c, t, rows, unwrapped, now);
      }
    }
    long keysSealed = toolKeys ? encryptToolKeys(c) : 0;
    long total = sealed;
    LOG.info(
        () ->
            "Migration "
                + version
                + ": encrypted "
                + total
                + " stored value(s) and "
                + keysSealed
                + " tool key(s)");
  }

  private long encryptTable(
      Connection c,
      SealedColumns.Table t,
      Map<String, DataKeyStore.Row> rows,
      Map<String, SecretKey> unwrapped,
      Instant now)
      throws SQLException {
    String select =
        "SELECT "
            + String.join(", ", t.keys().stream().map(k -> "t." + k).toList())
            + ", "
            + t.tenantSql()
            + ", "
            + String.join(", ", t.columns().stream().map(k -> "t." + k).toList())
            + " FROM "
            + t.name()
            + " t";
    String update =
        "UPDATE "
            + t.name()
            + " SET "
            + String.join(", ", t.columns().stream().map(k -> k + " = ?").toList())
            + " WHERE "
            + String.join(" AND ", t.keys().stream().map(k -> k + " = ?").toList());
    long count = 0;
    try (PreparedStatement sel = c.prepareStatement(select);
        ResultSet rs = sel.executeQuery();
        PreparedStatement upd = c.prepareStatement(update)) {
      int nk = t.keys().size();
      while (rs.next()) {
        String tenant = rs.getString(nk + 1);
        if (tenant == null) {
          tenant = DataKeyStore.TOOL;
        }
        boolean changed = false;
        String[] values = new String[t.columns().size()];
        for (int i = 0; i < values.length; i++) {
          String v = rs.getString(nk + 2 + i);
          if (v != null && !Envelope.isEnvelope(v)) {
            DataKeyStore.Row key = keyFor(c, tenant, rows, now);
            SecretKey sk =
                unwrapped.computeIfAbsent(key.id(), id -> DataKeyStore.unwrap(keys, key));
            v = Envelope.sealText(sk, key.id(), "", v);
            changed = true;
            count++;
          }
          values[i] = v;
        }
        if (changed) {
          for (int i = 0; i < values.length; i++) {
            upd.setString(i + 1, values[i]);
          }
          for (int k = 0; k < nk; k++) {
            upd.setObject(values.length + 1 + k, rs.getObject(k + 1));
          }
          upd.executeUpdate();
        }
      }
    }
    return count;
  }

  private static boolean exists(Connection c, String table) throws SQLException {
    for (String name : new String[] {table, table.toUpperCase(java.util.Locale.ROOT)}) {
      try (ResultSet rs = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private DataKeyStore.Row keyFor(
      Connection c, String tenant, Map<String, DataKeyStore.Row> rows, Instant now)
      throws SQLException {
    DataKeyStore.Row row = rows.get(tenant);
    if (row == null) {
      row = DataKeyStore.byTenant(c, tenant).orElse(null);
      if (row == null) {
        row = DataKeyStore.create(c, keys.current(), tenant, now);
      }
      rows.put(tenant, row);
    }
    return row;
  }

  private long encryptToolKeys(Connection c) throws SQLException {
    long count = 0;
    MasterKey master = keys.current();
    try (PreparedStatement sel = c.prepareStatement("SELECT kid, private_jwk FROM tool_key");
        ResultSet rs = sel.executeQuery();
        PreparedStatement upd =
            c.prepareStatement("UPDATE tool_key SET private_jwk = ? WHERE kid = ?")) {
      while (rs.next()) {
        String kid = rs.getString(1);
        String jwk = rs.getString(2);
        if (jwk != null && !Envelope.isEnvelope(jwk)) {
          upd.setString(
              1,
              Envelope.sealText(
                  master.secretKey(), master.ref(), SealedColumns.toolKeyContext(kid), jwk));
          upd.setString(2, kid);
          upd.executeUpdate();
          count++;
        }
      }
    }
    return count;
  }
}
