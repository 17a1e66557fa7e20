package org.mentorlink.domain.person;

import java.util.Optional;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;

/** The people of each tenant. Every lookup names the tenant. */
public interface PersonRepository {
  /** The person, if it exists in the reference's tenant. */
  Optional<Person> find(PersonRef ref);

  /** The person the platform knows as {@code subject} in this tenant. */
  Optional<Person> findBySubject(TenantId tenant, String subject);

  /** Every person of the tenant (for a registration's leaving export). */
  java.util.List<Person> inTenant(TenantId tenant);

  /** The people the platform knows by these subjects in this tenant, by subject. */
  java.util.Map<String, Person> findBySubjects(
      TenantId tenant, java.util.Collection<String> subjects);

  /** Adds a new person. */
  void add(Person person);
}
