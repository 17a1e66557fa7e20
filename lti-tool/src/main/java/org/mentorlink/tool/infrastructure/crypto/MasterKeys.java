package org.mentorlink.tool.infrastructure.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The configured master keys: the current one (wraps everything new) and any previous ones (still
 * accepted to unwrap, until a rotation has re-wrapped what they wrapped). Where the current key
 * comes from, in order: {@code MENTORLINK_MASTER_KEY} (base64), {@code MENTORLINK_MASTER_KEY_FILE}
 * (a file holding it), and — with the embedded database only — a key file created on first start in
 * a {@code keys} folder beside (never inside) the database folder. With PostgreSQL and no key
 * configured Mentorlink refuses to start.
 */
public final class MasterKeys {
  private static final Logger LOG = Logger.getLogger(MasterKeys.class.getName());

  /** The settings the keys come from (empty when not set). */
  public record Settings(
      Optional<String> key, Optional<String> keyFile, Optional<String> previous) {
    public Settings {
      key = key.map(String::strip).filter(s -> !s.isEmpty());
      keyFile = keyFile.map(String::strip).filter(s -> !s.isEmpty());
      previous = previous.map(String::strip).filter(s -> !s.isEmpty());
    }
  }

  private final MasterKey current;
  private final Map<String, MasterKey> byId;
  private final String source;

  MasterKeys(MasterKey current, List<MasterKey> previous, String source) {
    this.current = current;
    this.byId = new LinkedHashMap<>();
    byId.put(current.id(), current);
    previous.forEach(k -> byId.putIfAbsent(k.id(), k));
    this.source = source;
  }

  /**
   * Resolves the keys for a database: {@code embeddedDataDir} is the embedded database's folder, or
   * null for PostgreSQL (which then needs a configured key).
   */
  public static MasterKeys resolve(Settings s, Path embeddedDataDir) {
    if (s.key().isPresent() && s.keyFile().isPresent()) {
      throw new MasterKeyProblem(
          "Both MENTORLINK_MASTER_KEY and MENTORLINK_MASTER_KEY_FILE are set; set only one.");
    }
    List<MasterKey> previous = new ArrayList<>();
    if (s.previous().isPresent()) {
      for (String p : s.previous().get().split(",")) {
        if (!p.isBlank()) {
          previous.add(MasterKey.parse(p, "MENTORLINK_MASTER_KEY_PREVIOUS"));
        }
      }
    }
    if (s.key().isPresent()) {
      return new MasterKeys(
          MasterKey.parse(s.key().get(), "MENTORLINK_MASTER_KEY"),
          previous,
          "MENTORLINK_MASTER_KEY");
    }
    if (s.keyFile().isPresent()) {
      Path file = Path.of(s.keyFile().get());
      if (!Files.isRegularFile(file)) {
        throw new MasterKeyProblem(
            "MENTORLINK_MASTER_KEY_FILE names "
                + file
                + ", which does not exist or is not a file.");
      }
      return new MasterKeys(read(file), previous, "key file " + file);
    }
    if (embeddedDataDir == null) {
      throw new MasterKeyProblem(
          "Mentorlink encrypts notes, agendas, goals, reflections, contracts and its signing keys"
              + " with a master key, and with PostgreSQL it needs one from configuration: set"
              + " MENTORLINK_MASTER_KEY (32 random bytes as base64) or MENTORLINK_MASTER_KEY_FILE"
              + " (a file holding it), on every server, and keep a copy apart from the database"
              + " backups. "
              + MasterKeyProblem.HOW_TO_MAKE);
    }
    Path file = defaultKeyFile(embeddedDataDir);
    return new MasterKeys(readOrCreate(file), previous, "key file " + file);
  }

  /** The embedded default: {@code <parent of the data folder>/keys/master.key}. */
  public static Path defaultKeyFile(Path dataDir) {
    Path abs = dataDir.toAbsolutePath().normalize();
    Path parent = abs.getParent() == null ? abs : abs.getParent();
    Path keys = parent.resolve("keys");
    if (keys.equals(abs)) {
      keys = parent.resolve("master-keys");
    }
    return keys.resolve("master.key");
  }

  public MasterKey current() {
    return current;
  }

  /** The configured key of {@code id}, current or previous. */
  public Optional<MasterKey> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Ids of every configured key, current first. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /** Where the current key came from (a setting's name or a file path; never the key). */
  public String source() {
    return source;
  }

  private static MasterKey read(Path file) {
    try {
      return MasterKey.parse(
          Files.readString(file, StandardCharsets.US_ASCII), "The key file " + file);
    } catch (IOException e) {
      throw new MasterKeyProblem("The master key file " + file + " cannot be read: " + e);
    }
  }

  private static MasterKey readOrCreate(Path file) {
    if (Files.exists(file)) {
      return read(file);
    }
    MasterKey key = MasterKey.generate();
    try {
      Path dir = file.getParent();
      Files.createDirectories(dir);
      restrict(dir, "rwx------");
      Path tmp = Files.createTempFile(dir, "master", ".tmp");
      restrict(tmp, "rw-------");
      Files.writeString(tmp, key.toBase64() + "\n", StandardCharsets.US_ASCII);
      try {
        Files.move(tmp, file); // a rename in the same folder; refused if the file appeared
      } catch (FileAlreadyExistsException e) {
        Files.deleteIfExists(tmp);
        return read(file);
      }
    } catch (IOException e) {
      throw new MasterKeyProblem(
          "No master key is configured and none could be created at " + file + ": " + e);
    }
    if (!Files.exists(file) || !read(file).id().equals(key.id())) {
      return read(file); // another process created it first
    }
    LOG.warning(
        () ->
            "Created a new master key (id "
                + key.id()
                + ") in "
                + file
                + ": it encrypts the embedded database's notes and keys. Back this file up apart"
                + " from the database folder; without it the data cannot be read.");
    return key;
  }

  private static void restrict(Path p, String perms) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the folder's own permissions apply
    }
  }
}
