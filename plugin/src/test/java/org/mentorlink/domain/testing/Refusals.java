package org.mentorlink.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;
import org.mentorlink.domain.shared.DomainException;
import org.mentorlink.domain.shared.Forbidden;
import org.mentorlink.domain.shared.InvalidTransition;

/** Assertions that a rule refused something, with the stable code the API will show. */
public final class Refusals {
  private Refusals() {}

  /** Asserts a {@link DomainException} with {@code code}. */
  public static DomainException refused(String code, Executable action) {
    DomainException e = assertThrows(DomainException.class, action);
    assertEquals(code, e.code(), e.getMessage());
    return e;
  }

  /** Asserts an {@link InvalidTransition} with {@code code}. */
  public static InvalidTransition invalidTransition(String code, Executable action) {
    InvalidTransition e = assertThrows(InvalidTransition.class, action);
    assertEquals(code, e.code(), e.getMessage());
    return e;
  }

  /** Asserts {@link Forbidden}: the actor may not do this. */
  public static Forbidden forbidden(Executable action) {
    return assertThrows(Forbidden.class, action);
  }
}
