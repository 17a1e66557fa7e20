package org.mentorlink.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.it.support.DatabasePass;

/**
 * In-container (Arquillian, Liberty): the persistence layer against the server's real data source,
 * whose schema the application's migrations created.
 */
@ExtendWith({DatabasePass.class, ArquillianExtension.class})
class PersistenceIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.create(WebArchive.class, "persistence-it.war")
        .addPackages(false, "org.mentorlink.domain.shared", "org.mentorlink.domain.person")
        .addClasses(
            org.mentorlink.domain.persistence.InstantConverter.class,
            org.mentorlink.domain.persistence.JpaPersonRepository.class)
        .addClass(DatabasePass.class)
        .addAsResource("it-persistence.xml", "META-INF/persistence.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  /**
   * This archive has no key ring (that is the tool's): sealed fields (a person's e-mail) go through
   * a reversible stand-in, in this test's own tenants only.
   */
  @org.junit.jupiter.api.BeforeEach
  void sealer() {
    if (!org.mentorlink.domain.shared.Sealed.installed()) {
      java.util.Base64.Encoder enc = java.util.Base64.getEncoder();
      java.util.Base64.Decoder dec = java.util.Base64.getDecoder();
      org.mentorlink.domain.shared.Sealed.install(
          new org.mentorlink.domain.shared.Sealed.Sealer() {
            @Override
            public String seal(String plainText) {
              return "it:" + enc.encodeToString(plainText.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public String open(String stored) {
              return new String(dec.decode(stored.substring(3)), StandardCharsets.UTF_8);
            }
          });
    }
  }

  @Inject PersonRepository people;
  @Inject UserTransaction tx;

  @Resource(lookup = "jdbc/mentorlink")
  DataSource dataSource;

  @Test
  void migrationsCreatedTheSchema() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      List<String> versions = new ArrayList<>();
      while (rs.next()) {
        assertTrue(rs.getBoolean(2), "migration " + rs.getString(1) + " succeeded");
        versions.add(rs.getString(1));
      }
      assertTrue(versions.containsAll(List.of("1", "2")), "applied: " + versions);
      assertTrue(tableExists(c, "person"), "person table exists");
      assertTrue(tableExists(c, "tool_key"), "tool_key table exists");
    }
  }

  @Test
  void aPersonWrittenIsReadBackInAnotherTransaction() throws Exception {
    TenantId tenant = new TenantId("it-" + UUID.randomUUID());
    String subject = "subject-" + UUID.randomUUID();
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    tx.begin();
    Person written = new Person(tenant, subject, "Dr Ada O'Brien", "ada@example.org", at);
    people.add(written);
    tx.commit();

    tx.begin();
    Person read = people.findBySubject(tenant, subject).orElseThrow();
    assertEquals(written.ref(), read.ref());
    assertEquals("Dr Ada O'Brien", read.displayName());
    assertEquals("ada@example.org", read.email());
    assertEquals(at, read.createdAt());
    assertTrue(people.find(read.ref()).isPresent());
    tx.commit();
  }

  @Test
  void aPersonIsInvisibleFromAnotherTenant() throws Exception {
    TenantId tenant = new TenantId("it-" + UUID.randomUUID());
    String subject = "shared-subject";
    tx.begin();
    people.add(new Person(tenant, subject, null, null, Instant.now()));
    tx.commit();

    tx.begin();
    assertFalse(
        people.findBySubject(new TenantId("it-other-" + UUID.randomUUID()), subject).isPresent());
    tx.commit();
  }

  @Test
  void theSameSubjectCannotBeStoredTwiceInOneTenant() throws Exception {
    TenantId tenant = new TenantId("it-" + UUID.randomUUID());
    tx.begin();
    people.add(new Person(tenant, "dup", null, null, Instant.now()));
    tx.commit();

    tx.begin();
    people.add(new Person(tenant, "dup", null, null, Instant.now()));
    boolean refused = false;
    try {
      tx.commit();
    } catch (Exception e) {
      refused = true;
    }
    assertTrue(refused, "the unique (tenant, subject) constraint refused a duplicate");
  }

  private static boolean tableExists(Connection c, String name) throws Exception {
    DatabaseMetaData md = c.getMetaData();
    for (String candidate : List.of(name, name.toUpperCase())) {
      try (ResultSet rs = md.getTables(null, null, candidate, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
