package org.mentorlink.domain.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorlink.domain.testing.Refusals.refused;

import org.junit.jupiter.api.Test;
import org.mentorlink.domain.testing.Times;

class ActionItemTest {
  @Test
  void actionSaysWhatWhoAndByWhen() {
    ActionItem a =
        new ActionItem(" Book the course ", ActionItem.Owner.MENTOR, Times.TODAY.plusDays(5));

    assertEquals("Book the course", a.what());
    assertEquals(ActionItem.Owner.MENTOR, a.owner());
    assertEquals(Times.TODAY.plusDays(5), a.dueOn());
  }

  @Test
  void actionNeedsWhatAndWho() {
    refused("INVALID_ACTION", () -> new ActionItem(" ", ActionItem.Owner.MENTEE, null));
    refused("INVALID_ACTION", () -> new ActionItem("Call", null, null));
  }

  @Test
  void actionIsOverdueOnlyAfterItsDate() {
    assertTrue(
        new ActionItem("A", ActionItem.Owner.MENTEE, Times.TODAY.minusDays(1))
            .overdue(Times.TODAY));
    assertFalse(new ActionItem("A", ActionItem.Owner.MENTEE, Times.TODAY).overdue(Times.TODAY));
    assertFalse(new ActionItem("A", ActionItem.Owner.MENTEE, null).overdue(Times.TODAY));
  }
}
