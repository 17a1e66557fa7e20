package org.mentorlink.domain.relationship;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.mentorlink.domain.scheme.Scheme;
import org.mentorlink.domain.scheme.Signpost;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.Require;
import org.mentorlink.domain.shared.Sealed;

/**
 * A signposting during a relationship: the mentor (or the lead) points the mentee to another
 * service of the scheme's list — occupational health, a practitioner health service, counselling —
 * with a note for the mentee (sealed), as a coordinator does at intake; the mentoring goes on. Seen
 * by the mentee and the mentor, counted in reports; never changed afterwards.
 */
@Entity
@Table(name = "relationship_signpost")
public class RelationshipSignpost {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "scheme_id", nullable = false, length = 36)
  private String schemeId;

  @Column(name = "relationship_id", nullable = false, length = 36)
  private String relationshipId;

  @Column(name = "signpost_name", nullable = false, length = 200)
  private String signpostName;

  @Column(name = "signpost_link", length = 1000)
  private String signpostLink;

  @Convert(converter = Sealed.Text.class)
  @Column(name = "note", length = 4000)
  private String note;

  @Column(name = "recorded_by", nullable = false, length = 36)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected RelationshipSignpost() {}

  /**
   * {@code by} — the relationship's mentor, or whoever may see who is mentored in the scheme (the
   * lead, and the matching coordinators under "only the lead knows") — signposts the mentee of the
   * active relationship {@code r} to {@code to}, with a note the mentee reads.
   */
  public static RelationshipSignpost record(
      Scheme scheme, Actor by, Relationship r, Signpost to, String note, Instant at) {
    if (!r.scheme().equals(scheme.ref())
        || !(r.readingFor(by.person(), false) == RecordAccess.WHOLE && r.isMentor(by.person())
            || scheme.canMatch(by))) {
      throw new Forbidden("Only the mentor and the scheme's lead signpost during mentoring.");
    }
    r.requireActive();
    Objects.requireNonNull(to, "signpost");
    RelationshipSignpost s = new RelationshipSignpost();
    s.id = UUID.randomUUID().toString();
    s.tenantId = scheme.tenant().value();
    s.schemeId = scheme.id();
    s.relationshipId = r.id();
    s.signpostName = to.name();
    s.signpostLink = to.link();
    s.note = Require.text(note, "REASON_REQUIRED", "reason", "A note for the mentee", 2000);
    s.recordedBy = by.person().personId();
    s.recordedAt = Objects.requireNonNull(at);
    return s;
  }

  public String id() {
    return id;
  }

  public String relationshipId() {
    return relationshipId;
  }

  public String signpostName() {
    return signpostName;
  }

  public String signpostLink() {
    return signpostLink;
  }

  public String note() {
    return note;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
