package org.mentorlink.tool.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Rows written before encryption at rest existed: a database at the last schema version before it,
 * holding a unique phrase in every sealed column and a plain private key, is migrated; then a
 * logical dump of every table (H2 {@code SCRIPT}, PostgreSQL {@code pg_dump}) holds none of them,
 * every value opens to its phrase again, a master key rotation keeps every value readable, and the
 * old key alone fails loudly. On PostgreSQL when one answers on 127.0.0.1:5432 (user postgres).
 */
class EncryptionAtRestMigrationTest {
  private static final String TENANT = "11111111-1111-1111-1111-111111111111";
  private static final String PRIVATE_KEY_MARK = "PRIVATEKEYMATERIAL-d-9f8e7d";

  @Test
  void onH2() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:enc" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    ds.setPassword("");
    walk(ds, () -> h2Script(ds));
  }

  @Test
  void onPostgresql() throws Exception {
    String db = "ml_crypto_unit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = adminConnection()) {
      assumeTrue(admin != null, "PostgreSQL does not answer on 127.0.0.1:5432: skipped");
      try (Statement s = admin.createStatement()) {
        s.execute("CREATE DATABASE " + db);
      }
      try {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://127.0.0.1:5432/" + db);
        ds.setUser("postgres");
        ds.setPassword("unused");
        walk(ds, () -> pgDump(db));
      } finally {
        try (Statement s = admin.createStatement()) {
          s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
      }
    }
  }

  interface Dump {
    String text() throws Exception;
  }

  private void walk(DataSource ds, Dump dump) throws Exception {
    MasterKey first = MasterKey.generate();
    // The schema as it was before encryption at rest, with plain rows in it.
    flyway(ds, null).target(lastVersionBefore20()).load().migrate();
    Map<String, String> phrases;
    try (Connection c = ds.getConnection()) {
      phrases = insertPlainRows(c);
    }
    assertTrue(
        dump.text().contains(phrases.values().iterator().next()), "the dump sees plain text");

    // First start with encryption: migrations 20 and 21.
    MasterKeys keys = MasterKeys.resolve(settings(first, null), null);
    flyway(ds, keys).load().migrate();

    String text = dump.text();
    assertTrue(text.contains("PLAIN-SCHEME-NAME"), "the dump holds the unencrypted columns");
    for (var p : phrases.entrySet()) {
      assertFalse(text.contains(p.getValue()), p.getKey() + " is in the dump in plain text");
    }
    assertFalse(text.contains(PRIVATE_KEY_MARK), "the private key is in the dump");
    assertFalse(text.contains("\"d\":"), "a private JWK member is in the dump");

    KeyRing ring = ring(ds, first, null);
    assertEquals(2, ring.verifyAll(), "one data key and one tool key open");
    assertEquals(phrases, readBack(ds, ring));
    assertTrue(
        ring.openWithMaster(SealedColumns.toolKeyContext("kid-1"), toolKey(ds))
            .contains(PRIVATE_KEY_MARK));

    // New rows are sealed with the registration's data key.
    ring.useTenant(TENANT);
    String sealed = ring.sealField("A-NEW-NOTE");
    TenantScope.clear();
    assertEquals("A-NEW-NOTE", ring.openField(sealed));

    // Rotation: the new key current, the old one previous; rows are not rewritten.
    MasterKey second = MasterKey.generate();
    String before = sessionAgenda(ds);
    KeyRing rotating = ring(ds, second, first);
    KeyRing.Rotation r = rotating.rotate();
    assertEquals(second.id(), r.masterKeyId());
    assertEquals(1, r.dataKeysRewrapped());
    assertEquals(1, r.toolKeysRewrapped());
    assertEquals(before, sessionAgenda(ds), "the sealed row itself is unchanged");
    assertEquals(0, rotating.rotate().dataKeysRewrapped(), "a second rotation has nothing to do");

    KeyRing after = ring(ds, second, null);
    assertEquals(2, after.verifyAll());
    assertEquals(phrases, readBack(ds, after), "every record still reads after rotation");
    assertEquals("A-NEW-NOTE", after.openField(sealed));

    // The old key alone (or any other key) fails loudly, naming key ids only.
    MasterKeyProblem wrong =
        assertThrows(MasterKeyProblem.class, () -> ring(ds, first, null).verifyAll());
    assertTrue(wrong.getMessage().contains(second.id()), wrong.getMessage());
    assertThrows(
        MasterKeyProblem.class, () -> ring(ds, MasterKey.generate(), null).openField(sealed));
    assertFalse(dump.text().contains("A-NEW-NOTE"));
  }

  /** The newest migration before encryption at rest (others' versions may be merged below 20). */
  private static String lastVersionBefore20() throws Exception {
    java.nio.file.Path dir =
        java.nio.file.Path.of(
            EncryptionAtRestMigrationTest.class
                .getClassLoader()
                .getResource("db/migration")
                .toURI());
    try (var files = java.nio.file.Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("V\\d+__.*\\.sql"))
          .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
          .filter(v -> v < 20)
          .max(Integer::compare)
          .orElseThrow()
          .toString();
    }
  }

  private static MasterKeys.Settings settings(MasterKey current, MasterKey previous) {
    return new MasterKeys.Settings(
        Optional.of(current.toBase64()),
        Optional.empty(),
        Optional.ofNullable(previous).map(MasterKey::toBase64));
  }

  private static KeyRing ring(DataSource ds, MasterKey current, MasterKey previous) {
    KeyRing r = new KeyRing();
    r.dataSource = ds;
    r.masterKey = Optional.of(current.toBase64());
    r.masterKeyFile = Optional.empty();
    r.previousMasterKeys = Optional.ofNullable(previous).map(MasterKey::toBase64);
    DataKeyWriter w = new DataKeyWriter();
    w.dataSource = ds;
    r.writer = w;
    return r;
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
      DataSource ds, MasterKeys keys) {
    var f =
        Flyway.configure(EncryptionAtRestMigrationTest.class.getClassLoader())
            .dataSource(ds)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true);
    return keys == null
        ? f
        : f.javaMigrations(
            new EncryptExistingRows(keys), EncryptExistingRows.peoplesAddresses(keys));
  }

  /** One row per table with a unique phrase in every sealed column; returns column → phrase. */
  private static Map<String, String> insertPlainRows(Connection c) throws SQLException {
    Map<String, String> phrases = new LinkedHashMap<>();
    exec(
        c,
        "INSERT INTO scheme (id, tenant_id, course_ref, name, allowance_sessions,"
            + " allowance_period_months, default_session_half_hours, cpd_year_start_month,"
            + " cpd_year_start_day, cpd_approval, feedback_min_group, confidentiality_text,"
            + " lead_person_id, created_at) VALUES ('s1', '"
            + TENANT
            + "', 'c1', 'PLAIN-SCHEME-NAME', 4, 12, 4, 4, 1, 'AUTO', 5, 'conf', 'p0',"
            + " CURRENT_TIMESTAMP)");
    row(
        c,
        phrases,
        "mentoring_request",
        "id, tenant_id, scheme_id, mentee_id, help_with, state, submitted_at",
        "'r1', '" + TENANT + "', 's1', 'p1', 'CAREER_DECISION', 'MATCHED', CURRENT_TIMESTAMP",
        "other_details",
        "must_not_match",
        "line_manager",
        "practice",
        "closing_reason");
    row(
        c,
        phrases,
        "match_proposal",
        "id, tenant_id, scheme_id, request_id, mentor_profile_id, mentor_id, mentee_id, state,"
            + " proposed_by, proposed_at",
        "'m1', '"
            + TENANT
            + "', 's1', 'r1', 'mp1', 'p2', 'p1', 'DECLINED', 'p0', CURRENT_TIMESTAMP",
        "decline_reason");
    row(
        c,
        phrases,
        "relationship",
        "id, tenant_id, scheme_id, request_id, mentee_id, mentor_id, allowance_sessions,"
            + " allowance_period_months, started_at",
        "'rel1', '" + TENANT + "', 's1', 'r1', 'p1', 'p2', 4, 12, CURRENT_TIMESTAMP",
        "closing_summary");
    row(
        c,
        phrases,
        "contract",
        "id, tenant_id, relationship_id, version_no, mode, start_date, review_date, allowance,"
            + " created_at, created_by",
        "'ct1', '"
            + TENANT
            + "', 'rel1', 1, 'IN_PERSON', CURRENT_DATE, CURRENT_DATE, '4 sessions',"
            + " CURRENT_TIMESTAMP, 'p1'",
        "ground_rules",
        "confidentiality",
        "boundaries",
        "objectives",
        "meeting_frequency",
        "venue");
    row(
        c,
        phrases,
        "session_record",
        "id, tenant_id, relationship_id, seq_no, scheduled_at, duration_half_hours, mode, state,"
            + " beyond_allowance",
        "'sr1', '" + TENANT + "', 'rel1', 1, CURRENT_TIMESTAMP, 2, 'IN_PERSON', 'RETURNED', FALSE",
        "agenda",
        "mentee_notes",
        "mentor_notes",
        "topics",
        "goals_reviewed",
        "return_reason");
    row(c, phrases, "session_action", "session_id, position, owner", "'sr1', 0, 'MENTEE'", "what");
    row(
        c,
        phrases,
        "session_addendum",
        "session_id, position, person_id, added_at",
        "'sr1', 0, 'p2', CURRENT_TIMESTAMP",
        "body");
    row(
        c,
        phrases,
        "goal",
        "id, tenant_id, relationship_id, state, created_at",
        "'g1', '" + TENANT + "', 'rel1', 'OPEN', CURRENT_TIMESTAMP",
        "goal",
        "reality",
        "chosen_action");
    row(c, phrases, "goal_option", "goal_id, position", "'g1', 0", "option_text", "criteria");
    row(
        c,
        phrases,
        "cpd_entry",
        "id, tenant_id, scheme_id, person_id, activity, entry_date, half_hours, cpd_role, kind,"
            + " cpd_year_start, share_reflection, impact, state, created_at",
        "'e1', '"
            + TENANT
            + "', 's1', 'p1', 'MENTORING_SESSION', CURRENT_DATE, 2, 'MENTEE',"
            + " 'INTERNAL', CURRENT_DATE, FALSE, FALSE, 'RETURNED', CURRENT_TIMESTAMP",
        "description",
        "reflection",
        "return_reason",
        "reversal_reason");
    row(
        c,
        phrases,
        "mentor_profile",
        "id, tenant_id, scheme_id, person_id, capacity, training_status, paused, designated_at",
        "'mp1', '" + TENANT + "', 's1', 'p2', 3, 'TRAINED', FALSE, CURRENT_TIMESTAMP",
        "availability",
        "must_not_mentor");
    // An e-mail address, stored plain until migration 71 sealed it.
    row(
        c,
        phrases,
        "person",
        "id, tenant_id, subject, created_at, last_seen_at",
        "'p1', '" + TENANT + "', 'sub-1', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP",
        "email");
    exec(
        c,
        "INSERT INTO tool_key (kid, slot, private_jwk, public_jwk, created_at) VALUES ('kid-1',"
            + " 'CURRENT', '{\"kty\":\"RSA\",\"d\":\""
            + PRIVATE_KEY_MARK
            + "\"}', '{\"kty\":\"RSA\"}', CURRENT_TIMESTAMP)");
    return phrases;
  }

  private static void row(
      Connection c,
      Map<String, String> phrases,
      String table,
      String columns,
      String values,
      String... sealed)
      throws SQLException {
    List<String> vals = new ArrayList<>();
    for (String col : sealed) {
      String phrase =
          "PHRASE-" + table + "-" + col + "-" + UUID.randomUUID().toString().substring(0, 8);
      phrases.put(table + "." + col, phrase);
      vals.add("'" + phrase + "'");
    }
    exec(
        c,
        "INSERT INTO "
            + table
            + " ("
            + columns
            + ", "
            + String.join(", ", sealed)
            + ") VALUES ("
            + values
            + ", "
            + String.join(", ", vals)
            + ")");
  }

  private static Map<String, String> readBack(DataSource ds, KeyRing ring) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = ds.getConnection()) {
      List<SealedColumns.Table> all = new ArrayList<>(SealedColumns.DATA_KEY_TABLES);
      all.addAll(SealedColumns.SEALED_BY_71);
      for (SealedColumns.Table t : all) {
        for (String col : t.columns()) {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT " + col + " FROM " + t.name())) {
            assertTrue(rs.next(), t.name());
            out.put(t.name() + "." + col, ring.openField(rs.getString(1)));
          }
        }
      }
    }
    return out;
  }

  private static String toolKey(DataSource ds) throws SQLException {
    return single(ds, "SELECT private_jwk FROM tool_key");
  }

  private static String sessionAgenda(DataSource ds) throws SQLException {
    return single(ds, "SELECT agenda FROM session_record");
  }

  private static String single(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.executeUpdate();
    }
  }

  private static String h2Script(DataSource ds) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SCRIPT")) {
      while (rs.next()) {
        out.append(rs.getString(1)).append('\n');
      }
    }
    return out.toString();
  }

  private static String pgDump(String db) throws Exception {
    Process p =
        new ProcessBuilder("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "--data-only", db)
            .redirectErrorStream(true)
            .start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Connection adminConnection() {
    try {
      return DriverManager.getConnection(
          "jdbc:postgresql://127.0.0.1:5432/postgres?connectTimeout=2", "postgres", "unused");
    } catch (SQLException e) {
      return null;
    }
  }
}
