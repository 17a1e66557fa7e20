package org.mentorlink.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitTest {
  private static List<Integer> oneTo(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = n; i >= 1; i--) {
      out.add(i);
    }
    return out;
  }

  @Test
  void theMedianAndNinetiethPercentileByNearestRank() {
    // Sorted 1, 3, 7, 10: the median is the 2nd (the lower middle), the 90th percentile the 4th.
    assertEquals(new Wait(4, 3, 10), Wait.of(List.of(10, 1, 7, 3)));
    assertEquals(new Wait(3, 21, 30), Wait.of(List.of(30, 14, 21)));
    assertEquals(new Wait(1, 5, 5), Wait.of(List.of(5)));
    assertEquals(new Wait(10, 5, 9), Wait.of(oneTo(10)));
    assertEquals(new Wait(20, 10, 18), Wait.of(oneTo(20)));
    assertEquals(new Wait(11, 6, 10), Wait.of(oneTo(11)));
  }

  @Test
  void withoutWaitsThereIsNoMedian() {
    Wait w = Wait.of(List.of());
    assertEquals(0, w.count());
    assertNull(w.median());
    assertNull(w.p90());
  }
}
