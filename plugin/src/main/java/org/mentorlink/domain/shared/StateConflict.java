package org.mentorlink.domain.shared;

/**
 * The request conflicts with what is stored now — a duplicate (the course already has a scheme, the
 * person is already a mentor), a match that a hard conflict of interest blocks, or a state change
 * the object's lifecycle does not allow ({@link InvalidTransition}). Answered with HTTP 409: the
 * client should reload before trying again.
 */
public class StateConflict extends DomainException {
  private static final long serialVersionUID = 1L;

  public StateConflict(String code, String message) {
    super(code, message);
  }
}
