package org.mentorlink.tool.notify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mentorlink.domain.notice.Notice;
import org.mentorlink.tool.infrastructure.db.Leases;
import org.mentorlink.tool.infrastructure.db.Sql;

/**
 * The e-mail outbox's statements ({@code mail_outbox}, and the person's own mail columns): one row
 * per person and event, at most one e-mail per person per digest period, claimed per person so that
 * no two nodes ever mail one person at the same time. Each method runs in its caller's transaction.
 *
 * <p>A claim takes the person first (a conditional UPDATE of their lease, which one node wins, and
 * only once their digest period has passed), then every row of theirs waiting ({@link Leases}): one
 * e-mail covers all. The rows carry ids, kinds and states only.
 */
final class MailQueue {
  private MailQueue() {}

  /** The rows of one person claimed for one e-mail until {@code until}. */
  record Claim(String tenantId, String personId, long until, int rows, int attempts) {}

  /**
   * Queues the notice for an e-mail, unless the person has no address, opted out, or has one for
   * this event already; due at once, or when the person's digest period ends. Returns whether a row
   * was added.
   */
  static boolean enqueue(Sql sql, String id, Notice n, long now, long digestMs) {
    return sql.update(
            "INSERT INTO mail_outbox (id, tenant_id, person_id, scheme_id, kind, event_key, state,"
                + " attempts, created_ms, next_attempt_ms, claimed_until_ms) SELECT ?1, p.tenant_id,"
                + " p.id, ?4, ?5, ?6, 'PENDING', 0, ?7, CASE WHEN p.mail_last_sent_ms + ?8 > ?7"
                + " THEN p.mail_last_sent_ms + ?8 ELSE ?7 END, 0 FROM person p WHERE p.tenant_id ="
                + " ?2 AND p.id = ?3 AND p.email IS NOT NULL AND p.mail_opt_out = FALSE AND NOT"
                + " EXISTS (SELECT 1 FROM mail_outbox o WHERE o.tenant_id = ?2 AND o.person_id ="
                + " ?3 AND o.kind = ?5 AND o.event_key = ?6)",
            id,
            n.recipient().tenant().value(),
            n.recipient().personId(),
            n.scheme().schemeId(),
            n.kind().name(),
            n.eventKey(),
            now,
            digestMs)
        == 1;
  }

  /**
   * Claims up to {@code max} people with e-mail due at {@code now}, each with every row of theirs
   * waiting, under a lease of {@code leaseMs}. A person another node holds is skipped; a person
   * mailed within the digest period has their rows put off until it ends.
   */
  static List<Claim> claim(Sql sql, long now, long leaseMs, long digestMs, int max) {
    int want = Math.max(1, Math.min(max, 64));
    Set<List<String>> people = new LinkedHashSet<>();
    for (Object[] r :
        sql.rows(
            "SELECT o.tenant_id, o.person_id FROM mail_outbox o WHERE "
                + Leases.claimable(1)
                + " ORDER BY o.next_attempt_ms, o.id",
            want * 8,
            now)) {
      people.add(List.of((String) r[0], (String) r[1]));
    }
    long until = now + leaseMs;
    List<Claim> out = new ArrayList<>();
    for (List<String> p : people) {
      if (out.size() >= want) {
        break;
      }
      String t = p.get(0);
      String person = p.get(1);
      int won =
          sql.update(
              "UPDATE person SET mail_claimed_until_ms = ?1 WHERE tenant_id = ?2 AND id = ?3 AND"
                  + " mail_claimed_until_ms < ?4 AND mail_last_sent_ms <= ?5",
              until,
              t,
              person,
              now,
              now - digestMs);
      if (won != 1) {
        putOffUntilTheDigestEnds(sql, t, person, now, digestMs);
        continue;
      }
      int rows =
          sql.update(
              "UPDATE mail_outbox SET "
                  + Leases.claim(1)
                  + " WHERE tenant_id = ?2 AND person_id = ?3 AND (state = 'PENDING' OR (state ="
                  + " 'SENDING' AND claimed_until_ms < ?4))",
              until,
              t,
              person,
              now);
      if (rows == 0) {
        release(sql, t, person, until);
        continue;
      }
      Object attempts =
          sql.rows(
                  "SELECT MAX(attempts) FROM mail_outbox WHERE tenant_id = ?1 AND person_id = ?2"
                      + " AND state = 'SENDING' AND claimed_until_ms = ?3",
                  1,
                  t,
                  person,
                  until)
              .get(0)[0];
      out.add(new Claim(t, person, until, rows, ((Number) attempts).intValue()));
    }
    return out;
  }

