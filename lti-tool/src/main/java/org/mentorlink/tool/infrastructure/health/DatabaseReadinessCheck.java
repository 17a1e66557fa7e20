package org.mentorlink.tool.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.mentorlink.tool.infrastructure.config.MentorlinkConfig;
import org.mentorlink.tool.infrastructure.db.DatabaseMigrations;

/**
 * Ready only while the database answers a real query and the schema is migrated. A database that
 * comes back is noticed on the next check, without a restart: the pool drops broken connections.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Resource(lookup = "jdbc/mentorlink")
  DataSource dataSource;

  @Inject DatabaseMigrations migrations;
  @Inject MentorlinkConfig config;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    int timeout = (int) config.healthDbTimeout().toSeconds();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(timeout);
      try (ResultSet rs = s.executeQuery("SELECT 1")) {
        rs.next();
      }
      response.withData("product", c.getMetaData().getDatabaseProductName());
    } catch (SQLException | RuntimeException e) {
      return response.down().withData("error", "database unreachable").build();
    }
    if (!migrations.applied() && !migrations.migrate()) {
      return response.down().withData("error", "schema migrations not applied").build();
    }
    return response.up().build();
  }
}
