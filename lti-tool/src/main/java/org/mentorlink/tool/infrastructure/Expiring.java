package org.mentorlink.tool.infrastructure;

/**
 * Something that keeps rows which expire (login states, nonces, sessions, hand-off codes): {@link
 * Housekeeping} asks each one, on every node, to delete what has expired. Deleting what has expired
 * must be idempotent, so any number of nodes may do it at once.
 */
public interface Expiring {
  /** Deletes the expired rows; returns how many went. */
  int purgeExpired();
}
