package org.mentorlink.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Paging is bounded and refused outside its bounds, never quietly changed or overflowed. */
class PagingTest {
  private static void refused(String page, String size) {
    DomainException e = assertThrows(DomainException.class, () -> Paging.of(page, size, 25));
    assertEquals("PAGING_INVALID", e.code(), page + " / " + size);
  }

  @Test
  void readsPagesAndSizesWithDefaults() {
    assertEquals(new Paging(0, 25), Paging.of(null, null, 25));
    assertEquals(new Paging(3, 100), Paging.of("3", "100", 25));
    assertEquals(new Paging(0, 1), Paging.of(" 0 ", "1", 25));
  }

  @Test
  void refusesSizesOutsideOneToAHundred() {
    refused("0", "0");
    refused("0", "101");
    refused("0", "-1");
    refused("0", "2147483647");
  }

  @Test
  void refusesWhatIsNotAWholeNumber() {
    for (String s : new String[] {"abc", "1.5", "0x10", "1e3", "99999999999", "-"}) {
      refused(s, "10");
      refused("0", s);
    }
  }

  @Test
  void refusesAPageWhoseOffsetWouldOverflowAnInt() {
    refused("21474837", "100");
    refused("-1", "10");
    refused("2147483647", "1");
    Paging last = new Paging(Paging.MAX_PAGE, Paging.MAX_SIZE);
    assertEquals((long) Paging.MAX_PAGE * Paging.MAX_SIZE, last.offset());
  }
}
