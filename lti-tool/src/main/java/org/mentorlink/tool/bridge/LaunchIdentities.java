package org.mentorlink.tool.bridge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.tool.lti.launch.LaunchMessage;
import org.mentorlink.tool.lti.legacy.LegacyUsers;

/**
 * Who a validated launch is, within its registration: the person, found or made.
 *
 * <ul>
 *   <li>An LTI 1.3 launch: the person of its {@code sub}.
 *   <li>An LTI 1.1 launch: the person its {@code user_id} was recorded for; a person first seen
 *       here gets a subject of its own ({@code lti11:} + user_id), which no LTI 1.3 {@code sub} is
 *       taken for — a 1.3 launch with the same id as text is someone else until vouched for.
 *   <li>The migration (LTI 1.3 migration guide): an LTI 1.3 launch whose {@code lti1p1} claim was
 *       signed with the registration's LTI 1.1 secret, for a {@code sub} not known yet, is the
 *       person of that 1.1 {@code user_id}, if they have not moved to another {@code sub} already:
 *       they take the {@code sub} and keep every record. Without a valid signature, no link: a new
 *       person.
 * </ul>
 */
@ApplicationScoped
public class LaunchIdentities {
  @Inject PersonRepository people;
  @Inject LegacyUsers legacy;

  /** The person and whether this launch made them. */
  public record Identified(Person person, boolean isNew) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public Identified of(LaunchMessage m, Instant now) {
    TenantId tenant = new TenantId(m.registrationId());
    return m.protocol() == LaunchMessage.Protocol.LTI_1_1
        ? lti11(tenant, m, now)
        : lti13(tenant, m, now);
  }

  private Identified lti11(TenantId tenant, LaunchMessage m, Instant now) {
    String userId = m.lti11UserId();
    Optional<Person> known = legacyPerson(tenant, userId);
    if (known.isPresent()) {
      known.get().seenAgain(m.name(), m.email(), now);
      return new Identified(known.get(), false);
    }
    Person person = new Person(tenant, LegacyUsers.legacySubject(userId), m.name(), m.email(), now);
    people.add(person);
    legacy.record(tenant.value(), userId, person.ref().personId());
    return new Identified(person, true);
  }

  private Identified lti13(TenantId tenant, LaunchMessage m, Instant now) {
    String vouched = m.lti11UserId();
    Optional<Person> bySubject = people.findBySubject(tenant, m.subject());
    if (bySubject.isPresent()) {
      Person p = bySubject.get();
      p.seenAgain(m.name(), m.email(), now);
      if (vouched != null) {
        // The platform vouches that its 1.1 user is this person: 1.1 launches land here too.
        legacy.record(tenant.value(), vouched, p.ref().personId());
      }
      return new Identified(p, false);
    }
    if (vouched != null) {
      Optional<Person> moving =
          legacyPerson(tenant, vouched)
              .filter(p -> p.subject().startsWith(LegacyUsers.SUBJECT_PREFIX));
      if (moving.isPresent()) {
        Person p = moving.get();
        p.knownAs(m.subject());
        p.seenAgain(m.name(), m.email(), now);
        return new Identified(p, false);
      }
    }
    Person person = new Person(tenant, m.subject(), m.name(), m.email(), now);
    people.add(person);
    if (vouched != null) {
      legacy.record(tenant.value(), vouched, person.ref().personId());
    }
    return new Identified(person, true);
  }

  private Optional<Person> legacyPerson(TenantId tenant, String userId) {
    return legacy
        .personOf(tenant.value(), userId)
        .flatMap(id -> people.find(new PersonRef(tenant, id)));
  }
}
