package org.mentorlink.it.faults;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.TestInfo;
import org.mentorlink.it.lti.LtiFixture;
import org.mentorlink.it.lti.bench.LaunchBenchmark;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.support.Server;

/**
 * Times the pages that show many confidential records at once — a relationship with many sessions
 * (each with an agenda) and goals, a mentor's CPD log with many entries — on one running tool, or
 * on two side by side (alternately, A B A B …, and the median of the pairs' ratios), e.g. the same
 * build with and without encryption at rest. Each tool gets a scheme of its own through real
 * launches (a lead, one mentor, two mentees, both matched) and then {@code --rounds} rounds of
 * writes per relationship through the API (a session with its agenda, a goal, a CPD activity of the
 * mentor), so every record shown is stored sealed. Not a test; CI never runs it (README,
 * "Benchmarks").
 *
 * <pre>
 * mvn -q -pl server-config exec:java@records-benchmark -Dexec.args="--tool http://localhost:9080 \
 *     [--reference http://localhost:9081] [--rounds 100] [--repeat 30] [--pairs 3]"
 * </pre>
 *
 * Both tools must run with the integration tests' operator token ({@code
 * MENTORLINK_OPERATOR_TOKEN}, see {@link org.mentorlink.it.lti.sim.OperatorClient#IT_TOKEN}) and on
 * this machine.
 */
public final class RecordsPageBenchmark {
  private RecordsPageBenchmark() {}

  /** One tool with its scheme filled. */
  record Filled(String name, Cohort cohort) {
    Cohort.Pair pair() {
      return cohort.pairs.get(0);
    }

    /** What is timed: label → (who, path). */
    Map<String, Runnable> requests() {
      Cohort.Pair p = pair();
      String rel = "/app/relationships/" + p.relationshipId();
      Map<String, Runnable> m = new LinkedHashMap<>();
      m.put("relationship page (mentee)", () -> page(p.mentee(), rel));
      m.put("goals page (mentee)", () -> page(p.mentee(), rel + "/goals"));
      m.put("relationship API (mentee)", () -> api(p.mentee(), p.path()));
      m.put("CPD log page (mentor)", () -> page(p.mentor(), "/app/cpd"));
      m.put("CPD log API (mentor)", () -> api(p.mentor(), "/api/cpd"));
      return m;
    }

    private static void page(Person who, String path) {
      Step s = who.browser.get(path);
      if (s.status() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + s.status());
      }
    }

    private static void api(Person who, String path) {
      Person.Answer a = who.call("GET", path, null, null);
      if (a.status() != 200) {
        throw new IllegalStateException("GET " + path + " answered " + a.status());
      }
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts =
        LaunchBenchmark.parse(args, List.of("tool", "reference", "rounds", "repeat", "pairs"));
    String a = opts.get("tool");
    if (a == null) {
      System.err.println(
          "usage: --tool URL [--reference URL] [--rounds 100] [--repeat 30] [--pairs 3]");
      System.exit(2);
    }
    String b = opts.get("reference");
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "100"));
    int repeat = Integer.parseInt(opts.getOrDefault("repeat", "30"));
    int pairs = Integer.parseInt(opts.getOrDefault("pairs", b == null ? "1" : "3"));
    LaunchBenchmark.requireLoopback(a);
    if (b != null) {
      LaunchBenchmark.requireLoopback(b);
    }
    List<String> tools = b == null ? List.of(a) : List.of(a, b);
    List<Filled> filled = new ArrayList<>();
    List<LtiFixture> fixtures = new ArrayList<>();
    try {
      for (String tool : tools) {
        LtiFixture lti =
            LtiFixture.start(
                new Server(tool.equals(a) ? "A" : "B", java.net.URI.create(tool).getPort()),
                info(),
                x -> {});
        fixtures.add(lti);
        long t0 = System.nanoTime();
        Cohort cohort = Cohort.create(lti, 1);
        WriteLoad load = new WriteLoad(cohort, rounds);
        load.run(n -> {});
        if (load.failed.get() > 0) {
          throw new IllegalStateException(load.failed.get() + " writes were refused on " + tool);
        }
        System.out.printf(
            Locale.ROOT,
            "%s: %d records written through the API in %.1f s%n",
            tool,
            load.acknowledged.get(),
            (System.nanoTime() - t0) / 1e9);
        filled.add(new Filled(tool, cohort));
      }
      Map<String, List<List<Long>>> byLabel = new LinkedHashMap<>();
      for (int p = 0; p < pairs; p++) {
        for (int t = 0; t < filled.size(); t++) {
          Filled f = filled.get(t);
          for (Map.Entry<String, Runnable> e : f.requests().entrySet()) {
            for (int w = 0; w < 5; w++) {
              e.getValue().run();
            }
            long[] ms = new long[repeat];
            for (int i = 0; i < repeat; i++) {
              long s = System.nanoTime();
              e.getValue().run();
              ms[i] = (System.nanoTime() - s) / 1000;
            }
            Arrays.sort(ms);
            List<List<Long>> rows =
                byLabel.computeIfAbsent(e.getKey() + "|" + t, k -> new ArrayList<>());
            rows.add(List.of(ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1]));
          }
        }
      }
      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "%d rounds per relationship, %d timed requests per page and phase, %d phase(s) per tool;"
              + " median / p95 in ms, per phase%n",
          rounds,
          repeat,
          pairs);
      for (String label : filled.get(0).requests().keySet()) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s", label));
        List<Double> ratios = new ArrayList<>();
        for (int t = 0; t < filled.size(); t++) {
          line.append(t == 0 ? "  A: " : "  B: ");
          List<List<Long>> rows = byLabel.get(label + "|" + t);
          for (List<Long> r : rows) {
            line.append(
                String.format(Locale.ROOT, "%.1f/%.1f ", r.get(0) / 1000.0, r.get(1) / 1000.0));
          }
        }
        if (filled.size() == 2) {
          List<List<Long>> ra = byLabel.get(label + "|0");
          List<List<Long>> rb = byLabel.get(label + "|1");
          for (int p = 0; p < ra.size(); p++) {
            ratios.add(ra.get(p).get(0) / (double) rb.get(p).get(0));
          }
          line.append(
              String.format(Locale.ROOT, " A/B median ratio %.2f", LaunchBenchmark.median(ratios)));
        }
        System.out.println(line);
      }
    } finally {
      for (LtiFixture f : fixtures) {
        f.close();
      }
    }
    System.exit(0);
  }

  private static TestInfo info() {
    return new TestInfo() {
      @Override
      public String getDisplayName() {
        return "records benchmark";
      }

      @Override
      public Set<String> getTags() {
        return Set.of();
      }

      @Override
      public Optional<Class<?>> getTestClass() {
        return Optional.of(RecordsPageBenchmark.class);
      }

      @Override
      public Optional<Method> getTestMethod() {
        return Optional.empty();
      }
    };
  }
}
