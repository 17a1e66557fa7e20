package org.mentorlink.domain.person;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.shared.LastSeen;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.Sealed;
import org.mentorlink.domain.shared.TenantId;

/**
 * A person known to one tenant by the platform's stable user id ({@code subject}). A person is
 * created on their first launch and refreshed on each later one with whatever name and email the
 * platform chose to send, which may be nothing at all. Mentorlink keeps no passwords: this record
 * is all it knows of who someone is.
 */
@Entity
@Table(name = "person")
public class Person {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 64)
  private String tenantId;

  @Column(name = "subject", nullable = false, length = 255)
  private String subject;

  @Column(name = "display_name", length = 200)
  private String displayName;

  /** Sealed at rest (V71 sealed the addresses stored before): it is where notices are sent. */
  @Column(name = "email")
  @Convert(converter = Sealed.Text.class)
  private String email;

  /** The person asked for no e-mails of what waits for them (the notices stay on their page). */
  @Column(name = "mail_opt_out", nullable = false)
  private boolean mailOptOut;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Person() {}

  /** A person seen for the first time at {@code at}. */
  public Person(TenantId tenant, String subject, String displayName, String email, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = Objects.requireNonNull(tenant, "tenant").value();
    this.subject = Require.text(subject, "INVALID_SUBJECT", "The platform user id", 255);
    this.displayName = tidy(displayName, 200);
    this.email = tidy(email, 320);
    this.createdAt = Objects.requireNonNull(at, "at");
    this.lastSeenAt = at;
  }

  /**
   * The person launched again: keep the name and email the platform sends now. Nothing changes (so
   * nothing is written) when they are the same as stored and the last sighting is recent ({@link
   * LastSeen}).
   */
  public void seenAgain(String displayName, String email, Instant at) {
    Objects.requireNonNull(at, "at");
    String name = tidy(displayName, 200);
    String mail = tidy(email, 320);
    if (Objects.equals(name, this.displayName)
        && Objects.equals(mail, this.email)
        && !LastSeen.due(lastSeenAt, at)) {
      return;
    }
    this.displayName = name;
    this.email = mail;
    this.lastSeenAt = at;
  }

  /**
   * The platform now knows the person by another stable user id — it moved to a newer protocol and
   * vouched that the new id is the old person — so the person, and every record of theirs, answers
   * to {@code newSubject} from now on. The old id is no longer this person's subject.
   */
  public void knownAs(String newSubject) {
    String s = Require.text(newSubject, "INVALID_SUBJECT", "The platform user id", 255);
    if (s.equals(subject)) {
      return;
    }
    this.subject = s;
  }

  /**
   * The platform's membership list names the person (who may never have launched): keep the name
   * and email it gives, where it gives them; the last launch is unchanged.
   */
  public void listedAs(String displayName, String email) {
    String name = tidy(displayName, 200);
    if (name != null) {
      this.displayName = name;
    }
    String mail = tidy(email, 320);
    if (mail != null) {
      this.email = mail;
    }
  }

  private static String tidy(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = Require.withoutControlCharacters(value).strip();
    return v.isEmpty() ? null : v.length() > max ? v.substring(0, max) : v;
  }

  public PersonRef ref() {
    return new PersonRef(new TenantId(tenantId), id);
  }

  public TenantId tenant() {
    return new TenantId(tenantId);
  }

  public String subject() {
    return subject;
  }

  /** The name to show: the platform's name, or a neutral label when none was sent. */
  public String displayName() {
    return displayName == null ? "Unnamed participant" : displayName;
  }

  /** True if the platform sent a name. */
  public boolean hasName() {
    return displayName != null;
  }

  public String email() {
    return email;
  }

  /** True if the person wants e-mails of what waits for them (and the platform sent an address). */
  public boolean wantsMail() {
    return email != null && !mailOptOut;
  }

  /** True if the person asked for no e-mails. */
  public boolean mailOptedOut() {
    return mailOptOut;
  }

  /** The person chooses whether to be e-mailed when something waits for them. */
  public void chooseMail(boolean wanted) {
    this.mailOptOut = !wanted;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }
}
