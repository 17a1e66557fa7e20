package org.mentorlink.tool.infrastructure.db;

import org.mentorlink.tool.infrastructure.web.HttpProblem;

/**
 * The request could not be served because of the database: {@code 503 DATABASE_UNAVAILABLE} when it
 * cannot be reached, {@code 503 DATABASE_BUSY} when every connection stayed in use for longer than
 * a request may wait. Carries no cause: the lower layers' messages may quote SQL.
 */
public final class DatabaseFault extends HttpProblem {
  private static final long serialVersionUID = 1L;

  private final DatabaseFaults.Kind kind;

  private DatabaseFault(DatabaseFaults.Kind kind, String code, String message) {
    super(503, code, message);
    this.kind = kind;
  }

  /** The fault to answer for {@code kind}. */
  public static DatabaseFault of(DatabaseFaults.Kind kind) {
    return kind == DatabaseFaults.Kind.BUSY
        ? new DatabaseFault(
            kind,
            "DATABASE_BUSY",
            "Mentorlink is very busy just now and could not serve this request. Please try again in"
                + " a moment.")
        : new DatabaseFault(
            kind,
            "DATABASE_UNAVAILABLE",
            "Mentorlink cannot reach its database just now. Please try again in a few minutes.");
  }

  public DatabaseFaults.Kind kind() {
    return kind;
  }

  /** Seconds a client should wait before trying again ({@code Retry-After}). */
  public int retryAfterSeconds() {
    return kind == DatabaseFaults.Kind.BUSY ? 2 : 10;
  }
}
