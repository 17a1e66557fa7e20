package org.mentorlink.domain.shared;

/** A state change that the object's lifecycle does not allow from its current state. */
public class InvalidTransition extends StateConflict {
  private static final long serialVersionUID = 1L;

  public InvalidTransition(String code, String message) {
    super(code, message);
  }
}
