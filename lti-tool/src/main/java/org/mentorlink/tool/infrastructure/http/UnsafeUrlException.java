package org.mentorlink.tool.infrastructure.http;

/**
 * An outbound URL was refused: not https, or resolving to a loopback/private/link-local address.
 */
public class UnsafeUrlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnsafeUrlException(String message) {
    super(message, null, false, false);
  }
}
