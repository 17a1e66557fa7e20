package org.mentorlink.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorlink.domain.shared.DomainException;

/** An audit entry holds ids and codes only, and cannot be changed once made. */
class AuditEntryTest {
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  private static AuditEntry entry(String recordId, String detail) {
    return new AuditEntry("t-1", "s-1", "p-1", AuditAction.READ, "SESSION", recordId, detail, AT);
  }

  @Test
  void holdsWhoWhatWhenRegistrationAndScheme() {
    AuditEntry e = entry("0b8e2a4e-8f6a-4c1e-9d7b-2f3a4b5c6d7e", "SIGNED_OFF");
    assertEquals("t-1", e.tenantId());
    assertEquals("s-1", e.schemeId());
    assertEquals("p-1", e.actorId());
    assertEquals(AuditAction.READ, e.action());
    assertEquals(AT, e.at());
  }

  @Test
  void refusesFreeTextLineBreaksAndLongValues() {
    for (String bad :
        List.of(
            "my mentee said she is struggling",
            "ok\nFAKE LOG LINE",
            "ok\r",
            "a\tb",
            "x".repeat(121),
            "",
            "é")) {
      DomainException e = assertThrows(DomainException.class, () -> entry("r-1", bad), bad);
      assertEquals("AUDIT_INVALID", e.code());
      assertThrows(DomainException.class, () -> entry(bad, null), bad);
    }
    assertThrows(
        DomainException.class,
        () -> new AuditEntry("t-1", null, "a person", AuditAction.READ, null, null, null, AT));
  }

  @Test
  void aSchemeBelongsToARegistration() {
    assertThrows(
        DomainException.class,
        () -> new AuditEntry(null, "s-1", "p-1", AuditAction.READ, null, null, null, AT));
    // An operator call on the tool itself belongs to neither.
    new AuditEntry(
        null, null, AuditEntry.OPERATOR, AuditAction.OPERATOR, null, null, "POST:/x/{id}", AT);
  }

  @Test
  void hasNoMutators() {
    List<Method> mutators =
        Arrays.stream(AuditEntry.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .filter(m -> m.getReturnType() == void.class || m.getName().startsWith("set"))
            .toList();
    assertEquals(List.of(), mutators);
    assertTrue(
        Arrays.stream(AuditEntry.class.getDeclaredConstructors())
            .noneMatch(c -> c.getParameterCount() == 0 && Modifier.isPublic(c.getModifiers())));
  }
}
