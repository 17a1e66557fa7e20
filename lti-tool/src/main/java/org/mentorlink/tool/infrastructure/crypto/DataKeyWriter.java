package org.mentorlink.tool.infrastructure.crypto;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Creates a registration's data key in a transaction of its own, committed before any value is
 * sealed with it (a key that rolled back with the caller's work would leave values no one can
 * open). Two nodes creating the same registration's key at once: the unique tenant keeps one, and
 * the loser reads the winner's.
 */
@ApplicationScoped
public class DataKeyWriter {
  @Resource(lookup = "jdbc/mentorlink")
  DataSource dataSource;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public DataKeyStore.Row create(MasterKey master, String tenant) {
    try (Connection c = dataSource.getConnection()) {
      var existing = DataKeyStore.byTenant(c, tenant);
      if (existing.isPresent()) {
        return existing.get();
      }
      return DataKeyStore.create(c, master, tenant, Instant.now());
    } catch (SQLException e) {
      throw new IllegalStateException("the data key could not be stored: " + e.getSQLState(), e);
    }
  }
}
