package org.mentorlink.domain.safeguarding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.mentorlink.domain.shared.Require;

/** One record of the relationship that the mentor let the lead read through a concern. */
@Embeddable
public class SharedRecord {
  /** What kind of record. */
  public enum Type {
    SESSION,
    GOAL,
    CONTRACT
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "record_type", nullable = false, length = 16)
  private Type type;

  @Column(name = "record_id", nullable = false, length = 36)
  private String recordId;

  protected SharedRecord() {}

  public SharedRecord(Type type, String recordId) {
    this.type = Objects.requireNonNull(type, "type");
    this.recordId = Require.text(recordId, "INVALID_RECORD", "A record id", 36);
  }

  /** {@code "SESSION:<id>"} and the like, as forms post them; {@code INVALID_RECORD} otherwise. */
  public static SharedRecord parse(String value) {
    int colon = value == null ? -1 : value.indexOf(':');
    if (colon < 1) {
      throw new org.mentorlink.domain.shared.DomainException(
          "INVALID_RECORD", "records", "Choose records of this relationship.");
    }
    try {
      return new SharedRecord(Type.valueOf(value.substring(0, colon)), value.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new org.mentorlink.domain.shared.DomainException(
          "INVALID_RECORD", "records", "Choose records of this relationship.");
    }
  }

  public Type type() {
    return type;
  }

  public String recordId() {
    return recordId;
  }

  /** {@code TYPE:id}. */
  public String key() {
    return type.name() + ":" + recordId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SharedRecord r && r.type == type && r.recordId.equals(recordId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, recordId);
  }
}
