package org.mentorlink.tool.idempotency;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnonymousSubmissionsTest {
  @Test
  void feedbackAnswersKeepNoIdempotencyRecord() {
    assertTrue(IdempotencyFilter.anonymous("api/feedback/answers"));
    assertTrue(IdempotencyFilter.anonymous("app/feedback"));
    assertFalse(IdempotencyFilter.anonymous("api/feedback/release"));
    assertFalse(IdempotencyFilter.anonymous("app/coordinator/feedback/release"));
    assertFalse(IdempotencyFilter.anonymous("api/claims/x/approve"));
  }
}
