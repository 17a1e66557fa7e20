package org.mentorlink.domain.mentor;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Sealed;
import org.mentorlink.domain.shared.Values;

/**
 * One supervision, support-group or peer-review meeting a mentor attended: its date, its kind and
 * an optional short note (sealed). Recorded by the mentor or the lead; never changed afterwards (a
 * wrong entry is recorded again correctly).
 */
@Entity
@Table(name = "mentor_support")
public class SupportAttendance {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "profile_id", nullable = false, length = 36)
  private String profileId;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(name = "kind", nullable = false, length = 16)
  private String kind;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "note", length = 1000)
  private String note;

  @Column(name = "recorded_by", nullable = false, length = 36)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected SupportAttendance() {}

  /**
   * {@code by} — the mentor, or someone who may keep the scheme's mentor records — records that the
   * mentor of {@code profile} attended {@code kind} on {@code heldOn} (not after {@code today}).
   */
  public static SupportAttendance record(
      Scheme scheme,
      Actor by,
      MentorProfile profile,
      LocalDate heldOn,
      SupportKind kind,
      String note,
      LocalDate today,
      Instant at) {
    profile.requireRecordKeeper(scheme, by);
    if (heldOn == null) {
      throw new DomainException("ATTENDANCE_DATE_REQUIRED", "heldOn", "Give the date it was held.");
    }
    if (heldOn.isAfter(today)) {
      throw new DomainException(
          "ATTENDANCE_IN_FUTURE", "heldOn", "Record a meeting once it has been held.");
    }
    if (kind == null) {
      throw new DomainException("ATTENDANCE_KIND_REQUIRED", "kind", "Choose what it was.");
    }
    SupportAttendance a = new SupportAttendance();
    a.id = UUID.randomUUID().toString();
    a.tenantId = profile.scheme().tenant().value();
    a.schemeId = profile.scheme().schemeId();
    a.profileId = profile.id();
    a.heldOn = heldOn;
    a.kind = kind.name();
    a.note = Values.optionalText(note, 500, "note", "Note");
    a.recordedBy = by.person().personId();
    a.recordedAt = Objects.requireNonNull(at);
    return a;
  }

  public String id() {
    return id;
  }

  public String profileId() {
    return profileId;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public SupportKind kind() {
    return SupportKind.valueOf(kind);
  }

  public String note() {
    return note;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
