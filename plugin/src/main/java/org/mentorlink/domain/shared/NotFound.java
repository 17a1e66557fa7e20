package org.mentorlink.domain.shared;

/** No such thing for this actor: also what another tenant's or scheme's object looks like. */
public class NotFound extends DomainException {
  private static final long serialVersionUID = 1L;

  public NotFound(String what) {
    super("NOT_FOUND", what + " was not found.");
  }
}
