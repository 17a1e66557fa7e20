package org.mentorlink.it.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorlink.it.bench.ReportSql;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.DatabasePass;

/**
 * The coordinator report and the hub view against the bare SQL that computes the same figures
 * ({@link ReportSql}), on the pass's database (embedded, then PostgreSQL): a lead sets up {@code
 * -Dreport.bench.schemes} schemes (3) in as many courses, {@link ReportData} fills them inside the
 * server ({@code -Dreport.bench.mentees}, 30 by default — tiny, so that CI runs it; mentors,
 * sessions and CPD entries follow the ratios unless given: {@code .mentors}, {@code
 * .sessions}, {@code .cpd}), then the report page, its API, the hub page and the SQL (over HTTP,
 * through a helper servlet, and in the server alone) are timed — medians of {@code
 * -Dreport.bench.runs} (3) after a warm-up. The report's figures must equal the SQL's. The goal
 * (each page under twice the bare SQL) is checked only with {@code -Dreport.bench.goal=true}: at a
 * tiny scale the fixed cost of a page is all there is. The figures go to {@code
 * target/report-benchmark.txt}.
 */
@ExtendWith(DatabasePass.class)
class ReportBenchmarkIT {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /**
   * The helper servlet's WAR, dropped into the pass's server ({@code dropins}, which the test
   * servers watch) and taken out again afterwards — without Arquillian's JMX state check, which
   * failed when it was the first test against a server just started.
   */
  private static Path deployHelper() throws IOException {
    Path dropins =
        Path.of(
            System.getProperty("wlp.dir"),
            "usr",
            "servers",
            System.getProperty("it.server.name"),
            "dropins");
    Path tmp = Files.createTempFile("report-bench", ".war");
    ShrinkWrap.create(WebArchive.class, "report-bench.war")
        .addPackages(true, "org.mentorlink.it.bench")
        .as(ZipExporter.class)
        .exportTo(tmp.toFile(), true);
    Path war = dropins.resolve("report-bench.war");
    Files.move(tmp, war, StandardCopyOption.REPLACE_EXISTING);
    return war;
  }

  private URI helper;

  /** The client of the helper's calls, made once the helper answers (see {@link #ready}). */
  private HttpClient http;

