package org.mentorlink.it.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container image and the Open Liberty Operator manifest cannot be built or applied on these
 * machines (no registry, no cluster), so they are checked statically: the image is the official
 * Open Liberty image pinned to the release the build uses, everything it copies exists after {@code
 * mvn package}, the manifest runs two replicas with health probes, and every environment variable
 * either names is a setting Mentorlink really has (and the README documents).
 */
class DeploymentFilesIT {
  private static final Path MODULE = Path.of(System.getProperty("user.dir"));
  private static final Path ROOT = MODULE.getParent();
  private static final Path DEPLOY = MODULE.resolve("src/main/deploy");
  private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");
  private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+\\S+");
  private static final Pattern ENV = Pattern.compile("(?m)^ENV\\s+([A-Z0-9_]+)=");
  private static final Pattern VARIABLE =
      Pattern.compile("<variable\\s+name=\"(mentorlink\\.[a-z0-9.]+)\"");

  @Test
  void theImageIsTheOfficialOpenLibertyImagePinnedToTheBuildsRelease() throws IOException {
    String file = Files.readString(DEPLOY.resolve("Containerfile"));
    Matcher from = FROM.matcher(file);
    assertTrue(from.find(), "a FROM line");
    String image = from.group(1);
    assertTrue(image.startsWith("icr.io/appcafe/open-liberty:"), image);
    String tag = image.substring(image.indexOf(':') + 1);
    assertFalse(tag.contains("latest"), image);
    String release = System.getProperty("liberty.runtime.version", "26.0.0.3");
    assertTrue(tag.startsWith(release + "-"), "pinned to Open Liberty " + release + ": " + image);
    assertTrue(tag.contains("java17"), "the Java the build targets: " + image);
  }

  @Test
  void everythingTheImageCopiesIsBuiltByMvnPackage() throws IOException {
    String file = Files.readString(DEPLOY.resolve("Containerfile"));
    Matcher copy = COPY.matcher(file);
    int n = 0;
    while (copy.find()) {
      n++;
      Path source = ROOT.resolve(copy.group(1));
      assertTrue(Files.exists(source), "the image copies " + source + ", which the build makes");
    }
    assertTrue(n >= 3, "the image copies the configuration, drivers and application");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theManifestRunsTwoReplicasWithProbesAndOnlyRealSettings() throws IOException {
    Map<String, Object> app;
    try (InputStream in = Files.newInputStream(DEPLOY.resolve("openliberty-application.yaml"))) {
      app = new Yaml().load(in);
    }
    assertEquals("OpenLibertyApplication", app.get("kind"));
    assertTrue(String.valueOf(app.get("apiVersion")).startsWith("apps.openliberty.io/"));
    Map<String, Object> spec = (Map<String, Object>) app.get("spec");
    assertEquals(2, spec.get("replicas"));
    Map<String, Object> probes = (Map<String, Object>) spec.get("probes");
    assertEquals("/health/ready", path(probes, "readiness"));
    assertEquals("/health/live", path(probes, "liveness"));

    Set<String> known = settings();
    Set<String> named = new TreeSet<>();
    for (Map<String, Object> e : (List<Map<String, Object>>) spec.get("env")) {
      named.add((String) e.get("name"));
    }
    named.forEach(n -> assertTrue(known.contains(n), n + " is a setting of Mentorlink"));
    assertTrue(named.contains("MENTORLINK_DB"), "the manifest chooses PostgreSQL");
    Set<String> expected = new TreeSet<>(known);
    expected.remove(
        "MENTORLINK_DATA_DIR"); // the embedded database's folder: not used on PostgreSQL
    assertTrue(
        named.containsAll(expected),
        "every setting is in the manifest: missing " + missing(expected, named));

    String containerfile = Files.readString(DEPLOY.resolve("Containerfile"));
    Matcher env = ENV.matcher(containerfile);
    while (env.find()) {
      assertTrue(known.contains(env.group(1)), env.group(1) + " is a setting of Mentorlink");
    }
  }

  @Test
  void theReadmeDocumentsEverySetting() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    for (String s : settings()) {
      assertTrue(readme.contains("`" + s + "`"), "README's configuration table names " + s);
    }
  }

  /** Every setting as its environment variable: server.xml variables and MicroProfile Config. */
  static Set<String> settings() throws IOException {
    Set<String> out = new TreeSet<>();
    String serverXml = Files.readString(MODULE.resolve("src/main/liberty/config/server.xml"));
    Matcher v = VARIABLE.matcher(serverXml);
    while (v.find()) {
      out.add(env(v.group(1)));
    }
    Properties p = new Properties();
    try (InputStream in =
        Files.newInputStream(
            ROOT.resolve("lti-tool/src/main/resources/META-INF/microprofile-config.properties"))) {
      p.load(in);
    }
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith("mentorlink.")) {
        out.add(env(k));
      }
    }
    out.remove("MENTORLINK_EXTRA_CONFIG"); // a test hook, not a setting
    return out;
  }

  private static String env(String property) {
    return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
  }

  private static Set<String> missing(Set<String> known, Set<String> named) {
    Set<String> m = new TreeSet<>(known);
    m.removeAll(named);
    return m;
  }

  @SuppressWarnings("unchecked")
  private static Object path(Map<String, Object> probes, String which) {
    Map<String, Object> probe = (Map<String, Object>) probes.get(which);
    return ((Map<String, Object>) probe.get("httpGet")).get("path");
  }
}
