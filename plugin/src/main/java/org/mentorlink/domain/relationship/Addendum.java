package org.mentorlink.domain.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.mentorlink.domain.shared.Sealed;

/** Text added to a locked session record, attributed and timed. */
@Embeddable
public class Addendum {
  @Column(name = "person_id", length = 36)
  private String personId;

  @Column(name = "added_at")
  private Instant addedAt;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "body", length = 4000)
  private String body;

  protected Addendum() {}

  Addendum(String personId, Instant addedAt, String body) {
    this.personId = personId;
    this.addedAt = addedAt;
    this.body = body;
  }

  public String personId() {
    return personId;
  }

  public Instant addedAt() {
    return addedAt;
  }

  public String body() {
    return body;
  }
}
