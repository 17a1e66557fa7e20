package org.mentorlink.tool.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;
import org.mentorlink.domain.shared.NotFound;
import org.mentorlink.domain.shared.StateConflict;

/** The status of a broken rule follows its type, never its code. */
class DomainExceptionMapperTest {
  @Test
  void conflictsAnswer409WhateverTheirCode() {
    assertEquals(409, DomainExceptionMapper.status(new StateConflict("SCHEME_EXISTS", "Exists.")));
    assertEquals(409, DomainExceptionMapper.status(new StateConflict("ANY_NEW_CODE", "Taken.")));
    assertEquals(
        409, DomainExceptionMapper.status(new InvalidTransition("GOAL_CLOSED", "Closed.")));
  }

  @Test
  void aPlainRefusalIs400EvenWithAConflictsCode() {
    assertEquals(
        400, DomainExceptionMapper.status(new DomainException("SCHEME_EXISTS", "Exists.")));
    assertEquals(400, DomainExceptionMapper.status(new DomainException("TEXT_TOO_LONG", "Long.")));
  }

  @Test
  void forbiddenAndNotFound() {
    assertEquals(403, DomainExceptionMapper.status(new Forbidden("No.")));
    assertEquals(404, DomainExceptionMapper.status(new NotFound("That goal")));
  }
}
