package org.mentorlink.tool.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.notice.Notice;
import org.mentorlink.domain.notice.NoticeKind;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.SchemeRef;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.tool.infrastructure.db.Leases;
import org.mentorlink.tool.infrastructure.db.Sql;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The e-mail outbox on a real schema (every migration applied), on H2 and — when one answers on
 * 127.0.0.1:5432 — PostgreSQL: one row per person and event, one claim per person at a time,
 * retried with growing delays, a lapsed lease claimed again, and two claimers racing over the same
 * rows never claim one person twice.
 */
class MailQueueTest {
  static final String TENANT = "tenant-mail-1";
  static final SchemeRef SCHEME = new SchemeRef(new TenantId(TENANT), "scheme-1");
  static final long T0 = 1_800_000_000_000L;
  static final long LEASE = 60_000;
  static final long DIGEST = 4 * 3_600_000L;

  abstract static class Walk {
    DataSource ds;
    Connection c;
    Sql sql;

    abstract DataSource open() throws Exception;

    void start() throws Exception {
      ds = open();
      Flyway.configure(MailQueueTest.class.getClassLoader())
          .dataSource(ds)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      c = ds.getConnection();
      c.setAutoCommit(true);
      sql = Sql.of(c);
    }

    @AfterEach
    void close() throws Exception {
      if (c != null) {
        c.close();
      }
    }

    String person(String email) throws SQLException {
      String id = UUID.randomUUID().toString();
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO person (id, tenant_id, subject, email, created_at, last_seen_at) VALUES ('"
                + id
                + "', '"
                + TENANT
                + "', 'sub-"
                + id
                + "', "
                + (email == null ? "NULL" : "'" + email + "'")
                + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      }
      return id;
    }

    boolean enqueue(String person, NoticeKind kind, String key, long at) {
      return MailQueue.enqueue(
          sql,
          UUID.randomUUID().toString(),
          new Notice(SCHEME, new PersonRef(new TenantId(TENANT), person), kind, key),
          at,
          DIGEST);
    }

    long count(String where) {
      return ((Number) sql.rows("SELECT COUNT(*) FROM mail_outbox WHERE " + where, 1).get(0)[0])
          .longValue();
    }

    @Test
    void oneRowPerPersonAndEventAndNoneWithoutAnAddressOrAfterOptingOut() throws Exception {
      start();
      String p = person("p@example.org");
      assertTrue(enqueue(p, NoticeKind.PROPOSAL_TO_ANSWER, "prop-1", T0));
      assertFalse(enqueue(p, NoticeKind.PROPOSAL_TO_ANSWER, "prop-1", T0 + 5), "the same event");
      assertTrue(enqueue(p, NoticeKind.CONTRACT_TO_SIGN, "prop-1", T0 + 5), "another event");
      String none = person(null);
      assertFalse(enqueue(none, NoticeKind.CONTRACT_TO_SIGN, "c-1", T0), "no address: page only");
      String out = person("out@example.org");
      sql.update("UPDATE person SET mail_opt_out = TRUE WHERE id = ?1", out);
      assertFalse(enqueue(out, NoticeKind.CONTRACT_TO_SIGN, "c-1", T0), "opted out");
      assertEquals(2, count("tenant_id = '" + TENANT + "'"));
    }

    @Test
    void aPersonsWaitingRowsGoAsOneEMailThenWaitForTheDigest() throws Exception {
      start();
      String p = person("p@example.org");
      enqueue(p, NoticeKind.PROPOSAL_TO_ANSWER, "prop-1", T0);
      enqueue(p, NoticeKind.CONTRACT_TO_AGREE, "rel-1", T0);
      List<MailQueue.Claim> first = MailQueue.claim(sql, T0 + 1, LEASE, DIGEST, 10);
      assertEquals(1, first.size());
      assertEquals(2, first.get(0).rows(), "both rows in one e-mail");
      assertEquals(List.of(), MailQueue.claim(sql, T0 + 2, LEASE, DIGEST, 10), "held");
      MailQueue.sent(sql, first.get(0), T0 + 3, DIGEST);
      assertEquals(2, count("state = 'SENT'"));

      enqueue(p, NoticeKind.CONTRACT_TO_SIGN, "c-1", T0 + 10);
      assertEquals(List.of(), MailQueue.claim(sql, T0 + 11, LEASE, DIGEST, 10), "digest");
      assertEquals(List.of(), MailQueue.claim(sql, T0 + DIGEST, LEASE, DIGEST, 10));
      List<MailQueue.Claim> next = MailQueue.claim(sql, T0 + 3 + DIGEST, LEASE, DIGEST, 10);
      assertEquals(1, next.size(), "the next e-mail once the digest period has passed");
      assertEquals(1, next.get(0).rows());
    }

