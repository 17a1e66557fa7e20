package org.mentorlink.domain.shared;

/** The actor may not do this (or may not know this exists). */
public class Forbidden extends DomainException {
  private static final long serialVersionUID = 1L;

  public Forbidden(String message) {
    super("FORBIDDEN", message);
  }
}
