package org.mentorlink.tool.infrastructure.db;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells, from an exception and its causes, whether the database could not be reached at all ({@link
 * Kind#UNAVAILABLE}: refused or timed-out connections, a server shutting down, SQLState class
 * {@code 08}) or was reached but every pooled connection was in use for longer than the pool lets a
 * request wait ({@link Kind#BUSY}). Everything else — a constraint, a lock, a bad query — is not a
 * fault of the database's availability and is left to the other mappers.
 *
 * <p>The chain is read by type, SQLState and the connection pool's message code only: never by the
 * text of a message, which may quote SQL.
 */
public final class DatabaseFaults {
  private DatabaseFaults() {}

  /** What kind of database fault an exception shows. */
  public enum Kind {
    /** The database cannot be reached: refused, timed out, shut down or starting up. */
    UNAVAILABLE,
    /** The database answers, but no pooled connection became free in time. */
    BUSY
  }

  /** PostgreSQL: the server is shutting down or starting up (class 57P). */
  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

  /**
   * Liberty's connection manager when a request waited {@code connectionTimeout} for a pooled
   * connection ({@code J2CA0045E}, raised as {@code ConnectionWaitTimeoutException}).
   */
  private static final String POOL_WAIT_TIMEOUT_CLASS = "ConnectionWaitTimeoutException";

  private static final String POOL_WAIT_TIMEOUT_CODE = "J2CA0045E";

  /** The kind of database fault behind {@code e}, if it is one. */
  public static Optional<Kind> classify(Throwable e) {
    boolean unavailable = false;
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    Throwable t = e;
    int depth = 0;
    while (t != null && depth++ < 64 && seen.put(t, Boolean.TRUE) == null) {
      if (isPoolWaitTimeout(t)) {
        // The pool timed out waiting for a connection: busy, unless a connection attempt behind it
        // failed (then the database is not reachable at all).
        return Optional.of(
            anyCause(t, DatabaseFaults::isUnreachable) ? Kind.UNAVAILABLE : Kind.BUSY);
      }
      if (isUnreachable(t)) {
        unavailable = true;
      }
      if (t instanceof SQLException sql && sql.getNextException() != null) {
        if (classify(sql.getNextException()).orElse(null) == Kind.UNAVAILABLE) {
          unavailable = true;
        }
      }
      t = t.getCause();
    }
    return unavailable ? Optional.of(Kind.UNAVAILABLE) : Optional.empty();
  }

  /**
   * {@code e} as the fault to answer with ({@link DatabaseFault}) when it is a database
   * availability fault, else {@code e} itself.
   */
  public static RuntimeException translate(RuntimeException e) {
    if (e instanceof DatabaseFault) {
      return e;
    }
    return classify(e).<RuntimeException>map(DatabaseFault::of).orElse(e);
  }

  private static boolean isUnreachable(Throwable t) {
    if (t instanceof ConnectException
        || t instanceof NoRouteToHostException
        || t instanceof SocketTimeoutException) {
      return true;
    }
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException) {
      return !isPoolWaitTimeout(t);
    }
    if (t instanceof SQLException sql) {
      String state = sql.getSQLState();
      return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }
    return false;
  }

  private static boolean isPoolWaitTimeout(Throwable t) {
    if (t.getClass().getSimpleName().equals(POOL_WAIT_TIMEOUT_CLASS)) {
      return true;
    }
    String m = t.getMessage();
    return t instanceof SQLException && m != null && m.startsWith(POOL_WAIT_TIMEOUT_CODE);
  }

  private static boolean anyCause(Throwable e, java.util.function.Predicate<Throwable> test) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    Throwable t = e.getCause();
    while (t != null && seen.put(t, Boolean.TRUE) == null) {
      if (test.test(t)) {
        return true;
      }
      t = t.getCause();
    }
    return false;
  }
}
