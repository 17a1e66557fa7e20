package org.mentorlink.tool.lti.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which {@code lti_storage_target} values a login uses, and the keys it stores under. */
class PlatformStorageTest {
  @Test
  void theParentAndFrameNamesAreUsed() {
    for (String target :
        new String[] {
          "_parent",
          "post_message_forwarding", // Canvas
          "lti_storage_frame", // Blackboard Learn
          "a",
          "Frame-2",
          "9",
          "f" + "_".repeat(63)
        }) {
      assertEquals(Optional.of(target), PlatformStorage.target(target), target);
    }
  }

  @Test
  void anythingElseCountsAsAbsent() {
    for (String target :
        new String[] {
          null,
          "",
          " ",
          "_top",
          "_self",
          "_blank",
          "_",
          "_parent ",
          " _parent",
          "_PARENT",
          "f".repeat(65),
          "two words",
          "frame\n",
          "<script>",
          "a\"b",
          "frame.name",
          "café",
          "javascript:alert(1)"
        }) {
      assertEquals(Optional.empty(), PlatformStorage.target(target), "'" + target + "'");
    }
  }

  @Test
  void theKeyIsNamedAfterTheStateLikeItsCookie() {
    String state = "Qm9vdHN0cmFwcGVkLXN0YXRlIGZvciB0ZXN0cw";
    assertEquals("mentorlink_state_Qm9vdHN0cmFw", PlatformStorage.keyFor(state));
    assertEquals(
        StateCookie.nameFor(state).substring(StateCookie.PREFIX.length()),
        PlatformStorage.keyFor(state).substring(PlatformStorage.KEY_PREFIX.length()));
    assertNotEquals(PlatformStorage.keyFor(state), PlatformStorage.keyFor("other" + state));
    assertTrue(PlatformStorage.keyFor("ab").endsWith("_ab"));
  }
}
