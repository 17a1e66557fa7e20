package org.mentorlink.it.lti.bench;

import java.net.InetAddress;
import java.net.URI;
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
import java.util.concurrent.atomic.AtomicLong;
import org.mentorlink.it.lti.sim.LaunchClaims;
import org.mentorlink.it.lti.sim.OperatorClient;
import org.mentorlink.it.lti.sim.PlatformSimulator;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Flow;
import org.mentorlink.it.lti.sim.ToolBrowser.Pending;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;

/**
 * Complete LTI launches against a running tool on this machine, from N simulated browsers at once;
 * prints launches per second and latency percentiles. Not a test.
 *
 * <pre>
 * java -cp ... org.mentorlink.it.lti.bench.LaunchBenchmark \
 *     --tool http://localhost:9080 --operator-token X --browsers 8 --launches 400 [--seconds 120]
 * </pre>
 *
 * <p>It registers its own simulated platform through the operator API, then each browser runs, one
 * after the other, whole first launches of new users: login, the platform's authentication
 * endpoint, the launch POST and the landing page. Bounded: at most {@value #MAX_LAUNCHES} launches,
 * {@value #MAX_BROWSERS} browsers and {@value #MAX_SECONDS} s, and only a loopback tool.
 */
public final class LaunchBenchmark {
  static final int MAX_LAUNCHES = 100_000;
  static final int MAX_BROWSERS = 64;
  static final int MAX_SECONDS = 1800;

  private LaunchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    String tool = strip(required(opts, "tool"));
    String token = required(opts, "operator-token");
    int browsers = bounded(opts, "browsers", 8, 1, MAX_BROWSERS);
    int launches = bounded(opts, "launches", 400, 1, MAX_LAUNCHES);
    int seconds = bounded(opts, "seconds", 300, 1, MAX_SECONDS);
    int warmup = bounded(opts, "warmup", Math.min(20, launches), 0, 1000);
    requireLoopback(tool);
    boolean ok;
    try {
      ok = run(tool, token, browsers, launches, seconds, warmup);
    } catch (AssertionError | IllegalStateException e) {
      System.err.println("Benchmark stopped: " + e.getMessage());
      ok = false;
    }
    System.exit(ok ? 0 : 1);
  }

  static boolean run(String tool, String token, int browsers, int launches, int seconds, int warmup)
      throws Exception {
    System.out.printf(
        Locale.ROOT,
        "Launch benchmark: tool %s, %d browsers, %d launches (at most %d s), %d warm-up%n",
        tool,
        browsers,
        launches,
        seconds,
        warmup);
    try (PlatformSimulator platform =
        PlatformSimulator.builder()
            .path("/bench-" + Long.toHexString(System.nanoTime()))
            .redirectUri(tool + "/lti/launch")
            .toolJwksUrl(tool + "/lti/jwks")
            .start()) {
      new OperatorClient(tool, token).register(platform);
      System.out.println("Registered platform " + platform.issuer());

      for (int i = 0; i < warmup; i++) {
        Result r = oneLaunch(new ToolBrowser(tool), platform, tool);
        if (!r.ok) {
          System.out.println("Warm-up launch failed: " + r.failure);
          return false;
        }
      }

      List<Result> results = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger remaining = new AtomicInteger(launches);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      AtomicLong firstFailureAt = new AtomicLong(-1);
      Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
      ExecutorService pool = Executors.newFixedThreadPool(browsers);
      long start = System.nanoTime();
      List<Future<?>> workers = new ArrayList<>();
      for (int b = 0; b < browsers; b++) {
        workers.add(
            pool.submit(
                () -> {
                  ToolBrowser browser = new ToolBrowser(tool);
                  while (remaining.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                    browser.clearCookies(); // each launch: a new user's first launch
                    Result r;
                    try {
                      r = oneLaunch(browser, platform, tool);
                    } catch (RuntimeException e) {
                      r = Result.failed(0, e.toString());
                    }
                    results.add(r);
                    if (!r.ok) {
                      failures
                          .computeIfAbsent(r.failure, k -> new AtomicInteger())
                          .incrementAndGet();
                      firstFailureAt.compareAndSet(-1, System.nanoTime() - start);
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
      return report(results, failures, elapsed);
    }
  }

  /** One launch of a new learner; latency of the whole flow and of each step. */
  static Result oneLaunch(ToolBrowser browser, PlatformSimulator platform, String tool) {
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
    if (!flow.landed()) {
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

  private static boolean report(
      List<Result> results, Map<String, AtomicInteger> failures, double elapsed) {
    List<Result> ok = results.stream().filter(Result::ok).toList();
    int failed = results.size() - ok.size();
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Launches: %d (%d ok, %d failed) in %.2f s: %.1f launches/s%n",
        results.size(),
        ok.size(),
        failed,
        elapsed,
        ok.size() / elapsed);
    if (!ok.isEmpty()) {
      line("whole launch", ok.stream().mapToLong(Result::total).toArray());
      line("  login + platform", ok.stream().mapToLong(Result::login).toArray());
      line("  launch POST", ok.stream().mapToLong(Result::launch).toArray());
      line("  landing page", ok.stream().mapToLong(Result::app).toArray());
    }
    failures.forEach((why, n) -> System.out.println("  failed " + n.get() + "x: " + why));
    return failed == 0 && !ok.isEmpty();
  }

  private static void line(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
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

  // ------------------------------------------------------------------ arguments

  static Map<String, String> parse(String[] args) {
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
      if (!List.of("tool", "operator-token", "browsers", "launches", "seconds", "warmup")
          .contains(key)) {
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
  static void requireLoopback(String tool) {
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
            + " [--browsers 8] [--launches 400] [--seconds 300] [--warmup 20]");
    System.exit(2);
  }
}
