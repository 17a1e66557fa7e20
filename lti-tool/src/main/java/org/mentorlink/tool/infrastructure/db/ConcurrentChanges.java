package org.mentorlink.tool.infrastructure.db;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a write that lost a race from any other failure: an optimistic lock that found the row
 * changed since it was read (two people signing off the same session at once), a unique key taken
 * by a concurrent insert (two first approvals creating the same row), a serialization failure or a
 * deadlock the database broke. Such a request changed nothing (its transaction rolled back) and the
 * client should reload and try again: a 409, never a 500.
 */
public final class ConcurrentChanges {
  /** SQLSTATEs of a lost race: unique violation, serialization failure, deadlock (PostgreSQL). */
  private static final Set<String> STATES = Set.of("23505", "40001", "40P01");

  private static final Set<String> LOCK_EXCEPTIONS =
      Set.of(
          "jakarta.persistence.OptimisticLockException",
          "jakarta.persistence.EntityExistsException",
          "org.eclipse.persistence.exceptions.OptimisticLockException");

  private static final int MAX_CAUSES = 12;

  private ConcurrentChanges() {}

  /** True if {@code e}, or one of its causes, is a write that lost a race. */
  public static boolean isConcurrentChange(Throwable e) {
    Throwable t = e;
    for (int i = 0; t != null && i < MAX_CAUSES; i++, t = t.getCause()) {
      if (LOCK_EXCEPTIONS.contains(t.getClass().getName())) {
        return true;
      }
      if (t instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          if (s.getSQLState() != null && STATES.contains(s.getSQLState())) {
            return true;
          }
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
