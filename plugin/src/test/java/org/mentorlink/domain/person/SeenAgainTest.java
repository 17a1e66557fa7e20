package org.mentorlink.domain.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorlink.domain.testing.Actors.aLearner;
import static org.mentorlink.domain.testing.Actors.anInstructor;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.scheme.CourseMember;
import org.mentorlink.domain.shared.LastSeen;
import org.mentorlink.domain.shared.TenantId;
import org.mentorlink.domain.testing.Actors;
import org.mentorlink.domain.testing.Times;

/** A launch that brings nothing new changes nothing, so nothing is written. */
class SeenAgainTest {
  private static final TenantId TENANT = Actors.TENANT;
  private final Instant t0 = Times.NOW;
  private final Instant soon = t0.plus(LastSeen.RESOLUTION).minusSeconds(1);
  private final Instant later = t0.plus(LastSeen.RESOLUTION).plusSeconds(1);

  @Test
  void personSeenAgainSoonWithTheSameNameKeepsTheRecordedSighting() {
    Person p = new Person(TENANT, "sub-1", "Ada Lovelace", "ada@example.org", t0);
    p.seenAgain(" Ada Lovelace ", "ada@example.org", soon);
    assertEquals(t0, p.lastSeenAt());
  }

  @Test
  void personSeenAgainLaterIsRecordedAgain() {
    Person p = new Person(TENANT, "sub-1", "Ada Lovelace", "ada@example.org", t0);
    p.seenAgain("Ada Lovelace", "ada@example.org", later);
    assertEquals(later, p.lastSeenAt());
  }

  @Test
  void aChangedNameOrEmailIsKeptAtOnce() {
    Person p = new Person(TENANT, "sub-1", "Ada Lovelace", "ada@example.org", t0);
    p.seenAgain("Ada King", "ada@example.org", soon);
    assertEquals("Ada King", p.displayName());
    assertEquals(soon, p.lastSeenAt());
    p.seenAgain("Ada King", null, soon.plus(Duration.ofSeconds(1)));
    assertEquals(null, p.email());
  }

  @Test
  void memberSeenAgainSoonWithTheSameRolesKeepsTheRecordedSighting() {
    CourseMember m = new CourseMember(aLearner("p-1"), "course-1", t0);
    m.seen(aLearner("p-1"), soon);
    assertEquals(t0, m.lastSeenAt());
    m.seen(aLearner("p-1"), later);
    assertEquals(later, m.lastSeenAt());
  }

  @Test
  void memberWithOtherRolesIsRecordedAtOnce() {
    CourseMember m = new CourseMember(aLearner("p-1"), "course-1", t0);
    m.seen(anInstructor("p-1"), soon);
    assertEquals(soon, m.lastSeenAt());
    assertEquals(true, m.isInstructor());
  }
}
