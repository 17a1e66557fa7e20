package org.mentorlink.it.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mentorlink.it.fuzz.Generator.Kind;
import org.mentorlink.it.fuzz.Generator.Request;
import org.mentorlink.it.fuzz.OpenApi.Operation;
import org.mentorlink.it.fuzz.World.Role;
import org.mentorlink.it.lti.sim.ToolBrowser;
import org.mentorlink.it.lti.sim.ToolBrowser.Step;
import org.mentorlink.it.mentoring.Participant;

/**
 * Sends generated requests for every operation of the document and judges each answer ({@link
 * Checks}). Two phases: first requests broken in one way each (every input class in turn for every
 * operation), with a {@link Snapshot} compared after every batch of refused writes so that a
 * refused request that stored something is caught; then valid requests and concurrent duplicates of
 * them, which may change the world (and so come last).
 */
final class ApiFuzzer {
  /** How the run went. */
  record Result(
      Tally tally,
      List<String> failures,
      long sent,
      long refusedWritesVerified,
      boolean stoppedByTime,
      Duration took) {}

  private static final int CHECK_EVERY = 20;
  private static final int MAX_FAILURES = 200;

  private final World world;
  private final OpenApi api;
  private final Generator gen;
  private final int budget;
  private final Duration timeBudget;
  private final Tally tally = new Tally();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private long sent;
  private long verified;
  private long unverified;

  ApiFuzzer(World world, OpenApi api, long seed, int budget, Duration timeBudget) {
    this.world = world;
    this.api = api;
    this.gen = new Generator(seed, api, world);
    this.budget = budget;
    this.timeBudget = timeBudget;
  }

  Result run() {
    Instant start = Instant.now();
    Instant deadline = start.plus(timeBudget);
    List<Operation> ops = api.apiOperations();
    boolean stopped = refusals(ops, (int) (budget * 0.8), deadline);
    stopped |= valid(ops, budget - (int) sent, deadline);
    return new Result(
        tally,
        List.copyOf(failures),
        sent,
        verified - unverified,
        stopped,
        Duration.between(start, Instant.now()));
  }

  // ---------------------------------------------------------------- phase 1

  private boolean refusals(List<Operation> ops, int n, Instant deadline) {
    // Each round sends every operation with every input class that fits it, in a shuffled order.
    List<Map.Entry<Operation, Kind>> pairs = new ArrayList<>();
    for (Operation op : ops) {
      for (Kind k : gen.refusalKinds(op)) {
        pairs.add(Map.entry(op, k));
      }
    }
    Snapshot baseline = Snapshot.take(world);
    boolean dirty = false;
    List<Request> refused = new ArrayList<>();
    // Operations and classes whose broken request was answered 2xx once: they may store again, so
    // the refused writes before them are checked first.
    Set<String> maySucceed = new HashSet<>();
    int i = 0;
    while (sent < n) {
      if (i % pairs.size() == 0) {
        Collections.shuffle(pairs, gen.random());
      }
      Map.Entry<Operation, Kind> pair = pairs.get(i++ % pairs.size());
      Request r = gen.next(pair.getKey(), pair.getValue());
      if (Instant.now().isAfter(deadline)) {
        return true;
      }
      boolean write = !r.method().equals("GET");
      String key = r.op().key() + " " + r.kind();
      if (write && dirty) {
        baseline = Snapshot.take(world);
        dirty = false;
      } else if (write && maySucceed.contains(key)) {
        baseline = verify(baseline, refused);
      }
      int status = send(r);
      if (write && status >= 200 && status < 300) {
        // A broken request may still be a fair one (an optional field left out): it may store,
        // and the refused requests since the last check can no longer be told apart from it.
        maySucceed.add(key);
        unverified += refused.size();
        refused.clear();
        dirty = true;
      } else if (write && status >= 400 && status < 500) {
        refused.add(r);
        verified++;
        if (refused.size() >= CHECK_EVERY) {
          baseline = verify(baseline, refused);
        }
      }
    }
    if (!dirty) {
      verify(baseline, refused);
    }
    return false;
  }

  /** Compares the world with {@code baseline} after {@code refused} writes; returns the new one. */
  private Snapshot verify(Snapshot baseline, List<Request> refused) {
    if (refused.isEmpty()) {
      return baseline;
    }
    Snapshot now = Snapshot.take(world);
    List<String> diffs = now.differences(baseline);
    if (!diffs.isEmpty()) {
      StringBuilder b = new StringBuilder("refused requests changed what the API shows:\n");
      diffs.forEach(d -> b.append("    ").append(d).append('\n'));
      b.append("  among these refused requests:\n");
      refused.forEach(r -> b.append("    ").append(r.describe()).append('\n'));
      fail(b.toString());
    }
    refused.clear();
    return now;
  }

