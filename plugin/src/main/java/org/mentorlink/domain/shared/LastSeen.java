package org.mentorlink.domain.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * How exactly "last seen" is kept: to within {@link #RESOLUTION}. A launch sooner than that after
 * the one recorded, bringing nothing new, writes nothing — at term start the same people launch
 * again and again, and a row rewritten only to move a timestamp by seconds is waste (the roster
 * shows the date).
 */
public final class LastSeen {
  public static final Duration RESOLUTION = Duration.ofMinutes(15);

  private LastSeen() {}

  /** True if {@code recorded} is older than the resolution at {@code now} (or unknown). */
  public static boolean due(Instant recorded, Instant now) {
    return recorded == null || recorded.plus(RESOLUTION).isBefore(now);
  }
}