    @Test
    void aPersonMailedRecentlyIsPutOffAndDoesNotBlockOthers() throws Exception {
      start();
      String recent = person("r@example.org");
      sql.update("UPDATE person SET mail_last_sent_ms = ?1 WHERE id = ?2", T0, recent);
      // Queued before the send was recorded: due at once, but the digest holds it back.
      sql.update(
          "INSERT INTO mail_outbox (id, tenant_id, person_id, scheme_id, kind, event_key, state,"
              + " attempts, created_ms, next_attempt_ms, claimed_until_ms) VALUES ('x1', ?1, ?2,"
              + " 's', 'CPD_APPROVED', 'e1', 'PENDING', 0, ?3, ?3, 0)",
          TENANT,
          recent,
          T0);
      String other = person("o@example.org");
      enqueue(other, NoticeKind.CPD_APPROVED, "e2", T0);
      List<MailQueue.Claim> claims = MailQueue.claim(sql, T0 + 5, LEASE, DIGEST, 10);
      assertEquals(1, claims.size());
      assertEquals(other, claims.get(0).personId());
      assertEquals(
          T0 + DIGEST,
          ((Number)
                  sql.rows("SELECT next_attempt_ms FROM mail_outbox WHERE id = 'x1'", 1).get(0)[0])
              .longValue(),
          "put off until the digest period ends");
    }

    @Test
    void anSmtpServerDownMeansTriesAgainLaterWithGrowingDelays() throws Exception {
      start();
      String p = person("p@example.org");
      enqueue(p, NoticeKind.SESSION_TO_SIGN_OFF, "s-1@1", T0);
      long now = T0;
      long lastDelay = 0;
      for (int attempt = 1; attempt <= 4; attempt++) {
        List<MailQueue.Claim> c = MailQueue.claim(sql, now, LEASE, DIGEST, 10);
        assertEquals(1, c.size(), "attempt " + attempt);
        assertEquals(attempt, c.get(0).attempts());
        long delay = Leases.backoff(1_000, c.get(0).attempts(), 900_000);
        assertTrue(delay > lastDelay, "each delay longer than the last");
        lastDelay = delay;
        MailQueue.later(sql, c.get(0), now, delay, "SMTP server unreachable");
        assertEquals(List.of(), MailQueue.claim(sql, now + delay - 1, LEASE, DIGEST, 10));
        now += delay;
      }
      List<MailQueue.Claim> c = MailQueue.claim(sql, now, LEASE, DIGEST, 10);
      MailQueue.sent(sql, c.get(0), now, DIGEST);
      assertEquals(1, count("state = 'SENT' AND attempts = 5"));
      assertEquals(List.of(), MailQueue.claim(sql, now + DIGEST * 10, LEASE, DIGEST, 10));
    }

    @Test
    void aLeaseThatRunsOutIsClaimedAgainAndTheOldHolderCannotRecordIt() throws Exception {
      start();
      String p = person("p@example.org");
      enqueue(p, NoticeKind.AGENDA_TO_SET, "s-1", T0);
      MailQueue.Claim dead = MailQueue.claim(sql, T0, LEASE, DIGEST, 10).get(0);
      assertEquals(List.of(), MailQueue.claim(sql, T0 + LEASE - 1, LEASE, DIGEST, 10));
      MailQueue.Claim again = MailQueue.claim(sql, T0 + LEASE + 1, LEASE, DIGEST, 10).get(0);
      assertEquals(2, again.attempts());
      MailQueue.sent(sql, dead, T0 + LEASE + 2, DIGEST);
      assertEquals(0, count("state = 'SENT'"), "the node whose lease ran out records nothing");
      MailQueue.sent(sql, again, T0 + LEASE + 3, DIGEST);
      assertEquals(1, count("state = 'SENT'"));
    }

