package org.mentorlink.tool.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mentorlink.tool.infrastructure.web.HttpProblem;

class IdempotentCallsTest {
  private final FakeRecords records = new FakeRecords();
  private final FakeTransaction tx = new FakeTransaction(records);
  private final IdempotentCalls calls = new IdempotentCalls();
  private final AtomicInteger runs = new AtomicInteger();

  IdempotentCallsTest() {
    calls.records = records;
    calls.transaction = tx;
    calls.answers = new PlainAnswers();
  }

  /** A result as the tests write it: status and location. */
  record Result(int status, String location) {}

  /** A replay as the tests see it. */
  record Replay(int status, String location, List<CreatedIds.Created> created) {}

  /** A replay, thrown as the server throws it past the resource method. */
  static final class Replayed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Replay replay;

    Replayed(Replay replay) {
      this.replay = replay;
    }
  }

  /** The call's result, or the replay it threw. */
  private Object outcome(IdempotentRequest r, java.util.concurrent.Callable<Object> c)
      throws Exception {
    try {
      return calls.run(r, c);
    } catch (Replayed e) {
      return e.replay;
    }
  }

  static IdempotentRequest api(String key, String hash) {
    return new IdempotentRequest("t1", "p1", key, hash, false);
  }

  static IdempotentRequest page(String key, String hash) {
    return new IdempotentRequest("t1", "p1", key, hash, true);
  }

  private Object created(String id) {
    runs.incrementAndGet();
    CreatedIds.persisting(new Unnamed());
    return new Result(201, "/api/things/" + id);
  }

  /** An entity type that is not a named one: never reported. */
  static final class Unnamed {
    String id = "internal";
  }

  @Test
  void aRetryIsAnsweredAsTheFirstCallWasAndNotRunAgain() throws Exception {
    Object first = outcome(api("k1", "h"), () -> created("a"));
    Object second = outcome(api("k1", "h"), () -> created("b"));
    assertEquals(new Result(201, "/api/things/a"), first);
    assertEquals(new Replay(201, "/api/things/a", List.of()), second);
    assertEquals(1, runs.get(), "run once");
    assertEquals(1, tx.commits);
  }

  @Test
  void theSameKeyForAnotherRequestIsRefused() throws Exception {
    outcome(api("k1", "h1"), () -> created("a"));
    HttpProblem p =
        assertThrows(HttpProblem.class, () -> outcome(api("k1", "h2"), () -> created("b")));
    assertEquals(422, p.status());
    assertEquals("IDEMPOTENCY_KEY_REUSED", p.code());
    assertEquals(1, runs.get());
  }

  @Test
  void keysArePerPerson() throws Exception {
    outcome(api("k1", "h"), () -> created("a"));
    Object other = outcome(new IdempotentRequest("t1", "p2", "k1", "h", false), () -> created("b"));
    assertEquals(new Result(201, "/api/things/b"), other);
    assertEquals(2, runs.get());
  }

  @Test
  void anApiRetryWhileTheFirstRunsIsRefusedAsInProgress() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Object> first =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return outcome(
                    api("k1", "h"),
                    () -> {
                      inside.countDown();
                      release.await(10, TimeUnit.SECONDS);
                      return created("a");
                    });
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    assertTrue(inside.await(10, TimeUnit.SECONDS));
    HttpProblem p =
        assertThrows(HttpProblem.class, () -> outcome(api("k1", "h"), () -> created("b")));
    assertEquals(409, p.status());
    assertEquals("IDEMPOTENCY_IN_PROGRESS", p.code());
    release.countDown();
    assertEquals(new Result(201, "/api/things/a"), first.get(10, TimeUnit.SECONDS));
    assertEquals(1, runs.get());
  }

  @Test
  void aPagesSecondSubmitWaitsForTheFirstAndGetsItsRedirect() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Object> first =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return outcome(
                    page("f1", "h"),
                    () -> {
                      inside.countDown();
                      release.await(10, TimeUnit.SECONDS);
                      runs.incrementAndGet();
                      return new Result(303, "/app/goals?done=goal-set");
                    });
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    assertTrue(inside.await(10, TimeUnit.SECONDS));
    CompletableFuture<Object> second =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return outcome(page("f1", "h"), () -> created("never"));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(200);
    assertTrue(!second.isDone(), "the second submit waits");
    release.countDown();
    assertEquals(new Result(303, "/app/goals?done=goal-set"), first.get(10, TimeUnit.SECONDS));
    assertEquals(
        new Replay(303, "/app/goals?done=goal-set", List.of()), second.get(10, TimeUnit.SECONDS));
    assertEquals(1, runs.get());
  }

  @Test
  void aFailedCallStoresNothingAndItsRetryRuns() throws Exception {
    assertThrows(
        IllegalStateException.class,
        () ->
            outcome(
                api("k1", "h"),
                () -> {
                  runs.incrementAndGet();
                  throw new IllegalStateException("refused below");
                }));
    assertEquals(1, tx.rollbacks);
    assertEquals(0, records.committed.size(), "neither the claim nor a record");
    assertEquals(new Result(201, "/api/things/b"), outcome(api("k1", "h"), () -> created("b")));
    assertEquals(2, runs.get());
  }

  @Test
  void aRefusalAnsweredAsAResponseStoresNothing() throws Exception {
    Object refused =
        outcome(
            api("k1", "h"),
            () -> {
              runs.incrementAndGet();
              return new Result(409, null);
            });
    assertEquals(new Result(409, null), refused);
    assertEquals(0, records.committed.size());
    outcome(api("k1", "h"), () -> created("b"));
    assertEquals(2, runs.get());
  }

  @Test
  void aPageAnsweredInPlaceKeepsItsWritesButNotItsKey() throws Exception {
    outcome(
        page("f1", "h"),
        () -> {
          runs.incrementAndGet();
          return new Result(200, null); // e.g. an invitation link, shown only on this answer
        });
    assertEquals(0, records.committed.size(), "only a page's redirect is remembered");
    assertEquals(1, records.released);
    assertEquals(1, tx.commits, "what the call wrote is committed");
    outcome(page("f1", "h"), () -> new Result(200, null));
    assertEquals(2, tx.commits, "a second submit runs again");
  }

  @Test
  void anApiCallAnsweredWithoutSuccessIsRolledBack() throws Exception {
    outcome(api("k1", "h"), () -> new Result(409, null));
    assertEquals(0, tx.commits);
    assertEquals(0, records.committed.size());
  }

  @Test
  void aCallWhoseTransactionWasMarkedForRollbackStoresNothing() throws Exception {
    Object r =
        outcome(
            page("f1", "h"),
            () -> {
              runs.incrementAndGet();
              tx.setRollbackOnly(); // a rule broken below, caught and shown by the page
              return new Result(303, "/app");
            });
    assertEquals(new Result(303, "/app"), r);
    assertEquals(0, records.committed.size());
    assertEquals(0, tx.commits);
  }

  @Test
  void theNamedThingsACallCreatesAreRecordedWithItsAnswer() throws Exception {
    outcome(
        api("k1", "h"),
        () -> {
          CreatedIds.persisting(new Unnamed());
          CreatedIds.persisting(entity(org.mentorlink.domain.relationship.Goal.class, "g-7"));
          return new Result(201, null);
        });
    assertEquals(
        List.of(new CreatedIds.Created("goal", "g-7")),
        records.committed.get("t1/p1/k1").created());
    CreatedIds.persisting(entity(org.mentorlink.domain.relationship.Goal.class, "g-8"));
    assertEquals(List.of(), CreatedIds.stop(), "nothing is collected outside a call");
    assertEquals(
        List.of(new CreatedIds.Created("session", "s1"), new CreatedIds.Created("goal", "g1")),
        IdempotencyRecords.decode(
            IdempotencyRecords.encode(
                List.of(
                    new CreatedIds.Created("session", "s1"),
                    new CreatedIds.Created("goal", "g1")))));
  }

  @Test
  void aKeyClaimedMeanwhileElsewhereIsReplayedOnceFinished() throws Exception {
    records.claimFailsWith =
        () -> {
          // Another node committed the same key between the look-up and the claim.
          records.committed.put(
              "t1/p1/k1", new IdempotencyRecords.Done("h", 201, "/api/things/x", List.of()));
          return new PersistenceException("duplicate key");
        };
    assertEquals(
        new Replay(201, "/api/things/x", List.of()), outcome(api("k1", "h"), () -> created("b")));
    assertEquals(0, runs.get());
  }

  @Test
  void aKeyStillClaimedElsewhereIsInProgress() {
    records.claimFailsWith = () -> new PersistenceException("lock timeout");
    HttpProblem p =
        assertThrows(HttpProblem.class, () -> outcome(api("k1", "h"), () -> created("b")));
    assertEquals("IDEMPOTENCY_IN_PROGRESS", p.code());
  }

  /** An entity made as the persistence provider makes one, with its id set. */
  static <T> T entity(Class<T> type, String id) throws Exception {
    var c = type.getDeclaredConstructor();
    c.setAccessible(true);
    T t = c.newInstance();
    var f = type.getDeclaredField("id");
    f.setAccessible(true);
    f.set(t, id);
    return t;
  }

  // ---------------------------------------------------------------------------------- fakes

  static final class PlainAnswers implements Answers {
    @Override
    public int status(Object result) {
      return ((Result) result).status();
    }

    @Override
    public String location(Object result) {
      return ((Result) result).location();
    }

    @Override
    public RuntimeException replay(int status, String location, List<CreatedIds.Created> created) {
      return new Replayed(new Replay(status, location, created));
    }
  }

  /** Records visible once committed, as in the database. */
  static final class FakeRecords extends IdempotencyRecords {
    final Map<String, Done> committed = new HashMap<>();
    String pendingKey;
    Done pending;
    java.util.function.Supplier<PersistenceException> claimFailsWith;

    private static String key(IdempotentRequest r) {
      return r.tenantId() + "/" + r.personId() + "/" + r.key();
    }

    @Override
    public synchronized Optional<Done> find(IdempotentRequest r) {
      return Optional.ofNullable(committed.get(key(r)));
    }

    @Override
    public synchronized void claim(IdempotentRequest r) {
      if (claimFailsWith != null) {
        throw claimFailsWith.get();
      }
      if (committed.containsKey(key(r))) {
        throw new PersistenceException("duplicate key");
      }
      pendingKey = key(r);
      pending = new Done(r.requestHash(), 0, null, List.of());
    }

    @Override
    public synchronized void complete(
        IdempotentRequest r, int status, String location, List<CreatedIds.Created> created) {
      pending = new Done(pending.requestHash(), status, location, created);
    }

    int released;

    @Override
    public synchronized void release(IdempotentRequest r) {
      released++;
      pendingKey = null;
      pending = null;
    }

    synchronized void commit() {
      if (pendingKey != null) {
        committed.put(pendingKey, pending);
      }
      pendingKey = null;
      pending = null;
    }

    synchronized void rollback() {
      pendingKey = null;
      pending = null;
    }
  }

  static final class FakeTransaction implements UserTransaction {
    private final FakeRecords records;
    private final ThreadLocal<Integer> status =
        ThreadLocal.withInitial(() -> Status.STATUS_NO_TRANSACTION);
    int commits;
    int rollbacks;

    FakeTransaction(FakeRecords records) {
      this.records = records;
    }

    @Override
    public void begin() {
      status.set(Status.STATUS_ACTIVE);
    }

    @Override
    public synchronized void commit() {
      if (status.get() != Status.STATUS_ACTIVE) {
        throw new IllegalStateException("not active");
      }
      records.commit();
      commits++;
      status.set(Status.STATUS_NO_TRANSACTION);
    }

    @Override
    public synchronized void rollback() {
      records.rollback();
      rollbacks++;
      status.set(Status.STATUS_NO_TRANSACTION);
    }

    @Override
    public void setRollbackOnly() {
      status.set(Status.STATUS_MARKED_ROLLBACK);
    }

    @Override
    public int getStatus() {
      return status.get();
    }

    @Override
    public void setTransactionTimeout(int seconds) {}
  }
}
