package org.mentorlink.domain.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * How long people waited, in whole days: how many waits, the median and the 90th percentile, by the
 * nearest-rank rule (the p-th percentile of n sorted waits is the ⌈p·n/100⌉-th, so the median of an
 * even number is the lower of the middle two — SQL's {@code percentile_disc}). Without waits, or
 * with more than the queries bring back ({@code count} still says how many), both are null.
 */
public record Wait(long count, Integer median, Integer p90) {

  /** The figures of {@code days}. */
  public static Wait of(Collection<Integer> days) {
    List<Integer> sorted = new ArrayList<>(days);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return new Wait(0, null, null);
    }
    return new Wait(sorted.size(), percentile(sorted, 50), percentile(sorted, 90));
  }

  /** {@code count} waits, too many to be read back and sorted: no median, no percentile. */
  public static Wait uncounted(long count) {
    return new Wait(count, null, null);
  }

  /** The {@code p}-th percentile of {@code sorted} (not empty) by the nearest-rank rule. */
  static int percentile(List<Integer> sorted, int p) {
    int rank = (p * sorted.size() + 99) / 100;
    return sorted.get(Math.max(1, rank) - 1);
  }
}
