package org.mentorlink.it.lti.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.OperatorClient;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Flow;
import org.mentorlink.it.lti.sim.ToolBrowser.Pending;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;

/**
 * Complete LTI launches against a running tool on this machine, from N simulated browsers at once;
 * prints launches per second, latency percentiles and — read before and after from PostgreSQL's own
 * statistics and from the server's process — database transactions, rows inserted, updated and
 * deleted, and server CPU per launch. Not a test, and not run by CI.
 *
 * <pre>
 * java -cp ... org.mentorlink.it.lti.bench.LaunchBenchmark \
 *     --tool http://localhost:9080 --operator-token X --browsers 32 --launches 1000 \
 *     [--db-url jdbc:postgresql://127.0.0.1:5432/mentorlink?user=postgres] [--server-pid PID] \
 *     [--reference http://localhost:19082 --reference-db-url ... --reference-pid PID --pairs 3]
 * </pre>
 *
 * <p>It registers its own simulated platform through the operator API, then each browser runs, one
 * after the other, whole first launches of new users: login, the platform's authentication
 * endpoint, the launch POST and the landing page. With {@code --reference} (the bare Liberty tool
 * of {@code ../shared/bench}, which answers the same operator call) the two tools run alternately,
 * A B A B …, {@code --pairs} times, each phase with the same load, and the median of the pairs'
 * ratios is printed: the machine is shared and noisy, so only figures of one run compare.
 *
 * <p>The database figures are whole-database deltas ({@code pg_stat_database.xact_commit +
 * xact_rollback}, {@code pg_stat_user_tables.n_tup_ins/upd/del}), so they include the tool's
 * background jobs during the phase; the background rate is sampled while the tool is idle before
 * the first phase and printed beside them. Each pooled connection's validation is a transaction too
 * (PostgreSQL counts an empty query as one). Bounded: at most {@value #MAX_LAUNCHES} launches per
 * phase, {@value #MAX_BROWSERS} browsers, {@value #MAX_SECONDS} s, only loopback tools.
 */
public final class LaunchBenchmark {
  static final int MAX_LAUNCHES = 100_000;
  static final int MAX_BROWSERS = 64;
  static final int MAX_SECONDS = 1800;
  static final List<String> OPTIONS =
      List.of(
          "tool",
          "operator-token",
          "browsers",
          "launches",
          "seconds",
          "warmup",
          "db-url",
          "server-pid",
          "reference",
          "reference-token",
          "reference-db-url",
          "reference-pid",
          "pairs",
          "idle-seconds");

  private LaunchBenchmark() {}

