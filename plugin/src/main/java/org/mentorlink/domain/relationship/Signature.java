package org.mentorlink.domain.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A party's signature: who (their platform identity in the tool), when, and the text's SHA-256. */
@Embeddable
public class Signature {
  @Column(name = "person_id", length = 36)
  private String personId;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "text_sha256", length = 64)
  private String textSha256;

  protected Signature() {}

  Signature(String personId, Instant signedAt, String textSha256) {
    this.personId = personId;
    this.signedAt = signedAt;
    this.textSha256 = textSha256;
  }

  public String personId() {
    return personId;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public String textSha256() {
    return textSha256;
  }
}
