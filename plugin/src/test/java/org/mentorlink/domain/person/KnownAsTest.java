package org.mentorlink.domain.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.testing.Actors;
import org.mentorlink.domain.testing.Times;

/** A person the platform knows by a new id keeps being the same person, with the same id. */
class KnownAsTest {
  @Test
  void aPersonKnownByANewSubjectKeepsTheirIdAndName() {
    Person p = new Person(Actors.TENANT, "lti11:42", "Ada Lovelace", null, Times.NOW);
    String id = p.ref().personId();
    p.knownAs("c0ffee-sub");
    assertEquals("c0ffee-sub", p.subject());
    assertEquals(id, p.ref().personId());
    assertEquals("Ada Lovelace", p.displayName());
  }

  @Test
  void aBlankOrOversizedSubjectIsRefused() {
    Person p = new Person(Actors.TENANT, "lti11:42", null, null, Times.NOW);
    assertThrows(DomainException.class, () -> p.knownAs(" "));
    assertThrows(DomainException.class, () -> p.knownAs("x".repeat(256)));
    assertEquals("lti11:42", p.subject());
  }
}