  /** One tool under load: where it is, its database's statistics, its server process. */
  record Target(String name, String base, String token, String dbUrl, long pid) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    String token = required(opts, "operator-token");
    Target a =
        new Target(
            "Mentorlink",
            strip(required(opts, "tool")),
            token,
            opts.get("db-url"),
            bounded(opts, "server-pid", 0, 0, Integer.MAX_VALUE));
    Target b =
        opts.containsKey("reference")
            ? new Target(
                "bare tool",
                strip(opts.get("reference")),
                opts.getOrDefault("reference-token", token),
                opts.get("reference-db-url"),
                bounded(opts, "reference-pid", 0, 0, Integer.MAX_VALUE))
            : null;
    int browsers = bounded(opts, "browsers", 8, 1, MAX_BROWSERS);
    int launches = bounded(opts, "launches", 400, 1, MAX_LAUNCHES);
    int seconds = bounded(opts, "seconds", 300, 1, MAX_SECONDS);
    int warmup = bounded(opts, "warmup", Math.min(20, launches), 0, 1000);
    int pairs = bounded(opts, "pairs", b == null ? 1 : 3, 1, 20);
    int idle = bounded(opts, "idle-seconds", 5, 0, 60);
    requireLoopback(a.base());
    if (b != null) {
      requireLoopback(b.base());
    }
    boolean ok;
    try {
      ok = run(a, b, browsers, launches, seconds, warmup, pairs, idle);
    } catch (AssertionError | IllegalStateException e) {
      System.err.println("Benchmark stopped: " + e.getMessage());
      ok = false;
    }
    System.exit(ok ? 0 : 1);
  }

  static boolean run(
      Target a,
      Target b,
      int browsers,
      int launches,
      int seconds,
      int warmup,
      int pairs,
      int idleSeconds)
      throws Exception {
    System.out.printf(
        Locale.ROOT,
        "Launch benchmark: %s%s, %d browsers, %d launches per phase (at most %d s), %d warm-up,"
            + " %d pair(s)%n",
        a.base(),
        b == null ? "" : " against the bare tool " + b.base(),
        browsers,
        launches,
        seconds,
        warmup,
        b == null ? 1 : pairs);
    List<Target> targets = b == null ? List.of(a) : List.of(a, b);
    Map<Target, PlatformSimulator> platforms = new LinkedHashMap<>();
    Map<Target, Double> idleTx = new LinkedHashMap<>();
    try {
      for (Target t : targets) {
        PlatformSimulator platform =
            PlatformSimulator.builder()
                .path("/bench-" + Long.toHexString(System.nanoTime()))
                .redirectUri(t.base() + "/lti/launch")
                .toolJwksUrl(t.base() + "/lti/jwks")
                .start();
        platforms.put(t, platform);
        new OperatorClient(t.base(), t.token()).register(platform);
        System.out.println(t.name() + ": registered platform " + platform.issuer());
        for (int i = 0; i < warmup; i++) {
          Result r = oneLaunch(new ToolBrowser(t.base()), platform, t.base(), t == a);
          if (!r.ok) {
            System.out.println(t.name() + ": warm-up launch failed: " + r.failure);
            return false;
          }
        }
        idleTx.put(t, idleRate(t, idleSeconds));
      }
      Map<Target, List<Phase>> phases = new LinkedHashMap<>();
      boolean allOk = true;
      for (int p = 0; p < (b == null ? 1 : pairs); p++) {
        for (Target t : targets) {
          Phase phase = phase(t, platforms.get(t), t == a, browsers, launches, seconds);
          phases.computeIfAbsent(t, k -> new ArrayList<>()).add(phase);
          System.out.println();
          System.out.println(
              t.name() + (b == null ? "" : ", pair " + (p + 1) + " of " + pairs) + ":");
          phase.print(idleTx.get(t));
          allOk &= phase.failed == 0 && phase.ok > 0;
        }
      }
      if (b != null) {
        compare(phases.get(a), phases.get(b));
      }
      return allOk;
    } finally {
      for (PlatformSimulator platform : platforms.values()) {
        platform.close();
      }
    }
  }

  /** Background transactions per second of an idle tool (its scheduled jobs), or NaN. */
  static double idleRate(Target t, int seconds) throws InterruptedException {
    if (t.dbUrl() == null || seconds == 0) {
      return Double.NaN;
    }
    Db before = Db.read(t.dbUrl());
    Thread.sleep(seconds * 1000L);
    Db after = Db.read(t.dbUrl());
    return (after.minus(before).transactions() - 1) / (double) seconds;
  }

  /** One phase: {@code launches} launches from {@code browsers} browsers at once. */
  static Phase phase(
      Target t,
      PlatformSimulator platform,
      boolean mentorlink,
      int browsers,
      int launches,
      int seconds)
      throws Exception {
    Db dbBefore = t.dbUrl() == null ? null : Db.read(t.dbUrl());
    long cpuBefore = cpuTicks(t.pid());
    List<Result> results = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger remaining = new AtomicInteger(launches);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(browsers);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < browsers; i++) {
      workers.add(
          pool.submit(
              () -> {
                ToolBrowser browser = new ToolBrowser(t.base());
                while (remaining.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                  browser.clearCookies(); // each launch: a new user's first launch
                  Result r;
                  try {
                    r = oneLaunch(browser, platform, t.base(), mentorlink);
                  } catch (RuntimeException e) {
                    r = Result.failed(0, e.toString());
                  }
                  results.add(r);
                  if (!r.ok) {
                    failures.computeIfAbsent(r.failure, k -> new AtomicInteger()).incrementAndGet();
                  }
                }
              }));
    }
    pool.shutdown();
    if (!pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS)) {
      pool.shutdownNow();
    }
    for (Future<?> f : workers) {
      if (f.isDone() && !f.isCancelled()) {
        f.get();
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long cpuAfter = cpuTicks(t.pid());
    Db delta = null;
    if (dbBefore != null) {
      Thread.sleep(1500); // PostgreSQL's backends report their counters at most once a second
      delta = Db.read(t.dbUrl()).minus(dbBefore);
    }
    return new Phase(
        List.copyOf(results),
        failures,
        elapsed,
        delta,
        cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore);
  }

  /** One launch of a new learner; latency of the whole flow and of each step. */
  static Result oneLaunch(
      ToolBrowser browser, PlatformSimulator platform, String tool, boolean mentorlink) {
    LaunchClaims claims = LaunchClaims.learner(platform, tool);
    long t0 = System.nanoTime();
    Pending pending = browser.begin(platform, claims);
    long t1 = System.nanoTime();
    if (!pending.reachedForm()) {
      Step last = pending.auth() != null ? pending.auth() : pending.login();
      return Result.failed(
          t1 - t0, last.method() + " " + last.uri().getPath() + " " + last.status());
    }
    Step launch = browser.post(pending.form());
    long t2 = System.nanoTime();
    Step app = launch.isRedirect() ? browser.follow(launch) : null;
    long t3 = System.nanoTime();
    Flow flow = new Flow(pending, launch, app);
    // Mentorlink lands on /app; the bare tool on a page of its own after the same 303.
    boolean landed =
        mentorlink ? flow.landed() : launch.status() == 303 && app != null && app.status() == 200;
    if (!landed) {
      Step last = app != null ? app : launch;
      return Result.failed(
          t3 - t0, last.method() + " " + last.uri().getPath() + " " + last.status());
    }
    return new Result(true, t3 - t0, t1 - t0, t2 - t1, t3 - t2, null);
  }

  record Result(boolean ok, long total, long login, long launch, long app, String failure) {
    static Result failed(long total, String why) {
      return new Result(false, total, 0, 0, 0, why);
    }
  }

  /** What one phase measured. */
  static final class Phase {
    final List<Result> okResults;
    final int ok;
    final int failed;
    final Map<String, AtomicInteger> failures;
    final double elapsed;
    final Db db;
    final long cpuTicks;

    Phase(
        List<Result> results,
        Map<String, AtomicInteger> failures,
        double elapsed,
        Db db,
        long cpuTicks) {
      this.okResults = results.stream().filter(Result::ok).toList();
      this.ok = okResults.size();
      this.failed = results.size() - ok;
      this.failures = failures;
      this.elapsed = elapsed;
      this.db = db;
      this.cpuTicks = cpuTicks;
    }

    double rate() {
      return ok / elapsed;
    }

    double p99() {
      return ok == 0 ? Double.NaN : pct(sorted(Result::total), 99);
    }

    long[] sorted(java.util.function.ToLongFunction<Result> f) {
      long[] v = okResults.stream().mapToLong(f).toArray();
      Arrays.sort(v);
      return v;
    }

    void print(Double idleTxPerSecond) {
      System.out.printf(
          Locale.ROOT,
          "Launches: %d (%d ok, %d failed) in %.2f s: %.1f launches/s%n",
          ok + failed,
          ok,
          failed,
          elapsed,
          rate());
      if (ok > 0) {
        line("whole launch", sorted(Result::total));
        line("  login + platform", sorted(Result::login));
        line("  launch POST", sorted(Result::launch));
        line("  landing page", sorted(Result::app));
      }
      int n = Math.max(1, ok + failed);
      if (db != null) {
        double background =
            idleTxPerSecond == null || idleTxPerSecond.isNaN() ? 0 : idleTxPerSecond * elapsed;
        System.out.printf(
            Locale.ROOT,
            "per launch (PostgreSQL): %.2f transactions (%.2f without the %.1f/s of background"
                + " jobs), %.2f rows inserted, %.2f updated, %.2f deleted%n",
            db.transactions() / (double) n,
            Math.max(0, db.transactions() - background) / n,
            idleTxPerSecond == null || idleTxPerSecond.isNaN() ? 0 : idleTxPerSecond,
            db.inserted() / (double) n,
            db.updated() / (double) n,
            db.deleted() / (double) n);
      }
      if (cpuTicks >= 0) {
        System.out.printf(
            Locale.ROOT,
            "per launch (server process): %.1f ms CPU%n",
            cpuTicks * 1000.0 / CLOCK_TICKS / n);
      }
      failures.forEach((why, k) -> System.out.println("  failed " + k.get() + "x: " + why));
    }
  }

  /** The median ratios of the pairs (A over B): launches per second and p99. */
  static void compare(List<Phase> a, List<Phase> b) {
    List<Double> rate = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      rate.add(a.get(i).rate() / b.get(i).rate());
      p99.add(a.get(i).p99() / b.get(i).p99());
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Mentorlink / bare tool over %d pairs (median): %.2fx the launches per second"
            + " (pairs: %s), %.2fx the p99 (pairs: %s)%n",
        rate.size(),
        median(rate),
        fmt(rate),
        median(p99),
        fmt(p99));
  }

  public static double median(List<Double> values) {
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
  }

  private static String fmt(List<Double> values) {
    return String.join(
        " ", values.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList());
  }

  private static void line(String what, long[] sorted) {
    System.out.printf(
        Locale.ROOT,
        "%-20s p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
        what,
        pct(sorted, 50),
        pct(sorted, 95),
        pct(sorted, 99),
        sorted[sorted.length - 1] / 1e6);
  }

  /** Nearest-rank percentile, in milliseconds. */
  static double pct(long[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  // ------------------------------------------------------------------ measurements

  /** Linux's clock ticks per second for /proc times (USER_HZ: 100 on every usual kernel). */
  static final int CLOCK_TICKS = 100;

  /** User + system CPU of a process so far, in clock ticks; -1 without a pid or /proc. */
  static long cpuTicks(long pid) {
    if (pid <= 0) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // Fields after the command name (in parentheses, which may hold spaces): utime is the 14th
      // field of the line, stime the 15th.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** PostgreSQL's counters for one database: transactions and rows written. */
  record Db(long transactions, long inserted, long updated, long deleted) {
    static Db read(String url) {
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT (SELECT xact_commit + xact_rollback FROM pg_stat_database"
                      + " WHERE datname = current_database()),"
                      + " COALESCE(SUM(n_tup_ins), 0), COALESCE(SUM(n_tup_upd), 0),"
                      + " COALESCE(SUM(n_tup_del), 0) FROM pg_stat_user_tables")) {
        r.next();
        return new Db(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read PostgreSQL's statistics: " + e.getMessage());
      }
    }

    /** The change since {@code before}, less this reader's own transaction. */
    Db minus(Db before) {
      return new Db(
          transactions - before.transactions - 1,
          inserted - before.inserted,
          updated - before.updated,
          deleted - before.deleted);
    }
  }

  // ------------------------------------------------------------------ arguments

  static Map<String, String> parse(String[] args) {
    return parse(args, OPTIONS);
  }

  /** {@code --key value} or {@code --key=value} pairs; exits with the usage on an unknown key. */
  public static Map<String, String> parse(String[] args, List<String> options) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        usage("unexpected argument " + a);
      }
      String key = a.substring(2);
      String value;
      int eq = key.indexOf('=');
      if (eq >= 0) {
        value = key.substring(eq + 1);
        key = key.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        usage("no value for --" + key);
        return out;
      }
      if (!options.contains(key)) {
        usage("unknown option --" + key);
      }
      out.put(key, value);
    }
    return out;
  }

  private static String required(Map<String, String> opts, String key) {
    String v = opts.get(key);
    if (v == null || v.isBlank()) {
      usage("--" + key + " is required");
    }
    return v;
  }

  private static int bounded(Map<String, String> opts, String key, int dflt, int min, int max) {
    String v = opts.get(key);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        usage("--" + key + " must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      usage("--" + key + " must be a number");
      return dflt;
    }
  }

  /** Only a tool on this machine: the benchmark must never load someone else's server. */
  public static void requireLoopback(String tool) {
    URI uri = URI.create(tool);
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      usage("--tool must be an http(s) URL");
    }
    String host = uri.getHost();
    boolean loopback;
    try {
      loopback =
          host != null
              && (host.equals("localhost")
                  || (host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?")
                      && InetAddress.getByName(host).isLoopbackAddress()));
    } catch (java.net.UnknownHostException e) {
      loopback = false;
    }
    if (!loopback) {
      usage("--tool must be on localhost / 127.0.0.1 / [::1], not " + host);
    }
    if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
      usage("--tool is the tool's base URL, without a path");
    }
  }

  private static String strip(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(
        "usage: LaunchBenchmark --tool http://localhost:9080 --operator-token TOKEN"
            + " [--browsers 8] [--launches 400] [--seconds 300] [--warmup 20]"
            + " [--db-url JDBC_URL] [--server-pid PID] [--idle-seconds 5]"
            + " [--reference http://localhost:19082 [--reference-token T]"
            + " [--reference-db-url JDBC_URL] [--reference-pid PID] [--pairs 3]]");
    System.exit(2);
  }
}
