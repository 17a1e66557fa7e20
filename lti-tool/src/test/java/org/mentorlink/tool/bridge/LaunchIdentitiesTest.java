package org.mentorlink.tool.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.person.Person;
import org.mentorlink.domain.person.PersonRepository;
import org.mentorlink.domain.shared.PersonRef;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.tool.lti.launch.LaunchMessage;
import org.mentorlink.tool.lti.legacy.LegacyUsers;

/**
 * Who a launch is: LTI 1.1 people by their user_id, LTI 1.3 people by their sub, and the move from
 * one to the other only when the platform vouched for it (a valid lti1p1 claim).
 */
class LaunchIdentitiesTest {
  static final String TENANT = "tenant-legacy";
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  final Map<String, Person> people = new LinkedHashMap<>();
  final Map<String, String> legacyUsers = new HashMap<>();
  final LaunchIdentities identities = new LaunchIdentities();

  LaunchIdentitiesTest() {
    identities.people = new InMemoryPeople();
    identities.legacy =
        new LegacyUsers() {
          @Override
          public Optional<String> personOf(String tenantId, String userId) {
            return Optional.ofNullable(legacyUsers.get(tenantId + " " + userId));
          }

          @Override
          public void record(String tenantId, String userId, String personId) {
            legacyUsers.putIfAbsent(tenantId + " " + userId, personId);
          }
        };
  }

  @Test
  void anLti11LaunchFindsItsPersonByUserIdUnderASubjectNo13SubIsTakenFor() {
    LaunchIdentities.Identified first = identities.of(lti11("292832126"), NOW);
    assertTrue(first.isNew());
    assertEquals("lti11:292832126", first.person().subject());
    LaunchIdentities.Identified again = identities.of(lti11("292832126"), NOW);
    assertFalse(again.isNew());
    assertEquals(first.person().ref(), again.person().ref());
    // An LTI 1.3 sub that is the same text is someone else.
    LaunchIdentities.Identified sameText = identities.of(lti13("292832126", null), NOW);
    assertTrue(sameText.isNew());
    assertNotEquals(first.person().ref(), sameText.person().ref());
  }

  @Test
  void aVouchedFor13LaunchMovesThe11PersonToTheSubWithTheirRecords() {
    Person legacy = identities.of(lti11("34212"), NOW).person();
    LaunchIdentities.Identified moved = identities.of(lti13("sub-3", "34212"), NOW);
    assertFalse(moved.isNew(), "the same person: records stay theirs");
    assertEquals(legacy.ref(), moved.person().ref());
    assertEquals("sub-3", moved.person().subject());
    // Both versions' later launches find them.
    assertEquals(legacy.ref(), identities.of(lti13("sub-3", null), NOW).person().ref());
    assertEquals(legacy.ref(), identities.of(lti11("34212"), NOW).person().ref());
  }

  @Test
  void anUnvouchedLaunchLinksNothing() {
    Person legacy = identities.of(lti11("34212"), NOW).person();
    LaunchIdentities.Identified stranger = identities.of(lti13("sub-9", null), NOW);
    assertTrue(stranger.isNew());
    assertNotEquals(legacy.ref(), stranger.person().ref());
    assertEquals("lti11:34212", legacy.subject());
  }

  @Test
  void aPersonMovedToOneSubIsNotMovedAgainToAnother() {
    Person legacy = identities.of(lti11("34212"), NOW).person();
    identities.of(lti13("sub-3", "34212"), NOW);
    LaunchIdentities.Identified other = identities.of(lti13("sub-4", "34212"), NOW);
    assertTrue(other.isNew());
    assertNotEquals(legacy.ref(), other.person().ref());
    assertEquals("sub-3", legacy.subject());
  }

  @Test
  void aKnown13SubVouchedForLater11LaunchesOfTheUserIdLandOnIt() {
    Person known = identities.of(lti13("sub-5", null), NOW).person();
    identities.of(lti13("sub-5", "777"), NOW);
    LaunchIdentities.Identified legacy = identities.of(lti11("777"), NOW);
    assertFalse(legacy.isNew());
    assertEquals(known.ref(), legacy.person().ref());
  }

  @Test
  void aVouchedForUserIdNeverSeenIn11IsANew13PersonWhom11LaunchesFind() {
    Person fresh = identities.of(lti13("sub-6", "888"), NOW).person();
    assertEquals("sub-6", fresh.subject());
    assertEquals(fresh.ref(), identities.of(lti11("888"), NOW).person().ref());
  }

  private static LaunchMessage lti11(String userId) {
    return message(LaunchMessage.Protocol.LTI_1_1, userId, userId);
  }

  private static LaunchMessage lti13(String sub, String vouched) {
    return message(LaunchMessage.Protocol.LTI_1_3, sub, vouched);
  }

  private static LaunchMessage message(
      LaunchMessage.Protocol protocol, String subject, String lti11UserId) {
    return new LaunchMessage(
        TENANT,
        null,
        null,
        "1",
        false,
        subject,
        "Florence Nightingale",
        null,
        List.of(),
        "LtiResourceLinkRequest",
        "https://mentorlink.example.org/lti/launch",
        null,
        new LaunchMessage.ResourceLink("link-1", null, null),
        null,
        null,
        org.mentorlink.tool.lti.launch.BrowserBinding.COOKIE,
        protocol,
        lti11UserId);
  }

  private final class InMemoryPeople implements PersonRepository {
    @Override
    public Optional<Person> find(PersonRef ref) {
      Person p = people.get(ref.personId());
      return p != null && p.tenant().equals(ref.tenant()) ? Optional.of(p) : Optional.empty();
    }

    @Override
    public Optional<Person> findBySubject(TenantId tenant, String subject) {
      return people.values().stream()
          .filter(p -> p.tenant().equals(tenant) && p.subject().equals(subject))
          .findFirst();
    }

    @Override
    public List<Person> inTenant(TenantId tenant) {
      return people.values().stream().filter(p -> p.tenant().equals(tenant)).toList();
    }

    @Override
    public Map<String, Person> findBySubjects(TenantId tenant, Collection<String> subjects) {
      Map<String, Person> out = new HashMap<>();
      for (String s : subjects) {
        findBySubject(tenant, s).ifPresent(p -> out.put(s, p));
      }
      return out;
    }

    @Override
    public void add(Person person) {
      people.put(person.ref().personId(), person);
    }
  }
}
