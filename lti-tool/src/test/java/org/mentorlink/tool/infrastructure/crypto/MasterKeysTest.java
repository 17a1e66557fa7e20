package org.mentorlink.tool.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeysTest {
  @TempDir Path tmp;

  private static MasterKeys.Settings settings(String key, String file, String previous) {
    return new MasterKeys.Settings(
        Optional.ofNullable(key), Optional.ofNullable(file), Optional.ofNullable(previous));
  }

  @Test
  void postgresqlWithoutAKeyRefusesToStartWithAClearMessage() {
    MasterKeyProblem e =
        assertThrows(
            MasterKeyProblem.class, () -> MasterKeys.resolve(settings(null, null, null), null));
    assertTrue(e.getMessage().contains("MENTORLINK_MASTER_KEY"), e.getMessage());
    assertTrue(e.getMessage().contains("PostgreSQL"), e.getMessage());
    assertTrue(e.getMessage().contains("openssl rand -base64 32"), e.getMessage());
    // blank settings count as missing
    assertThrows(MasterKeyProblem.class, () -> MasterKeys.resolve(settings(" ", "", ""), null));
  }

  @Test
  void embeddedCreatesAKeyFileInItsOwnFolderApartFromTheDatabaseAndReusesIt() throws Exception {
    Path data = tmp.resolve("mentorlink").resolve("data");
    Files.createDirectories(data);
    MasterKeys first = MasterKeys.resolve(settings(null, null, null), data);
    Path file = tmp.resolve("mentorlink").resolve("keys").resolve("master.key");
    assertTrue(Files.isRegularFile(file), "key file created at " + file);
    assertFalse(file.startsWith(data), "not inside the database folder");
    assertTrue(first.source().contains(file.toString()));
    try (var files = Files.list(data)) {
      assertEquals(0, files.count(), "nothing written into the database folder");
    }
    MasterKeys again = MasterKeys.resolve(settings(null, null, null), data);
    assertEquals(first.current().id(), again.current().id(), "the same key on the next start");
  }

  @Test
  void aConfiguredKeyWinsEvenWithTheEmbeddedDatabase() {
    MasterKey k = MasterKey.generate();
    MasterKeys keys = MasterKeys.resolve(settings(k.toBase64(), null, null), tmp.resolve("data"));
    assertEquals(k.id(), keys.current().id());
    assertFalse(Files.exists(tmp.resolve("keys")), "no key file made");
  }

  @Test
  void aKeyFileSettingIsRead() throws Exception {
    MasterKey k = MasterKey.generate();
    Path f = tmp.resolve("mk");
    Files.writeString(f, k.toBase64() + "\n");
    assertEquals(
        k.id(), MasterKeys.resolve(settings(null, f.toString(), null), null).current().id());
    assertThrows(
        MasterKeyProblem.class,
        () -> MasterKeys.resolve(settings(null, tmp.resolve("missing").toString(), null), null));
    assertThrows(
        MasterKeyProblem.class,
        () -> MasterKeys.resolve(settings(k.toBase64(), f.toString(), null), null),
        "both set is refused");
  }

  @Test
  void refusesKeysThatAreNot32BytesOfBase64WithoutEchoingThem() {
    MasterKeyProblem e =
        assertThrows(
            MasterKeyProblem.class,
            () -> MasterKeys.resolve(settings("c2hvcnQ=", null, null), null));
    assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
    assertFalse(e.getMessage().contains("c2hvcnQ"), "the key is not echoed");
    assertThrows(
        MasterKeyProblem.class,
        () -> MasterKeys.resolve(settings("not base64!", null, null), null));
  }

  @Test
  void previousKeysAreKnownByIdButTheCurrentOneWraps() {
    MasterKey now = MasterKey.generate();
    MasterKey old = MasterKey.generate();
    MasterKeys keys = MasterKeys.resolve(settings(now.toBase64(), null, old.toBase64()), null);
    assertEquals(now.id(), keys.current().id());
    assertTrue(keys.byId(old.id()).isPresent());
    assertNotEquals(now.id(), old.id());
    assertFalse(now.toString().contains(now.toBase64()), "toString never shows the key");
  }

  @Test
  void theDefaultKeyFolderIsASiblingOfTheDataFolder() {
    Path data = Path.of("/srv/mentorlink/data");
    assertEquals(Path.of("/srv/mentorlink/keys/master.key"), MasterKeys.defaultKeyFile(data));
    assertEquals(
        Path.of("/srv/master-keys/master.key"), MasterKeys.defaultKeyFile(Path.of("/srv/keys")));
  }
}
