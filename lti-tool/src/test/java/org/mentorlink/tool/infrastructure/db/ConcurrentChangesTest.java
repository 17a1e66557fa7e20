package org.mentorlink.tool.infrastructure.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ConcurrentChangesTest {
  @Test
  void anOptimisticLockDeepInTheCausesIsAConcurrentChange() {
    Exception e =
        new RuntimeException(
            "commit failed", new PersistenceException(new OptimisticLockException("changed")));
    assertTrue(ConcurrentChanges.isConcurrentChange(e));
  }

  @Test
  void aUniqueKeyTakenByAnotherInsertIsAConcurrentChange() {
    Exception e = new PersistenceException(new SQLException("duplicate key", "23505"));
    assertTrue(ConcurrentChanges.isConcurrentChange(e));
  }

  @Test
  void aDeadlockOrSerializationFailureIsAConcurrentChange() {
    assertTrue(ConcurrentChanges.isConcurrentChange(new SQLException("deadlock", "40P01")));
    assertTrue(ConcurrentChanges.isConcurrentChange(new SQLException("serialize", "40001")));
  }

  @Test
  void anythingElseIsNot() {
    assertFalse(ConcurrentChanges.isConcurrentChange(new SQLException("no connection", "08001")));
    assertFalse(ConcurrentChanges.isConcurrentChange(new PersistenceException("syntax")));
    assertFalse(ConcurrentChanges.isConcurrentChange(new IllegalStateException()));
  }
}
