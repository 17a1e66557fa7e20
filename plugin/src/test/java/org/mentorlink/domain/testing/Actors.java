package org.mentorlink.domain.testing;

import java.util.Set;
import org.mentorlink.domain.shared.Actor;
import org.mentorlink.domain.shared.LaunchRole;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;

/** People as the LTI layer hands them to the domain: a person of a tenant with launch roles. */
public final class Actors {
  /** The platform registration every test lives in. */
  public static final TenantId TENANT = new TenantId("reg-moodle");

  /** Another platform registration, which must never see or touch the first one's records. */
  public static final TenantId OTHER_TENANT = new TenantId("reg-other");

  private Actors() {}

  public static Actor aLearner() {
    return aLearner("mentee-1");
  }

  public static Actor aLearner(String personId) {
    return actor(personId, LaunchRole.LEARNER);
  }

  public static Actor anInstructor() {
    return anInstructor("lead-1");
  }

  public static Actor anInstructor(String personId) {
    return actor(personId, LaunchRole.INSTRUCTOR);
  }

  /** A mentor as Moodle launches them: as a learner of the course (Moodle never sends Mentor). */
  public static Actor aMentor(String personId) {
    return actor(personId, LaunchRole.LEARNER);
  }

  public static Actor actor(String personId, LaunchRole... roles) {
    return new Actor(new PersonRef(TENANT, personId), Set.of(roles));
  }

  /** The same platform user id and roles, but launched from another registration. */
  public static Actor inAnotherTenant(Actor actor) {
    return new Actor(new PersonRef(OTHER_TENANT, actor.person().personId()), actor.launchRoles());
  }
}
