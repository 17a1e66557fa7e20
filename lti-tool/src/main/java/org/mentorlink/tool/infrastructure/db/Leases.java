package org.mentorlink.tool.infrastructure.db;

/**
 * The claiming pattern of the outboxes (scores for gradebooks, e-mails): a row is {@code PENDING}
 * with the time of its next attempt, and a node claims it with one conditional UPDATE that moves it
 * to {@code SENDING} for a lease — which exactly one of several nodes wins, on any database (the
 * loser's UPDATE, waiting for the winner's row lock, then finds the condition false). A node that
 * dies mid-send leaves the lease to run out, and the row is claimed again. The columns are {@code
 * state}, {@code attempts}, {@code next_attempt_ms} and {@code claimed_until_ms} (epoch ms).
 */
public final class Leases {
  private Leases() {}

  /**
   * The condition under which a row may be claimed at {@code ?now} (a numbered parameter): due and
   * waiting, or claimed by a node whose lease ran out.
   */
  public static String claimable(int now) {
    return "((state = 'PENDING' AND next_attempt_ms <= ?"
        + now
        + ") OR (state = 'SENDING' AND claimed_until_ms < ?"
        + now
        + "))";
  }

  /**
   * {@link #claimable(int)} for plain JDBC: two {@code ?} parameters, both the time of the claim.
   */
  public static String claimable() {
    return "((state = 'PENDING' AND next_attempt_ms <= ?) OR (state = 'SENDING' AND"
        + " claimed_until_ms < ?))";
  }

  /** {@link #claim(int)} for plain JDBC: one {@code ?} parameter, the end of the lease. */
  public static String claim() {
    return "state = 'SENDING', claimed_until_ms = ?, attempts = attempts + 1";
  }

  /** The SET list of a claim until {@code ?until}: one more attempt, under a lease. */
  public static String claim(int until) {
    return "state = 'SENDING', claimed_until_ms = ?" + until + ", attempts = attempts + 1";
  }

  /**
   * The delay before attempt {@code attempts + 1}: {@code baseMs} doubled for each attempt after
   * the first, at most {@code maxMs}.
   */
  public static long backoff(long baseMs, int attempts, long maxMs) {
    int n = Math.max(0, Math.min(attempts - 1, 20));
    return Math.min(Math.max(1, baseMs) * (1L << n), maxMs);
  }
}
