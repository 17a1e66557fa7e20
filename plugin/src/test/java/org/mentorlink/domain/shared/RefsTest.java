package org.mentorlink.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RefsTest {
  private final TenantId moodle = new TenantId("reg-moodle");
  private final TenantId other = new TenantId("reg-other");

  @Test
  void samePersonIdInAnotherTenantIsSomeoneElse() {
    assertNotEquals(new PersonRef(moodle, "p1"), new PersonRef(other, "p1"));
    assertEquals(new PersonRef(moodle, "p1"), new PersonRef(moodle, " p1 "));
  }

  @Test
  void rejectsBlankOrMissingIds() {
    assertEquals(
        "INVALID_PERSON",
        assertThrows(DomainException.class, () -> new PersonRef(moodle, " ")).code());
    assertEquals(
        "INVALID_SCHEME",
        assertThrows(DomainException.class, () -> new SchemeRef(moodle, null)).code());
    assertEquals(
        "INVALID_TENANT", assertThrows(DomainException.class, () -> new TenantId("")).code());
    assertThrows(NullPointerException.class, () -> new PersonRef(null, "p1"));
    assertThrows(NullPointerException.class, () -> new SchemeRef(null, "s1"));
  }

  @Test
  void rejectsOverlongIds() {
    assertThrows(DomainException.class, () -> new PersonRef(moodle, "x".repeat(65)));
  }

  @Test
  void schemeAdmitsOnlyPeopleOfItsTenant() {
    SchemeRef scheme = new SchemeRef(moodle, "s1");
    assertTrue(scheme.admits(new PersonRef(moodle, "p1")));
    assertFalse(scheme.admits(new PersonRef(other, "p1")));
  }
}
