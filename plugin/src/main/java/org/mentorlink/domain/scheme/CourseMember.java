package org.mentorlink.domain.scheme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.LastSeen;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.domain.shared.Values;

/**
 * A person as the course knows them from their launches: the roles their platform gave them the
 * last time. Coordinators pick mentors from these members, and the lead appoints coordinators among
 * the instructors.
 */
@Entity
@Table(name = "course_member")
public class CourseMember {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tenant_id", nullable = false, length = 36)
  private String tenantId;

  @Column(name = "course_ref", nullable = false, length = 255)
  private String courseRef;

  @Column(name = "person_id", nullable = false, length = 36)
  private String personId;

  @Column(name = "launch_roles", length = 100)
  private String launchRoles;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CourseMember() {}

  public CourseMember(Actor actor, String courseRef, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = actor.tenant().value();
    this.courseRef = Objects.requireNonNull(courseRef);
    this.personId = actor.person().personId();
    seen(actor, at);
  }

  /**
   * The person launched into the course again, perhaps with other roles; nothing changes (nothing
   * is written) for the same roles seen again within {@link LastSeen#RESOLUTION}.
   */
  public void seen(Actor actor, Instant at) {
    Objects.requireNonNull(at);
    String roles = Values.names(actor.launchRoles());
    if (Objects.equals(roles, this.launchRoles) && !LastSeen.due(lastSeenAt, at)) {
      return;
    }
    this.launchRoles = roles;
    this.lastSeenAt = at;
  }

  public PersonRef person() {
    return new PersonRef(new TenantId(tenantId), personId);
  }

  public String courseRef() {
    return courseRef;
  }

  public Set<LaunchRole> launchRoles() {
    return Values.enums(LaunchRole.class, launchRoles);
  }

  public boolean isInstructor() {
    return launchRoles().contains(LaunchRole.INSTRUCTOR);
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }
}
