package org.mentorlink.tool.infrastructure.crypto;

/**
 * The master key is missing, unreadable or not the one that wrapped the stored keys: Mentorlink
 * will not start (nothing can be read or written without it). The message says what to do and never
 * holds key material.
 */
public final class MasterKeyProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final String HOW_TO_MAKE = "Make a new key with: openssl rand -base64 32";

  public MasterKeyProblem(String message) {
    super(message, null, false, false);
  }
}
