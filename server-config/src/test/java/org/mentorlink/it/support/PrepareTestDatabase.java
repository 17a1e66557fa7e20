package org.mentorlink.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run by the build before the integration tests: when PostgreSQL answers at the given admin URL,
 * drops and re-creates the integration-test database so that each run starts clean, and records
 * whether the PostgreSQL pass can run. Never touches any other database.
 */
public final class PrepareTestDatabase {
  private PrepareTestDatabase() {}

  public static void main(String[] args) throws Exception {
    String adminUrl = args[0];
    String database = args[1];
    Path marker = Path.of(args[2]);
    if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("unsafe database name");
    }
    Files.createDirectories(marker.getParent());
    DriverManager.setLoginTimeout(3);
    try (Connection c = DriverManager.getConnection(adminUrl);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database);
      Files.writeString(marker, "true");
      System.out.println(
          "[mentorlink] PostgreSQL answers: integration pass 2 uses database " + database);
    } catch (SQLException e) {
      Files.writeString(marker, "false");
      System.out.println();
      System.out.println(
          "************************************************************************");
      System.out.println("* PostgreSQL does not answer (" + e.getSQLState() + "): the PostgreSQL");
      System.out.println("* integration pass will be SKIPPED. CI always runs it.");
      System.out.println(
          "************************************************************************");
      System.out.println();
    }
  }
}
