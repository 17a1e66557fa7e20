package org.mentorlink.domain.shared;

/**
 * A page of a list: page {@code 0..}{@link #MAX_PAGE} of {@code 1..}{@link #MAX_SIZE} items.
 * Anything else is refused ({@code PAGING_INVALID}) rather than quietly changed, and the offset of
 * any page stays within an {@code int} ({@code page=21474837&size=100} is refused, not wrapped
 * round to a negative offset).
 */
public record Paging(int page, int size) {
  /** The most items a page holds. */
  public static final int MAX_SIZE = 100;

  /** The last page there can be: its offset still fits an {@code int} at any size. */
  public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

  public Paging {
    if (size < 1 || size > MAX_SIZE) {
      throw new DomainException(
          "PAGING_INVALID", "The page size must be a whole number from 1 to " + MAX_SIZE + ".");
    }
    if (page < 0 || page > MAX_PAGE) {
      throw new DomainException(
          "PAGING_INVALID", "The page must be a whole number from 0 to " + MAX_PAGE + ".");
    }
  }

  /**
   * From query parameters as sent (null or blank: the default), refusing what is not a whole number
   * in range.
   */
  public static Paging of(String page, String size, int defaultSize) {
    return new Paging(number(page, 0, "page"), number(size, defaultSize, "page size"));
  }

  private static int number(String text, int fallback, String what) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    String t = text.strip();
    if (!t.matches("-?\\d{1,10}")) {
      throw new DomainException("PAGING_INVALID", "The " + what + " must be a whole number.");
    }
    long v = Long.parseLong(t);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new DomainException("PAGING_INVALID", "The " + what + " is out of range.");
    }
    return (int) v;
  }

  /** The index of the page's first item (never overflows: see {@link #MAX_PAGE}). */
  public int offset() {
    return Math.toIntExact((long) page * size);
  }
}
