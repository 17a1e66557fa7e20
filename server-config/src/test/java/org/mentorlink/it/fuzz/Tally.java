package org.mentorlink.it.fuzz;

import java.util.Map;
import java.util.TreeMap;
import org.mentorlink.it.fuzz.Generator.Kind;

/** Counts per operation and per input class: requests, 2xx, 3xx, 4xx, 5xx (and no answer). */
final class Tally {
  /** requests, 2xx, 3xx, 4xx, 5xx, no answer. */
  private final Map<String, long[]> byOperation = new TreeMap<>();

  private final Map<Kind, long[]> byKind = new TreeMap<>();
  private final Map<Integer, Long> byStatus = new TreeMap<>();

  synchronized void count(String operation, Kind kind, int status) {
    bump(byOperation.computeIfAbsent(operation, k -> new long[6]), status);
    bump(byKind.computeIfAbsent(kind, k -> new long[6]), status);
    byStatus.merge(status, 1L, Long::sum);
  }

  private static void bump(long[] c, int status) {
    c[0]++;
    if (status < 0) {
      c[5]++;
    } else if (status < 300) {
      c[1]++;
    } else if (status < 400) {
      c[2]++;
    } else if (status < 500) {
      c[3]++;
    } else {
      c[4]++;
    }
  }

  synchronized long[] totals() {
    long[] t = new long[6];
    for (long[] c : byOperation.values()) {
      for (int i = 0; i < t.length; i++) {
        t[i] += c[i];
      }
    }
    return t;
  }

  synchronized int operations() {
    return byOperation.size();
  }

  synchronized String report() {
    StringBuilder b = new StringBuilder();
    String row = "%-72s %8s %6s %6s %6s %6s%n";
    b.append(String.format(row, "operation", "requests", "2xx", "3xx", "4xx", "5xx"));
    byOperation.forEach((op, c) -> b.append(line(row, op, c)));
    b.append(line(row, "TOTAL (" + byOperation.size() + " operations)", totals()));
    b.append('\n')
        .append(String.format(row, "input class", "requests", "2xx", "3xx", "4xx", "5xx"));
    byKind.forEach((k, c) -> b.append(line(row, k.name(), c)));
    b.append("\nby status: ").append(byStatus).append('\n');
    return b.toString();
  }

  private static String line(String row, String name, long[] c) {
    String n = c[5] == 0 ? "" : " (" + c[5] + " unanswered)";
    return String.format(row, name + n, c[0], c[1], c[2], c[3], c[4]);
  }
}
