package org.mentorlink.domain.shared;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: a person of a tenant with the roles their platform gave them in the course they
 * launched from. The LTI layer builds it from a validated launch; the domain never sees a token.
 */
public record Actor(PersonRef person, Set<LaunchRole> launchRoles) {
  public Actor {
    Objects.requireNonNull(person, "person");
    launchRoles = Set.copyOf(launchRoles);
  }

  public TenantId tenant() {
    return person.tenant();
  }

  public boolean has(LaunchRole role) {
    return launchRoles.contains(role);
  }
}