  /**
   * A person not claimed: if nobody holds them, their digest period has not ended, so their due
   * rows wait for its end (and leave the window of due rows meanwhile).
   */
  private static void putOffUntilTheDigestEnds(
      Sql sql, String t, String person, long now, long digestMs) {
    List<Object[]> p =
        sql.rows(
            "SELECT mail_last_sent_ms, mail_claimed_until_ms FROM person WHERE tenant_id = ?1 AND"
                + " id = ?2",
            1,
            t,
            person);
    if (p.isEmpty()) {
      // The person is gone (the registration left): their rows go too.
      sql.update("DELETE FROM mail_outbox WHERE tenant_id = ?1 AND person_id = ?2", t, person);
      return;
    }
    long lastSent = ((Number) p.get(0)[0]).longValue();
    long claimedUntil = ((Number) p.get(0)[1]).longValue();
    if (claimedUntil >= now) {
      return; // another node is mailing them now
    }
    long next = lastSent + digestMs;
    sql.update(
        "UPDATE mail_outbox SET next_attempt_ms = ?1 WHERE tenant_id = ?2 AND person_id = ?3 AND"
            + " state = 'PENDING' AND next_attempt_ms < ?1",
        next,
        t,
        person);
  }

  /** The e-mail went: its rows are SENT, the person's digest period starts now. */
  static void sent(Sql sql, Claim c, long now, long digestMs) {
    sql.update(
        "UPDATE mail_outbox SET state = 'SENT', sent_ms = ?1, last_error = NULL WHERE tenant_id ="
            + " ?2 AND person_id = ?3 AND state = 'SENDING' AND claimed_until_ms = ?4",
        now,
        c.tenantId(),
        c.personId(),
        c.until());
    sql.update(
        "UPDATE person SET mail_last_sent_ms = ?1, mail_claimed_until_ms = 0 WHERE tenant_id = ?2"
            + " AND id = ?3 AND mail_claimed_until_ms = ?4",
        now,
        c.tenantId(),
        c.personId(),
        c.until());
    // What arrived while it was being sent waits for the next digest.
    sql.update(
        "UPDATE mail_outbox SET next_attempt_ms = ?1 WHERE tenant_id = ?2 AND person_id = ?3 AND"
            + " state = 'PENDING' AND next_attempt_ms < ?1",
        now + digestMs,
        c.tenantId(),
        c.personId());
  }

  /** The server could not take it now: the rows wait {@code delayMs} and are tried again. */
  static void later(Sql sql, Claim c, long now, long delayMs, String reason) {
    sql.update(
        "UPDATE mail_outbox SET state = 'PENDING', next_attempt_ms = ?1, last_error = ?2 WHERE"
            + " tenant_id = ?3 AND person_id = ?4 AND state = 'SENDING' AND claimed_until_ms = ?5",
        now + delayMs,
        reason(reason),
        c.tenantId(),
        c.personId(),
        c.until());
    release(sql, c.tenantId(), c.personId(), c.until());
  }

  /** Nothing is sent (the person opted out, or has no address any more): DROPPED. */
  static void dropped(Sql sql, Claim c, String reason) {
    finish(sql, c, "DROPPED", reason);
    release(sql, c.tenantId(), c.personId(), c.until());
  }

  /** The server refused the address for good: FAILED, never tried again. */
  static void failed(Sql sql, Claim c, String reason) {
    finish(sql, c, "FAILED", reason);
    release(sql, c.tenantId(), c.personId(), c.until());
  }

  private static void finish(Sql sql, Claim c, String state, String reason) {
    sql.update(
        "UPDATE mail_outbox SET state = ?1, last_error = ?2 WHERE tenant_id = ?3 AND person_id ="
            + " ?4 AND state = 'SENDING' AND claimed_until_ms = ?5",
        state,
        reason(reason),
        c.tenantId(),
        c.personId(),
        c.until());
  }

  private static void release(Sql sql, String t, String person, long until) {
    sql.update(
        "UPDATE person SET mail_claimed_until_ms = 0 WHERE tenant_id = ?1 AND id = ?2 AND"
            + " mail_claimed_until_ms = ?3",
        t,
        person,
        until);
  }

  private static String reason(String r) {
    return r == null ? null : r.length() > 200 ? r.substring(0, 200) : r;
  }
}
