package org.mentorlink.tool.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The e-mail settings (MicroProfile Config, each overridden by its environment variable): the SMTP
 * server, the sender, how often a person may be e-mailed, and the retry delays. E-mail is off while
 * {@code mentorlink.mail.smtp.host} is unset: then nothing is queued and notices stay on the pages.
 */
@ApplicationScoped
public class MailSettings {
  /** How the connection to the SMTP server is secured. */
  public enum Tls {
    /** Plain SMTP (a relay on the same host or network only). */
    NONE,
    /** SMTP upgraded with STARTTLS, which is required (submission, port 587). */
    STARTTLS,
    /** SMTP over TLS from the start (port 465). */
    SMTPS
  }

  @Inject
  @ConfigProperty(name = "mentorlink.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "mentorlink.mail.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "mentorlink.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "mentorlink.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "mentorlink.mail.smtp.tls", defaultValue = "STARTTLS")
  String tls;

  @Inject
  @ConfigProperty(name = "mentorlink.mail.from")
  Optional<String> from;

  @Inject
  @ConfigProperty(name = "mentorlink.mail.digest.minutes", defaultValue = "240")
  int digestMinutes;

  @Inject
  @ConfigProperty(name = "mentorlink.mail.poll.millis", defaultValue = "10000")
  long pollMillis;

  @Inject
  @ConfigProperty(name = "mentorlink.mail.retry.base.millis", defaultValue = "30000")
  long retryBaseMillis;

  @Inject
  @ConfigProperty(name = "mentorlink.mail.timeout.seconds", defaultValue = "20")
  int timeoutSeconds;

  /** True if e-mail is switched on (an SMTP host is set). */
  public boolean enabled() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  String host() {
    return host.orElse("").strip();
  }

  int port() {
    return port;
  }

  Optional<String> user() {
    return user.filter(u -> !u.isBlank());
  }

  String password() {
    return password.orElse("");
  }

  Tls tls() {
    try {
      return Tls.valueOf(tls.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Tls.STARTTLS;
    }
  }

  /** The sender: the setting, or a no-reply address at the SMTP host. */
  String from() {
    return from.filter(f -> !f.isBlank()).orElse("no-reply@" + host());
  }

  /** No more than one e-mail per person per this period (0: each event at once). */
  long digestMillis() {
    return Math.max(0, digestMinutes) * 60_000L;
  }

  long pollMillis() {
    return Math.max(200, pollMillis);
  }

  long retryBaseMillis() {
    return Math.max(100, retryBaseMillis);
  }

  /** Connect, read and write timeout of one SMTP conversation (well inside a claim's lease). */
  int timeoutMillis() {
    return Math.max(1, Math.min(timeoutSeconds, 50)) * 1000;
  }
}
