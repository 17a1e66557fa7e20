package org.mentorlink.tool.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The key ring over a migrated database: one data key per registration, created once. */
class KeyRingTest {
  private final MasterKey master = MasterKey.generate();
  private JdbcDataSource ds;
  private KeyRing ring;

  @BeforeEach
  void migrate() {
    ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:ring" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    ds.setPassword("");
    Flyway.configure(getClass().getClassLoader())
        .dataSource(ds)
        .locations("classpath:db/migration")
        .javaMigrations(new EncryptExistingRows(MasterKeys.resolve(settings(master), null)))
        .load()
        .migrate();
    ring = ring(master);
  }

  @AfterEach
  void clear() {
    TenantScope.clear();
  }

  private static MasterKeys.Settings settings(MasterKey k) {
    return new MasterKeys.Settings(Optional.of(k.toBase64()), Optional.empty(), Optional.empty());
  }

  private KeyRing ring(MasterKey k) {
    KeyRing r = new KeyRing();
    r.dataSource = ds;
    r.masterKey = Optional.of(k.toBase64());
    r.masterKeyFile = Optional.empty();
    r.previousMasterKeys = Optional.empty();
    DataKeyWriter w = new DataKeyWriter();
    w.dataSource = ds;
    r.writer = w;
    return r;
  }

  @Test
  void eachRegistrationHasItsOwnDataKeyAndTextOutsideOneUsesTheToolsKey() {
    ring.useTenant("tenant-a");
    String a1 = ring.sealField("note of a");
    String a2 = ring.sealField("another of a");
    ring.useTenant("tenant-b");
    String b = ring.sealField("note of b");
    TenantScope.clear();
    String tool = ring.sealField("no registration");
    assertEquals(Envelope.keyRef(a1), Envelope.keyRef(a2));
    assertNotEquals(Envelope.keyRef(a1), Envelope.keyRef(b));
    assertNotEquals(Envelope.keyRef(a1), Envelope.keyRef(tool));
    // A fresh ring (another node, or after a restart) finds the same keys and opens everything.
    KeyRing other = ring(master);
    assertEquals("note of a", other.openField(a1));
    assertEquals("note of b", other.openField(b));
    assertEquals("no registration", other.openField(tool));
    other.useTenant("tenant-a");
    assertEquals(Envelope.keyRef(a1), Envelope.keyRef(other.sealField("x")), "not a second key");
    assertEquals(3, other.verifyAll());
  }

  @Test
  void workInATenantIsSealedWithItsKeyAndTheScopeIsPutBack() {
    ring.useTenant("tenant-a");
    String a = ring.sealField("note of a");
    TenantScope.clear();
    String inA = ring.inTenant("tenant-a", () -> ring.sealField("an address"));
    assertEquals(
        Envelope.keyRef(a), Envelope.keyRef(inA), "the registration's key, not the tool's");
    assertEquals(null, TenantScope.current(), "no scope before, none after");
    ring.useTenant("tenant-b");
    ring.inTenant("tenant-a", () -> "x");
    assertEquals("tenant-b", TenantScope.current());
    TenantScope.clear();
  }

  @Test
  void aWrongMasterKeyFailsLoudlyOnFirstUse() {
    ring.useTenant("tenant-a");
    String sealed = ring.sealField("note");
    KeyRing wrong = ring(MasterKey.generate());
    assertThrows(MasterKeyProblem.class, () -> wrong.openField(sealed));
    assertThrows(MasterKeyProblem.class, wrong::verifyAll);
  }

  @Test
  void aValueNamingAnUnknownKeyOrNoEnvelopeIsRefused() {
    assertThrows(Envelope.SealBroken.class, () -> ring.openField("ml1:k0000000000000000:AAAA"));
    assertThrows(Envelope.SealBroken.class, () -> ring.openField("plain text"));
  }
}
