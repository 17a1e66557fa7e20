package org.mentorlink.tool.infrastructure.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;
import org.mentorlink.tool.infrastructure.crypto.EncryptExistingRows;
import org.mentorlink.tool.infrastructure.crypto.KeyRing;
import org.mentorlink.tool.infrastructure.crypto.MasterKeyProblem;
import org.mentorlink.tool.infrastructure.crypto.MasterKeys;

/**
 * Applies the versioned schema migrations ({@code db/migration/V*.sql}, Flyway) when the
 * application starts. The JPA provider never generates schema. If the database cannot be reached at
 * start, the application still starts, reports not ready, and the readiness check tries again.
 */
@ApplicationScoped
public class DatabaseMigrations {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = "jdbc/mentorlink")
  DataSource dataSource;

  @Inject MentorlinkConfig config;
  @Inject KeyRing keyRing;

  private final AtomicBoolean applied = new AtomicBoolean();
  private final Object lock = new Object();

  void onStart(@Observes Startup event) {
    try {
      if (config.migrateOnStart()) {
        migrate();
      } else {
        keyRing.verifyAll();
      }
    } catch (MasterKeyProblem e) {
      // No key, or not the key the database was encrypted with: refuse to start, saying why.
      LOG.severe("Mentorlink cannot start: " + e.getMessage());
      throw e;
    }
  }

  /** True once the schema is at the latest version. */
  public boolean applied() {
    return applied.get() || !config.migrateOnStart();
  }

  /** Migrates now if not yet done; returns whether the schema is up to date. */
  public boolean migrate() {
    if (applied.get()) {
      return true;
    }
    synchronized (lock) {
      if (applied.get()) {
        return true;
      }
      try {
        MasterKeys keys;
        try (java.sql.Connection c = dataSource.getConnection()) {
          keys = keyRing.load(c);
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(e);
        }
        MigrateResult result =
            Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .javaMigrations(
                    new EncryptExistingRows(keys), EncryptExistingRows.peoplesAddresses(keys))
                .locations("classpath:db/migration")
                .callbackLocations("classpath:db/callback")
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(
            () ->
                "Database schema at version "
                    // Flyway names no target when nothing was applied: the version stays the first.
                    + (result.targetSchemaVersion != null
                        ? result.targetSchemaVersion
                        : result.initialSchemaVersion)
                    + " ("
                    + result.migrationsExecuted
                    + " migration(s) applied now)");
        keyRing.verifyAll();
        applied.set(true);
        return true;
      } catch (MasterKeyProblem e) {
        throw e;
      } catch (RuntimeException e) {
        // The cause's message names the database problem; it never holds personal data.
        LOG.log(Level.WARNING, "Database migrations could not be applied yet: {0}", rootMessage(e));
        return false;
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return t.getClass().getSimpleName()
        + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }
}
