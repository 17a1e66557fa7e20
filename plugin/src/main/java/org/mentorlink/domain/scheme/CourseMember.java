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
 * A person as the course knows them: from their launches and from the platform's membership list
 * (Names and Role Provisioning), with the roles the platform gave them last, whether they still
 * belong to the course, and whether they have ever opened Mentorlink. Coordinators pick mentors
 * from these members (whether or not they have launched), and the lead appoints coordinators among
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

  @Column(name = "membership_status", nullable = false, length = 10)
  private String status = MembershipStatus.ACTIVE.name();

  @Column(name = "launched", nullable = false)
  private boolean launched;

  @Column(name = "platform_roster_at")
  private Instant platformRosterAt;

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

  private CourseMember(PersonRef person, String courseRef, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = person.tenant().value();
    this.courseRef = Objects.requireNonNull(courseRef);
    this.personId = person.personId();
    this.lastSeenAt = Objects.requireNonNull(at);
  }

  /** A member the platform's membership list names, who may never have launched. */
  public static CourseMember listedByPlatform(
      PersonRef person,
      String courseRef,
      Set<LaunchRole> roles,
      MembershipStatus status,
      Instant at) {
    CourseMember m = new CourseMember(person, courseRef, at);
    m.listed(roles, status, at);
    return m;
  }

  /**
   * The person launched into the course again, perhaps with other roles; nothing changes (nothing
   * is written) for the same roles seen again within {@link LastSeen#RESOLUTION}.
   */
  public void seen(Actor actor, Instant at) {
    Objects.requireNonNull(at);
    String roles = Values.names(actor.launchRoles());
    if (Objects.equals(roles, this.launchRoles)
        && launched
        && MembershipStatus.ACTIVE.name().equals(status)
        && !LastSeen.due(lastSeenAt, at)) {
      return;
    }
    this.launchRoles = roles;
    this.lastSeenAt = at;
    this.launched = true;
    this.status = MembershipStatus.ACTIVE.name();
  }

  /**
   * The platform's membership list names the member, with these roles and this status. Nothing is
   * written when nothing changed (so a read does not collide with the member's own launches).
   */
  public void listed(Set<LaunchRole> roles, MembershipStatus status, Instant at) {
    String names = Values.names(roles);
    String state = Objects.requireNonNull(status).name();
    if (Objects.equals(names, launchRoles)
        && state.equals(this.status)
        && platformRosterAt != null) {
      return;
    }
    this.launchRoles = names;
    this.status = state;
    this.platformRosterAt = Objects.requireNonNull(at);
  }

  /** A complete read of the platform's membership list no longer names the member. */
  public void notListed() {
    this.status = MembershipStatus.LEFT.name();
  }

  public MembershipStatus status() {
    return MembershipStatus.valueOf(status);
  }

  /** True once the person has opened Mentorlink from the course. */
  public boolean hasLaunched() {
    return launched;
  }

  /** When the platform's membership list last named the member (null: never). */
  public Instant platformRosterAt() {
    return platformRosterAt;
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

  public String personId() {
    return personId;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }
}