    @Test
    void droppedAndFailedRowsAreNeverClaimedAgain() throws Exception {
      start();
      String a = person("a@example.org");
      String b = person("b@example.org");
      enqueue(a, NoticeKind.CPD_TO_REFLECT, "s-1", T0);
      enqueue(b, NoticeKind.CPD_TO_REFLECT, "s-1", T0);
      for (MailQueue.Claim c : MailQueue.claim(sql, T0, LEASE, DIGEST, 10)) {
        if (c.personId().equals(a)) {
          MailQueue.dropped(sql, c, "opted out");
        } else {
          MailQueue.failed(sql, c, "address refused");
        }
      }
      assertEquals(List.of(), MailQueue.claim(sql, T0 + 10 * LEASE, LEASE, DIGEST, 10));
      assertEquals(1, count("state = 'DROPPED'"));
      assertEquals(1, count("state = 'FAILED'"));
    }

    @Test
    void twoClaimersAtOnceNeverClaimOnePersonTwice() throws Exception {
      start();
      int people = 40;
      for (int i = 0; i < people; i++) {
        String p = person("p" + i + "@example.org");
        enqueue(p, NoticeKind.PROPOSAL_TO_ANSWER, "prop-" + i, T0);
        enqueue(p, NoticeKind.CONTRACT_TO_AGREE, "rel-" + i, T0);
      }
      Map<String, Integer> claimedRows = new ConcurrentHashMap<>();
      List<String> twice = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger emails = new AtomicInteger();
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<?>> nodes = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
          nodes.add(
              pool.submit(
                  () -> {
                    try (Connection own = ds.getConnection()) {
                      own.setAutoCommit(false);
                      Sql node = Sql.of(own);
                      go.await();
                      for (int round = 0; round < 20; round++) {
                        List<MailQueue.Claim> batch = MailQueue.claim(node, T0, LEASE, DIGEST, 3);
                        own.commit();
                        for (MailQueue.Claim c : batch) {
                          if (claimedRows.putIfAbsent(c.personId(), c.rows()) != null) {
                            twice.add(c.personId());
                          }
                          emails.incrementAndGet();
                          MailQueue.sent(node, c, T0 + 1, DIGEST);
                          own.commit();
                        }
                      }
                    }
                    return null;
                  }));
        }
        go.countDown();
        for (Future<?> f : nodes) {
          f.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(List.of(), twice, "a person claimed by both nodes");
      assertEquals(people, emails.get(), "one e-mail per person");
      assertTrue(claimedRows.values().stream().allMatch(r -> r == 2), "both rows in each");
      assertEquals(2L * people, count("state = 'SENT'"));
    }
  }

  @Nested
  class OnH2 extends Walk {
    @Override
    DataSource open() {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:mail" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
      h2.setUser("sa");
      h2.setPassword("");
      return h2;
    }
  }

  @Nested
  class OnPostgresql extends Walk {
    private String db;

    @Override
    DataSource open() throws Exception {
      Connection admin = admin();
      assumeTrue(admin != null, "PostgreSQL does not answer on 127.0.0.1:5432: skipped");
      db = "ml_mail_unit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      try (admin;
          Statement s = admin.createStatement()) {
        s.execute("CREATE DATABASE " + db);
      }
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setUrl("jdbc:postgresql://127.0.0.1:5432/" + db);
      pg.setUser("postgres");
      pg.setPassword("unused");
      return pg;
    }

    @AfterEach
    void drop() throws Exception {
      close();
      c = null;
      if (db != null) {
        try (Connection admin = admin();
            Statement s = admin.createStatement()) {
          s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
      }
    }

    private Connection admin() {
      try {
        return DriverManager.getConnection(
            "jdbc:postgresql://127.0.0.1:5432/postgres?connectTimeout=2", "postgres", "unused");
      } catch (SQLException e) {
        return null;
      }
    }
  }
}
