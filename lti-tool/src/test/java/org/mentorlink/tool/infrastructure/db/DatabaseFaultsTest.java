package org.mentorlink.tool.infrastructure.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorlink.tool.infrastructure.db.DatabaseFaults.Kind;

class DatabaseFaultsTest {

  /** Liberty's pool wait time-out is known by its simple class name. */
  static final class ConnectionWaitTimeoutException extends SQLTransientConnectionException {
    private static final long serialVersionUID = 1L;

    ConnectionWaitTimeoutException(Throwable cause) {
      super("J2CA0045E: Connection not available", null, 0, cause);
    }
  }

  @Test
  void aRefusedConnectionBelowJpaIsUnavailable() {
    PersistenceException e =
        new PersistenceException(
            "Exception [EclipseLink-4002]",
            new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"));
    assertEquals(Optional.of(Kind.UNAVAILABLE), DatabaseFaults.classify(e));
  }

  @Test
  void aFailedCommitOfALostConnectionIsUnavailable() {
    RollbackException rollback = new RollbackException("rolled back");
    rollback.initCause(new PersistenceException(new SQLException("I/O error", "08006")));
    assertEquals(
        Optional.of(Kind.UNAVAILABLE),
        DatabaseFaults.classify(new TransactionalException("commit", rollback)));
  }

  @Test
  void aServerShuttingDownIsUnavailable() {
    assertEquals(
        Optional.of(Kind.UNAVAILABLE),
        DatabaseFaults.classify(
            new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
  }

  @Test
  void aSocketThatCannotConnectIsUnavailable() {
    assertEquals(
        Optional.of(Kind.UNAVAILABLE),
        DatabaseFaults.classify(
            new PersistenceException(new SQLException("x", null, new ConnectException()))));
  }

  @Test
  void aFaultChainedAsNextExceptionIsUnavailable() {
    SQLException batch = new SQLException("batch failed", "XX000");
    batch.setNextException(new SQLException("connection lost", "08003"));
    assertEquals(
        Optional.of(Kind.UNAVAILABLE), DatabaseFaults.classify(new PersistenceException(batch)));
  }

  @Test
  void waitingTooLongForAPooledConnectionIsBusy() {
    assertEquals(
        Optional.of(Kind.BUSY),
        DatabaseFaults.classify(
            new PersistenceException(new ConnectionWaitTimeoutException(null))));
  }

  @Test
  void aPoolWaitBehindAFailedConnectionAttemptIsUnavailable() {
    assertEquals(
        Optional.of(Kind.UNAVAILABLE),
        DatabaseFaults.classify(
            new PersistenceException(
                new ConnectionWaitTimeoutException(new SQLException("refused", "08001")))));
  }

  @Test
  void constraintsLocksAndOptimisticConflictsAreNotDatabaseFaults() {
    assertEquals(
        Optional.empty(),
        DatabaseFaults.classify(
            new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"))));
    assertEquals(Optional.empty(), DatabaseFaults.classify(new OptimisticLockException("stale")));
    assertEquals(
        Optional.empty(),
        DatabaseFaults.classify(new PersistenceException(new SQLException("lock", "55P03"))));
    assertEquals(Optional.empty(), DatabaseFaults.classify(new IllegalStateException()));
  }

  @Test
  void aCyclicCauseChainEnds() {
    PersistenceException a = new PersistenceException("a");
    PersistenceException b = new PersistenceException("b", a);
    a.initCause(b);
    assertEquals(Optional.empty(), DatabaseFaults.classify(a));
  }

  @Test
  void translatesFaultsAndLeavesEverythingElse() {
    RuntimeException fault =
        DatabaseFaults.translate(new PersistenceException(new SQLException("refused", "08001")));
    DatabaseFault f = (DatabaseFault) fault;
    assertEquals(503, f.status());
    assertEquals("DATABASE_UNAVAILABLE", f.code());
    assertEquals(null, f.getCause(), "no cause: lower messages may quote SQL");
    assertEquals(
        "DATABASE_BUSY",
        ((DatabaseFault)
                DatabaseFaults.translate(
                    new PersistenceException(new ConnectionWaitTimeoutException(null))))
            .code());
    IllegalStateException other = new IllegalStateException();
    assertSame(other, DatabaseFaults.translate(other));
  }
}