  @Test
  void theReportAgainstTheBareSql(TestInfo test) throws Exception {
    int schemes = Integer.getInteger("report.bench.schemes", 3);
    int mentees = Integer.getInteger("report.bench.mentees", 30);
    int mentors = Integer.getInteger("report.bench.mentors", Math.max(2, mentees / 5));
    int sessions = Integer.getInteger("report.bench.sessions", mentees * 10);
    int cpd = Integer.getInteger("report.bench.cpd", mentees * 100);
    int runs = Integer.getInteger("report.bench.runs", 3);
    String only = System.getProperty("report.bench.db", "");
    // -Dit.test names it for every pass; it runs in the main pass of each database only.
    String pass = System.getProperty("it.pass", "");
    assumeTrue(
        pass.isEmpty() || pass.equals("embedded") || pass.equals("postgresql"),
        "a benchmark, not for the " + pass + " pass");
    assumeTrue(
        only.isBlank() || only.equals(System.getProperty("it.db", "embedded")),
        "-Dreport.bench.db=" + only + ": not this pass");
    Path war = deployHelper();
    helper =
        URI.create("http://localhost:" + System.getProperty("it.http.port") + "/report-bench/");
    long until = System.nanoTime() + 180_000_000_000L;
    while (!ready() && System.nanoTime() < until) {
      Thread.sleep(500);
    }
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    LtiFixture lti = LtiFixture.start(test);
    try {
      LaunchClaims leadClaims = lti.instructor();
      List<Participant> leads = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= schemes; i++) {
        Participant lead =
            Participant.relaunch(
                lti,
                leadClaims.copy().context("bench-" + i, "BENCH" + i, "Bench county " + i),
                "Dr Bench Lead");
        ids.add(
            lead.created(
                    "POST",
                    "/api/scheme",
                    Json.createObjectBuilder()
                        .add("name", "Bench county " + i)
                        .add("allowanceYearlyMinimum", 3)
                        .build())
                .getString("id"));
        leads.add(lead);
      }
      String tenant = lti.registrationId();
      String made =
          send(
              "POST",
              "generate?tenant="
                  + tenant
                  + "&schemes="
                  + String.join(",", ids)
                  + "&mentees="
                  + mentees
                  + "&mentors="
                  + mentors
                  + "&sessions="
                  + sessions
                  + "&cpd="
                  + cpd
                  + "&seed=1");

      LocalDate today = LocalDate.now(LONDON);
      LocalDate from = today.minusYears(3).plusDays(1);
      String period = "period=custom&from=" + from + "&to=" + today;
      String sqlPath = "sql?tenant=" + tenant + "&from=" + from + "&to=" + today + "&schemes=";

      // The same figures: each scheme's report and the hub's schemes, against the SQL's.
      JsonObject sql = read(send("GET", sqlPath + String.join(",", ids))).getJsonObject("schemes");
      JsonObject hub = leads.get(0).ok("GET", "/api/scheme/reports/hub?" + period, null);
      for (int i = 0; i < schemes; i++) {
        JsonObject figures =
            leads.get(i).ok("GET", "/api/scheme/reports?" + period, null).getJsonObject("figures");
        JsonObject expected = sql.getJsonObject(ids.get(i));
        sameFigures(expected, figures, "scheme " + (i + 1));
        sameFigures(expected, find(hub, ids.get(i)), "the hub's scheme " + (i + 1));
      }

      Participant lead = leads.get(0);
      String one = sqlPath + ids.get(0);
      String all = sqlPath + String.join(",", ids);
      long[] inServer = new long[2];
      double sqlOne = median(runs, () -> timed(() -> inServer[0] = nanos(send("GET", one))));
      double sqlInServer = inServer[0] / 1e6;
      double page =
          median(runs, () -> timed(() -> page(lead, "/app/coordinator/reports?" + period)));
      double api =
          median(runs, () -> timed(() -> lead.ok("GET", "/api/scheme/reports?" + period, null)));
      double sqlAll = median(runs, () -> timed(() -> inServer[1] = nanos(send("GET", all))));
      double hubPage =
          median(runs, () -> timed(() -> page(lead, "/app/coordinator/reports/hub?" + period)));
      String line =
          String.format(
              "[report-bench] %s, %d schemes, %d mentees, %d mentors, %d sessions, %d CPD entries"
                  + " (%s): report page %.0f ms, its API %.0f ms, bare SQL %.0f ms over HTTP"
                  + " (%.0f ms in the server): page/SQL %.2f; hub page %.0f ms, bare SQL of all"
                  + " schemes %.0f ms (%.0f ms in the server): hub/SQL %.2f",
              System.getProperty("it.db", "embedded"),
              schemes,
              mentees,
              mentors,
              sessions,
              cpd,
              read(made).getString("made"),
              page,
              api,
              sqlOne,
              sqlInServer,
              page / sqlOne,
              hubPage,
              sqlAll,
              inServer[1] / 1e6,
              hubPage / sqlAll);
      System.out.println(line);
      Files.writeString(
          Path.of("target", "report-benchmark.txt"),
          line + System.lineSeparator(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      if (Boolean.getBoolean("report.bench.goal")) {
        assertTrue(page <= 2 * sqlOne, line);
        assertTrue(hubPage <= 2 * sqlAll, line);
      }
    } finally {
      lti.close();
      Files.deleteIfExists(war);
    }
  }

  private int probes;

  /**
   * Whether the helper answers. Each probe asks another address (and on a new connection): the
   * server remembers which application an address it has served belongs to, and one asked before
   * the helper was there stays the tool's, at the context root.
   */
  private boolean ready() {
    HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try {
      return probe
              .send(
                  HttpRequest.newBuilder(helper.resolve("ready/" + ++probes)).GET().build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Every figure the SQL computed equals the report's, by its JSON path ({@code sessions.byCount.3}
   * is the relationships of the fourth band, {@code claims.budgets.1.spent} the second year's).
   */
  private static void sameFigures(JsonObject sql, JsonObject report, String which) {
    for (Map.Entry<String, JsonValue> e : sql.entrySet()) {
      String[] path = e.getKey().split("\\.");
      JsonValue at = report;
      for (int i = 0; i < path.length; i++) {
        if (at instanceof jakarta.json.JsonArray a) {
          at = a.get(Integer.parseInt(path[i]));
          if (i == path.length - 1) {
            at = at.asJsonObject().get("relationships");
          }
        } else {
          at = at.asJsonObject().get(path[i]);
        }
      }
      String got =
          at == null
              ? null
              : at.getValueType() == JsonValue.ValueType.STRING
                  ? ((jakarta.json.JsonString) at).getString()
                  : at.toString();
      assertEquals(
          ((jakarta.json.JsonString) e.getValue()).getString(),
          got,
          () -> which + ": " + e.getKey() + "\nSQL: " + sql + "\nreport: " + report);
    }
  }

  private static JsonObject find(JsonObject hub, String schemeId) {
    return hub.getJsonArray("schemes").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("schemeId").equals(schemeId))
        .findFirst()
        .orElseThrow();
  }

  private static void page(Participant p, String path) {
    Step s = p.browser.get(path);
    assertEquals(200, s.status(), s::describe);
  }

  private String send(String method, String path) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(helper.resolve(path))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      return r.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  private static long nanos(String sqlAnswer) {
    return read(sqlAnswer).getJsonNumber("nanos").longValue();
  }

  private static double timed(Runnable r) {
    long t = System.nanoTime();
    r.run();
    return (System.nanoTime() - t) / 1e6;
  }

  /** The median of {@code runs} times, after one warm-up. */
  private static double median(int runs, Supplier<Double> time) {
    time.get();
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      t[i] = time.get();
    }
    Arrays.sort(t);
    return t[runs / 2];
  }
}