  // ---------------------------------------------------------------- phase 2

  /**
   * Valid requests, each operation in turn: first as each role until one is let in (not 401, 403 or
   * 404), then mostly as that role, a third of the writes as three concurrent copies. The requests
   * that end something (close, withdraw, drop, decline, disable, delete ...) come in the last tenth
   * only, so that the others still find something to work on.
   */
  private boolean valid(List<Operation> ops, int n, Instant deadline) {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    Map<String, Role> admitted = new HashMap<>();
    try {
      long until = sent + n;
      // The requests that end something come only in the last tenth of the phase.
      long endsFrom = sent + n * 9 / 10;
      while (sent < until) {
        List<Operation> order = new ArrayList<>(ops);
        Collections.shuffle(order, gen.random());
        order.removeIf(op -> ends(op) != (sent >= endsFrom));
        for (Operation op : order) {
          if (sent >= until || (!ends(op) && sent >= endsFrom)) {
            break;
          }
          if (Instant.now().isAfter(deadline)) {
            return true;
          }
          Role role = admitted.get(op.key());
          if (role == null) {
            for (Role candidate : gen.candidates(op)) {
              int status = send(gen.next(op, Kind.VALID, candidate));
              if (status != 401 && status != 403 && status != 404) {
                admitted.put(op.key(), candidate);
                break;
              }
            }
            continue;
          }
          boolean concurrent = op.writes() && gen.random().nextInt(3) == 0;
          Request r =
              gen.next(
                  op,
                  concurrent ? Kind.CONCURRENT : Kind.VALID,
                  gen.random().nextInt(5) == 0 ? gen.pick(gen.candidates(op)) : role);
          if (!concurrent) {
            send(r);
            continue;
          }
          List<Future<Integer>> copies = new ArrayList<>();
          for (int c = 0; c < 3; c++) {
            copies.add(pool.submit(() -> send(r)));
          }
          for (Future<Integer> f : copies) {
            try {
              f.get();
            } catch (Exception e) {
              fail("a concurrent copy failed: " + e + "\n    " + r.describe());
            }
          }
        }
      }
      return false;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Whether {@code op} ends or removes something (sent last in a round of valid requests). */
  static boolean ends(Operation op) {
    String p = op.path();
    return op.method().equals("DELETE")
        || p.matches(
            ".*/(close|withdraw|drop|achieve|decline|reject|signpost|disable|rotate|return|reverse)$");
  }

  // ---------------------------------------------------------------- sending

  /** Sends {@code r} as its role; returns the status (-1: no answer). */
  int send(Request r) {
    Map<String, String> headers = new LinkedHashMap<>(r.headers());
    ToolBrowser browser;
    Participant p = world.people.get(r.role());
    if (r.role() == Role.ANONYMOUS) {
      browser = world.anonymous;
    } else if (r.role() == Role.OPERATOR) {
      browser = world.operator;
    } else {
      browser = p.browser;
      if (r.csrf()) {
        headers.put("X-CSRF-Token", p.csrf);
      }
    }
    synchronized (this) {
      sent++;
    }
    Step step;
    try {
      step = browser.raw(r.method(), r.url(), r.body(), headers);
    } catch (RuntimeException e) {
      tally.count(r.op().key(), r.kind(), -1);
      fail("no answer (" + e.getMessage() + ")\n    " + r.describe());
      return -1;
    }
    tally.count(r.op().key(), r.kind(), step.status());
    List<String> problems = Checks.problems(step, r.headers().get("X-Request-Id"));
    if (!problems.isEmpty()) {
      fail(String.join("; ", problems) + "\n    " + r.describe() + "\n    -> " + answer(step));
    }
    return step.status();
  }

  private static String answer(Step s) {
    String body = s.body() == null ? "" : s.body().strip();
    if (body.length() > 700) {
      body = body.substring(0, 700) + "...";
    }
    return s.status() + " " + s.header("Content-Type").orElse("(no type)") + " " + body;
  }

  private void fail(String message) {
    if (failures.size() < MAX_FAILURES) {
      failures.add(message);
    }
  }
}
