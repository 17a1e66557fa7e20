package org.mentorlink.tool.infrastructure.db;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read outside a transaction that failed on a communication error, by default
 * three times, five seconds apart: while the database was unreachable every request waited about
 * ten seconds and then failed anyway. Here a failed read fails at once, and the request is answered
 * 503 DATABASE_UNAVAILABLE; the connection pool, not the JPA provider, deals with reconnecting
 * (registered as {@code eclipselink.session.customizer}).
 */
public class NoQueryRetries implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    DatabaseLogin login = session.getLogin();
    if (login != null) {
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
  }
}
